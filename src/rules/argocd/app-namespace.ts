import { matchArgoGlob } from "../../argocd/glob.js";
import { appGraph } from "../../argocd/graph.js";
import { APPLICATION_GROUP } from "../../argocd/application.js";
import type { Rule } from "../../types.js";
import type { Workspace } from "../../workspace/workspace.js";
import { appRange, appResource, describeApp } from "./shared.js";

export const appNamespace: Rule = {
  id: "argocd/app-namespace",
  defaultSeverity: "error",
  description: "An Application lives in a namespace Argo CD does not watch, or one its AppProject does not allow",
  tags: ["argocd"],
  check({ workspace, config, report }) {
    const graph = appGraph(workspace);
    const allowed = [...config.argocd.applicationNamespaces, ...namespacesFromParams(workspace)];
    const reported = new Set<unknown>();

    for (const node of graph.nodes) {
      const app = node.app;
      if (!app || node.namespace === config.argocd.namespace) continue;
      if (node.generated && reported.has(node.object)) continue;
      reported.add(node.object);

      const declared = node.generated ? node.object.declaredNamespace : app.spec.namespace;
      let origin = "";
      if (!declared && node.object.namespaceSource === "application") origin = " (its parent's destination namespace, as it sets none)";
      else if (!declared && node.object.namespaceSource === "kustomization") origin = " (set by a kustomization)";
      const range = declared && !node.generated ? appRange(workspace, app, ["metadata", "namespace"]) : node.generated ? workspace.rangeOf(node.object, ["metadata", "namespace"]) : appRange(workspace, app, ["metadata", "name"]);

      if (!allowed.some((pattern) => matchArgoGlob(pattern, node.namespace))) {
        report({
          file: node.object.file.path,
          range,
          resource: appResource(app),
          message: `${describeApp(app)} lands in namespace "${node.namespace}"${origin}, but Argo CD watches only "${config.argocd.namespace}" unless application.namespaces allows it, so the Application is ignored; set metadata.namespace: ${config.argocd.namespace}, or list the namespace in argocd.applicationNamespaces`,
        });
        continue;
      }

      const projectName = app.spec.project ?? "default";
      const project = workspace.objectsOfKind(APPLICATION_GROUP, "AppProject").find((object) => object.name === projectName);
      const spec = project?.value.spec as Record<string, unknown> | undefined;
      const sourceNamespaces = Array.isArray(spec?.sourceNamespaces) ? spec.sourceNamespaces.filter((entry): entry is string => typeof entry === "string") : [];
      if (project && !sourceNamespaces.some((pattern) => matchArgoGlob(pattern, node.namespace))) {
        report({
          file: node.object.file.path,
          range,
          resource: appResource(app),
          message: `${describeApp(app)} lives in namespace "${node.namespace}", but AppProject "${projectName}" does not list it in spec.sourceNamespaces, so Argo CD rejects the project for it; add the namespace to sourceNamespaces`,
        });
      }
    }
  },
};

/** Reads the `application.namespaces` entries of `argocd-cmd-params-cm` ConfigMaps in the repository. */
function namespacesFromParams(workspace: Workspace): string[] {
  const found: string[] = [];
  for (const object of workspace.objectsOfKind("", "ConfigMap")) {
    if (object.name !== "argocd-cmd-params-cm") continue;
    const data = object.value.data as Record<string, unknown> | undefined;
    const value = data?.["application.namespaces"];
    if (typeof value === "string") found.push(...value.split(",").map((entry) => entry.trim()).filter(Boolean));
  }
  return found;
}
