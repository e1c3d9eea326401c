import { BY_NAD_FILE, NAD_READS, nadModels } from "../../cni/nad-model.js";
import type { Rule } from "../../types.js";
import { reportOnObject } from "./report.js";

// NADC pkg/utils/cniconfig.go: an empty spec.config makes Multus search its confDir
// (default /etc/cni/multus/net.d) for a file whose JSON "name" equals the NAD's name.
export const configMissing: Rule = {
  id: "nad/config-missing",
  defaultSeverity: "warning",
  description: "spec.config is empty or absent, so Multus reads a node-local file that no check can see",
  tags: ["multus", "cni"],
  reads: NAD_READS,
  partition: BY_NAD_FILE,
  check(context) {
    for (const model of nadModels(context.workspace)) {
      if (model.configStatus !== "missing") continue;
      const state = model.configNode ? "empty" : "missing";
      reportOnObject(
        context,
        model,
        ["spec", "config"],
        `spec.config is ${state}, so Multus looks on each node for a file in /etc/cni/multus/net.d whose "name" is "${model.object.name}", which no check can see; put the CNI JSON in spec.config`,
      );
    }
  },
};
