import type { Rule } from "../../types.js";

export const nadRules: Rule[] = [];
