import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { scalarOffsets } from "../../src/multus/scalar-offsets.js";
import { isScalar, type YNode } from "../../src/workspace/yaml-model.js";
import { nodeAtPath } from "../helpers/yaml-node.js";

function scalar(text: string): { node: YNode; text: string } {
  const { node } = nodeAtPath(text, ["k"]);
  assert.ok(isScalar(node));
  return { node, text };
}

/** Returns the file text at the mapped range of `needle` inside the scalar's value. */
function mappedText(text: string, needle: string): string {
  const { node } = scalar(text);
  const value = (node as { value: string }).value;
  const start = value.indexOf(needle);
  assert.ok(start >= 0, `"${needle}" not in value`);
  const offsets = scalarOffsets(node, text);
  assert.ok(offsets.exact, "mapping is exact");
  const mapped = offsets.map(start, start + needle.length);
  return text.slice(mapped.start, mapped.end);
}

const EXACT: { name: string; text: string; needle: string; expected: string }[] = [
  { name: "plain scalar", text: "k: a, bb", needle: "bb", expected: "bb" },
  { name: "multi-line plain scalar", text: "k: a,\n  bb", needle: "bb", expected: "bb" },
  { name: "single-quoted scalar", text: "k: 'a, bb'", needle: "bb", expected: "bb" },
  { name: "single-quoted escaped quote", text: "k: 'it''s, bb'", needle: "bb", expected: "bb" },
  { name: "double-quoted escapes", text: 'k: "[{\\"name\\": \\"bb\\"}]"', needle: '"bb"', expected: '\\"bb\\"' },
  { name: "double-quoted line continuation", text: 'k: "a,\\\n   bb"', needle: "bb", expected: "bb" },
  { name: "literal block", text: "k: |\n  [\n    {\"name\": \"bb\"}\n  ]\n", needle: '{"name": "bb"}', expected: '{"name": "bb"}' },
  { name: "literal block strip", text: "k: |-\n  a,\n  bb\n", needle: "bb", expected: "bb" },
  { name: "folded block", text: "k: >\n  a,\n  bb\n", needle: "bb", expected: "bb" },
];

describe("scalar offsets", () => {
  for (const { name, text, needle, expected } of EXACT) {
    test(`${name} maps exactly`, () => assert.equal(mappedText(text, needle), expected));
  }

  test("explicit indentation indicator maps exactly", () => assert.equal(mappedText("k: |2\n    a, bb\n", "bb"), "bb"));

  test("scalar whose source does not decode to its value falls back to its start", () => {
    const { node } = scalar("k: a, bb");
    const offsets = scalarOffsets(node, "k: a, cc");
    assert.equal(offsets.exact, false);
    assert.deepEqual(offsets.map(3, 5), { start: 3, end: 3 });
  });

  test("non-string scalar falls back", () => {
    const { node } = scalar("k: 12");
    assert.equal(scalarOffsets(node, "k: 12").exact, false);
  });
});
