// The rule registry: every rule plumbline ships, in catalog order. A family adds its rules to its
// own index file; nothing else needs to change for a new rule to be listed, configured and reported.
import type { RegisteredRule, Rule } from "../types.js";
import { argocdRules } from "./argocd/index.js";
import { attachmentRules } from "./attachment/index.js";
import { repoLimit, repoUnreadable } from "./core/repo-limits.js";
import { suppressionUnused } from "./core/suppression-unused.js";
import { yamlSyntax } from "./core/yaml-syntax.js";
import { docsUrlFor } from "./docs-url.js";
import { liveRules } from "./live/index.js";
import { nadRules } from "./nad/index.js";

const ALL_RULES: Rule[] = [
  yamlSyntax,
  repoUnreadable,
  repoLimit,
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
  registered = ALL_RULES.map((rule) => {
    if (seen.has(rule.id)) throw new Error(`rule "${rule.id}" is registered twice`);
    seen.add(rule.id);
    return { ...rule, docsUrl: docsUrlFor(rule.id) };
  });
  return registered;
}

export function ruleIds(): Set<string> {
  return new Set(allRules().map((rule) => rule.id));
}
