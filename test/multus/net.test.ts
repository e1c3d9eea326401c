import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { hostLocalRanges, isValidMac, parseCidr, parseIp, parseIpOrCidr } from "../../src/multus/net.js";

describe("ip parsing", () => {
  const table: [string, boolean][] = [
    ["192.0.2.1", true],
    ["010.0.0.1", false],
    ["192.0.2.256", false],
    ["fd00::1", true],
    ["::ffff:192.0.2.1", true],
    ["fe80::1%eth0", false],
    ["192.0.2.1/24", false],
    ["", false],
  ];
  for (const [text, valid] of table) test(`ip "${text}" is ${valid ? "valid" : "invalid"}`, () => assert.equal(parseIp(text) !== undefined, valid));
});

describe("cidr parsing", () => {
  test("keeps host bits", () => assert.equal(parseCidr("192.0.2.5/24")?.address.text, "192.0.2.5"));
  test("computes network", () => assert.equal(parseCidr("192.0.2.5/24")?.network, 0xc0000200n));
  test("rejects prefix over 32", () => assert.equal(parseCidr("192.0.2.5/33"), undefined));
  test("accepts ipv6 prefix", () => assert.equal(parseCidr("fd00::/64")?.prefix, 64));
  test("ip or cidr without prefix", () => assert.equal(parseIpOrCidr("192.0.2.5")?.prefix, undefined));
});

describe("mac parsing", () => {
  const table: [string, boolean][] = [
    ["02:00:00:00:00:01", true],
    ["02-00-00-00-00-01", true],
    ["0200.0000.0001", true],
    ["02:00:00:00:00", false],
    ["02:00:00:00:00:0g", false],
    ["00:00:00:00:00:00:00:01", true],
    ["020000000001", false],
  ];
  for (const [text, valid] of table) test(`mac "${text}" is ${valid ? "valid" : "invalid"}`, () => assert.equal(isValidMac(text), valid));
});

describe("host-local ranges", () => {
  test("legacy subnet gets defaults", () => {
    const [range] = hostLocalRanges({ subnet: "192.0.2.0/24" });
    assert.equal(range?.start, 0xc0000201n);
    assert.equal(range?.end, 0xc00002fen);
    assert.equal(range?.gateway, 0xc0000201n);
  });

  test("explicit start, end and gateway", () => {
    const [range] = hostLocalRanges({ subnet: "192.0.2.0/24", rangeStart: "192.0.2.10", rangeEnd: "192.0.2.20", gateway: "192.0.2.254" });
    assert.equal(range?.start, 0xc000020an);
    assert.equal(range?.end, 0xc0000214n);
    assert.equal(range?.gateway, 0xc00002fen);
  });

  test("ranges list is read", () => assert.equal(hostLocalRanges({ ranges: [[{ subnet: "192.0.2.0/24" }], [{ subnet: "fd00::/64" }]] }).length, 2));
});
