import { appGraph, compareNodes, type AppNode } from "../../argocd/graph.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";
import { appRange } from "./shared.js";

export const duplicateApp: Rule = {
  id: "argocd/duplicate-app",
  defaultSeverity: "error",
  description: "Two Applications share namespace and name",
  tags: ["argocd"],
  check({ workspace, report }) {
    const graph = appGraph(workspace);
    const groups = new Map<string, AppNode[]>();
    for (const node of graph.nodes) {
      if (node.kind !== "Application" || node.name === "" || node.name.includes("{{")) continue;
      const key = `${node.namespace}/${node.name}`;
      groups.set(key, [...(groups.get(key) ?? []), node]);
    }

    for (const [key, nodes] of groups) {
      if (nodes.length < 2) continue;
      const sorted = [...nodes].sort(compareNodes);
      const first = sorted[0]!;
      const reportedSets = new Set<unknown>();
      for (const node of sorted.slice(1)) {
        // Applications one ApplicationSet generates under the same name are one finding on its template.
        if (node.generated && reportedSets.has(node.object)) continue;
        if (node.generated) reportedSets.add(node.object);
        const where = first.generated ? `ApplicationSet "${first.object.name}" in "${first.object.file.path}"` : `"${first.object.file.path}"`;
        const range = node.app ? appRange(workspace, node.app, ["metadata", "name"]) : workspace.rangeOfObject(node.object);
        report({
          file: node.object.file.path,
          range,
          resource: node.generated ? { kind: "Application", namespace: node.namespace, name: node.name } : resourceRefOf(node.object),
          message: `Application "${key}" is also declared by ${where}; Argo CD keeps one Application per namespace and name, so the one applied last replaces the other; rename one`,
        });
      }
    }
  },
};
