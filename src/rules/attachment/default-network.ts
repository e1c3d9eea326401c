import { BY_WORKLOAD_FILE, rangeInAnnotation, resolveNetwork, WORKLOAD_READS, workloads } from "../../multus/workloads.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

export const defaultNetwork: Rule = {
  id: "attachment/default-network",
  defaultSeverity: "error",
  description: "The default-network annotation names more than one network, or a NAD that only exists in the pod's namespace",
  tags: ["multus"],
  reads: WORKLOAD_READS,
  partition: BY_WORKLOAD_FILE,
  check({ workspace, config, report }) {
    for (const workload of workloads(workspace)) {
      const site = workload.defaultNetwork;
      if (!site?.parsed) continue;
      const resource = resourceRefOf(workload.object);
      const elements = site.parsed.elements;

      // Multus (pkg/k8sclient tryLoadK8sPodDefaultNetwork) fails with "more than one default network is specified".
      for (const extra of elements.slice(1)) {
        report({
          file: workload.object.file.path,
          range: rangeInAnnotation(workspace, workload.object, site, extra.start, extra.end),
          resource,
          message: `annotation "${site.key}" names more than one network and Multus rejects the pod: keep only "${elements[0]!.name}" here and move "${extra.name}" to the networks annotation`,
        });
      }

      const first = workload.requests.find((request) => request.source === "default-network");
      if (!first || first.namespaceFrom !== "multus" || first.nads.length > 0 || first.external) continue;
      const inPodNamespace = resolveNetwork(workspace, workload.namespace, first.name);
      if (inPodNamespace.length === 0) continue;
      const podNamespace = workload.namespace ?? "default";
      report({
        file: workload.object.file.path,
        range: first.range,
        resource,
        message: `default network "${first.name}" has no namespace, so Multus looks it up in its own namespace "${config.cluster.multusNamespace}", not the pod's; the NAD is in "${podNamespace}": write "${podNamespace}/${first.name}"`,
      });
    }
  },
};
