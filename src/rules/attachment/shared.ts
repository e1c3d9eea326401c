// Helpers the attachment rules share: how a workload and a reference are named in messages, and
// what the plugins and IPAM of a resolved NAD can honour.
import type { CniPlugin, NadModel } from "../../cni/nad-model.js";
import type { NetworkRequest, Workload } from "../../multus/workloads.js";

/** `Deployment "apps/web"`, for messages. */
export function describeWorkload(workload: Workload): string {
  const namespace = workload.namespace ? `${workload.namespace}/` : "";
  return `${workload.object.kind} "${namespace}${workload.object.name}"`;
}

/** `"apps/lan-macvlan"`, the reference as it resolved. */
export function describeReference(request: NetworkRequest): string {
  return `"${request.namespace}/${request.name}"`;
}

/** The first resolved NAD whose config decoded, which is the one the plugin checks read. */
export function decodedNad(request: NetworkRequest): NadModel | undefined {
  return request.nads.find((nad) => nad.configStatus === "ok" && nad.plugins.length > 0);
}

/** Replica count for messages: "3 replicas", "one pod per node". */
export function describeReplicas(workload: Workload): string {
  return workload.replicas === "per-node" ? "one pod per node" : `${workload.replicas} replicas`;
}

/** True when the workload runs more than one pod at a time. */
export function runsSeveralPods(workload: Workload): boolean {
  return workload.replicas === "per-node" || workload.replicas > 1;
}

/**
 * The plugin whose IPAM allocates the attachment's address: the first plugin of the chain with an
 * `ipam` object (the interface-creating plugin; chained plugins have none).
 */
export function ipamPlugin(nad: NadModel): CniPlugin | undefined {
  return nad.plugins.find((plugin) => plugin.ipam !== undefined);
}

/** Plugin types from containernetworking/plugins and the k8snetworkplumbingwg plugins whose behaviour plumbline models. */
export const KNOWN_PLUGIN_TYPES = new Set([
  "bridge",
  "macvlan",
  "ipvlan",
  "vlan",
  "ptp",
  "host-device",
  "tap",
  "dummy",
  "loopback",
  "sriov",
  "ib-sriov",
  "ovs",
  "tuning",
  "portmap",
  "firewall",
  "bandwidth",
  "sbr",
  "vrf",
]);

/** True when every plugin of the NAD has a type plumbline models, so "nothing consumes X" is a safe conclusion. */
export function allPluginsKnown(nad: NadModel): boolean {
  return nad.plugins.every((plugin) => plugin.type !== undefined && KNOWN_PLUGIN_TYPES.has(plugin.type));
}

/** Plugin types in the list as written, for messages: `macvlan, tuning`. */
export function pluginTypes(nad: NadModel): string {
  return nad.plugins.map((plugin) => plugin.type ?? "?").join(", ");
}
