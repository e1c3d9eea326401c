import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { missingAttachments, requestedNetworks, statusNetworks, toLiveEvent, toLivePod, type LiveEvent, type LivePod } from "../../src/live/diagnose.js";

function livePod(annotations: Record<string, string>, extra: Partial<LivePod> = {}): LivePod {
  return { name: "web-1", namespace: "shop", uid: "u1", phase: "Running", nodeName: "node-a", annotations, ...extra };
}

function sandboxEvent(message: string, reason = "FailedCreatePodSandBox"): LiveEvent {
  return { reason, message, type: "Warning", involvedName: "web-1", involvedUid: "u1", time: 1 };
}

const STATUS_WITH_NET1 = JSON.stringify([
  { name: "kindnet", interface: "eth0", default: true },
  { name: "shop/lan", interface: "net1" },
]);

describe("requested and listed networks", () => {
  test("short form defaults to the pod namespace", () => {
    assert.deepEqual(requestedNetworks(livePod({ "k8s.v1.cni.cncf.io/networks": "lan, infra/wan@net2" })), [
      { namespace: "shop", name: "lan", interface: undefined },
      { namespace: "infra", name: "wan", interface: "net2" },
    ]);
  });

  test("json form is read", () => {
    const value = JSON.stringify([{ name: "lan", namespace: "infra", interface: "net5" }]);
    assert.deepEqual(requestedNetworks(livePod({ "k8s.v1.cni.cncf.io/networks": value })), [{ namespace: "infra", name: "lan", interface: "net5" }]);
  });

  test("no annotation gives undefined", () => {
    assert.equal(requestedNetworks(livePod({})), undefined);
  });

  test("status names are listed", () => {
    assert.deepEqual(statusNetworks(livePod({ "k8s.v1.cni.cncf.io/network-status": STATUS_WITH_NET1 })), ["kindnet", "shop/lan"]);
  });

  test("legacy plural status is read", () => {
    assert.deepEqual(statusNetworks(livePod({ "k8s.v1.cni.cncf.io/networks-status": STATUS_WITH_NET1 })), ["kindnet", "shop/lan"]);
  });

  test("invalid status JSON lists nothing", () => {
    assert.deepEqual(statusNetworks(livePod({ "k8s.v1.cni.cncf.io/network-status": "{" })), []);
  });
});

