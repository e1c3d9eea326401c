import { liveSnapshot } from "../../live/snapshot.js";
import type { LiveRuleContext, Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

export const nadMissing: Rule = {
  id: "live/nad-missing",
  defaultSeverity: "error",
  description: "A NetworkAttachmentDefinition in the repo does not exist in the cluster",
  tags: ["live", "multus"],
  live: true,
  async check(context) {
    const { workspace, config, live } = context as LiveRuleContext;
    const snapshot = await liveSnapshot(workspace, config, live);
    if (snapshot.fatal) return;

    for (const state of snapshot.nads) {
      if (state.exists) continue;
      const object = state.model.object;
      const deployers = workspace.deployersOf(object.file.path).map((application) => `"${application.object.name}"`);
      const fix = deployers.length > 0 ? `sync the Application ${deployers.join(" or ")} that deploys it` : `apply "${object.file.path}"`;
      const where = state.namespaceFromContext ? ` (the repo sets no namespace, so the kubeconfig context's "${state.namespace}" was used)` : "";
      context.report({
        message: `the NetworkAttachmentDefinition "${state.namespace}/${object.name}" does not exist in the cluster${where}, so pods that request it fail to start: ${fix}`,
        file: object.file.path,
        range: workspace.rangeOfObject(object),
        resource: resourceRefOf(object),
      });
    }
  },
};
