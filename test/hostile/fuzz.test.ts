// Property-based fuzzing of the three parsers that take text straight from a user's manifests: the
// Multus networks annotation, the CNI JSON of a NAD's spec.config, and Argo CD's include/exclude
// globs. Invariant: each returns a result or an error with a position inside the input, never
// throws, and finishes within a bound. Inputs mix grammar tokens with arbitrary Unicode, so the
// generators reach deep into each grammar instead of failing at the first character.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { describe, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { compileArgoGlob, matchArgoGlob } from "../../src/argocd/glob.js";
import { parseCniJson } from "../../src/cni/json.js";
import { parseNetworksAnnotation } from "../../src/multus/annotation.js";

// Per call, on inputs of at most a few kilobytes. Generous for a slow, busy CI machine; a catastrophic
// regular expression or a quadratic loop takes seconds here, not milliseconds.
const MAX_CALL_MS = 1_000;
const RUNS = Number(process.env.PLUMBLINE_FUZZ_RUNS ?? 3_000);
const SEED = process.env.PLUMBLINE_FUZZ_SEED === undefined ? undefined : Number(process.env.PLUMBLINE_FUZZ_SEED);

function timed<T>(call: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = call();
  return { result, ms: performance.now() - started };
}

/** Strings built from `tokens` and arbitrary characters, up to `maxPieces` pieces. */
function tokenString(tokens: readonly string[], maxPieces = 60): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...tokens) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) },
  );
  return fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(""));
}

/** Valid JSON text with one random cut, insertion or repetition, or left as it is. */
function mutatedJson(json: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(json, fc.nat(), fc.nat(), fc.constantFrom("", "[", "{", "}", "]", ",", '"', ":", "\\", "\u201c", "\u0000", "1e999", "\ud800")).map(
    ([text, at, length, insert]) => {
      const start = text.length === 0 ? 0 : at % (text.length + 1);
      const end = Math.min(text.length, start + (length % 4));
      return `${text.slice(0, start)}${insert}${text.slice(end)}`;
    },
  );
}

const ANNOTATION_TOKENS = ["[", "]", "{", "}", '"', ",", ":", "/", "@", " ", "\\", "name", "namespace", "interface", "ips", "mac", "default-route", "net1", "ns-a", "10.1.2.3/24", "00:11:22:33:44:55", "eth0", "null", "true", "1"];
const GLOB_TOKENS = ["*", "**", "?", "[", "]", "[!", "{", "}", ",", "\\", "-", "a", "b", "z", "/", ".", "yaml", "^", "$", "(", ")", "|", "+"];

