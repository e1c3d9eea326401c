import { checkIpam, checkRoutes } from "../../cni/ipam.js";
import { BY_NAD_FILE, NAD_READS, nadModels } from "../../cni/nad-model.js";
import { IPAM_REQUIRED_PLUGINS } from "../../cni/plugins.js";
import { loadSchemaValidators, validateAgainstSchema } from "../../cni/schemas.js";
import type { Rule } from "../../types.js";
import { reportInConfig } from "./report.js";

// Host-local keys that whereabouts does not read; checkIpam reports them with the right name,
// so the schema's unknown-key warning would repeat it.
const WHEREABOUTS_MISNAMED = new Set(["subnet", "rangeStart", "rangeEnd"]);

export const ipam: Rule = {
  id: "nad/ipam",
  defaultSeverity: "error",
  description: "The IPAM config is invalid for its type, or a plugin that needs IPAM has none",
  tags: ["multus", "cni", "ipam"],
  reads: NAD_READS,
  partition: BY_NAD_FILE,
  async check(context) {
    const models = nadModels(context.workspace);
    if (models.length > 0) await loadSchemaValidators();
    for (const model of models) {
      if (model.configStatus !== "ok") continue;

      for (const plugin of model.plugins) {
        const raw = plugin.config.ipam;
        const ipamPath = [...plugin.jsonPath, "ipam"];

        if (raw !== undefined && (raw === null || typeof raw !== "object" || Array.isArray(raw))) {
          reportInConfig(context, model, ipamPath, `"ipam" must be an object such as {"type": "host-local", ...}; got ${JSON.stringify(raw)}`);
          continue;
        }
        if (raw && plugin.ipam!.type !== undefined && typeof plugin.ipam!.type !== "string") {
          reportInConfig(context, model, [...ipamPath, "type"], `"ipam.type" must be a string naming the IPAM plugin; got ${JSON.stringify(plugin.ipam!.type)}`);
          continue;
        }

        // ipvlan may take its address from prevResult when chained (plugins/main/ipvlan/ipvlan.go).
        const chained = plugin.index > 0 && plugin.type === "ipvlan";
        if (plugin.type && IPAM_REQUIRED_PLUGINS.has(plugin.type) && !plugin.ipamType && !chained) {
          const where = raw ? ipamPath : [...plugin.jsonPath, "type"];
          reportInConfig(context, model, where, `"${plugin.type}" needs IPAM ("ipam": {"type": ...}), otherwise its ADD fails; add an IPAM config such as {"type": "whereabouts", "range": "192.0.2.0/24"}`, { part: raw ? "key" : "value" });
          continue;
        }
        if (!plugin.ipam) continue;

        if (!plugin.ipamType) {
          if (Object.keys(plugin.ipam).length > 0) {
            reportInConfig(context, model, ipamPath, `"ipam" has fields but no "type", so no IPAM plugin runs and the interface gets no address; add "type", for example "host-local"`, { part: "key" });
          }
          continue;
        }

        // ib-sriov-cni README: DHCP IPAM is not supported.
        if (plugin.type === "ib-sriov" && plugin.ipamType === "dhcp") {
          reportInConfig(context, model, [...ipamPath, "type"], `ib-sriov does not support dhcp IPAM; use host-local, static or whereabouts`);
        }

        const label = `${plugin.ipamType} IPAM`;
        const schemaProblems = validateAgainstSchema("ipam", plugin.ipamType, plugin.ipam, label) ?? [];
        for (const problem of schemaProblems) {
          const key = problem.path[0];
          if (plugin.ipamType === "whereabouts" && problem.path.length === 1 && typeof key === "string" && WHEREABOUTS_MISNAMED.has(key)) continue;
          reportInConfig(context, model, [...ipamPath, ...problem.path], problem.message, { part: problem.part, severity: problem.severity });
        }
        for (const problem of [...checkIpam(plugin), ...checkRoutes(plugin)]) {
          reportInConfig(context, model, problem.path, problem.message, { part: problem.part, severity: problem.severity });
        }
      }
    }
  },
};
