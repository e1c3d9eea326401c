import { LEGACY_NETWORK_STATUS_ANNOTATION, NETWORK_STATUS_ANNOTATION } from "../../multus/annotation.js";
import { BY_WORKLOAD_FILE, path, record, WORKLOAD_READS, workloads } from "../../multus/workloads.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

const STATUS_KEYS = [NETWORK_STATUS_ANNOTATION, LEGACY_NETWORK_STATUS_ANNOTATION];

export const statusInGit: Rule = {
  id: "attachment/status-in-git",
  defaultSeverity: "warning",
  description: "A committed network-status annotation, which Multus writes at runtime",
  tags: ["multus"],
  reads: WORKLOAD_READS,
  partition: BY_WORKLOAD_FILE,
  check({ workspace, report }) {
    for (const workload of workloads(workspace)) {
      const paths = [["metadata", "annotations"]];
      if (workload.podTemplatePath.length > 0) paths.push([...workload.podTemplatePath.map(String), "metadata", "annotations"]);

      for (const annotationsPath of paths) {
        const annotations = record(path(workload.object.value, annotationsPath));
        for (const key of STATUS_KEYS) {
          if (!(key in annotations)) continue;
          report({
            file: workload.object.file.path,
            range: workspace.rangeOf(workload.object, [...annotationsPath, key], "key"),
            resource: resourceRefOf(workload.object),
            message: `annotation "${key}" is written by Multus when a pod starts and describes that one pod, so a committed copy is stale: remove it (it usually comes from exporting a live object with kubectl get -o yaml)`,
          });
        }
      }
    }
  },
};
