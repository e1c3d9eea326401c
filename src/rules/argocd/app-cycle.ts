import { appGraph, type AppNode } from "../../argocd/graph.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";
import { sourceRange } from "./shared.js";

export const appCycle: Rule = {
  id: "argocd/app-cycle",
  defaultSeverity: "error",
  description: "Applications render each other in a cycle",
  tags: ["argocd"],
  check({ workspace, report }) {
    const graph = appGraph(workspace);
    for (const cycle of graph.cycles) {
      const members = new Set(cycle);
      const first = cycle[0]!;
      const order = walkCycle(first, members, graph.children);
      const next = order[1];

      const renders = first.app?.sources.find((model) => next !== undefined && model.render?.files.includes(next.object.file.path));
      const range = first.app && renders ? sourceRange(workspace, first.app, renders.source, "path") : workspace.rangeOfObject(first.object);
      const chain = [...order, first].map((node) => `"${node.name}"`).join(" -> ");
      report({
        file: first.object.file.path,
        range,
        resource: resourceRefOf(first.object),
        message: `Applications render each other in a cycle (${chain}), so each keeps recreating the other and deleting one is undone; break the cycle by moving one manifest out of the other's path`,
      });
    }
  },
};

/** Orders the members of a strongly connected group along its edges, starting at `start`. */
function walkCycle(start: AppNode, members: ReadonlySet<AppNode>, children: ReadonlyMap<AppNode, AppNode[]>): AppNode[] {
  const order = [start];
  let current = start;
  for (;;) {
    const next = (children.get(current) ?? []).find((child) => members.has(child) && !order.includes(child));
    if (!next) return order;
    order.push(next);
    current = next;
  }
}
