import { NAD_GROUP, NAD_KIND } from "../../cni/nad-model.js";
import type { Rule } from "../../types.js";
import { resourceRefOf, type K8sObject, type Workspace } from "../../workspace/workspace.js";

/**
 * Returns where an object gets applied, as one key per Argo CD Application destination that renders
 * its file. Without an Application, the keys are the kustomizations that list the file, else the
 * repository as a whole (`kubectl apply -R`). Two objects that share a key land on one cluster.
 */
function destinationsOf(workspace: Workspace, object: K8sObject): Map<string, string> {
  const keys = new Map<string, string>();
  for (const application of workspace.deployersOf(object.file.path)) {
    const { server, name } = application.spec.destination;
    keys.set(`cluster|${server ?? ""}|${name ?? ""}`, `cluster "${name ?? server ?? "?"}"`);
  }
  if (keys.size > 0) return keys;
  for (const kustomization of workspace.kustomizations.values()) {
    if (kustomization.resourceFiles.includes(object.file.path)) keys.set(`kustomize|${kustomization.file}`, `kustomization ${kustomization.file}`);
  }
  if (keys.size === 0) keys.set("repo", "the same apply of this repository");
  return keys;
}

export const duplicate: Rule = {
  id: "nad/duplicate",
  defaultSeverity: "error",
  description: "Two NADs with the same namespace and name are deployed to the same destination",
  tags: ["multus"],
  check(context) {
    const { workspace } = context;
    // NADs by namespace and name, in model order, grouped here rather than looked up one by one.
    // The key is JSON, so no namespace and name can spell another pair's key.
    const byIdentity = new Map<string, K8sObject[]>();
    for (const object of workspace.objectsOfKind(NAD_GROUP, NAD_KIND)) {
      const key = JSON.stringify([object.namespace ?? "", object.name]);
      const twins = byIdentity.get(key);
      if (twins) twins.push(object);
      else byIdentity.set(key, [object]);
    }

    for (const twins of byIdentity.values()) {
      if (twins.length < 2) continue;
      const identity = `${twins[0]!.namespace ?? ""}/${twins[0]!.name}`;

      const claimed = new Map<string, K8sObject>();
      for (const twin of twins) {
        for (const [key, label] of destinationsOf(workspace, twin)) {
          const first = claimed.get(key);
          if (!first) {
            claimed.set(key, twin);
            continue;
          }
          const line = workspace.rangeOfObject(first).line;
          context.report({
            file: twin.file.path,
            range: workspace.rangeOfObject(twin),
            resource: resourceRefOf(twin),
            message: `NAD "${identity.replace(/^\//, "")}" is also defined in ${first.file.path}:${line}, and both go to ${label}, so one silently replaces the other; remove one or give it another name or namespace`,
          });
          break;
        }
      }
    }
  },
};
