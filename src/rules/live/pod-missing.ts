import { liveSnapshot } from "../../live/snapshot.js";
import type { LiveRuleContext, Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

export const podMissing: Rule = {
  id: "live/pod-missing",
  defaultSeverity: "warning",
  description: "A workload in the repo that requests networks has no pods in the cluster",
  tags: ["live", "multus"],
  live: true,
  async check(context) {
    const { workspace, config, live } = context as LiveRuleContext;
    const snapshot = await liveSnapshot(workspace, config, live);
    if (snapshot.fatal) return;

    for (const state of snapshot.workloads) {
      const { workload } = state;
      if (state.pods.length > 0 || workload.transient || workload.replicas === 0) continue;
      const object = workload.object;
      const absence =
        object.kind === "Pod" ? `the Pod "${state.namespace}/${object.name}" does not exist` : `no pod of ${object.kind} "${state.namespace}/${object.name}" exists`;
      context.report({
        message: `${absence} in the cluster, so its network attachments cannot be checked: sync or apply the workload, then run plumbline again`,
        file: object.file.path,
        range: workspace.rangeOfObject(object),
        resource: resourceRefOf(object),
      });
    }
  },
};
