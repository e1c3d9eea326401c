import { BY_NAD_FILE, configRange, NAD_READS, nadModels } from "../../cni/nad-model.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";
import { reportInConfig, reportOnObject } from "./report.js";

// libcni's network name rule (cni SPEC.md, libcni ValidateNetworkName).
const CNI_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.\-]*$/;

export const name: Rule = {
  id: "nad/name",
  defaultSeverity: "warning",
  description: "The CNI name is invalid, differs from metadata.name or is missing from a conflist, or metadata.name cannot be used in the short annotation form",
  tags: ["multus", "cni"],
  reads: NAD_READS,
  partition: BY_NAD_FILE,
  check(context) {
    const { workspace } = context;
    for (const model of nadModels(workspace)) {
      const metadataName = model.object.name;

      // The short annotation form needs a DNS-1123 label (Multus pkg/k8sclient parseNetworkSelection).
      if (metadataName.includes(".")) {
        reportOnObject(context, model, ["metadata", "name"], `metadata.name "${metadataName}" has a dot, so pods cannot name it in the short annotation form, which takes DNS-1123 labels; use dashes instead of dots`);
      }
      // net-attach-def-admission-controller's name pattern ^[a-z-1-9]([-a-z0-9]*[a-z0-9])?$ has no 0
      // in its first character class, so it rejects a name that starts with "0".
      if (metadataName.startsWith("0")) {
        reportOnObject(context, model, ["metadata", "name"], `metadata.name "${metadataName}" starts with "0", which the net-attach-def admission webhook rejects ("net-attach-def name is invalid"); start it with a letter or another digit`);
      }
      if (model.configStatus !== "ok" || !model.config) continue;

      const value = model.config.name;
      if (value === undefined) {
        // The net-attach-def admission webhook parses conflists with libcni, which needs a name.
        if (model.isConflist) {
          context.report({
            file: model.object.file.path,
            range: configRange(workspace, model, ["plugins"], "key"),
            resource: resourceRefOf(model.object),
            message: `this conflist has no top-level "name", so the net-attach-def admission webhook rejects it ("invalid config"); add "name": "${metadataName}"`,
          });
        }
        continue;
      }
      if (typeof value !== "string") {
        reportInConfig(context, model, ["name"], `CNI "name" must be a string; got ${JSON.stringify(value)}`, { severity: "error" });
        continue;
      }
      if (!CNI_NAME.test(value)) {
        reportInConfig(context, model, ["name"], `CNI name "${value}" has characters libcni rejects ("invalid characters found in network name"); use letters, digits, "_", "." and "-", starting with a letter or digit`, { severity: "error" });
        continue;
      }
      if (value !== metadataName) {
        reportInConfig(context, model, ["name"], `CNI name "${value}" differs from metadata.name "${metadataName}"; the multi-network spec recommends they match, and IPAM stores key on the CNI name, so use "${metadataName}"`);
      }
    }
  },
};
