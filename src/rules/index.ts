// The rule registry: every rule plumbline ships, in catalog order. A family adds its rules to its
// own index file; nothing else needs to change for a new rule to be listed, configured and reported.
import type { RegisteredRule, Rule } from "../types.js";
import { argocdRules } from "./argocd/index.js";
import { attachmentRules } from "./attachment/index.js";
import { repoLimit, repoUnreadable } from "./core/repo-limits.js";
import { suppressionUnused } from "./core/suppression-unused.js";
import { yamlSyntax } from "./core/yaml-syntax.js";
import { docsUrlFor } from "./docs-url.js";
import { kustomizeRules } from "./kustomize/index.js";
import { liveRules } from "./live/index.js";
import { nadRules } from "./nad/index.js";

const ALL_RULES: Rule[] = [
  yamlSyntax,
  repoUnreadable,
  repoLimit,
  ...kustomizeRules,
  ...nadRules,
  ...attachmentRules,
  ...argocdRules,
  ...liveRules,
  suppressionUnused,
];

let registered: RegisteredRule[] | undefined;

export function allRules(): RegisteredRule[] {
  if (registered) return registered;
  const seen = new Set<string>();
  registered = sortByCatalogOrder(ALL_RULES).map((rule) => {
    if (seen.has(rule.id)) throw new Error(`rule "${rule.id}" is registered twice`);
    seen.add(rule.id);
    return { ...rule, docsUrl: docsUrlFor(rule.id) };
  });
  return registered;
}

// Families in the order of the rule catalog; a family's rules keep their registration order, so
// nad/unused (registered with the attachment rules that find the references) lists among nad/.
const FAMILY_ORDER = ["yaml", "repo", "kustomize", "nad", "attachment", "argocd", "appset", "live", "suppression"];

function sortByCatalogOrder(rules: readonly Rule[]): Rule[] {
  const rank = (rule: Rule): number => {
    const index = FAMILY_ORDER.indexOf(rule.id.split("/")[0]!);
    return index < 0 ? FAMILY_ORDER.length : index;
  };
  return rules.map((rule, position) => ({ rule, position })).sort((a, b) => rank(a.rule) - rank(b.rule) || a.position - b.position).map(({ rule }) => rule);
}

export function ruleIds(): Set<string> {
  return new Set(allRules().map((rule) => rule.id));
}
