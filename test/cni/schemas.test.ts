import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { compiledSchemaCount, loadSchemaValidators, validateAgainstSchema, type SchemaKind } from "../../src/cni/schemas.js";

interface SchemaCase {
  kind: SchemaKind;
  type: string;
  valid: Record<string, unknown>;
  /** Invalid configs and a substring of the first message each must produce. */
  invalid: [Record<string, unknown>, string][];
}

const base = { cniVersion: "1.0.0", name: "net" };

const CASES: SchemaCase[] = [
  { kind: "cni", type: "macvlan", valid: { ...base, type: "macvlan", master: "eth1", mode: "bridge", mtu: 1500 }, invalid: [
    [{ type: "macvlan", mode: "source" }, 'macvlan "mode" must be one of bridge, private, vepa, passthru; got "source"'],
    [{ type: "macvlan", mtu: "1500" }, 'macvlan "mtu" must be an integer; got "1500"'],
    [{ type: "macvlan", mtu: -1 }, 'macvlan "mtu" must be at least 0; got -1'],
    [{ type: "macvlan", mod: "bridge" }, 'macvlan has no field "mod" (did you mean "mode"?)'],
  ] },
  { kind: "cni", type: "ipvlan", valid: { ...base, type: "ipvlan", master: "eth1", mode: "l3s" }, invalid: [
    [{ type: "ipvlan", mode: "l4" }, 'ipvlan "mode" must be one of l2, l3, l3s; got "l4"'],
    [{ type: "ipvlan", linkInContainer: "yes" }, 'ipvlan "linkInContainer" must be a boolean'],
  ] },
  { kind: "cni", type: "bridge", valid: { ...base, type: "bridge", bridge: "br0", isGateway: true, vlan: 100, vlanTrunk: [{ minID: 10, maxID: 20 }] }, invalid: [
    [{ type: "bridge", vlan: 5000 }, 'bridge "vlan" must be between 0 and 4094; got 5000'],
    [{ type: "bridge", isGateway: "true" }, 'bridge "isGateway" must be a boolean; got "true"'],
    [{ type: "bridge", vlanTrunk: [{ id: 0 }] }, 'bridge "vlanTrunk[0].id" must be between 1 and 4094; got 0'],
  ] },
  { kind: "cni", type: "host-device", valid: { ...base, type: "host-device", device: "eth2" }, invalid: [
    [{ type: "host-device", hwaddr: "zz" }, 'host-device "hwaddr" must be a MAC address'],
    [{ type: "host-device", devcie: "eth2" }, 'did you mean "device"?'],
  ] },
  { kind: "cni", type: "vlan", valid: { ...base, type: "vlan", master: "eth0", vlanId: 42 }, invalid: [
    [{ type: "vlan", vlanId: 42 }, 'vlan is missing "master"'],
    [{ type: "vlan", master: "eth0", vlanId: 4095 }, 'vlan "vlanId" must be between 0 and 4094; got 4095'],
  ] },
  { kind: "cni", type: "ptp", valid: { ...base, type: "ptp", ipMasq: true, mtu: 1400 }, invalid: [
    [{ type: "ptp", ipMasqBackend: "ipfw" }, 'ptp "ipMasqBackend" must be one of iptables, nftables; got "ipfw"'],
  ] },
  { kind: "cni", type: "tap", valid: { ...base, type: "tap", multiQueue: true, owner: 1000 }, invalid: [
    [{ type: "tap", owner: -1 }, 'tap "owner" must be between 0 and 4294967295; got -1'],
  ] },
  { kind: "cni", type: "dummy", valid: { ...base, type: "dummy", ipam: { type: "static" } }, invalid: [
    [{ type: "dummy", master: "eth0" }, 'dummy has no field "master"'],
  ] },
  { kind: "cni", type: "loopback", valid: { ...base, type: "loopback" }, invalid: [
    [{ type: "loopback", mtu: 1500 }, 'loopback has no field "mtu"'],
  ] },
  { kind: "cni", type: "sriov", valid: { ...base, type: "sriov", vlan: 100, vlanQoS: 3, spoofchk: "on", link_state: "enable" }, invalid: [
    [{ type: "sriov", spoofchk: true }, 'sriov "spoofchk" must be one of on, off; got true'],
    [{ type: "sriov", vlanQoS: 8 }, 'sriov "vlanQoS" must be between 0 and 7; got 8'],
    [{ type: "sriov", vlanProto: "802.1x" }, 'sriov "vlanProto" must be 802.1q or 802.1ad; got "802.1x"'],
  ] },
  { kind: "cni", type: "ib-sriov", valid: { ...base, type: "ib-sriov", link_state: "auto", rdmaIsolation: true }, invalid: [
    [{ type: "ib-sriov", link_state: "up" }, 'ib-sriov "link_state" must be one of auto, enable, disable; got "up"'],
  ] },
  { kind: "cni", type: "ovs", valid: { ...base, type: "ovs", bridge: "br1", vlan: 100, trunk: [{ id: 42 }] }, invalid: [
    [{ type: "ovs", ofport_request: 70000 }, 'ovs "ofport_request" must be between 1 and 65279; got 70000'],
  ] },
  { kind: "cni", type: "tuning", valid: { ...base, type: "tuning", sysctl: { "net.ipv4.conf.IFNAME.arp_notify": "1" }, promisc: true }, invalid: [
    [{ type: "tuning", sysctl: { "net.core.somaxconn": 500 } }, 'tuning "sysctl.net.core.somaxconn" must be a string; got 500'],
  ] },
  { kind: "cni", type: "bandwidth", valid: { ...base, type: "bandwidth", ingressRate: 1000, ingressBurst: 1000 }, invalid: [
    [{ type: "bandwidth", ingressRate: "1M" }, 'bandwidth "ingressRate" must be an integer; got "1M"'],
  ] },
  { kind: "cni", type: "portmap", valid: { ...base, type: "portmap", capabilities: { portMappings: true }, snat: true }, invalid: [
    [{ type: "portmap", markMasqBit: 32 }, 'portmap "markMasqBit" must be between 0 and 31; got 32'],
    [{ type: "portmap", capabilities: { portMappings: "yes" } }, 'portmap "capabilities.portMappings" must be a boolean'],
  ] },
  { kind: "cni", type: "firewall", valid: { ...base, type: "firewall", backend: "iptables", ingressPolicy: "same-bridge" }, invalid: [
    [{ type: "firewall", ingressPolicy: "closed" }, 'firewall "ingressPolicy" must be one of open, same-bridge, isolated; got "closed"'],
  ] },
  { kind: "cni", type: "sbr", valid: { ...base, type: "sbr", table: 100 }, invalid: [
    [{ type: "sbr", gateways: ["a", "b", "c"] }, 'sbr "gateways" takes at most 2 entries; got 3'],
  ] },
  { kind: "cni", type: "vrf", valid: { ...base, type: "vrf", vrfname: "blue", table: 1001 }, invalid: [
    [{ type: "vrf" }, 'vrf is missing "vrfname"'],
  ] },
  { kind: "ipam", type: "host-local", valid: { type: "host-local", ranges: [[{ subnet: "10.0.0.0/24", gateway: "10.0.0.1" }]], routes: [{ dst: "0.0.0.0/0" }] }, invalid: [
    [{ type: "host-local", ranges: [[{ rangeStart: "10.0.0.5" }]] }, 'host-local IPAM "ranges[0][0]" is missing "subnet"'],
    [{ type: "host-local", ranges: [] }, 'host-local IPAM "ranges" needs at least 1 entry'],
    [{ type: "host-local", subnet: "10.0.0.0/24", rangestart: "10.0.0.5" }, 'did you mean "rangeStart"?'],
  ] },
  { kind: "ipam", type: "static", valid: { type: "static", addresses: [{ address: "10.0.0.5/24", gateway: "10.0.0.1" }] }, invalid: [
    [{ type: "static", addresses: [{ gateway: "10.0.0.1" }] }, 'static IPAM "addresses[0]" is missing "address"'],
    [{ type: "static", addresses: "10.0.0.5/24" }, 'static IPAM "addresses" must be an array'],
  ] },
  { kind: "ipam", type: "dhcp", valid: { type: "dhcp", daemonSocketPath: "/run/cni/dhcp.sock" }, invalid: [
    [{ type: "dhcp", subnet: "10.0.0.0/24" }, 'dhcp IPAM has no field "subnet"'],
  ] },
  { kind: "ipam", type: "whereabouts", valid: { type: "whereabouts", range: "192.0.2.0/24", exclude: ["192.0.2.0/28"], leader_lease_duration: 1500 }, invalid: [
    [{ type: "whereabouts", range: "192.0.2.0/24", enable_overlapping_ranges: "true" }, 'whereabouts IPAM "enable_overlapping_ranges" must be a boolean'],
    [{ type: "whereabouts", range: "192.0.2.0/24", rnage_end: "192.0.2.9" }, 'did you mean "range_end"?'],
  ] },
];

