import { normalizeRepoURL } from "../../argocd/repo-url.js";
import type { Range, Rule } from "../../types.js";
import { sourceRange } from "./shared.js";

interface Spelling {
  raw: string;
  file: string;
  range: () => Range;
}

export const repoUrlVariants: Rule = {
  id: "argocd/repo-url-variants",
  defaultSeverity: "warning",
  description: "The same repository is spelled in more than one form across Applications",
  tags: ["argocd"],
  check({ workspace, report }) {
    const groups = new Map<string, Spelling[]>();
    // Applications generated from one ApplicationSet template share the template's repoURL field;
    // it counts once. Keyed by the field's YAML path in its object, so no position is needed yet.
    const seen = new Map<object, Set<string>>();

    for (const app of workspace.applications) {
      for (const { source } of app.sources) {
        if (!source.repoURL || source.chart) continue;
        const normalized = normalizeRepoURL(source.repoURL);
        if (!normalized) continue;
        const fields = seen.get(app.object) ?? new Set<string>();
        seen.set(app.object, fields);
        const key = JSON.stringify(source.yamlPath);
        if (fields.has(key)) continue;
        fields.add(key);
        const list = groups.get(normalized) ?? [];
        list.push({ raw: source.repoURL, file: app.object.file.path, range: () => sourceRange(workspace, app, source, "repoURL") });
        groups.set(normalized, list);
      }
    }

    for (const spellings of groups.values()) {
      const counts = new Map<string, number>();
      for (const spelling of spellings) counts.set(spelling.raw, (counts.get(spelling.raw) ?? 0) + 1);
      if (counts.size < 2) continue;
      const canonical = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
      for (const spelling of spellings) {
        if (spelling.raw === canonical) continue;
        report({
          file: spelling.file,
          range: spelling.range(),
          message: `repoURL "${spelling.raw}" spells the same repository as "${canonical}" (used ${counts.get(canonical)} times); Argo CD treats each spelling as a separate repository for credentials and caching, so use "${canonical}"`,
        });
      }
    }
  },
};
