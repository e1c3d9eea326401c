import type { Rule } from "../../types.js";

export const attachmentRules: Rule[] = [];
