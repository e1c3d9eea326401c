// The NetworkAttachmentDefinition rules, in catalog order (RULES.md).
import type { Rule } from "../../types.js";
import { cniVersion } from "./cni-version.js";
import { configJson } from "./config-json.js";
import { configMissing } from "./config-missing.js";
import { configNotString } from "./config-not-string.js";
import { duplicate } from "./duplicate.js";
import { ipam } from "./ipam.js";
import { masterInterface } from "./master-interface.js";
import { name } from "./name.js";
import { pluginConfig } from "./plugin-config.js";
import { pluginNotInstalled } from "./plugin-not-installed.js";
import { pluginStructure } from "./plugin-structure.js";
import { resourceName } from "./resource-name.js";
import { subnetOverlap } from "./subnet-overlap.js";
import { unknownPlugin } from "./unknown-plugin.js";

export const nadRules: Rule[] = [
  configMissing,
  configNotString,
  configJson,
  cniVersion,
  name,
  pluginStructure,
  pluginConfig,
  unknownPlugin,
  ipam,
  subnetOverlap,
  duplicate,
  resourceName,
  masterInterface,
  pluginNotInstalled,
];
