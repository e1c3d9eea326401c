import { DEFAULT_NETWORK_ANNOTATION, NETWORKS_ANNOTATION } from "../../multus/annotation.js";
import { BY_WORKLOAD_FILE, path, record, WORKLOAD_READS, workloads, type Workload } from "../../multus/workloads.js";
import type { Rule, RuleContext } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

const KEYS = [NETWORKS_ANNOTATION, DEFAULT_NETWORK_ANNOTATION];

export const misplaced: Rule = {
  id: "attachment/misplaced",
  defaultSeverity: "error",
  description: "A networks or default-network annotation sits where Multus never reads it: a workload's own metadata, or a hostNetwork pod",
  tags: ["multus"],
  reads: WORKLOAD_READS,
  partition: BY_WORKLOAD_FILE,
  check(context) {
    for (const workload of workloads(context.workspace)) {
      if (workload.virtualMachine) continue;
      checkWorkloadMetadata(context, workload);
      checkHostNetwork(context, workload);
    }
  },
};

/**
 * Multus reads the annotations of the Pod only (multus-cni pkg/k8sclient GetPodNetwork), so on a
 * Deployment's own metadata, or on a CronJob's jobTemplate metadata, the annotation does nothing.
 */
function checkWorkloadMetadata(context: RuleContext, workload: Workload): void {
  if (workload.podTemplatePath.length === 0) return;
  const templatePath = [...workload.podTemplatePath, "metadata", "annotations"];

  for (const annotationsPath of misplacedPaths(workload)) {
    const annotations = record(path(workload.object.value, annotationsPath));
    for (const key of KEYS) {
      if (!(key in annotations)) continue;
      const where = annotationsPath.length === 2 ? `the ${workload.object.kind}'s own metadata` : "the jobTemplate's metadata (it labels the Job, not its pods)";
      context.report({
        file: workload.object.file.path,
        range: context.workspace.rangeOf(workload.object, [...annotationsPath, key], "key"),
        resource: resourceRefOf(workload.object),
        message: `annotation "${key}" is on ${where}, where Multus never reads it, so the pods get no extra network: move it to ${templatePath.join(".")}`,
      });
    }
  }
}

function misplacedPaths(workload: Workload): (string | number)[][] {
  const paths: (string | number)[][] = [["metadata", "annotations"]];
  if (workload.object.kind === "CronJob") paths.push(["spec", "jobTemplate", "metadata", "annotations"]);
  return paths;
}

/** A hostNetwork pod shares the node's network namespace; the runtime never calls CNI for it. */
function checkHostNetwork(context: RuleContext, workload: Workload): void {
  if (workload.podSpec.hostNetwork !== true) return;
  for (const site of [workload.networks, workload.defaultNetwork]) {
    if (!site || site.value === "") continue;
    context.report({
      file: workload.object.file.path,
      range: context.workspace.rangeOf(workload.object, site.path, "key"),
      resource: resourceRefOf(workload.object),
      severity: "warning",
      message: `annotation "${site.key}" has no effect because the pod sets hostNetwork: true and CNI never runs for it: remove hostNetwork or the annotation`,
    });
  }
}
