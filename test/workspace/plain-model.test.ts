// The plain model's document values must equal what the `yaml` package's own toJS returns, because
// every rule reads them. Compared on every YAML file of the fixtures and examples, and on the
// constructs where the fast conversion hands over to the package.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseAllDocuments } from "yaml";
import { parseYamlText } from "../../src/workspace/parse.js";
import { fixtureAndExampleFiles } from "../helpers/repo-yaml-files.js";

function packageValues(text: string): unknown[] {
  return parseAllDocuments(text, { version: "1.1", uniqueKeys: false }).map((document) => {
    if (document.errors.length > 0) return undefined;
    try {
      return document.toJS({ maxAliasCount: 1_000 });
    } catch {
      return undefined;
    }
  });
}

function modelValues(text: string): unknown[] {
  return parseYamlText(text, { maxDocuments: 10_000 }).documents.map((document) => (document.hasErrors ? undefined : document.value));
}

function assertSameValues(text: string, where: string): void {
  const parsed = parseYamlText(text, { maxDocuments: 10_000 });
  if (parsed.recovered || parsed.problems.length > 0) return;
  assert.deepStrictEqual(modelValues(text), packageValues(text), where);
}

describe("plain model values", () => {
  test("equal the package's toJS on every fixture and example file", () => {
    const files = fixtureAndExampleFiles();
    assert.ok(files.length > 200, `only ${files.length} files found`);
    for (const { file, text } of files) assertSameValues(text, file);
  });

  const CASES: [string, string][] = [
    ["timestamps become ISO strings", "a: 2001-12-14\nb: 2001-12-14t21:59:43.10-05:00\n"],
    ["YAML 1.1 scalars", "a: yes\nb: off\nc: 0755\nd: 0x1F\ne: 1_000\nf: 190:20:30\ng: ~\nh: .inf\ni: -.NaN\n"],
    ["a boolean key", "yes: 1\nno: 2\n"],
    ["a number key", "1: a\n2.5: b\n"],
    ["a null key", "? \n: v\n"],
    ["an anchor and alias", "base: &b {x: 1}\nuse: *b\n"],
    ["a merge key", "base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\n"],
    ["a quoted << is an ordinary key", "'<<': 1\n"],
    ["a set", "s: !!set {a, b}\n"],
    ["an ordered map", "o: !!omap [a: 1, b: 2]\n"],
    ["binary", "b: !!binary aGVsbG8=\n"],
    ["a __proto__ key", "__proto__: {polluted: true}\nconstructor: 1\ntoString: 2\n"],
    ["a collection key", "? [a, b]\n: v\n"],
    ["empty documents", "---\n---\na: 1\n---\n"],
    ["nested sequences", "a:\n- - 1\n  - [2, {b: c}]\n- null\n-\n"],
    ["a big integer", "n: 123456789012345678901234567890\n"],
  ];
  for (const [name, text] of CASES) test(name, () => assertSameValues(text, name));
});
