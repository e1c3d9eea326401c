import { closestName } from "../../config.js";
import { BY_NAD_FILE, NAD_READS, nadModels } from "../../cni/nad-model.js";
import { hasSchema, knownTypes } from "../../cni/schemas.js";
import type { Rule } from "../../types.js";
import { reportInConfig } from "./report.js";

export const unknownPlugin: Rule = {
  id: "nad/unknown-plugin",
  defaultSeverity: "info",
  description: "The plugin or IPAM type is not one plumbline has a schema for, so its fields are not checked",
  tags: ["multus", "cni"],
  reads: NAD_READS,
  partition: BY_NAD_FILE,
  check(context) {
    for (const model of nadModels(context.workspace)) {
      if (model.configStatus !== "ok") continue;
      for (const plugin of model.plugins) {
        if (plugin.type && !hasSchema("cni", plugin.type)) {
          const hint = closestName(plugin.type, knownTypes("cni"));
          reportInConfig(context, model, [...plugin.jsonPath, "type"], `plumbline has no schema for plugin type "${plugin.type}", so its fields are not checked${hint ? ` (did you mean "${hint}"?)` : ""}`);
        }
        if (plugin.ipamType && !hasSchema("ipam", plugin.ipamType)) {
          const hint = closestName(plugin.ipamType, knownTypes("ipam"));
          reportInConfig(context, model, [...plugin.jsonPath, "ipam", "type"], `plumbline has no schema for IPAM type "${plugin.ipamType}", so its fields are not checked${hint ? ` (did you mean "${hint}"?)` : ""}`);
        }
      }
    }
  },
};
