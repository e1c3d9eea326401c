import { clusterPlace, usesMultus } from "../../live/place.js";
import { liveSnapshot, NAD_CRD_NAME } from "../../live/snapshot.js";
import type { LiveRuleContext, Rule } from "../../types.js";

export const nadCrdMissing: Rule = {
  id: "live/nad-crd-missing",
  defaultSeverity: "error",
  description: `The ${NAD_CRD_NAME} CustomResourceDefinition is not installed in the cluster`,
  tags: ["live", "multus"],
  live: true,
  async check(context) {
    const { workspace, config, live } = context as LiveRuleContext;
    const snapshot = await liveSnapshot(workspace, config, live);
    if (snapshot.fatal || snapshot.nadCrdInstalled !== false) return;
    if (!usesMultus(workspace)) return;

    context.report({
      message: `the CustomResourceDefinition "${NAD_CRD_NAME}" is not installed in the cluster at "${snapshot.server}", so no NetworkAttachmentDefinition can exist there: install Multus, whose deployment creates the CRD`,
      ...clusterPlace(workspace, config),
    });
  },
};
