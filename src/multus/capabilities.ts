// The runtime requests of a network selection that reach a plugin. libcni (containernetworking/cni
// libcni/api.go injectRuntimeConfig) copies `runtimeConfig.<capability>` only into plugins whose
// config declares `"capabilities": {"<capability>": true}`. Multus also passes `ips` and `mac` as
// CNI_ARGS, so those two reach plugins without a capability; the others have no such path.
import type { CniPlugin, NadModel } from "../cni/nad-model.js";
import type { NetworkSelection, SelectionField } from "./annotation.js";

/** Selection fields that only arrive through a capability, with the capability's name. */
export const CAPABILITY_OF_FIELD: Partial<Record<SelectionField, string>> = {
  "infiniband-guid": "infinibandGUID",
  portMappings: "portMappings",
  bandwidth: "bandwidth",
};

/** The plugin usually chained to honour each capability, for messages. */
export const PLUGIN_FOR_CAPABILITY: Record<string, string> = {
  infinibandGUID: "ib-sriov",
  portMappings: "portmap",
  bandwidth: "bandwidth",
};

export function declaresCapability(plugin: CniPlugin, capability: string): boolean {
  const capabilities = plugin.config.capabilities;
  return typeof capabilities === "object" && capabilities !== null && (capabilities as Record<string, unknown>)[capability] === true;
}

/** The capability-only fields the selection requests that no plugin of the NAD declares, so Multus drops them. */
export function droppedCapabilityFields(selection: NetworkSelection, nad: NadModel): { field: SelectionField; capability: string }[] {
  const dropped: { field: SelectionField; capability: string }[] = [];
  for (const [field, capability] of Object.entries(CAPABILITY_OF_FIELD) as [SelectionField, string][]) {
    if (!requests(selection, field)) continue;
    if (nad.plugins.some((plugin) => declaresCapability(plugin, capability))) continue;
    dropped.push({ field, capability });
  }
  return dropped;
}

function requests(selection: NetworkSelection, field: SelectionField): boolean {
  if (field === "infiniband-guid") return selection.infinibandGuid !== undefined && selection.infinibandGuid !== "";
  if (field === "portMappings") return Array.isArray(selection.portMappings) && selection.portMappings.length > 0;
  if (field === "bandwidth") return selection.bandwidth !== undefined && Object.keys(selection.bandwidth).length > 0;
  return false;
}
