import type { Rule } from "../../types.js";
import { kustomizeResourceMissing } from "./resource-missing.js";

export const kustomizeRules: Rule[] = [kustomizeResourceMissing];
