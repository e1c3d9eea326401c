import { BY_WORKLOAD_FILE, rangeInAnnotation, WORKLOAD_READS, workloads } from "../../multus/workloads.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";
import { allPluginsKnown, decodedNad, describeReplicas, describeWorkload, pluginTypes, runsSeveralPods } from "./shared.js";

// Plugins that set the interface's MAC from Multus's `mac` request, through runtimeConfig or the
// CNI_ARGS MAC that Multus always passes (containernetworking/plugins macvlan, bridge, tap and
// tuning; sriov-cni; ovs-cni). ipvlan, host-device, ptp and vlan ignore it.
const MAC_CONSUMERS = new Set(["macvlan", "bridge", "tap", "tuning", "sriov", "ovs"]);

export const mac: Rule = {
  id: "attachment/mac",
  defaultSeverity: "warning",
  description: "A requested MAC address that no plugin of the NAD applies, or one fixed MAC shared by several pods",
  tags: ["multus"],
  reads: WORKLOAD_READS,
  partition: BY_WORKLOAD_FILE,
  check({ workspace, report }) {
    for (const workload of workloads(workspace)) {
      const site = workload.networks;
      if (!site) continue;
      for (const request of workload.requests) {
        const selection = request.selection;
        if (request.source !== "networks" || !selection.mac) continue;
        const span = selection.spans?.mac ?? { start: selection.start, end: selection.end };
        const range = rangeInAnnotation(workspace, workload.object, site, span.start, span.end);
        const reference = `"${request.namespace}/${request.name}"`;

        const nad = decodedNad(request);
        if (nad && allPluginsKnown(nad) && !nad.plugins.some((plugin) => plugin.type && MAC_CONSUMERS.has(plugin.type))) {
          report({
            file: workload.object.file.path,
            range,
            resource: resourceRefOf(workload.object),
            message: `requested mac "${selection.mac}" is silently ignored: no plugin of network ${reference} (${pluginTypes(nad)}) sets the MAC address; chain a "tuning" plugin with "capabilities": {"mac": true} after it`,
          });
        }

        if (runsSeveralPods(workload)) {
          report({
            file: workload.object.file.path,
            range,
            resource: resourceRefOf(workload.object),
            message: `${describeWorkload(workload)} runs ${describeReplicas(workload)} that all request mac "${selection.mac}" on ${reference}, so pods on one network share a MAC address: give each pod its own MAC, or drop "mac"`,
          });
        }
      }
    }
  },
};
