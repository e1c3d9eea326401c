import { BY_WORKLOAD_FILE, WORKLOAD_READS, workloads } from "../../multus/workloads.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";
import { describeReference } from "./shared.js";

export const crossNamespace: Rule = {
  id: "attachment/cross-namespace",
  defaultSeverity: "info",
  description: "A workload references a NetworkAttachmentDefinition in another namespace",
  tags: ["multus"],
  reads: WORKLOAD_READS,
  partition: BY_WORKLOAD_FILE,
  check({ workspace, config, report }) {
    const isolation = config.cluster.namespaceIsolation;
    const global = new Set(config.cluster.globalNamespaces);

    for (const workload of workloads(workspace)) {
      const podNamespace = workload.namespace ?? "default";
      for (const request of workload.requests) {
        if (request.source === "default-network" || request.namespaceFrom !== "explicit") continue;
        if (request.namespace === podNamespace) continue;
        if (request.nads.length === 0 && !request.external) continue;

        // Multus namespaceIsolation (pkg/k8sclient) rejects references outside the pod's namespace
        // unless the target namespace is in globalNamespaces.
        const rejected = isolation && !global.has(request.namespace);
        const consequence = rejected
          ? `Multus namespaceIsolation is on and "${request.namespace}" is not in cluster.globalNamespaces, so the pod fails to start: move the NAD to "${podNamespace}" or add "${request.namespace}" to globalNamespaces`
          : `this fails if Multus runs with namespaceIsolation, unless "${request.namespace}" is in its globalNamespaces`;
        report({
          file: workload.object.file.path,
          range: request.range,
          resource: resourceRefOf(workload.object),
          severity: rejected ? "error" : undefined,
          message: `network ${describeReference(request)} is in another namespace than the pod ("${podNamespace}"); ${consequence}`,
        });
      }
    }
  },
};
