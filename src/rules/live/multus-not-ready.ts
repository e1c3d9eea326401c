import { clusterPlace, usesMultus } from "../../live/place.js";
import { liveSnapshot, MULTUS_DAEMONSET_NAMES, MULTUS_LABEL_SELECTOR } from "../../live/snapshot.js";
import type { LiveRuleContext, Rule } from "../../types.js";

export const multusNotReady: Rule = {
  id: "live/multus-not-ready",
  defaultSeverity: "error",
  description: "No Multus DaemonSet runs in the cluster, or not all of its pods are ready",
  tags: ["live", "multus"],
  live: true,
  async check(context) {
    const { workspace, config, live } = context as LiveRuleContext;
    const snapshot = await liveSnapshot(workspace, config, live);
    if (snapshot.fatal || snapshot.multus === undefined) return;
    if (!usesMultus(workspace)) return;
    const place = clusterPlace(workspace, config);

    if (snapshot.multus.length === 0) {
      context.report({
        message: `no Multus DaemonSet was found in the cluster at "${snapshot.server}" (label "${MULTUS_LABEL_SELECTOR}" in any namespace, or "${MULTUS_DAEMONSET_NAMES[0]}" in namespace "${config.cluster.multusNamespace}"), so pods get no secondary networks: install Multus, or set cluster.multusNamespace to where it runs`,
        ...place,
      });
      return;
    }

    for (const daemonSet of snapshot.multus) {
      if (daemonSet.desired > 0 && daemonSet.ready >= daemonSet.desired) continue;
      const detail =
        daemonSet.desired === 0
          ? "schedules no pod on any node"
          : `has ${daemonSet.ready} of ${daemonSet.desired} pods ready, so pods on the other nodes get no secondary networks`;
      context.report({
        message: `the Multus DaemonSet "${daemonSet.namespace}/${daemonSet.name}" ${detail}: check its pods with kubectl -n ${daemonSet.namespace} get pods -l ${MULTUS_LABEL_SELECTOR}`,
        ...place,
      });
    }
  },
};
