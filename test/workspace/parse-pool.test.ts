// The parse pool must give exactly the parse of a single thread, whether the files go to worker
// threads or not, and a worker that fails must cost time, never results.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { globSync } from "glob";
import { generateRepo } from "../../bench/generate.js";
import { unpackParse } from "../../src/workspace/packed.js";
import { MIN_FILES_FOR_WORKERS, parseFiles, type FileParse, type ParseJobOptions } from "../../src/workspace/parse-pool.js";
import type { ParsedText } from "../../src/workspace/parse.js";
import { PROJECT_ROOT, type JsonFinding } from "../helpers/cli.js";
import { lint } from "../../src/lint.js";

const OPTIONS: ParseJobOptions = { maxFileBytes: 10_000_000, maxDocuments: 1_000, maxTokens: 1_000_000, maxAliasCount: 1_000 };
const WORKER = pathToFileURL(join(import.meta.dirname, "..", "helpers", "parse-worker-entry.mjs")).href;
const BUNDLE = join(PROJECT_ROOT, "dist", "cli", "index.js");
const IDLE_WORKER = pathToFileURL(join(import.meta.dirname, "..", "helpers", "idle-worker-entry.ts")).href;

/** The parse with every node tree decoded, for comparing results that took different routes. */
function materialise(result: FileParse): unknown {
  if (!result.ok) return result;
  if ("cached" in result) throw new Error("parseFiles never returns a cached parse");
  const parsed: ParsedText = "packed" in result ? unpackParse(result.text, result.packed, OPTIONS).parsed : result.parsed;
  return { ...parsed, documents: parsed.documents.map((document) => ({ ...document, contents: document.contents })) };
}

describe("parse pool", () => {
  let base: string;
  let root: string;
  let paths: string[];

  before(() => {
    base = mkdtempSync(join(tmpdir(), "plumbline-pool-"));
    root = join(base, "repo");
    // Each generated app writes 5 files, so this is just above the threshold for workers.
    generateRepo(root, Math.ceil(MIN_FILES_FOR_WORKERS / 5) + 1);
    paths = globSync("**/*.{yaml,yml}", { cwd: root, dot: true, posix: true }).sort();
    assert.ok(paths.length >= MIN_FILES_FOR_WORKERS, `${paths.length} files`);
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  test("workers give the same parse as one thread", async () => {
    const single = await parseFiles(root, paths, OPTIONS, { threads: 1 });
    const pooled = await parseFiles(root, paths, OPTIONS, { workerEntry: WORKER, threads: 3, mainThreadParses: false });
    assert.ok(pooled.every((result) => !result.ok || "packed" in result), "a file was parsed on the main thread");
    assert.deepStrictEqual(pooled.map(materialise), single.map(materialise));
  });

  test("a worker that never parses leaves no file out", async () => {
    const single = await parseFiles(root, paths, OPTIONS, { threads: 1 });
    const pooled = await parseFiles(root, paths, OPTIONS, { workerEntry: IDLE_WORKER, threads: 2, mainThreadParses: false });
    assert.deepStrictEqual(pooled.map(materialise), single.map(materialise));
  });

  test("a worker entry that does not exist leaves no file out", async () => {
    const pooled = await parseFiles(root, paths, OPTIONS, { workerEntry: pathToFileURL(join(base, "missing.js")).href, threads: 2, mainThreadParses: false });
    assert.equal(pooled.filter((result) => result !== undefined).length, paths.length);
  });

  test("below the threshold no worker starts", async () => {
    const few = paths.slice(0, 10);
    const results = await parseFiles(root, few, OPTIONS, { workerEntry: WORKER, threads: 4 });
    assert.ok(results.every((result) => result.ok && "parsed" in result));
  });

  // The bundled CLI, because a worker thread started from the TypeScript source has no tsx loader.
  // CI rebuilds dist/ before the tests, and fails when the committed bundle is stale.
  test("the bundled CLI, which parses on workers here, reports what a single-thread lint reports", { skip: existsSync(BUNDLE) ? false : "dist/cli/index.js is not built" }, async () => {
    const run = spawnSync(process.execPath, [BUNDLE, "--root", root, "--format", "json"], { encoding: "utf8", env: { ...process.env, DEBUG: "plumbline" } });
    assert.match(run.stderr, /parse: \d+ files on \d+ worker threads? and the main thread/);
    assert.doesNotMatch(run.stderr, /parse worker failed/);
    const cli = { report: JSON.parse(run.stdout) as { findings: JsonFinding[] } };
    const single = await lint({ root, threads: 1 });
    assert.ok(single.findings.length > 0, "the generated repository has missing references");
    const project = (finding: JsonFinding) => [finding.ruleId, finding.file, finding.line, finding.column, finding.endLine, finding.endColumn, finding.message];
    assert.deepStrictEqual(cli.report.findings.map(project), single.findings.map(project));
  });
});
