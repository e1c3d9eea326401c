import { createsNamespace } from "../../argocd/application.js";
import { appGraph } from "../../argocd/graph.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";
import { appRange, appResource, describeApp } from "./shared.js";

// Namespaces every cluster has.
const BUILT_IN_NAMESPACES = new Set(["default", "kube-system", "kube-public", "kube-node-lease"]);

export const namespaceNotCreated: Rule = {
  id: "argocd/namespace-not-created",
  defaultSeverity: "warning",
  description: "Rendered objects target a namespace that neither CreateNamespace=true nor a Namespace manifest in the repository creates",
  tags: ["argocd"],
  check({ workspace, config, report }) {
    const { objectsByFile } = appGraph(workspace);
    const declared = new Set(workspace.objectsOfKind("", "Namespace").map((object) => object.name));
    // Another Application with CreateNamespace=true on the same cluster creates its destination
    // namespace too; sync order may delay the first sync, but the namespace does exist.
    // Argo CD names its own cluster "in-cluster" at https://kubernetes.default.svc.
    const clusterOf = (app: (typeof workspace.applications)[number]): string => {
      const { server, name } = app.spec.destination;
      return server === "https://kubernetes.default.svc" || name === "in-cluster" ? "in-cluster" : server ?? name ?? "";
    };
    const createdByApps = new Set(
      workspace.applications.filter((app) => createsNamespace(app.spec) && app.spec.destination.namespace).map((app) => `${clusterOf(app)}|${app.spec.destination.namespace}`),
    );
    let cluster = "";
    const exists = (namespace: string): boolean =>
      declared.has(namespace) || BUILT_IN_NAMESPACES.has(namespace) || namespace === config.argocd.namespace || createdByApps.has(`${cluster}|${namespace}`);
    const reportedObjects = new Set<unknown>();
    const reportedApps = new Set<string>();

    for (const app of workspace.applications) {
      cluster = clusterOf(app);
      const destination = app.spec.destination.namespace;
      const creates = createsNamespace(app.spec);
      let usesDestination = false;

      for (const model of app.sources) {
        if (!model.render) continue;
        for (const file of model.render.files) {
          for (const object of objectsByFile.get(file) ?? []) {
            if (object.clusterScoped || object.kind.startsWith("Cluster")) continue;
            const namespace = model.render.namespaces.get(file) ?? object.declaredNamespace;
            if (!namespace || namespace === destination) {
              usesDestination = true;
              continue;
            }
            if (exists(namespace) || reportedObjects.has(object)) continue;
            reportedObjects.add(object);
            const fromKustomize = model.render.namespaces.has(file);
            report({
              file: object.file.path,
              range: fromKustomize ? workspace.rangeOfObject(object) : workspace.rangeOf(object, ["metadata", "namespace"]),
              resource: resourceRefOf(object),
              message: `${object.kind} "${object.name}" targets namespace "${namespace}"${fromKustomize ? " (set by a kustomization)" : ""}, which nothing creates: ${describeApp(app)} deploys to "${destination ?? ""}", and CreateNamespace=true creates only that one; add a Namespace manifest for "${namespace}"`,
            });
          }
        }
      }

      if (!usesDestination || !destination || creates || exists(destination)) continue;
      const key = `${app.object.file.path}:${destination}:${app.yamlPrefix.length}`;
      if (reportedApps.has(key)) continue;
      reportedApps.add(key);
      report({
        file: app.object.file.path,
        range: appRange(workspace, app, ["spec", "destination", "namespace"]),
        resource: appResource(app),
        message: `${describeApp(app)} deploys into namespace "${destination}", which neither CreateNamespace=true nor a Namespace manifest in this repository creates; add the sync option or a Namespace manifest`,
      });
    }
  },
};
