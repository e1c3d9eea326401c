import type { Rule } from "../../types.js";

export const argocdRules: Rule[] = [];
