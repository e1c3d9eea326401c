import { configRange, nadModels, type NadModel } from "../../cni/nad-model.js";
import { path, record, WORKLOAD_READS, workloads, type NetworkRequest, type Workload } from "../../multus/workloads.js";
import { IGNORE_ANNOTATION } from "../../suppressions.js";
import type { Rule } from "../../types.js";
import { resourceRefOf, type Workspace } from "../../workspace/workspace.js";
import { describeReplicas, describeWorkload, runsSeveralPods } from "./shared.js";

const RULE_ID = "nad/ipam-per-node";

export const nadIpamPerNode: Rule = {
  id: RULE_ID,
  defaultSeverity: "warning",
  description: "host-local IPAM on a NAD used by a workload that can run on several nodes, which hands out duplicate addresses",
  tags: ["multus", "cni", "ipam"],
  reads: WORKLOAD_READS,
  check({ workspace, config, report }) {
    // Docker Desktop runs a single node, where host-local's per-node store cannot collide.
    if (config.cluster.profile === "docker-desktop") return;

    for (const [nad, users] of multiNodeUsers(workspace)) {
      for (const plugin of nad.plugins) {
        if (plugin.ipam?.type !== "host-local") continue;
        const counted = users.filter((user) => !ignoresRule(user.workload));
        if (counted.length > 0) {
          const example = counted[0]!.workload;
          const others = counted.length > 1 ? ` and ${counted.length - 1} other workload${counted.length > 2 ? "s" : ""}` : "";
          report({
            file: nad.object.file.path,
            range: configRange(workspace, nad, [...plugin.jsonPath, "ipam", "type"]),
            resource: resourceRefOf(nad.object),
            message: `host-local IPAM keeps its address pool on each node, but ${describeWorkload(example)} (${describeReplicas(example)})${others} can run on several nodes, so pods on different nodes get the same address: use whereabouts (cluster-wide pool) or give each node its own NAD range`,
          });
        }

        // A workload that names this rule in its plumbline.dev/ignore annotation gets its share of the
        // finding at its own reference, where the engine's annotation suppression covers it.
        for (const user of users.filter((candidate) => ignoresRule(candidate.workload))) {
          report({
            file: user.workload.object.file.path,
            range: user.request.range,
            resource: resourceRefOf(user.workload.object),
            message: `${describeWorkload(user.workload)} (${describeReplicas(user.workload)}) uses host-local network "${user.request.namespace}/${user.request.name}", whose address pool is kept per node, so pods on different nodes can get the same address`,
          });
        }
      }
    }
  },
};

interface NadUser {
  workload: Workload;
  request: NetworkRequest;
}

/** For each NAD, the workloads that reference it and can run pods on more than one node (first reference each). */
function multiNodeUsers(workspace: Workspace): Map<NadModel, NadUser[]> {
  const users = new Map<NadModel, NadUser[]>();
  for (const nad of nadModels(workspace)) users.set(nad, []);
  for (const workload of workloads(workspace)) {
    if (!runsSeveralPods(workload)) continue;
    for (const request of workload.requests) {
      for (const nad of request.nads) {
        const list = users.get(nad);
        if (list && !list.some((user) => user.workload === workload)) list.push({ workload, request });
      }
    }
  }
  return users;
}

/** True when the workload's own `plumbline.dev/ignore` annotation names this rule (or every rule). */
function ignoresRule(workload: Workload): boolean {
  const value = record(path(workload.object.value, ["metadata", "annotations"]))[IGNORE_ANNOTATION];
  return typeof value === "string" && value.split(/[\s,]+/).some((rule) => rule === RULE_ID || rule === "*");
}
