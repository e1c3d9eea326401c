import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkIpam, ipamPools, parseWhereaboutsRange } from "../../src/cni/ipam.js";
import type { CniPlugin } from "../../src/cni/nad-model.js";

function plugin(ipam: Record<string, unknown>): CniPlugin {
  return { type: "macvlan", index: 0, config: { type: "macvlan", ipam }, jsonPath: [], ipam, ipamType: ipam.type as string };
}

function messages(ipam: Record<string, unknown>): string[] {
  return checkIpam(plugin(ipam)).map((problem) => problem.message);
}

const HOST_LOCAL: [string, Record<string, unknown>, string | undefined][] = [
  ["a plain subnet is fine", { subnet: "10.0.0.0/24" }, undefined],
  ["no ranges", {}, 'no "ranges" and no "subnet"'],
  ["host bits", { subnet: "10.0.0.5/24" }, 'use "10.0.0.0/24"'],
  ["a /31", { subnet: "10.0.0.0/31" }, "/31, too small"],
  ["a /32", { subnet: "10.0.0.1/32" }, "/32, too small"],
  ["octal-looking subnet", { subnet: "010.0.0.0/24" }, "is not a CIDR"],
  ["rangeStart outside", { subnet: "10.0.0.0/24", rangeStart: "10.0.1.5" }, 'rangeStart "10.0.1.5" is outside subnet'],
  ["rangeEnd outside", { subnet: "10.0.0.0/24", rangeEnd: "10.0.1.5" }, 'rangeEnd "10.0.1.5" is outside subnet'],
  ["gateway outside", { subnet: "10.0.0.0/24", gateway: "10.0.1.1" }, 'gateway "10.0.1.1" is outside subnet'],
  ["start after end", { subnet: "10.0.0.0/24", rangeStart: "10.0.0.50", rangeEnd: "10.0.0.10" }, "is after rangeEnd"],
  ["range sets overlap", { ranges: [[{ subnet: "10.0.0.0/24" }], [{ subnet: "10.0.0.0/16" }]] }, "range set 1 overlaps range set 0"],
  ["dual-stack sets are fine", { ranges: [[{ subnet: "10.0.0.0/24" }], [{ subnet: "2001:db8::/64" }]] }, undefined],
  ["a set mixing families", { ranges: [[{ subnet: "10.0.0.0/24" }, { subnet: "2001:db8::/64" }]] }, "mixes IPv4 and IPv6"],
];

describe("host-local", () => {
  for (const [name, fields, expected] of HOST_LOCAL) {
    test(name, () => {
      const found = messages({ type: "host-local", ...fields });
      if (expected === undefined) assert.deepEqual(found, []);
      else assert.ok(found.some((message) => message.includes(expected)), found.join(" | "));
    });
  }
});

const WHEREABOUTS: [string, Record<string, unknown>, string | undefined][] = [
  ["a range is fine", { range: "192.0.2.0/24" }, undefined],
  ["host bits are allowed", { range: "192.0.2.225/28" }, undefined],
  ["a span is fine", { range: "192.0.2.10-192.0.2.50/24" }, undefined],
  ["no range", {}, 'no "range" and no "ipRanges"'],
  ["host-local subnet key", { subnet: "192.0.2.0/24" }, 'use "range"'],
  ["host-local rangeStart key", { range: "192.0.2.0/24", rangeStart: "192.0.2.5" }, 'use "range_start"'],
  ["a range that is no CIDR", { range: "192.0.2.0" }, "invalid CIDR"],
  ["exclude outside the range", { range: "192.0.2.0/24", exclude: ["198.51.100.0/28"] }, "outside range"],
  ["exclude inside the range", { range: "192.0.2.0/24", exclude: ["192.0.2.0/28"] }, undefined],
  ["ipRanges entry checked", { ipRanges: [{ range: "192.0.2.0/24", range_start: "10.0.0.1" }] }, 'range_start "10.0.0.1" is outside'],
];

describe("whereabouts", () => {
  for (const [name, fields, expected] of WHEREABOUTS) {
    test(name, () => {
      const found = messages({ type: "whereabouts", ...fields });
      if (expected === undefined) assert.deepEqual(found, []);
      else assert.ok(found.some((message) => message.includes(expected)), found.join(" | "));
    });
  }

  test("a span range keeps its bounds", () => {
    const parsed = parseWhereaboutsRange("192.0.2.10-192.0.2.50/24")!;
    assert.equal(parsed.last! - parsed.first!, 40n);
  });
});

describe("static", () => {
  test("an address without prefix is refused", () => {
    assert.ok(messages({ type: "static", addresses: [{ address: "10.0.0.5" }] }).some((message) => message.includes('add the prefix, for example "10.0.0.5/24"')));
  });

  test("a CIDR address is fine", () => assert.deepEqual(messages({ type: "static", addresses: [{ address: "10.0.0.5/24", gateway: "10.0.0.1" }] }), []));
});

describe("ipamPools", () => {
  test("host-local pool spans the default range", () => {
    const [pool] = ipamPools(plugin({ type: "host-local", subnet: "10.0.0.0/24" }));
    assert.equal(pool!.last - pool!.first, 253n);
  });

  test("host-local pool uses rangeStart and rangeEnd", () => {
    const [pool] = ipamPools(plugin({ type: "host-local", subnet: "10.0.0.0/24", rangeStart: "10.0.0.10", rangeEnd: "10.0.0.20" }));
    assert.equal(pool!.last - pool!.first, 10n);
  });

  test("static IPAM has no pool", () => assert.deepEqual(ipamPools(plugin({ type: "static", addresses: [] })), []));
});
