import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mapScalar } from "../../src/cni/position.js";
import { lineStartsOf, linePos, type YScalar } from "../../src/workspace/yaml-model.js";
import { nodeAtPath } from "../helpers/yaml-node.js";

interface Located {
  line: number;
  col: number;
}

/** Parses `text` as the engine does and returns the scalar at `config` and the text's line counter. */
function configScalar(text: string, path: readonly string[] = ["config"]): { scalar: YScalar; lineCounter: { linePos(offset: number): Located }; text: string } {
  const parsed = nodeAtPath(text, path);
  assert.equal(parsed.node.kind, "scalar");
  return { scalar: parsed.node as YScalar, lineCounter: { linePos: parsed.linePos }, text: parsed.text };
}

/** Maps the first `token` of the scalar's value to its line and column through the mapping. */
function mapped(text: string, token: string): Located & { exact: boolean } {
  const { scalar, lineCounter, text: parsedText } = configScalar(text);
  const mapping = mapScalar(scalar, parsedText);
  const offset = String(scalar.value).indexOf(token);
  assert.ok(offset >= 0, `value lacks ${token}`);
  return { ...lineCounter.linePos(mapping.toSource(offset)), exact: mapping.exact };
}

/** Finds the line and column of the last `token` in the file text. */
function written(text: string, token: string): Located {
  return linePos(lineStartsOf(text), text.lastIndexOf(token));
}

const EXACT_CASES: [string, string, string][] = [
  ["literal block", 'config: |\n  {\n    "type": "macvlan",\n    "mode": "bridge"\n  }\n', '"mode"'],
  ["literal block, strip", 'config: |-\n  {\n    "mode": "bridge"\n  }\n', '"bridge"'],
  ["literal block, keep", 'config: |+\n  {\n    "mode": "bridge"\n  }\n\n', '"bridge"'],
  ["literal block, indent indicator", 'config: |2\n    {\n      "mode": "x"\n    }\n', '"mode"'],
  ["literal block, blank line inside", 'config: |\n  {\n\n    "mode": "x"\n  }\n', '"mode"'],
  ["single-quoted, one line", "config: '{\"mode\": \"x\"}'\n", '"x"'],
  ["single-quoted, folded lines", "config: '{\n  \"type\": \"sriov\",\n  \"vlan\": 100\n  }'\n", '"vlan"'],
  ["single-quoted, escaped quote", "config: '{\"a\": \"it''s\", \"mode\": \"x\"}'\n", '"mode"'],
  ["literal block with CRLF line ends", 'config: |\r\n  {\r\n    "mode": "x"\r\n  }\r\n', '"mode"'],
  ["single-quoted with CRLF line ends", "config: '{\r\n  \"mode\": 1}'\r\n", '"mode"'],
  ["double-quoted without escapes", 'config: "{ \'a\': 1, \'mode\': 2 }"\n', "'mode'"],
];

/** Double-quoted cases: the value's token and how it is written (a JSON quote maps to its backslash). */
const ESCAPED_CASES: [string, string, string, string][] = [
  ["quote escapes", 'config: "{\\"a\\": 1, \\"mode\\": 2}"\n', '"mode"', '\\"mode'],
  ["a unicode escape", 'config: "{\\"a\\": \\"\\u00e9t\\u00e9\\", \\"mode\\": 2}"\n', '"mode"', '\\"mode'],
  ["an escaped line break", 'config: "{\\"a\\": 1, \\\n  \\"mode\\": 2}"\n', '"mode"', '\\"mode'],
  ["a tab escape", 'config: "{\\"a\\":\\t1, \\"mode\\": 2}"\n', '"mode"', '\\"mode'],
];

describe("JSON position mapping", () => {
  for (const [name, text, valueToken, writtenToken] of ESCAPED_CASES) {
    test(`double-quoted with ${name} maps exactly`, () => {
      const actual = mapped(text, valueToken);
      assert.equal(actual.exact, true);
      assert.deepEqual({ line: actual.line, col: actual.col }, written(text, writtenToken));
    });
  }

  for (const [name, text, token] of EXACT_CASES) {
    test(`${name} maps exactly`, () => {
      const actual = mapped(text, token);
      assert.equal(actual.exact, true);
      assert.deepEqual({ line: actual.line, col: actual.col }, written(text, token));
    });
  }

  test("literal block under a nested key maps exactly", () => {
    const text = 'spec:\n  config: |\n    {\n      "mode": "x"\n    }\n';
    const { scalar, lineCounter } = configScalar(text, ["spec", "config"]);
    const offset = String(scalar.value).indexOf('"mode"');
    assert.deepEqual(lineCounter.linePos(mapScalar(scalar, text).toSource(offset)), { line: 4, col: 7 });
  });

  test("double-quoted with an invalid escape falls back", () => {
    const text = 'config: "{\\"mode\\": \\"x\\q\\"}"\n';
    const { scalar } = configScalar(text);
    assert.equal(mapScalar(scalar, text).exact, false);
  });

  test("folded block falls back to the scalar start", () => {
    const text = 'config: >\n  {"a": 1,\n   "mode": 2}\n';
    const actual = mapped(text, '"mode"');
    assert.deepEqual(actual, { line: 1, col: 9, exact: false });
  });
});

describe("JSON position mapping, generated", () => {
  test("every key of a block scalar maps to where it is written", async () => {
    const fc = (await import("fast-check")).default;
    const key = fc.stringMatching(/^[a-z]{1,8}$/);
    const config = fc.dictionary(key, fc.oneof(fc.integer(), fc.string({ maxLength: 6 }).map((text) => text.replace(/[\\"\n\r]/g, "x"))), { minKeys: 1, maxKeys: 6 });

    fc.assert(
      fc.property(config, fc.integer({ min: 1, max: 6 }), fc.constantFrom("|", "|-", "|+"), (object, indent, header) => {
        const pad = " ".repeat(indent);
        const json = JSON.stringify(object, null, 2);
        const text = `config: ${header}\n${json.split("\n").map((line) => pad + line).join("\n")}\n`;
        const { scalar, lineCounter } = configScalar(text);
        const mapping = mapScalar(scalar, text);
        const value = String(scalar.value);
        for (const name of Object.keys(object)) {
          const token = `"${name}":`;
          const mappedAt = lineCounter.linePos(mapping.toSource(value.indexOf(token)));
          const lines = text.split("\n");
          const line = lines.findIndex((candidate) => candidate.includes(token)) + 1;
          const expected = { line, col: lines[line - 1]!.indexOf(token) + 1 };
          if (mappedAt.line !== expected.line || mappedAt.col !== expected.col) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});

describe("JSON position mapping, generated double-quoted", () => {
  test("every key of a JSON-escaped scalar maps to its backslash", async () => {
    const fc = (await import("fast-check")).default;
    const key = fc.stringMatching(/^[a-z]{1,8}$/);
    const config = fc.dictionary(key, fc.oneof(fc.integer(), fc.string({ maxLength: 6 })), { minKeys: 1, maxKeys: 6 });

    fc.assert(
      fc.property(config, (object) => {
        const text = `config: ${JSON.stringify(JSON.stringify(object))}\n`;
        const { scalar, lineCounter } = configScalar(text);
        const mapping = mapScalar(scalar, text);
        if (!mapping.exact) return false;
        const value = String(scalar.value);
        for (const name of Object.keys(object)) {
          const mappedAt = lineCounter.linePos(mapping.toSource(value.indexOf(`"${name}":`)));
          if (mappedAt.col !== text.indexOf(`\\"${name}\\":`) + 1) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
