// The nesting pre-check that keeps deep documents away from the recursive parser.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MAX_NESTING_DEPTH, deepNestingOffset, parseYamlText } from "../../src/workspace/parse.js";
import { fixtureAndExampleFiles } from "../helpers/repo-yaml-files.js";

describe("nesting pre-check", () => {
  test("passes every example and fixture file", () => {
    const files = fixtureAndExampleFiles();
    assert.ok(files.length > 200, `only ${files.length} files found`);
    for (const { file, text } of files) assert.equal(deepNestingOffset(text, MAX_NESTING_DEPTH), -1, file);
  });

  test("refuses block mappings past the limit", () => {
    const lines = Array.from({ length: MAX_NESTING_DEPTH + 5 }, (_, depth) => `${" ".repeat(depth)}k${depth}:`);
    const text = `${lines.join("\n")} v\n`;
    const offset = deepNestingOffset(text, MAX_NESTING_DEPTH);
    assert.ok(offset > 0);
    assert.equal(text.lastIndexOf("\n", offset) + 1 + MAX_NESTING_DEPTH + 1, offset, "the first line indented past the limit");
  });

  test("refuses flow collections past the limit", () => {
    const text = `k: ${"[".repeat(MAX_NESTING_DEPTH + 1)}${"]".repeat(MAX_NESTING_DEPTH + 1)}\n`;
    assert.equal(deepNestingOffset(text, MAX_NESTING_DEPTH), 3 + MAX_NESTING_DEPTH);
  });

  test("lets brackets inside quoted scalars and comments pass", () => {
    const brackets = "[".repeat(MAX_NESTING_DEPTH + 1);
    assert.equal(deepNestingOffset(`a: "${brackets}"\nb: '${brackets}'\n# ${brackets}\nc: x # ${brackets}\n`, MAX_NESTING_DEPTH), -1);
  });

  test("ignores blank lines of any indentation", () => {
    assert.equal(deepNestingOffset(`a: 1\n${" ".repeat(MAX_NESTING_DEPTH + 10)}\nb: 2\n`, MAX_NESTING_DEPTH), -1);
  });

  test("a refused file is a limit problem at the offending line", () => {
    const parsed = parseYamlText(`a: 1\nb: ${"{x: ".repeat(MAX_NESTING_DEPTH + 1)}\n`, { maxDocuments: 10 });
    assert.equal(parsed.documents.length, 0);
    assert.equal(parsed.problems[0]?.kind, "limit");
    assert.equal(parsed.problems[0]?.range.line, 2);
    assert.match(parsed.problems[0]!.message, /nesting is too deep \(more than 400 levels/);
  });
});
