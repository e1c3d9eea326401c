import { missingAttachments, type Cause, type LivePod, type RequestedNetwork } from "../../live/diagnose.js";
import { expectedNetworks, liveSnapshot } from "../../live/snapshot.js";
import type { LiveRuleContext, Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

export const attachmentMissing: Rule = {
  id: "live/attachment-missing",
  defaultSeverity: "error",
  description: "A pod requested networks that its network-status does not list; the message gives the diagnosed cause",
  tags: ["live", "multus"],
  live: true,
  async check(context) {
    const { workspace, config, live } = context as LiveRuleContext;
    const snapshot = await liveSnapshot(workspace, config, live);
    if (snapshot.fatal) return;

    for (const state of snapshot.workloads) {
      const events = snapshot.events.get(state.namespace) ?? [];
      const expected = expectedNetworks(state);

      // One finding per network and kind of cause, naming the first pod, so ten replicas that fail
      // the same way give one finding.
      const groups = new Map<string, { network: RequestedNetwork; cause: Cause; pods: LivePod[] }>();
      for (const pod of state.pods) {
        for (const missing of missingAttachments(pod, expected, events)) {
          const key = `${missing.network.namespace}/${missing.network.name}|${missing.cause.kind}`;
          const group = groups.get(key);
          if (group) group.pods.push(pod);
          else groups.set(key, { ...missing, pods: [pod] });
        }
      }

      const object = state.workload.object;
      for (const group of groups.values()) {
        const first = group.pods[0]!;
        const more = group.pods.length > 1 ? ` (and ${group.pods.length - 1} more of ${object.kind} "${object.name}")` : "";
        // Point at the reference in the annotation when the repo writes it, else at the annotation.
        const request = state.workload.requests.find(
          (candidate) => candidate.name === group.network.name && (candidate.namespace ?? state.namespace) === group.network.namespace,
        );
        context.report({
          message: `pod "${first.namespace}/${first.name}"${more} did not get network "${group.network.namespace}/${group.network.name}": ${group.cause.text}`,
          file: object.file.path,
          range: request?.range ?? workspace.rangeOf(object, state.workload.annotationPath),
          resource: resourceRefOf(object),
        });
      }
    }
  },
};
