import { appGraph, compareNodes } from "../../argocd/graph.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";
import { quotedList } from "./shared.js";

export const orphanApp: Rule = {
  id: "argocd/orphan-app",
  defaultSeverity: "warning",
  description: "An Application manifest that no root app renders and that is not itself a root",
  tags: ["argocd"],
  check({ workspace, report }) {
    const graph = appGraph(workspace);
    if (graph.roots.size === 0) return;
    const inCycle = new Set(graph.cycles.flat());
    const rootNames = [...graph.roots].sort(compareNodes).map((node) => node.name);

    for (const node of graph.nodes) {
      if (node.generated || graph.reachable.has(node) || graph.roots.has(node) || inCycle.has(node)) continue;
      // Below an unreachable parent, only the topmost manifest is reported.
      if ((graph.parents.get(node) ?? []).length > 0) continue;
      report({
        file: node.object.file.path,
        range: workspace.rangeOfObject(node.object),
        resource: resourceRefOf(node.object),
        message:
          `${node.kind} "${node.name}" is not rendered by any root app (${quotedList(rootNames, 3)}), so Argo CD never creates it; ` +
          `move it under a root's path, or list it in argocd.rootApps if a root outside plain YAML (a Helm chart, Terraform, a bootstrap script) applies it`,
      });
    }
  },
};
