import { suggestDirectory } from "../../argocd/render.js";
import { doublestarMatch } from "../../argocd/path-match.js";
import type { Rule } from "../../types.js";
import { appResource, describeApp, sourceLabel, sourceRange } from "./shared.js";

export const pathMissing: Rule = {
  id: "argocd/path-missing",
  defaultSeverity: "error",
  description: "An Application's source path does not exist in this repository",
  tags: ["argocd"],
  check({ workspace, report }) {
    for (const app of workspace.applications) {
      for (const { source, resolution } of app.sources) {
        if (!resolution || resolution.ok || resolution.reason !== "missing" || source.path === undefined) continue;
        const cleaned = resolution.cleaned ?? source.path;
        // A folder left out of the model by `exclude`, or below a folder that could not be listed,
        // may well exist, and plumbline cannot tell.
        if (workspace.config.exclude.some((glob) => doublestarMatch(glob, cleaned) || doublestarMatch(glob, `${cleaned}/x`))) continue;
        if (workspace.tree.hidesPath(cleaned)) continue;

        const suggestion = suggestDirectory(cleaned, workspace.tree);
        let hint = "; point it at an existing folder";
        if (suggestion?.caseMismatch) hint = `; the folder is spelled "${suggestion.path}", and Argo CD matches paths case-sensitively`;
        else if (suggestion) hint = `; did you mean "${suggestion.path}"?`;

        report({
          file: app.object.file.path,
          range: sourceRange(workspace, app, source, "path"),
          resource: appResource(app),
          message: `${describeApp(app)} ${sourceLabel(source)} path "${source.path}" does not exist in this repository (Argo CD: "app path does not exist")${hint}`,
        });
      }
    }
  },
};
