import type { Rule } from "../../types.js";

/**
 * Registered so the id appears in --list-rules, config and SARIF. The findings come from the filter
 * step (src/suppressions.ts), the only place that knows which suppressions matched a finding.
 */
export const suppressionUnused: Rule = {
  id: "suppression/unused",
  defaultSeverity: "info",
  description: "A suppression comment or plumbline.dev/ignore annotation that suppresses nothing",
  tags: ["suppression"],
  check() {},
};
