import { closestName } from "../../config.js";
import { BY_NAD_FILE, NAD_READS, nadModels, type CniPlugin, type NadModel } from "../../cni/nad-model.js";
import { loadSchemaValidators, validateAgainstSchema } from "../../cni/schemas.js";
import type { Rule, RuleContext } from "../../types.js";
import { reportInConfig } from "./report.js";

// Keys libcni and Multus accept on a config but that are not plugin fields; a single-plugin config
// may also carry conflist keys, which plugins ignore.
const SINGLE_PLUGIN_EXTRA_KEYS = new Set(["plugins", "disableCheck", "disableGC", "loadOnlyInlinedPlugins"]);

/** Keys of a conflist's top level that libcni reads (libcni/conf.go NetworkConfigList). */
const CONFLIST_KEYS = ["cniVersion", "cniVersions", "name", "plugins", "disableCheck", "disableGC", "loadOnlyInlinedPlugins"];

export const pluginConfig: Rule = {
  id: "nad/plugin-config",
  defaultSeverity: "error",
  description: "A known plugin's fields break its schema (type, enum, range, required field); unknown fields are a warning",
  tags: ["multus", "cni"],
  reads: NAD_READS,
  partition: BY_NAD_FILE,
  async check(context) {
    const models = nadModels(context.workspace);
    if (models.length > 0) await loadSchemaValidators();
    for (const model of models) {
      if (model.configStatus !== "ok") continue;
      if (model.isConflist) checkConflistKeys(context, model);
      for (const plugin of model.plugins) {
        if (!plugin.type) continue;
        const problems = validateAgainstSchema("cni", plugin.type, plugin.config, plugin.type);
        if (!problems) continue;
        for (const problem of problems) {
          const key = problem.path[0];
          if (!model.isConflist && problem.path.length === 1 && typeof key === "string" && SINGLE_PLUGIN_EXTRA_KEYS.has(key)) continue;
          reportInConfig(context, model, [...plugin.jsonPath, ...problem.path], problem.message, { part: problem.part, severity: problem.severity });
        }
        checkSemantics(context, model, plugin);
      }
    }
  },
};

/** Reports top-level keys of a conflist that libcni ignores; only "name" and "cniVersion" reach the plugins. */
function checkConflistKeys(context: RuleContext, model: NadModel): void {
  for (const key of Object.keys(model.config ?? {})) {
    if (CONFLIST_KEYS.includes(key)) continue;
    const hint = closestName(key, CONFLIST_KEYS);
    const fix = hint ? `did you mean "${hint}"?` : "move it into the plugin that needs it";
    reportInConfig(context, model, [key], `conflist key "${key}" is ignored, because libcni passes only "name" and "cniVersion" from the list to its plugins; ${fix}`, { part: "key", severity: "warning" });
  }
}

/** Constraints between fields, from the plugins' LoadConf functions. */
function checkSemantics(context: RuleContext, model: NadModel, plugin: CniPlugin): void {
  const config = plugin.config;
  const at = (key: string, message: string) => reportInConfig(context, model, [...plugin.jsonPath, key], message, { part: "key" });

  switch (plugin.type) {
    case "bridge":
      // plugins/main/bridge/bridge.go loadNetConf.
      if (config.hairpinMode === true && config.promiscMode === true) at("promiscMode", `bridge "hairpinMode" and "promiscMode" cannot both be true; the plugin rejects the config, keep one`);
      if (config.disableContainerInterface === true && plugin.ipamType) at("disableContainerInterface", `bridge "disableContainerInterface" cannot be combined with IPAM; remove "ipam" or this field`);
      if (typeof config.vlan === "number" && config.vlan > 0 && Array.isArray(config.vlanTrunk) && config.vlanTrunk.length > 0) at("vlanTrunk", `bridge cannot set "vlan" and "vlanTrunk" at the same time; use one of them`);
      checkTrunk(context, model, plugin, "vlanTrunk");
      break;
    case "ovs":
      checkTrunk(context, model, plugin, "trunk");
      break;
    case "sriov": {
      // sriov-cni pkg/config/config.go LoadConf.
      const vlan = typeof config.vlan === "number" ? config.vlan : 0;
      if (typeof config.vlanQoS === "number" && config.vlanQoS !== 0 && vlan === 0) at("vlanQoS", `sriov "vlanQoS" needs a non-zero "vlan"; set "vlan" or remove "vlanQoS"`);
      if (typeof config.vlanProto === "string" && config.vlanProto.toLowerCase() === "802.1ad" && vlan === 0) at("vlanProto", `sriov "vlanProto" 802.1ad needs a non-zero "vlan"; set "vlan"`);
      break;
    }
    case "portmap":
      // plugins/meta/portmap/main.go parseConfig.
      if (config.markMasqBit !== undefined && config.externalSetMarkChain !== undefined) at("externalSetMarkChain", `portmap "markMasqBit" and "externalSetMarkChain" exclude each other; keep one`);
      break;
    case "bandwidth":
      // plugins/meta/bandwidth/main.go validateRateAndBurst.
      for (const [rate, burst] of [["ingressRate", "ingressBurst"], ["egressRate", "egressBurst"]] as const) {
        const hasRate = typeof config[rate] === "number" && (config[rate] as number) > 0;
        const hasBurst = typeof config[burst] === "number" && (config[burst] as number) > 0;
        if (hasRate !== hasBurst) at(hasRate ? rate : burst, `bandwidth "${rate}" and "${burst}" must be set together; set both or neither`);
      }
      break;
    default:
      break;
  }
}

function checkTrunk(context: RuleContext, model: NadModel, plugin: CniPlugin, key: string): void {
  const trunk = plugin.config[key];
  if (!Array.isArray(trunk)) return;
  trunk.forEach((entry, index) => {
    if (entry === null || typeof entry !== "object") return;
    const { id, minID, maxID } = entry as Record<string, unknown>;
    const path = [...plugin.jsonPath, key, index];
    if (typeof minID === "number" && typeof maxID === "number" && minID > maxID) {
      reportInConfig(context, model, [...path, "minID"], `${plugin.type} "${key}[${index}]" has minID ${minID} above maxID ${maxID}; swap them`, { part: "key" });
    } else if ((minID === undefined) !== (maxID === undefined)) {
      reportInConfig(context, model, path, `${plugin.type} "${key}[${index}]" sets only one of "minID" and "maxID"; set both, or use "id" for a single VLAN`);
    } else if (id === undefined && minID === undefined) {
      reportInConfig(context, model, path, `${plugin.type} "${key}[${index}]" is empty; set "id", or "minID" and "maxID"`);
    }
  });
}
