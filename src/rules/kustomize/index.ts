import type { Rule } from "../../types.js";
import { kustomizeCycle } from "./cycle.js";
import { kustomizeResourceMissing } from "./resource-missing.js";

export const kustomizeRules: Rule[] = [kustomizeResourceMissing, kustomizeCycle];
