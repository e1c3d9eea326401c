import type { Rule } from "../../types.js";
import { appResource, describeApp, sourceLabel, sourceRange } from "./shared.js";

export const externalSource: Rule = {
  id: "argocd/external-source",
  defaultSeverity: "info",
  description: "An Application source is another repository, a Helm repository, an OCI registry or a remote kustomize base, so it cannot be checked offline",
  tags: ["argocd"],
  check({ workspace, report }) {
    const known = [...workspace.repoIdentity.urls.keys()];
    const thisRepo = known.length > 0 ? ` (this repository is ${known.slice(0, 2).map((url) => `"${url}"`).join(" or ")})` : "";
    const seen = new Set<string>();

    for (const app of workspace.applications) {
      if (app.generated?.unresolved) continue;
      for (const { source, render } of app.sources) {
        if (!render || render.remote.length === 0) continue;
        const range = sourceRange(workspace, app, source, "path");
        const key = `${app.object.file.path}:${range.line}:${range.column}:remote`;
        if (seen.has(key)) continue;
        seen.add(key);
        const remote = render.remote.slice(0, 2).map((entry) => `"${entry}"`).join(", ");
        report({
          file: app.object.file.path,
          range,
          resource: appResource(app),
          message: `${describeApp(app)} ${sourceLabel(source)} builds a kustomization that pulls ${remote}${render.remote.length > 2 ? ` and ${render.remote.length - 2} more` : ""} from outside this repository, which plumbline cannot fetch, so those resources are not checked`,
        });
      }
      for (const { source, thisRepo: inRepo } of app.sources) {
        if (inRepo || !source.repoURL) continue;
        const range = sourceRange(workspace, app, source, source.chart ? "chart" : "repoURL");
        const key = `${app.object.file.path}:${range.line}:${range.column}`;
        if (seen.has(key)) continue;
        seen.add(key);

        const label = sourceLabel(source);
        let message: string;
        if (source.chart) {
          message = `${label} installs Helm chart "${source.chart}" from "${source.repoURL}", which plumbline cannot fetch, so what it renders is not checked`;
        } else if (source.repoURL.startsWith("oci://")) {
          message = `${label} reads the OCI artifact "${source.repoURL}", which plumbline cannot fetch, so what it renders is not checked`;
        } else if (/\$\{|\{\{/.test(source.repoURL)) {
          message = `${label} repoURL "${source.repoURL}" contains a placeholder, so plumbline cannot tell which repository it reads; list its resolved form in repoURLs in .plumbline.yaml if it is this one`;
        } else {
          const path = source.path !== undefined ? ` path "${source.path}"` : " its files";
          message = `${label} reads "${source.repoURL}", which is not this repository${thisRepo}, so${path} cannot be checked offline; if it names this repository, add it to repoURLs in .plumbline.yaml`;
        }
        report({ file: app.object.file.path, range, resource: appResource(app), message: `${describeApp(app)} ${message}` });
      }
    }
  },
};
