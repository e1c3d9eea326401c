import { clusterPlace } from "../../live/place.js";
import { describeBound, liveSnapshot, type RequestProblem } from "../../live/snapshot.js";
import type { LiveRuleContext, Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

export const clusterUnreachable: Rule = {
  id: "live/cluster-unreachable",
  defaultSeverity: "error",
  description: "The API server cannot be reached or rejects the credentials, or a live check lacks a permission",
  tags: ["live"],
  live: true,
  async check(context) {
    const { workspace, config, live } = context as LiveRuleContext;
    const snapshot = await liveSnapshot(workspace, config, live);
    const place = clusterPlace(workspace, config);

    if (snapshot.fatal) {
      context.report({ message: `${snapshot.fatal}; the live checks were skipped`, ...place });
      return;
    }

    for (const problem of snapshot.problems) {
      const at = problem.about ? { file: problem.about.file.path, range: workspace.rangeOfObject(problem.about), resource: resourceRefOf(problem.about) } : place;
      context.report({ message: problemMessage(problem, snapshot.server ?? ""), severity: "warning", ...at });
    }

    const bound = describeBound(snapshot);
    if (bound) context.report({ message: bound, severity: "warning", ...place });
  },
};

function problemMessage(problem: RequestProblem, server: string): string {
  if (problem.kind === "forbidden" && problem.permission) {
    const { verb, group, resource, namespace } = problem.permission;
    const scope = namespace ? `in namespace "${namespace}"` : "cluster-wide";
    return `the credentials may not ${verb} "${resource}" (API group "${group}") ${scope} (403 Forbidden), so plumbline did not check ${problem.consequence}: grant ${verb} on that resource, e.g. with the read-only ClusterRole in docs/live.md`;
  }
  return `the request to ${problem.action} on "${server}" failed (${problem.detail ?? "no detail"}), so plumbline did not check ${problem.consequence}: run plumbline again, or raise --live-timeout`;
}
