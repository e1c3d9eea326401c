import { clusterKey } from "../../argocd/application.js";
import { appGraph } from "../../argocd/graph.js";
import type { Rule } from "../../types.js";
import { resourceRefOf, type ApplicationModel, type K8sObject } from "../../workspace/workspace.js";
import { describeApp } from "./shared.js";

export const multipleOwners: Rule = {
  id: "argocd/multiple-owners",
  defaultSeverity: "error",
  description: "One file is rendered by more than one Application into the same cluster and namespace",
  tags: ["argocd"],
  check({ workspace, report }) {
    const { objectsByFile, nodeOfApp, reachable } = appGraph(workspace);
    // An orphan Application is never created (argocd/orphan-app reports it), so it owns nothing.
    const isCreated = (app: ApplicationModel): boolean => {
      const node = nodeOfApp.get(app);
      return node === undefined || reachable.has(node);
    };
    const files = new Set(workspace.applications.flatMap((app) => app.renderedFiles));

    for (const file of [...files].sort()) {
      const owners = workspace.deployersOf(file).filter(isCreated);
      if (owners.length < 2) continue;
      const objects = objectsByFile.get(file) ?? [];

      for (const object of objects) {
        const byTarget = new Map<string, ApplicationModel[]>();
        for (const app of owners) {
          const key = targetOf(app, object, file);
          byTarget.set(key, [...(byTarget.get(key) ?? []), app]);
        }
        const clash = [...byTarget.values()].find((apps) => apps.length > 1);
        if (!clash) continue;

        const names = clash.map(describeApp);
        report({
          file,
          range: workspace.rangeOfObject(object),
          resource: resourceRefOf(object),
          message: `"${file}" is rendered by ${names.slice(0, -1).join(", ")} and ${names.at(-1)}, which apply ${object.kind} "${object.name}" to the same cluster and namespace, so they fight over it (Argo CD: SharedResourceWarning); narrow one app's path, include or exclude`,
        });
        break;
      }
    }
  },
};

/**
 * Builds a key for where one app puts the object: the destination cluster, the namespace, and for
 * a kustomize build the kustomization folder, because two overlays can rename the same base object.
 */
function targetOf(app: ApplicationModel, object: K8sObject, file: string): string {
  const render = app.sources.find((model) => model.render?.files.includes(file))?.render;
  const namespace = object.clusterScoped ? "" : (render?.namespaces.get(file) ?? object.declaredNamespace ?? app.spec.destination.namespace ?? "");
  const build = render?.tool === "kustomize" ? render.dir : "";
  return `${clusterKey(app.spec.destination)}|${namespace}|${build}`;
}
