import { BY_NAD_FILE, NAD_READS, nadModels, type CniPlugin } from "../../cni/nad-model.js";
import { CHAIN_ONLY_PLUGINS, NO_VETH_PEER_PLUGINS } from "../../cni/plugins.js";
import type { Rule } from "../../types.js";
import { reportInConfig } from "./report.js";

// Multus pkg/types/conf.go treats a config with a non-empty top-level "type" as a single plugin and
// ignores its "plugins" list. Otherwise every entry of "plugins" needs a "type" (libcni conf.go).
export const pluginStructure: Rule = {
  id: "nad/plugin-structure",
  defaultSeverity: "error",
  description: "The config has no plugin, a plugin without type, both type and plugins, or chained plugins in an order that cannot work",
  tags: ["multus", "cni"],
  reads: NAD_READS,
  partition: BY_NAD_FILE,
  check(context) {
    for (const model of nadModels(context.workspace)) {
      if (model.configStatus !== "ok" || !model.config) continue;
      const config = model.config;

      if (config.type !== undefined && typeof config.type !== "string") {
        reportInConfig(context, model, ["type"], `"type" must be a string naming the plugin binary; got ${JSON.stringify(config.type)}`);
        continue;
      }
      if (model.typeAndPlugins) {
        reportInConfig(context, model, ["plugins"], `spec.config has both "type" and "plugins"; Multus runs the single "${String(config.type)}" plugin and ignores "plugins", remove one of them`, { part: "key" });
      }
      if (!model.isConflist) {
        if (config.type === undefined || config.type === "") {
          if (config.plugins !== undefined && !Array.isArray(config.plugins)) {
            reportInConfig(context, model, ["plugins"], `"plugins" must be a list of plugin objects; got ${JSON.stringify(config.plugins).slice(0, 40)}`);
          } else {
            reportInConfig(context, model, ["type"], `spec.config has neither "type" nor "plugins", so Multus has no plugin to run; add "type" (one plugin) or "plugins" (a chain)`, { part: "key" });
          }
          continue;
        }
        checkChain(context, model, model.plugins);
        continue;
      }

      const list = config.plugins as unknown[];
      if (list.length === 0) {
        reportInConfig(context, model, ["plugins"], `"plugins" is empty, so libcni fails with "no plugins in list"; add at least one plugin`);
        continue;
      }
      let broken = false;
      list.forEach((entry, index) => {
        if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
          reportInConfig(context, model, ["plugins", index], `plugin ${index} must be a JSON object; got ${JSON.stringify(entry)}`);
          broken = true;
          return;
        }
        const type = (entry as Record<string, unknown>).type;
        if (type === undefined || type === "") {
          reportInConfig(context, model, ["plugins", index], `plugin ${index} has no "type", so libcni fails with "missing 'type'"; name the plugin binary in "type"`);
          broken = true;
        } else if (typeof type !== "string") {
          reportInConfig(context, model, ["plugins", index, "type"], `plugin ${index} "type" must be a string; got ${JSON.stringify(type)}`);
          broken = true;
        }
      });
      if (!broken) checkChain(context, model, model.plugins);
    }
  },
};

function checkChain(context: Parameters<Rule["check"]>[0], model: Parameters<typeof reportInConfig>[1], plugins: CniPlugin[]): void {
  const first = plugins[0];
  if (first?.type && needsPrevResult(first)) {
    const alone = plugins.length === 1;
    reportInConfig(
      context,
      model,
      [...first.jsonPath, "type"],
      `"${first.type}" works only on the result of an earlier plugin, so as the ${alone ? "only" : "first"} plugin it fails with "must be called as chained plugin"; put a main plugin such as macvlan or bridge before it in "plugins"`,
    );
  }

  // bandwidth shapes the host end of a veth pair (plugins/meta/bandwidth/main.go "has no veth peer").
  plugins.forEach((plugin, index) => {
    if (plugin.type !== "bandwidth" || index === 0 || !hasBandwidthLimits(plugin)) return;
    const main = plugins.slice(0, index).find((earlier) => earlier.type && NO_VETH_PEER_PLUGINS.has(earlier.type));
    if (!main) return;
    reportInConfig(
      context,
      model,
      [...plugin.jsonPath, "type"],
      `"bandwidth" shapes the host side of a veth pair, but "${main.type}" creates no veth peer, so it fails with "has no veth peer"; use a veth-based plugin such as bridge or ptp, or remove bandwidth`,
    );
  });
}

function needsPrevResult(plugin: CniPlugin): boolean {
  if (CHAIN_ONLY_PLUGINS.has(plugin.type!)) return true;
  return plugin.type === "bandwidth" && hasBandwidthLimits(plugin);
}

function hasBandwidthLimits(plugin: CniPlugin): boolean {
  return ["ingressRate", "ingressBurst", "egressRate", "egressBurst"].some((key) => typeof plugin.config[key] === "number" && (plugin.config[key] as number) > 0);
}
