import { compileArgoGlob, hasCommaOutsideBraces, hasStarBeforeSlash, isLiteralPattern, matchArgoGlob, starCrossesFolder } from "../../argocd/glob.js";
import { hasManifestExtension } from "../../argocd/render.js";
import type { Rule } from "../../types.js";
import type { ApplicationSourceModel, Workspace } from "../../workspace/workspace.js";
import { appResource, describeApp, sourceRange } from "./shared.js";

export const globPitfall: Rule = {
  id: "argocd/glob",
  defaultSeverity: "warning",
  description: "A directory include or exclude pattern that Argo CD matches differently than it reads: a comma list, a bare folder name, a '*' that crosses folders, an invalid pattern",
  tags: ["argocd"],
  check({ workspace, report }) {
    for (const app of workspace.applications) {
      for (const model of app.sources) {
        const options = model.source.directory;
        if (!model.thisRepo || !options) continue;
        for (const field of ["include", "exclude"] as const) {
          const pattern = options[field];
          if (pattern === undefined) continue;
          const problem = describeProblem(pattern, field, model, workspace);
          if (!problem) continue;
          report({
            file: app.object.file.path,
            range: sourceRange(workspace, app, model.source, ["directory", field]),
            resource: appResource(app),
            message: `${describeApp(app)} directory.${field} ${problem}`,
          });
        }
      }
    }
  },
};

function describeProblem(pattern: string, field: "include" | "exclude", model: ApplicationSourceModel, workspace: Workspace): string | undefined {
  const effect = field === "include" ? "selects no file" : "excludes no file";
  const compiled = compileArgoGlob(pattern);
  if (!compiled.ok) return `"${pattern}" is not a valid pattern (${compiled.error}), so Argo CD ${effect} with it`;

  if (hasCommaOutsideBraces(pattern)) {
    return `"${pattern}" has a comma outside braces, which Argo CD reads as part of one file name, so it ${effect}; write "{${pattern}}" to list several patterns`;
  }
  if (pattern.startsWith("./")) {
    return `"${pattern}" starts with "./", but Argo CD matches paths relative to the app folder without it, so it ${effect}; write "${pattern.slice(2)}"`;
  }

  const dir = model.render?.dir ?? (model.resolution?.ok ? model.resolution.dir : undefined);
  if (dir === undefined) return undefined;
  const candidates = (model.source.directory?.recurse ? workspace.tree.filesUnder(dir) : workspace.tree.list(dir).files)
    .filter(hasManifestExtension)
    .map((file) => (dir === "" ? file : file.slice(dir.length + 1)));

  const folder = pattern.replace(/\/+$/, "");
  if (isLiteralPattern(folder) && !candidates.includes(pattern)) {
    const folderPath = dir === "" ? folder : `${dir}/${folder}`;
    if (workspace.tree.hasDir(folderPath) || pattern.endsWith("/")) {
      return `"${pattern}" names a folder, but Argo CD matches file paths, so it ${effect}; write "${folder}/*"`;
    }
  }

  if (hasStarBeforeSlash(pattern)) {
    const exclude = model.source.directory?.exclude;
    const kept = field === "include" && exclude !== undefined ? candidates.filter((file) => !matchArgoGlob(exclude, file)) : candidates;
    const deeper = kept.filter((file) => starCrossesFolder(pattern, file));
    if (deeper.length > 0) {
      const extra = field === "include" ? "also takes" : "also excludes";
      const depth = pattern.split("/").length;
      const guard = `${"*/".repeat(depth)}${pattern.split("/").at(-1)}`;
      const fix = field === "include" ? `; add exclude "${guard}" if only ${depth === 2 ? "one folder level" : "that depth"} is meant` : "";
      return `"${pattern}" ${extra} "${deeper[0]}"${deeper.length > 1 ? ` and ${deeper.length - 1} more` : ""} because "*" matches across "/" in Argo CD${fix}`;
    }
  }
  return undefined;
}
