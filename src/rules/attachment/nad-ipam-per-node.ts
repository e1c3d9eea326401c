import { configRange, NAD_GROUP, NAD_KIND, NAD_READS, nadModelOf, nadModels } from "../../cni/nad-model.js";
import {
  isNetworkName,
  networkName,
  path,
  record,
  resolvedIn,
  resolveNetworkObjects,
  UNRESOLVED_WORKLOAD_READS,
  unresolvedWorkloads,
  WORKLOAD_KIND_NAMES,
  WORKLOAD_KINDS,
  WORKLOAD_READS,
  workloadOf,
  type NetworkName,
  type Workload,
} from "../../multus/workloads.js";
import { factsByFile } from "../../workspace/file-facts.js";
import { derived } from "../../workspace/view.js";
import { IGNORE_ANNOTATION, parseRuleList } from "../../suppressions.js";
import type { FactSource, Rule } from "../../types.js";
import { resourceRefOf, type K8sObject, type Workspace } from "../../workspace/workspace.js";
import { describeReplicas, describeWorkload, runsSeveralPods } from "./shared.js";

const RULE_ID = "nad/ipam-per-node";

/** The workloads of each file that run pods on more than one node. */
const MULTI_NODE: FactSource<MultiNodeWorkload> = {
  name: `${RULE_ID} workloads`,
  kinds: WORKLOAD_KIND_NAMES,
  inputs: UNRESOLVED_WORKLOAD_READS,
  derive: multiNodeWorkloads,
  isFact: isMultiNodeWorkload,
  matchesModel: (view, path, facts) => {
    const places = workloadPlaces(view);
    return facts.every((fact) => places.has(placeKey(path, fact)));
  },
};

/** The places of the NADs of each file that use host-local IPAM. */
const HOST_LOCAL: FactSource<Place> = {
  name: `${RULE_ID} host-local`,
  kinds: [NAD_KIND],
  inputs: NAD_READS,
  derive: hostLocalByFile,
  isFact: isPlace,
};