describe("plugin and IPAM schemas", () => {
  test("no schema is compiled before the first validation", () => assert.equal(compiledSchemaCount(), 0));

  test("validation before loading: throws", () => {
    assert.throws(() => validateAgainstSchema("cni", "macvlan", { type: "macvlan" }, "macvlan"), /before loadSchemaValidators/);
  });

  test("validators load", () => loadSchemaValidators());

  for (const entry of CASES) {
    const label = entry.kind === "cni" ? entry.type : `${entry.type} IPAM`;
    test(`${entry.kind}/${entry.type} accepts a valid config`, () => {
      assert.deepEqual(validateAgainstSchema(entry.kind, entry.type, entry.valid, label), []);
    });
    for (const [config, expected] of entry.invalid) {
      test(`${entry.kind}/${entry.type} reports ${expected}`, () => {
        const messages = (validateAgainstSchema(entry.kind, entry.type, config, label) ?? []).map((problem) => problem.message);
        assert.ok(messages.some((message) => message.includes(expected)), `messages: ${messages.join(" | ")}`);
      });
    }
  }

  test("a schema is compiled once per type", () => {
    const before = compiledSchemaCount();
    validateAgainstSchema("cni", "macvlan", { type: "macvlan" }, "macvlan");
    assert.equal(compiledSchemaCount(), before);
  });

  test("an unknown type has no schema", () => assert.equal(validateAgainstSchema("cni", "calico", {}, "calico"), undefined));

  test("an unknown key is a warning", () => {
    const [problem] = validateAgainstSchema("cni", "macvlan", { type: "macvlan", mod: "x" }, "macvlan")!;
    assert.equal(problem!.severity, "warning");
  });

  test("an unknown key points at the key", () => {
    const [problem] = validateAgainstSchema("cni", "macvlan", { type: "macvlan", mod: "x" }, "macvlan")!;
    assert.deepEqual([problem!.path, problem!.part], [["mod"], "key"]);
  });

  test("a wrong enum value is an error on the key", () => {
    const [problem] = validateAgainstSchema("cni", "macvlan", { type: "macvlan", mode: "source" }, "macvlan")!;
    assert.deepEqual([problem!.severity, problem!.path, problem!.part], ["error", ["mode"], "key"]);
  });
});
