import { isMap, isSeq } from "../../workspace/yaml-model.js";
import { BY_NAD_FILE, NAD_READS, nadModels } from "../../cni/nad-model.js";
import type { Rule } from "../../types.js";
import { reportOnObject } from "./report.js";

// The CRD shipped with Multus declares spec.config as `type: string` (deployments/multus-daemonset-thick.yml).
export const configNotString: Rule = {
  id: "nad/config-not-string",
  defaultSeverity: "error",
  description: "spec.config is a YAML mapping, list or scalar other than a string, which the API server rejects",
  tags: ["multus", "cni"],
  reads: NAD_READS,
  partition: BY_NAD_FILE,
  check(context) {
    for (const model of nadModels(context.workspace)) {
      if (model.configStatus !== "not-string") continue;
      const written = describeValue(model.configNode, (model.object.value.spec as Record<string, unknown>).config);
      reportOnObject(
        context,
        model,
        ["spec", "config"],
        `spec.config is ${written}, but the CRD declares a string and the API server rejects the object; write the JSON as a string after "config: |"`,
      );
    }
  },
};

function describeValue(node: unknown, value: unknown): string {
  if (isMap(node)) return "a YAML mapping";
  if (isSeq(node)) return "a YAML list";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "a boolean";
  return "a non-string value";
}