const selection = fc.record(
  {
    name: fc.oneof(fc.constantFrom("net1", "ns/net", ""), fc.string({ maxLength: 8 })),
    namespace: fc.string({ maxLength: 8 }),
    interface: fc.string({ maxLength: 20 }),
    ips: fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string({ maxLength: 6 })), { maxLength: 3 }),
    mac: fc.oneof(fc.constant("00:11:22:33:44:55"), fc.string({ maxLength: 6 })),
    "default-route": fc.array(fc.ipV4(), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const annotationInputs = fc.oneof(
  tokenString(ANNOTATION_TOKENS),
  mutatedJson(fc.array(selection, { maxLength: 4 }).map((value) => JSON.stringify(value))),
  mutatedJson(fc.json({ maxDepth: 6 })),
  fc.string({ unit: "binary", maxLength: 200 }),
);

const cniInputs = fc.oneof(
  mutatedJson(fc.json({ maxDepth: 8 })),
  mutatedJson(
    fc
      .record({ cniVersion: fc.constantFrom("0.3.1", "1.0.0", ""), type: fc.constantFrom("bridge", "macvlan", ""), plugins: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }) })
      .map((value) => JSON.stringify(value, null, 2)),
  ),
  tokenString(["{", "}", "[", "]", '"', ":", ",", "\\", "\\u", "0", "-", "e", "true", "null", " ", "\n", "//", "/*", "\u201c", "cniVersion", "type"]),
  fc.nat({ max: 400 }).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`),
  fc.string({ unit: "binary", maxLength: 200 }),
);

const globInputs = tokenString(GLOB_TOKENS, 40);
const pathInputs = fc.oneof(
  tokenString(["a", "b", "z", "/", ".", "yaml", "-", "x", "[", "{", "\n"], 40),
  fc.constantFrom("apps/a.yaml", "a".repeat(200), `${"a/".repeat(100)}b.yaml`),
);

describe("fuzz: networks annotation", () => {
  test("returns elements or positioned errors", () => {
    fc.assert(
      fc.property(annotationInputs, (value) => {
        const { result, ms } = timed(() => parseNetworksAnnotation(value));
        assert.ok(ms < MAX_CALL_MS, `took ${ms.toFixed(1)} ms`);
        assert.ok(Array.isArray(result.elements));
        assert.ok(Array.isArray(result.errors));
        for (const error of result.errors) {
          assert.equal(typeof error.message, "string");
          assert.ok(error.message.length > 0, "empty error message");
          assert.ok(Number.isInteger(error.start), `non-integer start ${error.start}`);
          assert.ok(Number.isInteger(error.end), `non-integer end ${error.end}`);
          assert.ok(error.start >= 0, `negative start ${error.start}`);
          assert.ok(error.start <= error.end, `start ${error.start} after end ${error.end}`);
          assert.ok(error.end <= value.length, `end ${error.end} beyond length ${value.length}`);
        }
        for (const element of result.elements) {
          assert.ok(element.start >= 0, `negative element start ${element.start}`);
          assert.ok(element.start <= element.end, `element start ${element.start} after end ${element.end}`);
          assert.ok(element.end <= value.length, `element end ${element.end} beyond length ${value.length}`);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test("bounds JSON nesting", () => {
    const value = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const { result, ms } = timed(() => parseNetworksAnnotation(value));
    assert.ok(ms < 2_000, `took ${ms.toFixed(1)} ms`);
    assert.ok(result.errors.length > 0);
  });
});

describe("fuzz: CNI spec.config JSON", () => {
  test("returns a value or a positioned error", () => {
    fc.assert(
      fc.property(cniInputs, fc.integer({ min: 1, max: 300 }), (text, maxDepth) => {
        const { result, ms } = timed(() => parseCniJson(text, maxDepth));
        assert.ok(ms < MAX_CALL_MS, `took ${ms.toFixed(1)} ms`);
        if (result.error) {
          assert.ok(result.error.message.length > 0, "empty error message");
          assert.ok(Number.isInteger(result.error.offset), `non-integer offset ${result.error.offset}`);
          assert.ok(result.error.offset >= 0, `negative offset ${result.error.offset}`);
          assert.ok(result.error.offset <= text.length, `offset ${result.error.offset} beyond length ${text.length}`);
          assert.ok(result.error.length >= 0, `negative length ${result.error.length}`);
        } else {
          assert.ok(result.root !== undefined, "neither a tree nor an error");
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test("bounds 5 MB of nested arrays", () => {
    const text = `${"[".repeat(2_500_000)}${"]".repeat(2_500_000)}`;
    const { result, ms } = timed(() => parseCniJson(text, 200));
    assert.ok(ms < 5_000, `took ${ms.toFixed(1)} ms`);
    assert.equal(result.error?.limit, true);
  });
});

describe("fuzz: Argo CD include and exclude globs", () => {
  test("compiles to a matcher or an error", () => {
    fc.assert(
      fc.property(globInputs, pathInputs, (pattern, path) => {
        const compiled = timed(() => compileArgoGlob(pattern));
        if (!compiled.result.ok) {
          assert.equal(typeof compiled.result.error, "string");
          assert.ok(compiled.result.error.length > 0, "empty error message");
        }
        const matched = timed(() => matchArgoGlob(pattern, path));
        assert.equal(typeof matched.result, "boolean");
        assert.ok(compiled.ms + matched.ms < MAX_CALL_MS, `took ${(compiled.ms + matched.ms).toFixed(1)} ms on ${JSON.stringify(pattern)} and ${JSON.stringify(path)}`);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  // The check runs in a child process with a timeout, because a backtracking regular expression
  // cannot be interrupted from inside the process that runs it.
  test("eight stars against a long near miss", () => {
    const glob = fileURLToPath(new URL("../../src/argocd/glob.ts", import.meta.url));
    const script = `import(${JSON.stringify(pathToFileURL(glob).href)}).then((m) => { process.stdout.write(String(m.matchArgoGlob("${"*a".repeat(8)}b", "${"a".repeat(60)}"))); });`;
    const started = performance.now();
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", timeout: 5_000 });
    const ms = performance.now() - started;
    assert.equal(child.stdout, "false", `no result within ${ms.toFixed(0)} ms (${child.signal ?? `exit ${child.status}`}): ${child.stderr}`);
  });
});
