import { matchFilesDoublestar, type GeneratorItem, type GeneratorResult } from "../../argocd/appset.js";
import { goPathMatch, isValidGoPathPattern } from "../../argocd/path-match.js";
import type { Rule } from "../../types.js";
import { applicationSetModels } from "../../workspace/applications.js";
import { resourceRefOf, type Workspace } from "../../workspace/workspace.js";

export const appsetGenerator: Rule = {
  id: "appset/generator",
  defaultSeverity: "error",
  description: "An ApplicationSet git directory or files generator matches nothing in this repository",
  tags: ["argocd", "applicationset"],
  check({ workspace, report }) {
    for (const { object, expansion } of applicationSetModels(workspace)) {
      const emit = (path: (string | number)[], message: string): void =>
        report({ file: object.file.path, range: workspace.rangeOf(object, path), resource: resourceRefOf(object), message: `ApplicationSet "${object.name}" ${message}` });

      for (const generator of expansion.generators) {
        if (!generator.thisRepo || (generator.kind !== "directories" && generator.kind !== "files")) continue;
        const includes = generator.items.filter((item) => !item.exclude);
        let anyEmpty = false;
        for (const item of includes) {
          if (item.matches.length > 0 && generator.kind === "directories" && item.pattern.includes("**")) {
            report({
              file: object.file.path,
              range: workspace.rangeOf(object, item.yamlPath),
              resource: resourceRefOf(object),
              severity: "warning",
              message: `ApplicationSet "${object.name}" git directory generator path "${item.pattern}" uses "**", which Go path.Match reads as "*" within one folder level, so deeper folders are not generated; list each depth, such as "${item.pattern.replace(/\*\*/g, "*")}" and "${item.pattern.replace(/\*\*/g, "*/*")}"`,
            });
          }
          if (item.matches.length > 0) continue;
          anyEmpty = true;
          emit(item.yamlPath, describeEmpty(item, generator, workspace));
        }
        if (!anyEmpty && includes.length > 0 && (generator.params?.length ?? 0) === 0 && generator.badFiles.length === 0) {
          emit(includes[0]!.yamlPath, `git ${noun(generator)} generator excludes every ${generator.kind === "directories" ? "folder" : "file"} its paths match, so it generates no Application; narrow the exclude entries`);
        }
        for (const file of generator.badFiles) {
          const item = includes.find((candidate) => candidate.matches.includes(file)) ?? includes[0];
          if (item) emit(item.yamlPath, `git files generator reads "${file}", which is not a YAML or JSON mapping (or a list of mappings), so the generator fails; fix the file or narrow the pattern`);
        }
      }
    }
  },
};

function noun(generator: GeneratorResult): string {
  return generator.kind === "directories" ? "directory" : "files";
}

function describeEmpty(item: GeneratorItem, generator: GeneratorResult, workspace: Workspace): string {
  const pattern = item.pattern;
  const what = generator.kind === "directories" ? "folder" : "file";
  const base = `git ${noun(generator)} generator path "${pattern}" matches no ${what}, so it generates no Application`;
  const trimmed = pattern.replace(/^\/+/, "").replace(/\/+$/, "");

  if (pattern.startsWith("/")) return `${base}: Argo CD matches paths relative to the repository root, without a leading "/"; write "${trimmed}"`;
  if (generator.kind === "directories" && pattern.endsWith("/") && pattern.length > 1) return `${base}: folder paths have no trailing "/"; write "${trimmed}"`;
  if (generator.kind === "directories") {
    if (!isValidGoPathPattern(pattern)) return `${base}: it is not a valid Go path.Match pattern; fix the brackets or escapes`;
    if (pattern.includes("**")) return `${base}: the directory generator uses Go path.Match, where "**" matches one folder level like "*"; list each depth, such as "${pattern.replace(/\*\*/g, "*")}"`;
    if (/[{}]/.test(pattern)) return `${base}: Go path.Match has no braces; write one entry per alternative`;
    const hidden = workspace.tree.dirs.some((dir) => dir.split("/").some((segment) => segment.startsWith(".")) && goPathMatch(pattern, dir));
    if (hidden) return `${base}: the generator skips hidden folders (names starting with ".")`;
    return `${base}; check the path against the repository's folders`;
  }
  if (matchFilesDoublestar(pattern, workspace.tree).length > 0) return `${base} with git pathspec globbing, Argo CD's default; check the pattern`;
  return `${base}; check the path against the repository's files`;
}
