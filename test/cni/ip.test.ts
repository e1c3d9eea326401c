import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { contains, findOverlaps, hasHostBits, isTooSmall, networkText, parseCidr, parseIp } from "../../src/cni/ip.js";

describe("parseIp", () => {
  const table: [string, boolean][] = [
    ["10.1.1.1", true],
    ["010.1.1.1", false],
    ["10.1.1", false],
    ["256.1.1.1", false],
    ["0x0a.1.1.1", false],
    ["2001:db8::1", true],
    ["fe80::1%eth0", false],
    ["", false],
  ];
  for (const [text, valid] of table) {
    test(`"${text}" is ${valid ? "valid" : "invalid"}`, () => assert.equal(parseIp(text) !== undefined, valid));
  }
});

describe("parseCidr", () => {
  test("accepts a network address", () => assert.ok(parseCidr("10.0.0.0/24")));
  test("rejects a prefix above 32", () => assert.equal(parseCidr("10.0.0.0/33"), undefined));
  test("rejects an octal-looking address", () => assert.equal(parseCidr("010.0.0.0/24"), undefined));
  test("rejects a missing prefix", () => assert.equal(parseCidr("10.0.0.0"), undefined));
  test("rejects two slashes", () => assert.equal(parseCidr("10.0.0.0/24/1"), undefined));
  test("accepts IPv6", () => assert.equal(parseCidr("2001:db8::/64")?.family, 6));
  test("host bits are detected", () => assert.equal(hasHostBits(parseCidr("10.0.0.5/24")!), true));
  test("a network address has no host bits", () => assert.equal(hasHostBits(parseCidr("10.0.0.0/24")!), false));
  test("network text drops host bits", () => assert.equal(networkText(parseCidr("10.0.0.5/24")!), "10.0.0.0/24"));
  test("/31 is too small", () => assert.equal(isTooSmall(parseCidr("10.0.0.0/31")!), true));
  test("/32 is too small", () => assert.equal(isTooSmall(parseCidr("10.0.0.1/32")!), true));
  test("/30 is large enough", () => assert.equal(isTooSmall(parseCidr("10.0.0.0/30")!), false));
  test("/127 is too small", () => assert.equal(isTooSmall(parseCidr("2001:db8::/127")!), true));
  test("contains an address inside", () => assert.equal(contains(parseCidr("10.0.0.0/24")!, parseIp("10.0.0.255")!), true));
  test("does not contain the next network", () => assert.equal(contains(parseCidr("10.0.0.0/24")!, parseIp("10.0.1.0")!), false));
  test("does not contain another family", () => assert.equal(contains(parseCidr("10.0.0.0/24")!, parseIp("::1")!), false));
});

describe("findOverlaps", () => {
  const interval = (first: number, last: number, item: string, family: 4 | 6 = 4) => ({ family, first: BigInt(first), last: BigInt(last), item });

  test("disjoint intervals give no pair", () => {
    assert.deepEqual(findOverlaps([interval(0, 9, "a"), interval(10, 19, "b")], () => false), []);
  });

  test("touching intervals overlap", () => {
    assert.equal(findOverlaps([interval(0, 10, "a"), interval(10, 19, "b")], () => false).length, 1);
  });

  test("a nested interval overlaps its container", () => {
    const pairs = findOverlaps([interval(5, 6, "inner"), interval(0, 100, "outer")], () => false);
    assert.deepEqual(pairs.map(([a, b]) => [a.item, b.item]), [["outer", "inner"]]);
  });

  test("compatible items are not paired", () => {
    assert.deepEqual(findOverlaps([interval(0, 10, "a"), interval(5, 15, "a")], (x, y) => x === y), []);
  });

  test("families never overlap each other", () => {
    assert.deepEqual(findOverlaps([interval(0, 10, "a", 4), interval(0, 10, "b", 6)], () => false), []);
  });

  test("a long interval is still open after short ones end", () => {
    const pairs = findOverlaps([interval(0, 100, "long"), interval(1, 2, "x"), interval(50, 60, "y")], (a, b) => a !== "long" && b !== "long");
    assert.deepEqual(pairs.map(([, b]) => b.item), ["x", "y"]);
  });
});
