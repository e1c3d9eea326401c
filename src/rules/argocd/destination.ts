import { appGraph } from "../../argocd/graph.js";
import type { Rule } from "../../types.js";
import { appRange, appResource, describeApp } from "./shared.js";

export const destinationRule: Rule = {
  id: "argocd/destination",
  defaultSeverity: "error",
  description: "An Application destination lacks server and name, has both, or lacks a namespace its objects need",
  tags: ["argocd"],
  check({ workspace, report }) {
    const { objectsByFile } = appGraph(workspace);
    const seen = new Set<string>();

    for (const app of workspace.applications) {
      const emit = (message: string, path: string[], part: "value" | "key" = "key"): void => {
        const range = appRange(workspace, app, path, part);
        const key = `${app.object.file.path}:${range.line}:${range.column}:${message}`;
        if (seen.has(key)) return;
        seen.add(key);
        report({ file: app.object.file.path, range, resource: appResource(app), message: `${describeApp(app)} ${message}` });
      };
      const destination = app.spec.destination;

      if (!app.spec.hasDestination) {
        emit(`has no spec.destination, which the Application CRD requires; add server: https://kubernetes.default.svc (or name) and a namespace`, ["spec"]);
        continue;
      }
      if (destination.server && destination.name) {
        emit(`destination sets both server "${destination.server}" and name "${destination.name}", which Argo CD rejects ("application destination can't have both name and server defined"); keep one`, ["spec", "destination", "name"]);
      } else if (!destination.server && !destination.name) {
        emit(`destination has neither server nor name, which Argo CD rejects ("Destination server missing from app spec"); add server: https://kubernetes.default.svc or the cluster name`, ["spec", "destination"]);
      }

      if (destination.namespace) continue;
      const unplaced = app.sources
        .flatMap((model) => (model.render ? model.render.files.map((file) => ({ file, namespace: model.render!.namespaces.get(file) })) : []))
        .filter((entry) => !entry.namespace)
        .flatMap((entry) => objectsByFile.get(entry.file) ?? [])
        .filter((object) => !object.clusterScoped && !object.declaredNamespace && !object.kind.startsWith("Cluster"));
      if (unplaced.length === 0) continue;
      const first = unplaced[0]!;
      emit(
        `destination has no namespace, but it renders namespaced objects without one (${first.kind} "${first.name}" in "${first.file.path}"${unplaced.length > 1 ? ` and ${unplaced.length - 1} more` : ""}); set destination.namespace`,
        ["spec", "destination"],
      );
    }
  },
};
