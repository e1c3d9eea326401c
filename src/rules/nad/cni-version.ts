import { BY_NAD_FILE, configRange, NAD_READS, nadModels, rangeOfJsonSpan } from "../../cni/nad-model.js";
import { CNI_VERSIONS, MIN_CNI_VERSION, compareVersions, isKnownCniVersion, suggestCniVersion } from "../../cni/plugins.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

// Plugins compare cniVersion as an exact string against their supported list, and treat a missing
// one as 0.1.0 (cni pkg/skel/skel.go, pkg/version/reconcile.go, pkg/types/create/create.go).
export const cniVersion: Rule = {
  id: "nad/cni-version",
  defaultSeverity: "error",
  description: "cniVersion is missing, not an exact CNI version, above the cluster's ceiling or below a chained plugin's minimum",
  tags: ["multus", "cni"],
  reads: NAD_READS,
  partition: BY_NAD_FILE,
  check(context) {
    const { workspace, config } = context;
    const ceiling = config.cluster.cniVersionMax;
    const advice = ceiling ?? "1.0.0";

    for (const model of nadModels(workspace)) {
      if (model.configStatus !== "ok" || !model.config) continue;
      const file = model.object.file.path;
      const resource = resourceRefOf(model.object);
      const report = (message: string) => context.report({ file, range: configRange(workspace, model, ["cniVersion"]), resource, message });
      const value = model.config.cniVersion;

      if (value === undefined) {
        const root = model.jsonRoot!;
        const range = rangeOfJsonSpan(workspace, model, root.offset, 1) ?? configRange(workspace, model, []);
        context.report({ file, range, resource, message: `cniVersion is missing, so plugins read the config as 0.1.0, which firewall, bandwidth and vrf reject and which allows one address per family; add "cniVersion": "${advice}"` });
        continue;
      }
      if (typeof value !== "string") {
        report(`cniVersion must be a string such as "${advice}"; got ${JSON.stringify(value)}`);
        continue;
      }
      if (!isKnownCniVersion(value)) {
        const suggestion = suggestCniVersion(value);
        report(`cniVersion "${value}" is not one of the exact versions plugins accept (${CNI_VERSIONS.join(", ")})${suggestion ? `; use "${suggestion}"` : ""}`);
        continue;
      }
      if (ceiling && compareVersions(value, ceiling) > 0) {
        report(`cniVersion "${value}" is above "${ceiling}", the highest the cluster's Multus and plugins accept (cluster.cniVersionMax); use "${ceiling}"`);
        continue;
      }

      for (const plugin of model.plugins) {
        const minimum = plugin.type ? MIN_CNI_VERSION[plugin.type] : undefined;
        if (!minimum || compareVersions(value, minimum) >= 0) continue;
        report(`cniVersion "${value}" is below ${minimum}, the lowest the "${plugin.type}" plugin supports, so it fails with "incompatible CNI versions"; use "${minimum}" or later`);
        break;
      }
    }
  },
};
