import { BY_WORKLOAD_FILE, WORKLOAD_READS, workloads, type NetworkRequest, type Workload } from "../../multus/workloads.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";
import { describeWorkload } from "./shared.js";

export const resourceRequest: Rule = {
  id: "attachment/resource-request",
  defaultSeverity: "warning",
  description: "A pod references a NAD with a resourceName but does not request that device resource once per reference",
  tags: ["multus", "sriov"],
  reads: WORKLOAD_READS,
  partition: BY_WORKLOAD_FILE,
  check({ workspace, report }) {
    for (const workload of workloads(workspace)) {
      // KubeVirt adds the device requests of its VMs' networks to the launcher pod itself.
      if (workload.virtualMachine) continue;

      const byResource = new Map<string, NetworkRequest[]>();
      for (const request of workload.requests) {
        const resourceName = request.nads.find((nad) => nad.resourceName)?.resourceName;
        if (!resourceName) continue;
        const list = byResource.get(resourceName) ?? [];
        list.push(request);
        byResource.set(resourceName, list);
      }

      for (const [resourceName, requests] of byResource) {
        const requested = requestedCount(workload, resourceName);
        if (requested >= requests.length) continue;
        const first = requests[0]!;
        const names = [...new Set(requests.map((request) => `"${request.namespace}/${request.name}"`))].join(", ");
        const times = requests.length === 1 ? "one network" : `${requests.length} networks`;
        report({
          file: workload.object.file.path,
          range: first.range,
          resource: resourceRefOf(workload.object),
          message: `${describeWorkload(workload)} attaches ${times} (${names}) backed by device resource "${resourceName}" but its containers request ${requested}, so Multus finds no device for the attachment: add "${resourceName}": "${requests.length}" to a container's resources.requests and resources.limits (or install network-resources-injector)`,
        });
      }
    }
  },
};

/**
 * How many units of an extended resource the pod asks for: the sum over its containers of the
 * larger of request and limit (for extended resources Kubernetes takes the limit as the request when
 * only the limit is set), or the largest init container's, whichever is greater.
 */
function requestedCount(workload: Workload, resourceName: string): number {
  const amount = (container: unknown): number => {
    const resources = (container as { resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> } })?.resources;
    return Math.max(quantity(resources?.requests?.[resourceName]), quantity(resources?.limits?.[resourceName]));
  };
  const containers = Array.isArray(workload.podSpec.containers) ? workload.podSpec.containers : [];
  const initContainers = Array.isArray(workload.podSpec.initContainers) ? workload.podSpec.initContainers : [];
  const sum = containers.reduce((total: number, container) => total + amount(container), 0);
  const init = initContainers.reduce((largest: number, container) => Math.max(largest, amount(container)), 0);
  return Math.max(sum, init);
}

function quantity(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^\d+$/.test(value.trim())) return Number(value.trim());
  return 0;
}
