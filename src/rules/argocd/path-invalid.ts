import type { Rule } from "../../types.js";
import { appResource, describeApp, sourceLabel, sourceRange } from "./shared.js";

export const pathInvalid: Rule = {
  id: "argocd/path-invalid",
  defaultSeverity: "error",
  description: "An Application's source path is absolute, leaves the repository root, or names a file",
  tags: ["argocd"],
  check({ workspace, report }) {
    for (const app of workspace.applications) {
      for (const { source, resolution } of app.sources) {
        if (!resolution || resolution.ok || source.path === undefined) continue;
        const written = source.path;
        let message: string | undefined;
        if (resolution.reason === "absolute") {
          const relative = resolution.cleaned ?? ".";
          message = `${sourceLabel(source)} path "${written}" is absolute, which Argo CD rejects ("app path is absolute"); write it relative to the repository root: "${relative}"`;
        } else if (resolution.reason === "outside-root") {
          message = `${sourceLabel(source)} path "${written}" leaves the repository root, which Argo CD rejects ("app path outside root"); point it at a folder inside this repository`;
        } else if (resolution.reason === "not-directory") {
          const folder = resolution.cleaned?.includes("/") ? resolution.cleaned.slice(0, resolution.cleaned.lastIndexOf("/")) : ".";
          message = `${sourceLabel(source)} path "${written}" names a file, not a folder ("app path is not a directory"); point it at the folder "${folder}", with directory.include to pick the file`;
        }
        if (!message) continue;
        report({
          file: app.object.file.path,
          range: sourceRange(workspace, app, source, "path"),
          resource: appResource(app),
          message: `${describeApp(app)} ${message}`,
        });
      }
    }
  },
};
