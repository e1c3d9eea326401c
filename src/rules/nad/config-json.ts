import { keyNodeOf } from "../../cni/json.js";
import { BY_NAD_FILE, NAD_READS, nadModels, rangeOfJsonSpan } from "../../cni/nad-model.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";
import { reportInConfig } from "./report.js";

// Multus unmarshals spec.config with Go's encoding/json ("failed to unmarshal Spec.Config"), which
// also keeps the last of two equal keys in one object.
export const configJson: Rule = {
  id: "nad/config-json",
  defaultSeverity: "error",
  description: "spec.config is not valid JSON or not a JSON object",
  tags: ["multus", "cni"],
  reads: NAD_READS,
  partition: BY_NAD_FILE,
  check(context) {
    const { workspace } = context;
    for (const model of nadModels(workspace)) {
      const file = model.object.file.path;
      const resource = resourceRefOf(model.object);

      if (model.configStatus === "invalid-json" && model.jsonError) {
        const error = model.jsonError;
        const range = rangeOfJsonSpan(workspace, model, error.offset, error.length) ?? workspace.rangeOf(model.object, ["spec", "config"]);
        const message = error.limit ? `spec.config was not parsed: ${error.message}` : `spec.config is not valid JSON: ${error.message}`;
        context.report({ file, range, resource, message });
        continue;
      }

      if (model.configStatus === "not-object") {
        const kind = model.jsonRoot?.type === "array" ? "an array" : `a ${model.jsonRoot?.type ?? "value"}`;
        reportInConfig(context, model, [], `spec.config holds a JSON value of type ${kind.replace(/^an? /, "")}, not an object; Multus needs an object with "type" or "plugins"`);
        continue;
      }

      for (const duplicate of model.duplicateKeys) {
        const key = keyNodeOf(duplicate.last.children?.[1] ?? duplicate.last);
        const firstKey = duplicate.first.children?.[0];
        const earlier = firstKey ? rangeOfJsonSpan(workspace, model, firstKey.offset, firstKey.length) : undefined;
        const range = rangeOfJsonSpan(workspace, model, key.offset, key.length);
        if (!range) continue;
        context.report({
          file,
          range,
          resource,
          severity: "warning",
          message: `key "${duplicate.key}" is written twice in one JSON object${earlier ? ` (first on line ${earlier.line})` : ""}; Go keeps this later value and drops the first, remove one of them`,
        });
      }
    }
  },
};
