import { BY_NAD_FILE, NAD_READS, nadModels } from "../../cni/nad-model.js";
import { installedPlugins } from "../../cni/plugins.js";
import type { Rule } from "../../types.js";
import { reportInConfig } from "./report.js";

// libcni looks the binary up in the bin dirs at ADD time: `failed to find plugin "<type>" in path`.
export const pluginNotInstalled: Rule = {
  id: "nad/plugin-not-installed",
  defaultSeverity: "warning",
  description: "Under a cluster profile or a declared plugin inventory, the plugin or IPAM binary is not installed on the nodes",
  tags: ["multus", "cni"],
  reads: NAD_READS,
  partition: BY_NAD_FILE,
  check(context) {
    const installed = installedPlugins(context.config);
    if (!installed) return;
    const { cluster } = context.config;
    const source = cluster.cniPlugins ? "cluster.cniPlugins" : `the nodes of a ${cluster.profile} cluster`;
    const inventory = [...installed].sort().join(", ");

    for (const model of nadModels(context.workspace)) {
      if (model.configStatus !== "ok") continue;
      for (const plugin of model.plugins) {
        const missing = (type: string, path: (string | number)[], what: string) =>
          reportInConfig(
            context,
            model,
            path,
            `${what} "${type}" is not installed on ${source} (${inventory}), so pods fail with "failed to find plugin \\"${type}\\" in path"; install it on the nodes or list it in cluster.cniPlugins`,
          );
        if (plugin.type && !installed.has(plugin.type)) missing(plugin.type, [...plugin.jsonPath, "type"], "plugin");
        if (plugin.ipamType && !installed.has(plugin.ipamType)) missing(plugin.ipamType, [...plugin.jsonPath, "ipam", "type"], "IPAM plugin");
      }
    }
  },
};