describe("missing attachments", () => {
  const expected = [{ namespace: "shop", name: "lan" }];

  test("attached network is not missing", () => {
    const pod = livePod({ "k8s.v1.cni.cncf.io/networks": "lan", "k8s.v1.cni.cncf.io/network-status": STATUS_WITH_NET1 });
    assert.deepEqual(missingAttachments(pod, expected, []), []);
  });

  test("bare status name matches a same-namespace NAD", () => {
    const status = JSON.stringify([{ name: "lan", interface: "net1" }]);
    const pod = livePod({ "k8s.v1.cni.cncf.io/networks": "lan", "k8s.v1.cni.cncf.io/network-status": status });
    assert.deepEqual(missingAttachments(pod, expected, []), []);
  });

  const causes: [string, LivePod, LiveEvent[], string, RegExp][] = [
    [
      "plugin binary missing",
      livePod({ "k8s.v1.cni.cncf.io/networks": "lan" }, { phase: "Pending" }),
      [sandboxEvent('error adding container to network "lan": failed to find plugin "macvlan" in path [/opt/cni/bin]')],
      "plugin-missing",
      /"macvlan" is missing on node "node-a" \(searched \[\/opt\/cni\/bin\]\)/,
    ],
    [
      "plugin binary missing, newer libcni wording",
      livePod({ "k8s.v1.cni.cncf.io/networks": "lan" }, { phase: "Pending" }),
      [sandboxEvent('failed to find plugin "ipvlan" in paths [/opt/cni/bin /usr/lib/cni]')],
      "plugin-missing",
      /"ipvlan" is missing/,
    ],
    [
      "master interface missing",
      livePod({ "k8s.v1.cni.cncf.io/networks": "lan" }, { phase: "Pending" }),
      [sandboxEvent('error adding container to network "lan": failed to lookup master "ens5": Link not found')],
      "master-missing",
      /master interface "ens5" does not exist on node "node-a"/,
    ],
    [
      "IPAM range exhausted",
      livePod({ "k8s.v1.cni.cncf.io/networks": "lan" }, { phase: "Pending" }),
      [sandboxEvent('error adding container to network "lan": failed to allocate for range 0: no IP addresses available in range set: 10.1.0.10-10.1.0.11')],
      "ipam-error",
      /IPAM failed on node "node-a"/,
    ],
    [
      "NoNetworkFound event",
      livePod({ "k8s.v1.cni.cncf.io/networks": "lan" }, { phase: "Pending" }),
      [sandboxEvent("cannot find a network-attachment-definition (lan) in namespace (shop): not found", "NoNetworkFound")],
      "nad-not-found",
      /no NetworkAttachmentDefinition "shop\/lan"/,
    ],
    [
      "NAD not found inside a sandbox failure",
      livePod({ "k8s.v1.cni.cncf.io/networks": "lan" }, { phase: "Pending" }),
      [sandboxEvent("getKubernetesDelegate: cannot find a network-attachment-definition (lan) in namespace (shop): not found")],
      "nad-not-found",
      /create it in namespace "shop"/,
    ],
    [
      "other sandbox failure",
      livePod({ "k8s.v1.cni.cncf.io/networks": "lan" }, { phase: "Pending" }),
      [sandboxEvent('error adding container to network "lan": something unusual happened')],
      "sandbox-error",
      /the pod sandbox failed on node "node-a"/,
    ],
    ["running without status", livePod({ "k8s.v1.cni.cncf.io/networks": "lan" }), [], "no-status", /Multus is not in the CNI chain on node "node-a"/],
    [
      "interfaces added without status",
      livePod({ "k8s.v1.cni.cncf.io/networks": "lan" }),
      [sandboxEvent("Add net1 [10.1.0.5/24] from shop/lan", "AddedInterface")],
      "no-status",
      /only when it has a kubeconfig/,
    ],
    ["pending without events", livePod({ "k8s.v1.cni.cncf.io/networks": "lan" }, { phase: "Pending", waitingReason: "ContainerCreating" }), [], "pending", /still ContainerCreating/],
    [
      "status without the network",
      livePod({ "k8s.v1.cni.cncf.io/networks": "lan", "k8s.v1.cni.cncf.io/network-status": JSON.stringify([{ name: "kindnet", default: true }]) }),
      [],
      "status-incomplete",
      /lists "kindnet"/,
    ],
    ["pod without networks annotation", livePod({}), [], "annotation-missing", /has no "k8s\.v1\.cni\.cncf\.io\/networks" annotation/],
  ];

  for (const [name, pod, events, kind, text] of causes) {
    test(`${name} is diagnosed`, () => {
      const [missing] = missingAttachments(pod, expected, events);
      assert.equal(missing?.cause.kind, kind);
      assert.match(missing!.cause.text, text);
    });
  }

  test("events of another pod are ignored", () => {
    const other = { ...sandboxEvent('failed to find plugin "macvlan" in path [/opt/cni/bin]'), involvedName: "web-2" };
    const [missing] = missingAttachments(livePod({ "k8s.v1.cni.cncf.io/networks": "lan" }), expected, [other]);
    assert.equal(missing?.cause.kind, "no-status");
  });

  test("events of an earlier pod with the same name are ignored", () => {
    const earlier = { ...sandboxEvent('failed to find plugin "macvlan" in path [/opt/cni/bin]'), involvedUid: "u0" };
    const [missing] = missingAttachments(livePod({ "k8s.v1.cni.cncf.io/networks": "lan" }), expected, [earlier]);
    assert.equal(missing?.cause.kind, "no-status");
  });

  test("NoNetworkFound for another network is skipped", () => {
    const pod = livePod({ "k8s.v1.cni.cncf.io/networks": "lan" }, { phase: "Pending" });
    const event = sandboxEvent("cannot find a network-attachment-definition (wan) in namespace (shop): not found", "NoNetworkFound");
    const [missing] = missingAttachments(pod, expected, [event]);
    assert.notEqual(missing?.cause.kind, "nad-not-found");
  });
});

describe("API object parsing", () => {
  test("pod waiting reason is read", () => {
    const pod = toLivePod({
      metadata: { name: "a", namespace: "shop" },
      status: { phase: "Pending", containerStatuses: [{ state: { waiting: { reason: "ContainerCreating" } } }] },
    });
    assert.equal(pod?.waitingReason, "ContainerCreating");
  });

  test("pod without a name is skipped", () => {
    assert.equal(toLivePod({ metadata: {} }), undefined);
  });

  test("event about a node is skipped", () => {
    assert.equal(toLiveEvent({ involvedObject: { kind: "Node", name: "n" } }), undefined);
  });

  test("event time prefers lastTimestamp", () => {
    const event = toLiveEvent({ involvedObject: { kind: "Pod", name: "p" }, firstTimestamp: "2026-01-01T00:00:00Z", lastTimestamp: "2026-01-02T00:00:00Z" });
    assert.equal(event?.time, Date.parse("2026-01-02T00:00:00Z"));
  });
});
