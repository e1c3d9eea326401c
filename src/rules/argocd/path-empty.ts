import type { Rule } from "../../types.js";
import { appGraph } from "../../argocd/graph.js";
import { detectToolFromFiles } from "../../argocd/render.js";
import { appResource, describeApp, quotedList, sourceRange } from "./shared.js";

export const pathEmpty: Rule = {
  id: "argocd/path-empty",
  defaultSeverity: "error",
  description: "A Directory Application renders no manifest: an empty folder, an include that matches nothing, or manifests only in subfolders without recurse",
  tags: ["argocd"],
  check({ workspace, report }) {
    const { objectsByFile } = appGraph(workspace);

    for (const app of workspace.applications) {
      for (const { source, render } of app.sources) {
        if (!render || render.tool !== "directory" || !render.directory) continue;
        // A directory block on a Helm or Kustomize folder is reported by argocd/tool-override.
        if (detectToolFromFiles(render.dir, workspace.tree) !== "directory") continue;
        const manifests = render.files.filter((file) => objectsByFile.has(file) || file.endsWith(".jsonnet") || workspace.files.get(file)?.role === "json");
        if (manifests.length > 0) continue;
        // Files left out by `exclude`, in a folder that could not be listed, or that could not be
        // read may well be manifests. repo/unreadable reports the last two.
        if (workspace.tree.hidesEntriesIn(render.dir, source.directory?.recurse === true)) continue;
        if (render.files.some((file) => workspace.files.get(file)?.problems.some((problem) => problem.kind === "unreadable"))) continue;

        const directory = render.directory;
        const where = render.dir === "" ? "the repository root" : `"${render.dir}"`;
        const options = source.directory;
        let range = sourceRange(workspace, app, source, "path");
        let reason: string;

        if (options?.include !== undefined && directory.filteredOut.length > 0) {
          range = sourceRange(workspace, app, source, ["directory", "include"]);
          reason = `include "${options.include}" matches none of the ${count(directory.filteredOut.length, "manifest file")} in ${where} (${quotedList(directory.filteredOut, 3)}); fix the pattern`;
        } else if (options?.exclude !== undefined && directory.filteredOut.length > 0) {
          range = sourceRange(workspace, app, source, ["directory", "exclude"]);
          reason = `exclude "${options.exclude}" removes every manifest file in ${where}; narrow the pattern`;
        } else if (directory.inSubfolders.length > 0) {
          reason = `${where} holds manifests only in subfolders (${quotedList(directory.inSubfolders, 3)}), which Argo CD reads only with directory.recurse: true`;
        } else if (directory.skipped.length > 0) {
          reason = `every manifest file in ${where} carries "+argocd:skip-file-rendering"`;
        } else if (render.files.length > 0) {
          reason = `${where} holds no Kubernetes manifest (${quotedList(render.files, 3)} ${render.files.length === 1 ? "has" : "have"} no apiVersion and kind)`;
        } else {
          reason = `${where} holds no .yaml, .yml, .json or .jsonnet file`;
        }

        report({
          file: app.object.file.path,
          range,
          resource: appResource(app),
          message: `${describeApp(app)} renders nothing, which Argo CD reports as a successful sync: ${reason}`,
        });
      }
    }
  },
};

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? "" : "s"}`;
}
