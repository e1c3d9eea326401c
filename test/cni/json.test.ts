import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { parseTree } from "jsonc-parser";
import { findExcessiveNesting, parseCniJson } from "../../src/cni/json.js";

const DEPTH = 200;

describe("parseCniJson", () => {
  test("valid object has a value and no error", () => {
    const result = parseCniJson('{"type": "macvlan"}', DEPTH);
    assert.deepEqual(result.value, { type: "macvlan" });
  });

  test("missing comma points at the next key", () => {
    const text = '{"type": "static"\n "addresses": []}';
    assert.equal(parseCniJson(text, DEPTH).error?.offset, text.indexOf('"addresses"'));
  });

  test("missing comma message asks for the comma", () => {
    assert.match(parseCniJson('{"a": 1 "b": 2}', DEPTH).error!.message, /expected "," before "b"; add the missing comma/);
  });

  test("typographic quote points at the quote", () => {
    const text = '{"type": \u201cwhereabouts"}';
    assert.equal(parseCniJson(text, DEPTH).error?.offset, text.indexOf("\u201c"));
  });

  test("typographic quote gets a hint", () => {
    assert.match(parseCniJson('{"type": \u201cwhereabouts"}', DEPTH).error!.message, /typographic quote \u201c/);
  });

  test("typographic closing quote gets a hint", () => {
    assert.match(parseCniJson('{"type": "whereabouts\u201d}', DEPTH).error!.message, /typographic quote/);
  });

  test("trailing comma is named", () => {
    assert.match(parseCniJson('{"a": 1,}', DEPTH).error!.message, /trailing comma/);
  });

  test("trailing comma points at the comma", () => {
    const text = '{"a": 1,\n}';
    assert.equal(parseCniJson(text, DEPTH).error?.offset, text.indexOf(","));
  });

  test("comments are refused", () => {
    assert.match(parseCniJson('{"a": 1 // note\n}', DEPTH).error!.message, /comments are not allowed/);
  });

  test("single quotes are refused", () => {
    assert.ok(parseCniJson("{'a': 1}", DEPTH).error);
  });

  test("leading zero in a number is refused", () => {
    assert.ok(parseCniJson('{"a": 01}', DEPTH).error);
  });

  test("text after the object is refused", () => {
    assert.ok(parseCniJson('{"a": 1} x', DEPTH).error);
  });

  test("empty text is refused", () => {
    assert.ok(parseCniJson("   ", DEPTH).error);
  });

  test("duplicate keys are reported", () => {
    assert.deepEqual(parseCniJson('{"mode": "a", "mode": "b"}', DEPTH).duplicates.map((entry) => entry.key), ["mode"]);
  });

  test("duplicate keys keep the last value, as Go does", () => {
    assert.deepEqual(parseCniJson('{"mode": "a", "mode": "b"}', DEPTH).value, { mode: "b" });
  });

  test("a __proto__ key stays an ordinary property", () => {
    const value = parseCniJson('{"__proto__": {"polluted": true}}', DEPTH).value as Record<string, unknown>;
    assert.equal((value as { polluted?: boolean }).polluted, undefined);
  });

  test("nesting above the limit is refused without parsing", () => {
    const result = parseCniJson("[".repeat(300) + "]".repeat(300), DEPTH);
    assert.equal(result.error?.limit, true);
  });

  test("nesting at the limit parses", () => {
    assert.equal(parseCniJson("[".repeat(DEPTH) + "]".repeat(DEPTH), DEPTH).error, undefined);
  });

  test("brackets inside strings do not count as nesting", () => {
    assert.equal(findExcessiveNesting(`{"a": "${"[".repeat(500)}"}`, 10), undefined);
  });

  test("a 5 MB nested array is refused quickly", () => {
    const half = 2.5 * 1024 * 1024;
    const started = Date.now();
    const result = parseCniJson("[".repeat(half) + "]".repeat(half), DEPTH);
    assert.equal(result.error?.offset, DEPTH);
    assert.ok(Date.now() - started < 2000);
  });

  test("any JSON: same value and tree", () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        const result = parseCniJson(text, DEPTH);
        assert.equal(result.error, undefined);
        assert.deepStrictEqual(result.value, JSON.parse(text));
        assert.deepStrictEqual(result.duplicates, []);
        assert.deepStrictEqual(result.root, parseTree(text));
      }),
    );
  });

  test("repeated key: found anywhere", () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 3 }), fc.string(), (inner, key) => {
        const quoted = JSON.stringify(key);
        const text = `{"wrap": [${inner}, {${quoted}: 1, ${quoted}: ${inner}}]}`;
        const result = parseCniJson(text, DEPTH);
        assert.deepEqual(result.duplicates.map((entry) => entry.key), [key]);
        assert.deepStrictEqual(result.value, JSON.parse(text));
      }),
    );
  });
});