export const nadIpamPerNode: Rule = {
  id: RULE_ID,
  defaultSeverity: "warning",
  description: "host-local IPAM on a NAD used by a workload that can run on several nodes, which hands out duplicate addresses",
  tags: ["multus", "cni", "ipam"],
  reads: [...WORKLOAD_READS, { facts: HOST_LOCAL as FactSource }, { facts: MULTI_NODE as FactSource }],
  // Whether there is a finding follows from the facts and the NADs. The workloads themselves only
  // name the example in the message, and place the finding of a workload that ignores the rule. So
  // an edit of a replica count that keeps a workload on several nodes reuses a run without findings.
  decidedBy: [...NAD_READS, { facts: HOST_LOCAL as FactSource }, { facts: MULTI_NODE as FactSource }],
  check({ workspace, config, report }) {
    // Docker Desktop runs a single node, where host-local's per-node store cannot collide.
    if (config.cluster.profile === "docker-desktop") return;

    // Without a host-local NAD there is nothing to report, and the workloads need not be read.
    const hostLocal = hostLocalNads(workspace);
    if (hostLocal.size === 0) return;
    for (const [object, users] of multiNodeUsers(workspace, hostLocal)) {
      const nad = nadModelOf(workspace, object);
      for (const plugin of nad.plugins) {
        if (plugin.ipam?.type !== "host-local") continue;
        const counted = users.filter((user) => !user.workload.ignores);
        if (counted.length > 0) {
          const example = workloadOf(workspace, objectOf(workspace, counted[0]!));
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
        for (const user of users.filter((candidate) => candidate.workload.ignores)) {
          const workload = workloadOf(workspace, objectOf(workspace, user));
          const request = workload.requests[user.request]!;
          report({
            file: workload.object.file.path,
            range: request.range,
            resource: resourceRefOf(workload.object),
            message: `${describeWorkload(workload)} (${describeReplicas(workload)}) uses host-local network "${request.namespace}/${request.name}", whose address pool is kept per node, so pods on different nodes can get the same address`,
          });
        }
      }
    }
  },
};

/**
 * A workload that runs pods on more than one node, as a fact of its file. It is kept small, because
 * a warm run reads and writes the facts of every file: a finding describes its workload from the
 * object itself.
 */
interface MultiNodeWorkload {
  documentIndex: number;
  itemIndex?: number;
  /** Its own `plumbline.dev/ignore` annotation names this rule (or every rule). */
  ignores: boolean;
  /** Its requests, in order, with the namespace each resolves in. */
  requests: NetworkName[];
}

interface NadUser {
  /** The file of the workload. */
  path: string;
  workload: MultiNodeWorkload;
  /** Index of the first request that names the NAD. */
  request: number;
}

/**
 * Returns, for each NAD of `nads`, the workloads that reference it and can run pods on more than one
 * node (first reference each), in file order. The workloads are facts of their files, so a warm run
 * finds them again only in the files that changed.
 */
function multiNodeUsers(workspace: Workspace, nads: ReadonlySet<K8sObject>): Map<K8sObject, NadUser[]> {
  const facts = factsByFile(workspace, MULTI_NODE);
  const users = new Map<K8sObject, NadUser[]>();
  const names = new Set<string>();
  for (const nad of workspace.objectsOfKind(NAD_GROUP, NAD_KIND)) {
    if (!nads.has(nad)) continue;
    users.set(nad, []);
    names.add(nad.name);
  }
  for (const [path, list] of facts) {
    for (const workload of list) {
      workload.requests.forEach((request, index) => {
        // A request can resolve only to a NAD of its own name, so other names are not looked up.
        if (!names.has(request.name)) return;
        for (const nad of resolveNetworkObjects(workspace, request.namespace, request.name)) {
          const named = users.get(nad);
          // A workload's users are pushed one after another, so its earlier request is the last user.
          if (named && named.at(-1)?.workload !== workload) named.push({ path, workload, request: index });
        }
      });
    }
  }
  for (const [nad, named] of users) if (named.length === 0) users.delete(nad);
  return users;
}

function multiNodeWorkloads(view: Workspace): Map<string, MultiNodeWorkload[]> {
  const byFile = new Map<string, MultiNodeWorkload[]>();
  for (const workload of unresolvedWorkloads(view)) {
    if (!runsSeveralPods(workload)) continue;
    const { object } = workload;
    const fact: MultiNodeWorkload = {
      documentIndex: object.documentIndex,
      ignores: ignoresRule(workload),
      requests: workload.requests.map((request) => networkName(resolvedIn(workload, request), request.name)),
    };
    if (object.itemIndex !== undefined) fact.itemIndex = object.itemIndex;
    const list = byFile.get(object.file.path);
    if (list) list.push(fact);
    else byFile.set(object.file.path, [fact]);
  }
  return byFile;
}

/**
 * Returns the NADs with a host-local plugin. Whether a NAD has one is a fact of its file, so a warm
 * run decodes only the NADs of changed files to find out.
 */
function hostLocalNads(workspace: Workspace): Set<K8sObject> {
  const facts = factsByFile(workspace, HOST_LOCAL);
  const found = new Set<K8sObject>();
  for (const object of workspace.objectsOfKind(NAD_GROUP, NAD_KIND)) {
    const listed = facts.get(object.file.path) ?? [];
    if (listed.some((fact) => fact.documentIndex === object.documentIndex && fact.itemIndex === object.itemIndex)) found.add(object);
  }
  return found;
}

/** Where an object is in its file. */
interface Place {
  documentIndex: number;
  itemIndex?: number;
}

function hostLocalByFile(view: Workspace): Map<string, Place[]> {
  const byFile = new Map<string, Place[]>();
  for (const nad of nadModels(view)) {
    if (!nad.plugins.some((plugin) => plugin.ipam?.type === "host-local")) continue;
    const { object } = nad;
    const list = byFile.get(object.file.path) ?? [];
    list.push(object.itemIndex === undefined ? { documentIndex: object.documentIndex } : { documentIndex: object.documentIndex, itemIndex: object.itemIndex });
    byFile.set(object.file.path, list);
  }
  return byFile;
}

function isPlace(value: unknown): value is Place {
  const place = value as Partial<Place> | null;
  return typeof place === "object" && place !== null && isIndex(place.documentIndex) && (place.itemIndex === undefined || isIndex(place.itemIndex));
}

function isMultiNodeWorkload(value: unknown): value is MultiNodeWorkload {
  const fact = value as Partial<MultiNodeWorkload> | null;
  return (
    isPlace(value) &&
    typeof fact!.ignores === "boolean" &&
    Array.isArray(fact!.requests) &&
    fact!.requests.every(isNetworkName)
  );
}

function isIndex(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

const placesMemo = new WeakMap<Workspace, Map<string, K8sObject>>();

/** Returns every workload object of the model by its place (`placeKey`), built once per model. */
function workloadPlaces(workspace: Workspace): Map<string, K8sObject> {
  return derived(placesMemo, workspace, "workloadPlaces", UNRESOLVED_WORKLOAD_READS, (view) => {
    const places = new Map<string, K8sObject>();
    for (const kind of WORKLOAD_KINDS) for (const object of view.objectsOfKind(kind.group, kind.kind)) places.set(placeKey(object.file.path, object), object);
    return places;
  });
}

function placeKey(path: string, place: Place): string {
  return `${place.documentIndex}:${place.itemIndex ?? ""}:${path}`;
}

/** Finds the object of a NAD user's workload, which `matchesModel` checked is in the model. */
function objectOf(workspace: Workspace, { path, workload }: NadUser): K8sObject {
  const object = workloadPlaces(workspace).get(placeKey(path, workload));
  if (!object) throw new Error(`no workload at ${path}, document ${workload.documentIndex}, though the facts of this run found one`);
  return object;
}

/** True when the workload's own `plumbline.dev/ignore` annotation names this rule (or every rule). */
function ignoresRule(workload: Workload): boolean {
  const value = record(path(workload.object.value, ["metadata", "annotations"]))[IGNORE_ANNOTATION];
  return typeof value === "string" && parseRuleList(value).some((rule) => rule === RULE_ID || rule === "*");
}
