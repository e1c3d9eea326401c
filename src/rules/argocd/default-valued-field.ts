import { appGraph } from "../../argocd/graph.js";
import type { Rule } from "../../types.js";
import type { K8sObject, Workspace } from "../../workspace/workspace.js";
import { resourceRefOf } from "../../workspace/workspace.js";

// Boolean fields whose zero value the API server drops (`omitempty`), so a parent that renders
// them finds a difference from the live object forever.
const FALSE_BY_DEFAULT = new Set(["recurse", "prune", "selfHeal", "allowEmpty", "ignoreMissingValueFiles", "skipCrds", "passCredentials", "skipTests"]);

// Empty mappings that carry meaning and survive the round trip: `automated: {}` turns on automated
// sync, and an empty tool block selects that tool.
const MEANINGFUL_WHEN_EMPTY = new Set(["automated", "directory", "helm", "kustomize", "plugin", "jsonnet"]);

export const defaultValuedField: Rule = {
  id: "argocd/default-valued-field",
  defaultSeverity: "warning",
  description: "A child Application spells out a default value that the API drops, so its parent shows it OutOfSync forever",
  tags: ["argocd"],
  check({ workspace, report }) {
    const graph = appGraph(workspace);
    for (const node of graph.nodes) {
      if (node.kind !== "Application" || node.generated || (graph.parents.get(node) ?? []).length === 0) continue;
      const spec = node.object.value.spec;
      visit(spec, ["spec"], (path, description) => {
        report({
          file: node.object.file.path,
          range: workspace.rangeOf(node.object, path, "key"),
          resource: resourceRefOf(node.object),
          message: `Application "${node.name}" sets ${path.slice(1).join(".")} to ${description}, a default the API server drops, so the parent app shows this child OutOfSync forever; remove the field`,
        });
      }, workspace, node.object);
    }
  },
};

/**
 * Walks `value` with one path array that grows and shrinks as the walk goes, and hands `found` a
 * copy. The walk visits every field of every child Application, so a path copied at each key cost
 * an array per field.
 */
function visit(value: unknown, path: (string | number)[], found: (path: (string | number)[], description: string) => void, workspace: Workspace, object: K8sObject): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      visit(value[index], path, found, workspace, object);
      path.pop();
    }
    return;
  }
  if (typeof value !== "object" || value === null) return;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const child = (value as Record<string, unknown>)[key];
    path.push(key);
    if (child === false && FALSE_BY_DEFAULT.has(key)) found([...path], "false");
    else if (Array.isArray(child) && child.length === 0) found([...path], "an empty list");
    else if (isEmptyMap(child) && !MEANINGFUL_WHEN_EMPTY.has(key)) found([...path], "an empty map");
    else if (child === "" && workspace.nodeAt(object, path) !== undefined) found([...path], "an empty string");
    else visit(child, path, found, workspace, object);
    path.pop();
  }
}

function isEmptyMap(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}
