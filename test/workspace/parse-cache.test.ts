// The warm cache (--cache), through the real CLI: a warm run reports exactly what a cold run does,
// re-parses only changed files, and ignores a cache it cannot trust.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { after, afterEach, before, beforeEach, describe, test } from "node:test";
import { isJsonExact, parseFilesCached } from "../../src/workspace/parse-cache.js";
import { PROJECT_ROOT, runCliJson, type JsonReport } from "../helpers/cli.js";

const CACHE_FILE = join("node_modules", ".cache", "plumbline", "parse-cache.v8");

const BROKEN_NAD = `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: macvlan-conf
  namespace: sock-shop
spec:
  config: '{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth0", "mode": "bridge",'
`;

interface CachedRun {
  report: JsonReport;
  status: number | null;
  stderr: string;
  reused: number;
  /** Reused files recognised by their stat, without reading them. */
  unread: number;
  parsed: number;
}

describe("warm cache", () => {
  let base: string;
  let root: string;

  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), "plumbline-cache-"));
    root = join(base, "repo");
    cpSync(join(PROJECT_ROOT, "examples", "sock-shop-broken"), root, { recursive: true });
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  function run(...args: string[]): CachedRun {
    const result = runCliJson(["--root", root, ...args], { cwd: base, env: { DEBUG: "plumbline" } });
    const counts = /cache: (\d+) files reused \((\d+) of them recognised by their stat, without reading\), (\d+) parsed/.exec(result.stderr);
    return {
      report: result.report,
      status: result.status,
      stderr: result.stderr,
      reused: Number(counts?.[1] ?? -1),
      unread: Number(counts?.[2] ?? -1),
      parsed: Number(counts?.[3] ?? -1),
    };
  }

  function cold(): JsonReport {
    return runCliJson(["--root", root], { cwd: base }).report;
  }

  test("a warm run reuses every file and reports what a cold run reports, positions included", () => {
    const first = run("--cache");
    assert.equal(first.reused, 0);
    assert.ok(first.parsed > 5);
    assert.ok(existsSync(join(root, CACHE_FILE)));

    const second = run("--cache");
    assert.equal(second.parsed, 0);
    assert.equal(second.reused, first.parsed);
    assert.equal(second.status, 1);
    assert.deepStrictEqual(second.report.findings, cold().findings);
    assert.equal(second.report.findings.length, 5);
  });

  test("non-JSON values: kept as parsed", () => {
    // YAML 1.1 reads the config as a timestamp. Through JSON it would come back as a string, and
    // nad/config-json would replace nad/config-not-string.
    writeFileSync(
      join(root, "network-configs", "dated.yaml"),
      "apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: dated\n  namespace: sock-shop\nspec:\n  config: 2001-12-14\n",
    );
    run("--cache");
    const warm = run("--cache");
    assert.equal(warm.parsed, 0);
    assert.ok(warm.report.findings.some((finding) => finding.file === "network-configs/dated.yaml" && finding.ruleId === "nad/config-not-string"));
    assert.deepStrictEqual(warm.report.findings, cold().findings);
  });

  test("node trees that findings needed are kept for the next run", () => {
    const file = join(root, CACHE_FILE);
    // Files modified within the racy window would change their record, and the cache, once they settle.
    age();
    run("--cache");
    const first = statSync(file);
    // The second run reads the findings' positions, so it stores those files' node trees.
    run("--cache");
    const second = statSync(file);
    assert.ok(second.size > first.size, `${second.size} > ${first.size}`);
    // The third run finds everything it needs and leaves the cache as it is.
    const third = run("--cache");
    assert.equal(statSync(file).mtimeMs, second.mtimeMs);
    assert.deepStrictEqual(third.report.findings, cold().findings);
  });

  test("a changed file is parsed again, and its new findings are reported", () => {
    run("--cache");
    writeFileSync(join(root, "network-configs", "macvlan-conf.yaml"), BROKEN_NAD);
    const warm = run("--cache");
    assert.equal(warm.parsed, 1);
    assert.ok(warm.report.findings.some((finding) => finding.file === "network-configs/macvlan-conf.yaml" && finding.ruleId === "nad/config-json"));
    assert.deepStrictEqual(warm.report.findings, cold().findings);
  });

  /**
   * Sets every file's modification time to a whole second an hour back, and waits until the change
   * time that this sets is out of the window in which a stat is not trusted. Returns the time in
   * seconds: whole seconds survive a round trip through utimes exactly.
   */
  function age(): number {
    const past = Math.floor(Date.now() / 1000) - 3600;
    for (const path of readdirSync(root, { recursive: true, encoding: "utf8" })) {
      if (statSync(join(root, path)).isFile()) utimesSync(join(root, path), past, past);
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
    return past;
  }

  test("unchanged stat: reused unread", () => {
    age();
    const first = run("--cache");
    const second = run("--cache");
    assert.equal(second.parsed, 0);
    assert.equal(second.unread, first.parsed);
    assert.deepStrictEqual(second.report.findings, cold().findings);
  });

  test("same size and mtime: read again", () => {
    const past = age();
    const path = join(root, "network-configs", "macvlan-conf.yaml");
    const original = readFileSync(path, "utf8");
    const isJsonFinding = (finding: { file: string; ruleId: string }) => finding.file === "network-configs/macvlan-conf.yaml" && finding.ruleId === "nad/config-json";
    assert.ok(run("--cache").report.findings.some(isJsonFinding));
    // The trailing comma that breaks the CNI JSON becomes a space. The size stays, so only the
    // change time differs.
    const fixed = original.replace('"192.168.1.1",', '"192.168.1.1" ');
    assert.equal(fixed.length, original.length);
    assert.notEqual(fixed, original);
    writeFileSync(path, fixed);
    utimesSync(path, past, past);
    assert.equal(statSync(path).mtimeMs, past * 1000);

    const warm = run("--cache");
    assert.equal(warm.parsed, 1);
    assert.equal(warm.unread, warm.reused);
    assert.ok(!warm.report.findings.some(isJsonFinding));
    assert.deepStrictEqual(warm.report.findings, cold().findings);
  });

  test("recent write: read again next run", () => {
    age();
    run("--cache");
    writeFileSync(join(root, "network-configs", "macvlan-conf.yaml"), BROKEN_NAD);
    const first = run("--cache");
    assert.equal(first.parsed, 1);
    // Its stat is too recent to trust, because a second write within the same time stamp would not show.
    const second = run("--cache");
    assert.equal(second.parsed, 0);
    assert.equal(second.unread, second.reused - 1);
    assert.deepStrictEqual(second.report.findings, cold().findings);
  });

  test("edit: delta appended to the index", () => {
    const file = join(root, CACHE_FILE);
    age();
    run("--cache");
    run("--cache");
    const before = statSync(file);
    writeFileSync(join(root, "network-configs", "macvlan-conf.yaml"), BROKEN_NAD);
    const edited = run("--cache");
    assert.equal(edited.parsed, 1);
    const after = statSync(file);
    assert.equal(after.ino, before.ino, "the index file was appended to, not replaced");
    assert.ok(after.size > before.size, `${after.size} > ${before.size}`);
    assert.ok(after.size - before.size < 10_000, `a delta of ${after.size - before.size} bytes`);

    // The next run finds the edited file's parse through the delta.
    const next = run("--cache");
    assert.equal(next.parsed, 0);
    assert.deepStrictEqual(next.report.findings, cold().findings);
  });

  test("removed file: dropped by a delta", () => {
    age();
    run("--cache");
    const first = run("--cache");
    rmSync(join(root, "network-configs", "macvlan-conf.yaml"));
    const removed = run("--cache");
    assert.equal(removed.reused, first.reused - 1);
    assert.deepStrictEqual(removed.report.findings, cold().findings);
    // That run needed the positions of the findings that changed, and kept their node trees. The
    // next one reuses those findings, needs no positions, and drops the node trees again.
    run("--cache");
    const file = join(root, CACHE_FILE);
    const written = statSync(file).mtimeMs;
    // Nothing changed since, so nothing is written.
    assert.equal(run("--cache").parsed, 0);
    assert.equal(statSync(file).mtimeMs, written);
  });

  test("damaged delta: ignored, then repaired", () => {
    run("--cache");
    writeFileSync(join(root, "network-configs", "macvlan-conf.yaml"), BROKEN_NAD);
    run("--cache");
    const file = join(root, CACHE_FILE);
    const bytes = readFileSync(file);
    bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0xff;
    writeFileSync(file, bytes);
    const result = run("--cache");
    assert.match(result.stderr, /a delta does not match its digest/);
    assert.equal(result.parsed, 1);
    assert.deepStrictEqual(result.report.findings, cold().findings);
    // That run rewrote the index, so the next one finds everything, the damage gone.
    const next = run("--cache");
    assert.doesNotMatch(next.stderr, /ignored/);
    assert.equal(next.parsed, 0);
  });

  test("unreadable data file: healed by the next index", () => {
    age();
    run("--cache");
    const folder = join(root, "node_modules", ".cache", "plumbline");
    for (const name of readdirSync(folder)) if (name.endsWith(".data")) rmSync(join(folder, name));
    // The findings need node trees from the data file, which no longer reads back: those files are
    // parsed from their text, and the next index leaves their entries out.
    const damaged = run("--cache");
    assert.deepStrictEqual(damaged.report.findings, cold().findings);
    const healed = run("--cache");
    assert.ok(healed.parsed > 0);
    run("--cache");
    const index = statSync(join(root, CACHE_FILE));
    const steady = run("--cache");
    assert.equal(steady.parsed, 0);
    assert.equal(statSync(join(root, CACHE_FILE)).mtimeMs, index.mtimeMs);
    assert.deepStrictEqual(steady.report.findings, cold().findings);
  });

  test("delta for another index: skipped", () => {
    age();
    run("--cache");
    const file = join(root, CACHE_FILE);
    const data = readFileSync(file);
    const newline = data.indexOf(0x0a);
    const header = JSON.parse(data.subarray(0, newline).toString("utf8")) as { bytes: number };
    const columns = deserialize(data.subarray(newline + 1, newline + 1 + header.bytes)) as { paths: string[]; stats: Float64Array; hashes: string[] };
    // A delta that gives one file the content hash of another: applied, it would lint the wrong parse.
    const target = columns.paths.indexOf("network-configs/macvlan-conf.yaml");
    const other = columns.paths.findIndex((path, row) => path.endsWith(".yaml") && columns.hashes[row] !== columns.hashes[target]);
    assert.ok(target >= 0);
    assert.ok(other >= 0);
    const body = serialize({
      paths: [columns.paths[target]],
      stats: Float64Array.from(columns.stats.subarray(target * 4, target * 4 + 4)),
      settled: Uint8Array.from([1]),
      hashes: [columns.hashes[other]],
      entryHashes: [],
      json: new Uint8Array(0),
      slices: new Float64Array(0),
      digests: [],
      metas: [],
      removed: [],
    });
    const delta = { base: "another index", digest: createHash("sha1").update(body).digest("base64"), bytes: body.length };
    writeFileSync(file, Buffer.concat([data, Buffer.from(`${JSON.stringify(delta)}\n`), body]));
    const result = run("--cache");
    assert.equal(result.parsed, 0);
    assert.deepStrictEqual(result.report.findings, cold().findings);
  });

  test("the cache folder it creates keeps itself out of git", () => {
    run("--cache");
    assert.equal(readFileSync(join(root, "node_modules", ".cache", "plumbline", ".gitignore"), "utf8").split("\n").at(-2), "*");
  });

  test("--cache-location puts the cache elsewhere, relative to the working directory, and implies --cache", () => {
    run("--cache-location", "my-cache");
    assert.ok(existsSync(join(base, "my-cache", "parse-cache.v8")));
    assert.ok(!existsSync(join(root, CACHE_FILE)));
    assert.equal(run("--cache-location", "my-cache").parsed, 0);
  });

  // The cache writes JSON files that Argo CD would not apply, so linting them would report them.
  for (const [name, location] of [
    ["a folder", join("repo", ".plumbline-cache")],
    ["the root", "repo"],
    ["a folder an Application renders", join("repo", "network-configs", ".cache")],
  ] as const) {
    test(`cache in ${name} of the repository: not linted`, () => {
      const expected = cold();
      const first = run("--cache-location", location);
      const second = run("--cache-location", location);
      assert.deepStrictEqual(first.report.summary, expected.summary);
      assert.deepStrictEqual(second.report.summary, expected.summary);
      assert.deepStrictEqual(second.report.findings, expected.findings);
      assert.equal(second.parsed, 0);
    });
  }

  test("--no-cache wins over --cache", () => {
    const result = run("--cache", "--no-cache");
    assert.equal(result.reused, -1);
    assert.ok(!existsSync(join(root, CACHE_FILE)));
  });

  test("an existing folder named by --cache-location gets no .gitignore", () => {
    run("--cache-location", ".");
    assert.ok(existsSync(join(base, "parse-cache.v8")));
    assert.ok(!existsSync(join(base, ".gitignore")));
  });

  test("a cache that cannot be written does not fail the lint", () => {
    writeFileSync(join(base, "a-file"), "");
    const result = run("--cache-location", join(base, "a-file", "cache"));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /not written/);
    assert.deepStrictEqual(result.report.findings, cold().findings);
  });

  test("a node_modules that links out of the root gets no cache", () => {
    const outside = join(base, "outside");
    mkdirSync(outside);
    symlinkSync(outside, join(root, "node_modules"));
    const result = run("--cache");
    assert.match(result.stderr, /cache not used: .*node_modules is a symbolic link/);
    assert.deepStrictEqual(readdirSync(outside), []);
    assert.deepStrictEqual(result.report.findings, cold().findings);
  });

  test("a linked cache folder below node_modules gets no cache", () => {
    const outside = join(base, "outside");
    mkdirSync(outside);
    mkdirSync(join(root, "node_modules", ".cache"), { recursive: true });
    symlinkSync(outside, join(root, "node_modules", ".cache", "plumbline"));
    run("--cache");
    assert.deepStrictEqual(readdirSync(outside), []);
  });

  test("damaged data file: parsed again", () => {
    run("--cache");
    const folder = join(root, "node_modules", ".cache", "plumbline");
    const data = readdirSync(folder).find((name) => name.endsWith(".data"));
    assert.ok(data, "the cache has a data file");
    const bytes = readFileSync(join(folder, data));
    for (let offset = 0; offset < bytes.length; offset += 97) bytes[offset] = bytes[offset]! ^ 0xff;
    writeFileSync(join(folder, data), bytes);
    // The data files' slices fail their digests, so every file is parsed from its text again.
    const result = run("--cache");
    assert.equal(result.status, 1);
    assert.deepStrictEqual(result.report.findings, cold().findings);
  });

  test("old data files: removed", () => {
    run("--cache");
    const folder = join(root, "node_modules", ".cache", "plumbline");
    const stale = join(folder, "parse-cache.0123456789abcdef.data");
    writeFileSync(stale, "left by another build");
    // An index from another build is discarded, so the run writes a new data file.
    const index = join(folder, "parse-cache.v8");
    writeFileSync(index, Buffer.from(readFileSync(index).toString("latin1").replace(/"build":"/, '"build":"x'), "latin1"));
    run("--cache");
    const data = readdirSync(folder).filter((name) => name.endsWith(".data"));
    assert.equal(data.length, 1);
    assert.ok(!existsSync(stale));
  });

  test("alias bomb: reported once when warm", () => {
    const bomb = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: bomb", "data:", "  a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]"];
    let previous = "a";
    for (const name of ["b", "c", "d", "e"]) {
      bomb.push(`  ${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
      previous = name;
    }
    writeFileSync(join(root, "bomb.yaml"), `${bomb.join("\n")}\n`);
    const count = (report: JsonReport) => report.findings.filter((finding) => finding.file === "bomb.yaml").length;
    assert.equal(count(run("--cache").report), 1);
    assert.equal(count(run("--cache").report), 1);
  });

  /** Changes the index's columns and writes a matching digest, as someone editing the cache by hand could. */
  const forged =
    (change: (columns: Record<string, unknown[] | Float64Array | Uint8Array>) => void) =>
    (data: Buffer): Buffer => {
      const newline = data.indexOf(0x0a);
      const header = JSON.parse(data.subarray(0, newline).toString("utf8")) as { digest: string; bytes: number };
      const columns = deserialize(data.subarray(newline + 1)) as Record<string, unknown[] | Float64Array | Uint8Array>;
      change(columns);
      const payload = serialize(columns);
      header.digest = createHash("sha1").update(payload).digest("base64");
      header.bytes = payload.length;
      return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]);
    };

  const UNTRUSTED: [string, (data: Buffer) => Buffer, RegExp][] = [
    ["from another plumbline version", (data) => Buffer.from(data.toString("latin1").replace(/"version":"[^"]*"/, '"version":"0.0.0-other"'), "latin1"), /written by plumbline 0\.0\.0-other/],
    ["from another build", (data) => Buffer.from(data.toString("latin1").replace(/"build":"/, '"build":"x'), "latin1"), /another build of plumbline/],
    ["with other limits", (data) => Buffer.from(data.toString("latin1").replace(/"options":"/, '"options":"x'), "latin1"), /other limits/],
    ["truncated", (data) => data.subarray(0, data.length - 100), /does not match its digest/],
    ["with a changed byte", (data) => {
      const copy = Buffer.from(data);
      copy[copy.length - 50] = copy[copy.length - 50]! ^ 0xff;
      return copy;
    }, /does not match its digest/],
    ["that is not a cache", () => Buffer.from("hello\n"), /unreadable header/],
    ["that is empty", () => Buffer.alloc(0), /no header/],
    ["with a column cut short", forged((columns) => void (columns.hashes as unknown[]).pop()), /not a cache of this format/],
    ["with a negative slice offset", forged((columns) => void ((columns.slices as Float64Array)[0] = -5)), /not a cache of this format/],
    ["with a path that is no string", forged((columns) => void ((columns.paths as unknown[])[0] = 7)), /not a cache of this format/],
  ];

  /** Changes the index's columns, with a matching digest, in a way its checks accept; the entries then fail one by one. */
  const FORGED_ENTRIES: [string, (columns: Record<string, unknown[] | Float64Array | Uint8Array>) => void][] = [
    ["a slice longer than the data file", (columns) => (columns.slices as Float64Array).forEach((_, at, slices) => at % 4 === 1 && (slices[at] = 2 ** 50))],
    ["a problem without a range", (columns) => {
      const metas = columns.metas as string[];
      metas.forEach((meta, row) => meta !== "" && (metas[row] = meta.replace('"problems":[]', '"problems":[{"kind":"syntax","message":"x"}]')));
    }],
    ["a null object problem", (columns) => {
      const metas = columns.metas as string[];
      metas.forEach((meta, row) => meta !== "" && (metas[row] = meta.replace(/"problems":\[\]\}\}$/, '"problems":[null]}}')));
    }],
  ];
  for (const [name, change] of FORGED_ENTRIES) {
    test(`an index with ${name}: no crash, entries not used`, () => {
      run("--cache");
      const file = join(root, CACHE_FILE);
      writeFileSync(file, forged(change)(readFileSync(file)));
      const result = run("--cache");
      assert.notEqual(result.status, 2, result.stderr);
      assert.deepStrictEqual(result.report.findings, cold().findings);
    });
  }
  for (const [name, corrupt, reason] of UNTRUSTED) {
    test(`a cache ${name} is ignored and rewritten`, () => {
      run("--cache");
      const file = join(root, CACHE_FILE);
      writeFileSync(file, corrupt(readFileSync(file)));
      const result = run("--cache");
      assert.match(result.stderr, reason);
      assert.equal(result.reused, 0);
      assert.deepStrictEqual(result.report.findings, cold().findings);
      assert.equal(run("--cache").parsed, 0, "the cache was rewritten");
    });
  }
});

describe("unwritable cache", () => {
  let base: string;
  before(() => (base = mkdtempSync(join(tmpdir(), "plumbline-cache-"))));
  after(() => rmSync(base, { recursive: true, force: true }));

  test("a cache folder below /proc fails once, with a warning", () => {
    const run = runCliJson(["--root", join(PROJECT_ROOT, "examples", "sock-shop"), "--cache-location", "/proc/plumbline-test-cache"], { cwd: base });
    assert.equal(run.status, 0);
    assert.match(run.stderr, /^plumbline: warning: cache \/proc\/plumbline-test-cache\/parse-cache\.v8 not written: .*; the next --cache run parses every file again$/m);
  });

  test("a folder that is a file fails with a warning", () => {
    writeFileSync(join(base, "plain-file"), "");
    const run = runCliJson(["--root", join(PROJECT_ROOT, "examples", "sock-shop"), "--cache-location", join(base, "plain-file", "cache")], { cwd: base });
    assert.equal(run.status, 0);
    assert.match(run.stderr, /plumbline: warning: cache .*plain-file\/cache\/parse-cache\.v8 not written/);
  });
});

describe("unreachable files", () => {
  let base: string;
  before(() => (base = mkdtempSync(join(tmpdir(), "plumbline-cache-"))));
  after(() => rmSync(base, { recursive: true, force: true }));

  // Run as root, a folder without permissions cannot show this, so a path whose stat fails with
  // another error than "not found" replaces it.
  test("stat error: unreadable, no crash", async () => {
    writeFileSync(join(base, "plain-file"), "");
    symlinkSync("loop", join(base, "loop"));
    const options = { maxFileBytes: 1_000_000, maxDocuments: 100 };
    const cached = await parseFilesCached(base, ["plain-file/a.yaml", "loop/b.yaml"], options, { threads: 1 }, join(base, "cache"));
    assert.deepEqual(
      cached.results.map((result) => (result.ok ? "ok" : result.problem.kind)),
      ["unreadable", "unreadable"],
    );
  });
});

describe("index deltas", () => {
  let base: string;
  before(() => (base = mkdtempSync(join(tmpdir(), "plumbline-cache-"))));
  after(() => rmSync(base, { recursive: true, force: true }));

  test("rewritten whole after 32 deltas", async () => {
    const options = { maxFileBytes: 1_000_000, maxDocuments: 100 };
    const location = join(base, "cache");
    const index = join(location, "parse-cache.v8");
    writeFileSync(join(base, "b.yaml"), "b: 1\n");
    const inodes: number[] = [];
    const sizes: number[] = [];
    for (let edit = 0; edit <= 33; edit++) {
      writeFileSync(join(base, "a.yaml"), `a: ${edit}\n`);
      const cached = await parseFilesCached(base, ["a.yaml", "b.yaml"], options, { threads: 1 }, location);
      assert.equal(cached.stats.misses, edit === 0 ? 2 : 1);
      assert.equal(cached.save(() => ({})), undefined);
      inodes.push(statSync(index).ino);
      sizes.push(statSync(index).size);
    }
    // The first save writes the index, the next 32 append a delta each, and the one after rewrites it.
    assert.equal(new Set(inodes.slice(0, 33)).size, 1);
    assert.notEqual(inodes[33], inodes[32]);
    assert.ok(sizes[32]! > sizes[0]!);
    assert.ok(sizes[33]! < sizes[32]!, `${sizes[33]} < ${sizes[32]}`);
  });
});

describe("isJsonExact", () => {
  test("plain data: accepted", () => {
    assert.equal(isJsonExact({ a: [1, "x", true, null, { b: 2.5 }], lineStarts: [0, 10] }), true);
  });

  test("values JSON changes: rejected", () => {
    const cases: [string, unknown][] = [
      ["a Date", new Date(0)],
      ["a Map", new Map()],
      ["bytes", new Uint8Array(1)],
      ["an undefined field", { a: undefined }],
      ["-0", -0],
      ["NaN", Number.NaN],
      ["Infinity", Infinity],
      ["a bigint", 1n],
      ["an array with a hole", new Array(2)],
      ["a __proto__ key", JSON.parse('{"__proto__": 1}')],
      ["an object without a prototype", Object.create(null)],
    ];
    for (const [label, value] of cases) assert.equal(isJsonExact({ nested: [value] }), false, label);
  });
});
