import { editDistance } from "../../config.js";
import { DEFAULT_NETWORK_ANNOTATION, NETWORKS_ANNOTATION } from "../../multus/annotation.js";
import { BY_WORKLOAD_FILE, path, record, WORKLOAD_READS, workloads, type Workload } from "../../multus/workloads.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

const MULTUS_KEYS = [NETWORKS_ANNOTATION, DEFAULT_NETWORK_ANNOTATION];

// Keys of the Multus family that are spelled right; they are never typos of the two above.
const CORRECT_KEYS = new Set([
  NETWORKS_ANNOTATION,
  DEFAULT_NETWORK_ANNOTATION,
  "k8s.v1.cni.cncf.io/network-status",
  "k8s.v1.cni.cncf.io/networks-status",
  "k8s.v1.cni.cncf.io/resourceName",
  "k8s.v1.cni.cncf.io/nodeSelector",
]);

/**
 * The Multus key an annotation key was probably meant to be, or undefined. Catches a missing or
 * wrong prefix (`networks`, `k8s.cni.cncf.io/networks`, the Multus v1 `kubernetes.v1.cni.cncf.io/networks`),
 * a missing plural and small typos; keys of other projects ending in `/networks` stay quiet unless
 * their prefix mentions cni or multus.
 */
export function intendedMultusKey(key: string): string | undefined {
  // Kubernetes caps a key at 253 + 63 characters; longer ones are not worth an edit distance.
  if (CORRECT_KEYS.has(key) || key.length > 320) return undefined;
  const lower = key.toLowerCase();
  const slash = lower.lastIndexOf("/");
  const prefix = slash >= 0 ? lower.slice(0, slash) : "";
  const name = lower.slice(slash + 1);
  const multusPrefix = prefix === "" || /cni|multus/.test(prefix);

  if (multusPrefix && (name === "networks" || name === "network")) return NETWORKS_ANNOTATION;
  if (multusPrefix && (name === "default-network" || name === "defaultnetwork" || name === "default-networks")) return DEFAULT_NETWORK_ANNOTATION;

  for (const candidate of MULTUS_KEYS) {
    if (lower === candidate) return candidate;
    if (editDistance(lower, candidate) <= 3) return candidate;
  }
  return undefined;
}

export const annotationKey: Rule = {
  id: "attachment/annotation-key",
  defaultSeverity: "warning",
  description: "An annotation key looks like a mistyped Multus networks or default-network key",
  tags: ["multus"],
  reads: WORKLOAD_READS,
  partition: BY_WORKLOAD_FILE,
  check({ workspace, report }) {
    for (const workload of workloads(workspace)) {
      for (const annotationsPath of annotationPaths(workload)) {
        const annotations = record(path(workload.object.value, annotationsPath));
        for (const key of Object.keys(annotations)) {
          const meant = intendedMultusKey(key);
          if (!meant) continue;
          report({
            file: workload.object.file.path,
            range: workspace.rangeOf(workload.object, [...annotationsPath, key], "key"),
            resource: resourceRefOf(workload.object),
            message: `annotation key "${key}" is not read by Multus: did you mean "${meant}"?`,
          });
        }
      }
    }
  },
};

function annotationPaths(workload: Workload): (string | number)[][] {
  const template = [...workload.podTemplatePath, "metadata", "annotations"];
  if (workload.podTemplatePath.length === 0) return [template];
  return [["metadata", "annotations"], template];
}
