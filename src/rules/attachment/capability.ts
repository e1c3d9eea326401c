import { PLUGIN_FOR_CAPABILITY, droppedCapabilityFields } from "../../multus/capabilities.js";
import { BY_WORKLOAD_FILE, rangeInAnnotation, WORKLOAD_READS, workloads } from "../../multus/workloads.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";
import { decodedNad, pluginTypes } from "./shared.js";

export const capability: Rule = {
  id: "attachment/capability",
  defaultSeverity: "warning",
  description: "A selection requests infiniband-guid, portMappings or bandwidth, but no plugin of the NAD declares the matching capability",
  tags: ["multus", "cni"],
  reads: WORKLOAD_READS,
  partition: BY_WORKLOAD_FILE,
  check({ workspace, report }) {
    for (const workload of workloads(workspace)) {
      const site = workload.networks;
      if (!site) continue;
      for (const request of workload.requests) {
        if (request.source !== "networks") continue;
        const nad = decodedNad(request);
        if (!nad) continue;

        for (const { field, capability: name } of droppedCapabilityFields(request.selection, nad)) {
          const pluginType = PLUGIN_FOR_CAPABILITY[name]!;
          const fix = nad.plugins.some((plugin) => plugin.type === pluginType) ? `add it to the ${pluginType} plugin` : `chain a ${pluginType} plugin that declares it`;
          const span = request.selection.spans?.[field] ?? { start: request.selection.start, end: request.selection.end };
          report({
            file: workload.object.file.path,
            range: rangeInAnnotation(workspace, workload.object, site, span.start, span.end),
            resource: resourceRefOf(workload.object),
            message: `"${field}" is silently dropped: no plugin of network "${request.namespace}/${request.name}" (${pluginTypes(nad)}) declares "capabilities": {"${name}": true}: ${fix}, or remove "${field}"`,
          });
        }
      }
    }
  },
};
