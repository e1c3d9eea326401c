// The workloads of the workspace that can ask for extra networks, with every request resolved to
// the NAD Multus would load at pod start. Pure: reads only the model. Computed once per workspace.
import type { YNode } from "../workspace/yaml-model.js";
import { findNads, NAD_GROUP, NAD_KIND, NAD_READS, type NadModel } from "../cni/nad-model.js";
import type { Config } from "../config.js";
import type { Range, RuleInput } from "../types.js";
import { baseWorkspace, derived, inPartition, requireInputs } from "../workspace/view.js";
import { defineLazy } from "../lazy.js";
import { parsedTextOf, type K8sObject, type Workspace } from "../workspace/workspace.js";
import {
  DEFAULT_NETWORK_ANNOTATION,
  NETWORKS_ANNOTATION,
  parseNetworksAnnotation,
  type NetworkSelection,
  type ParsedNetworksAnnotation,
} from "./annotation.js";
import { scalarOffsets, type ScalarOffsets } from "./scalar-offsets.js";

export type RequestSource = "networks" | "default-network" | "kubevirt";

export interface NetworkRequest {
  selection: NetworkSelection;
  /** The namespace the reference resolves in. */
  namespace: string;
  name: string;
  /** The element's range in the file. */
  range: Range;
  /** The NADs it resolves to; empty when none is in the repository. */
  nads: NadModel[];
  source: RequestSource;
  /** Source of the namespace: written in the reference, the pod's own, or Multus's namespace. */
  namespaceFrom: "explicit" | "pod" | "multus";
  /** The reference matches `externalNetworks` in the config: the NAD is managed outside the repository. */
  external: boolean;
  /** Position of the element in its annotation (or in the VM's `networks` list). */
  index: number;
}

/** A networks or default-network annotation value on a pod template, ready to map offsets into the file. */
export interface AnnotationSite {
  key: string;
  /** Path of the annotation's value inside the object. */
  path: (string | number)[];
  /** The value when it is a string. */
  value?: string;
  /** The value's node in the file. */
  node?: YNode;
  /** The value's size in UTF-8 bytes. */
  bytes: number;
  /** Parse result; undefined when the value is not a string or is larger than `limits.maxAnnotationBytes`. */
  parsed?: ParsedNetworksAnnotation;
  offsets: ScalarOffsets;
}

export interface Workload {
  object: K8sObject;
  /** Path of the pod template: `[]` for a Pod, `["spec", "template"]`, CronJob `["spec", "jobTemplate", "spec", "template"]`. */
  podTemplatePath: (string | number)[];
  replicas: number | "per-node";
  namespace?: string;
  matchLabels?: Record<string, string>;
  requests: NetworkRequest[];
  /** Path of the pod spec (VirtualMachine: the VMI template's spec). */
  podSpecPath: (string | number)[];
  podSpec: Record<string, unknown>;
  /** The pod template's annotations as written. */
  annotations: Record<string, unknown>;
  networks?: AnnotationSite;
  defaultNetwork?: AnnotationSite;
  /** A KubeVirt VirtualMachine or VirtualMachineInstance, whose networks are in the spec, not in annotations. */
  virtualMachine: boolean;
}

interface WorkloadKind {
  group: string;
  kind: string;
  podTemplatePath: (string | number)[];
  replicas: (value: Record<string, unknown>) => number | "per-node";
  virtualMachine?: boolean;
}

const fromReplicas = (value: Record<string, unknown>): number => positiveInteger(path(value, ["spec", "replicas"])) ?? 1;
const fromParallelism =
  (prefix: string[]) =>
  (value: Record<string, unknown>): number =>
    positiveInteger(path(value, [...prefix, "parallelism"])) ?? 1;

/** Every workload kind that runs pods, identified by API group and kind. */
export const WORKLOAD_KINDS: readonly WorkloadKind[] = [
  { group: "", kind: "Pod", podTemplatePath: [], replicas: () => 1 },
  ...["apps", "extensions"].flatMap((group) => [
    { group, kind: "Deployment", podTemplatePath: ["spec", "template"], replicas: fromReplicas },
    { group, kind: "ReplicaSet", podTemplatePath: ["spec", "template"], replicas: fromReplicas },
    { group, kind: "DaemonSet", podTemplatePath: ["spec", "template"], replicas: () => "per-node" as const },
  ]),
  { group: "apps", kind: "StatefulSet", podTemplatePath: ["spec", "template"], replicas: fromReplicas },
  { group: "batch", kind: "Job", podTemplatePath: ["spec", "template"], replicas: fromParallelism(["spec"]) },
  { group: "batch", kind: "CronJob", podTemplatePath: ["spec", "jobTemplate", "spec", "template"], replicas: fromParallelism(["spec", "jobTemplate", "spec"]) },
  { group: "argoproj.io", kind: "Rollout", podTemplatePath: ["spec", "template"], replicas: fromReplicas },
  { group: "kubevirt.io", kind: "VirtualMachine", podTemplatePath: ["spec", "template"], replicas: () => 1, virtualMachine: true },
  { group: "kubevirt.io", kind: "VirtualMachineInstance", podTemplatePath: [], replicas: () => 1, virtualMachine: true },
];

const workloadObjects = new WeakMap<Workspace, readonly K8sObject[]>();
const builders = new WeakMap<Workspace, Workspace>();
const built = new WeakMap<Workspace, Map<K8sObject, Workload>>();

/** Kinds of the workload objects, for `Rule.partition`. */
export const WORKLOAD_KIND_NAMES: readonly string[] = [...new Set(WORKLOAD_KINDS.map((kind) => kind.kind))];

/** The reads of `workloads`: the workload objects and the NADs their requests resolve to. A rule that calls it declares these. */
export const WORKLOAD_READS: readonly RuleInput[] = [{ kinds: [...WORKLOAD_KIND_NAMES, NAD_KIND] }];

/** The partition of a rule whose findings in a file depend only on the file's workloads (and the NADs they name). */
export const BY_WORKLOAD_FILE = { kinds: WORKLOAD_KIND_NAMES };

/**
 * Lists every workload in the workspace, in file order, with its network requests resolved. Each
 * workload is built once, when first listed, so a view partitioned to a few files builds only theirs.
 */
export function workloads(workspace: Workspace): readonly Workload[] {
  const objects = inPartition(workspace, derived(workloadObjects, workspace, "workloads", WORKLOAD_READS, discoverWorkloads), (object) => object);
  const builder = derived(builders, workspace, "workloads", WORKLOAD_READS, (view) => view);
  return objects.map((object) => workloadFrom(builder, built, object));
}

/** Returns the workload of one object (of a workload kind), built as `workloads` builds it. */
export function workloadOf(workspace: Workspace, object: K8sObject): Workload {
  requireInputs(workspace, "workloadOf", WORKLOAD_READS);
  return workloadFrom(derived(builders, workspace, "workloads", WORKLOAD_READS, (view) => view), built, object);
}

function workloadFrom(builder: Workspace, memo: WeakMap<Workspace, Map<K8sObject, Workload>>, object: K8sObject): Workload {
  const base = baseWorkspace(builder);
  let models = memo.get(base);
  if (!models) memo.set(base, (models = new Map()));
  let workload = models.get(object);
  if (!workload) models.set(object, (workload = buildWorkload(builder, object, workloadKindOf(object)!)));
  return workload;
}

const unresolvedBuilders = new WeakMap<Workspace, Workspace>();
const builtUnresolved = new WeakMap<Workspace, Map<K8sObject, Workload>>();

/** The reads of `unresolvedWorkloads`: the workload objects only. */
export const UNRESOLVED_WORKLOAD_READS: readonly RuleInput[] = [{ kinds: WORKLOAD_KIND_NAMES }];

/**
 * Lists the workloads as `workloads` does, built on a view that cannot read NADs, so reading a
 * request's `nads` throws. What is derived from these depends on the workload files alone, which
 * per-file facts (src/workspace/file-facts.ts) rely on.
 */
export function unresolvedWorkloads(workspace: Workspace): readonly Workload[] {
  const objects = inPartition(workspace, derived(workloadObjects, workspace, "workloads", UNRESOLVED_WORKLOAD_READS, discoverWorkloads), (object) => object);
  const builder = derived(unresolvedBuilders, workspace, "unresolvedWorkloads", UNRESOLVED_WORKLOAD_READS, (view) => view);
  return objects.map((object) => workloadFrom(builder, builtUnresolved, object));
}

/** Returns the workload kind of an object, or undefined when it runs no pods. */
export function workloadKindOf(object: K8sObject): WorkloadKind | undefined {
  return WORKLOAD_KINDS.find((kind) => kind.group === object.group && kind.kind === object.kind);
}

function discoverWorkloads(workspace: Workspace): K8sObject[] {
  return workspace.inModelOrder(WORKLOAD_KINDS.flatMap((kind) => workspace.objectsOfKind(kind.group, kind.kind)));
}

function buildWorkload(workspace: Workspace, object: K8sObject, kind: WorkloadKind): Workload {
  const template = record(path(object.value, kind.podTemplatePath));
  const annotations = record(path(template, ["metadata", "annotations"]));
  const podSpecPath = [...kind.podTemplatePath, "spec"];
  const workload: Workload = {
    object,
    podTemplatePath: kind.podTemplatePath,
    replicas: kind.replicas(object.value),
    namespace: object.namespace,
    matchLabels: matchLabelsOf(object, kind),
    requests: [],
    podSpecPath,
    podSpec: record(path(object.value, podSpecPath)),
    annotations,
    virtualMachine: kind.virtualMachine === true,
  };

  if (workload.virtualMachine) {
    workload.requests = virtualMachineRequests(workspace, workload);
    return workload;
  }

  const annotationsPath = [...kind.podTemplatePath, "metadata", "annotations"];
  workload.networks = annotationSite(workspace, object, annotationsPath, NETWORKS_ANNOTATION, annotations);
  workload.defaultNetwork = annotationSite(workspace, object, annotationsPath, DEFAULT_NETWORK_ANNOTATION, annotations);

  if (workload.defaultNetwork?.parsed) {
    // Only the first default network is used; attachment/default-network reports the others.
    const first = workload.defaultNetwork.parsed.elements[0];
    if (first) workload.requests.push(resolveRequest(workspace, workload, workload.defaultNetwork, first, "default-network", 0));
  }
  workload.networks?.parsed?.elements.forEach((selection, index) => {
    workload.requests.push(resolveRequest(workspace, workload, workload.networks!, selection, "networks", index));
  });
  return workload;
}

/**
 * Reads one annotation of a pod template. Values above `limits.maxAnnotationBytes` are not parsed,
 * so a hostile value cannot slow the run down; the syntax rule reports them.
 */
export function annotationSite(
  workspace: Workspace,
  object: K8sObject,
  annotationsPath: (string | number)[],
  key: string,
  annotations: Record<string, unknown>,
): AnnotationSite | undefined {
  if (!(key in annotations)) return undefined;
  const raw = annotations[key];
  const valuePath = [...annotationsPath, key];
  const site = { key, path: valuePath, bytes: 0 } as AnnotationSite;
  addPositions(workspace, object, site);
  if (typeof raw !== "string") return site;

  site.value = raw;
  site.bytes = Buffer.byteLength(raw, "utf8");
  if (site.bytes <= workspace.config.limits.maxAnnotationBytes) site.parsed = parseNetworksAnnotation(raw, { maxDepth: workspace.config.limits.maxJsonDepth });
  return site;
}

/** Adds the site's node and offset map, built when a finding first needs a position. */
function addPositions(workspace: Workspace, object: K8sObject, site: AnnotationSite): void {
  defineLazy(site, "node", () => workspace.nodeAt(object, site.path));
  defineLazy(site, "offsets", () => (site.node ? scalarOffsets(site.node, parsedTextOf(object.file)) : { exact: false, map: () => ({ start: 0, end: 0 }) }));
}

/**
 * Maps `[start, end)` inside an annotation value to a file range. The range is exact for plain,
 * quoted and block scalars. Where the decoding cannot be reproduced (an explicit block indentation
 * indicator, say), the range starts at the scalar.
 */
export function rangeInAnnotation(workspace: Workspace, object: K8sObject, site: AnnotationSite, start: number, end: number): Range {
  if (!site.node) return workspace.rangeOf(object, site.path);
  if (!site.offsets.exact) return workspace.rangeOfNode(object.file, site.node);
  const mapped = site.offsets.map(start, end);
  return workspace.rangeOfOffsets(object.file, mapped.start, Math.max(mapped.end, mapped.start + 1));
}

function resolveRequest(
  workspace: Workspace,
  workload: Workload,
  site: AnnotationSite,
  selection: NetworkSelection,
  source: RequestSource,
  index: number,
): NetworkRequest {
  const config = workspace.config;
  let namespaceFrom: NetworkRequest["namespaceFrom"] = "pod";
  let namespace = workload.namespace;
  if (selection.namespace !== undefined && selection.namespace !== "") {
    namespaceFrom = "explicit";
    namespace = selection.namespace;
  } else if (source === "default-network") {
    namespaceFrom = "multus";
    namespace = config.cluster.multusNamespace;
  }
  const request = {
    selection,
    namespace: namespace ?? "default",
    name: selection.name,
    source,
    namespaceFrom,
    external: isExternalNetwork(config, namespace ?? "default", selection.name),
    index,
  } as NetworkRequest;
  // Resolved when first read, so a workload can be listed without reading the NADs.
  defineLazy(request, "nads", () => resolveNetwork(workspace, namespace, selection.name));
  // Positions need the file's node tree, so they are worked out only for requests a finding is about.
  defineLazy(request, "range", () => rangeInAnnotation(workspace, workload.object, site, selection.start, selection.end));
  return request;
}

/**
 * Finds the NADs a reference resolves to. An object without a resolved namespace lands in the
 * namespace that `kubectl apply` uses (usually `default`), so a pod and a NAD that both lack one
 * match each other, and either matches `default`.
 */
export function resolveNetwork(workspace: Workspace, namespace: string | undefined, name: string): NadModel[] {
  const found = findNads(workspace, namespace, name);
  if (found.length > 0) return found;
  if (namespace === undefined) return findNads(workspace, "default", name);
  if (namespace === "default") return findNads(workspace, undefined, name);
  return [];
}

/** Finds the NAD objects a reference resolves to, as `resolveNetwork` does, without decoding them. */
export function resolveNetworkObjects(workspace: Workspace, namespace: string | undefined, name: string): readonly K8sObject[] {
  const find = (inNamespace: string | undefined) => workspace.find(NAD_GROUP, NAD_KIND, inNamespace, name);
  const found = find(namespace);
  if (found.length > 0) return found;
  if (namespace === undefined) return find("default");
  if (namespace === "default") return find(undefined);
  return [];
}

/**
 * Returns the namespace a request was resolved in: undefined for a reference without namespace in
 * a pod whose own namespace is not known, where `request.namespace` is "default".
 */
export function resolvedIn(workload: Workload, request: NetworkRequest): string | undefined {
  return request.namespaceFrom === "pod" ? workload.namespace : request.namespace;
}

/** A network as a reference names it, in the plain form per-file facts keep it in. */
export interface NetworkName {
  /** Absent when the reference resolves in a pod namespace that is not known. */
  namespace?: string;
  name: string;
}

/** Creates a network name, without a namespace field when there is none, as JSON keeps it. */
export function networkName(namespace: string | undefined, name: string): NetworkName {
  return namespace === undefined ? { name } : { namespace, name };
}

/** Checks a network name read back from the cache. */
export function isNetworkName(value: unknown): value is NetworkName {
  const named = value as { namespace?: unknown; name?: unknown } | null;
  return typeof named === "object" && named !== null && typeof named.name === "string" && (named.namespace === undefined || typeof named.namespace === "string");
}

/** True when `namespace/name` matches a glob of `externalNetworks` (`*` and `?` stay inside one part). */
export function isExternalNetwork(config: Config, namespace: string, name: string): boolean {
  const reference = `${namespace}/${name}`;
  return config.externalNetworks.some((pattern) => {
    const full = pattern.includes("/") ? pattern : `*/${pattern}`;
    return globToRegExp(full).test(reference);
  });
}

function globToRegExp(pattern: string): RegExp {
  let source = "";
  for (const char of pattern) {
    if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/**
 * KubeVirt networks: `spec.template.spec.networks[].multus.networkName` on a VirtualMachine and
 * `spec.networks[]` on a VirtualMachineInstance, written `name` or `namespace/name`; a name without
 * namespace resolves in the VM's namespace.
 */
function virtualMachineRequests(workspace: Workspace, workload: Workload): NetworkRequest[] {
  const networks = workload.podSpec.networks;
  if (!Array.isArray(networks)) return [];

  const requests: NetworkRequest[] = [];
  networks.forEach((network, index) => {
    const networkName = path(network, ["multus", "networkName"]);
    if (typeof networkName !== "string" || networkName === "") return;

    const valuePath = [...workload.podSpecPath, "networks", index, "multus", "networkName"];
    const site = { key: "networkName", path: valuePath, value: networkName, bytes: networkName.length } as AnnotationSite;
    addPositions(workspace, workload.object, site);

    const slash = networkName.indexOf("/");
    const selection: NetworkSelection = {
      name: slash >= 0 ? networkName.slice(slash + 1) : networkName,
      namespace: slash >= 0 ? networkName.slice(0, slash) : undefined,
      start: 0,
      end: networkName.length,
      spans: { name: { start: slash + 1, end: networkName.length } },
    };
    const explicit = selection.namespace !== undefined && selection.namespace !== "";
    const namespace = explicit ? selection.namespace : workload.namespace;
    const request = {
      selection,
      namespace: namespace ?? "default",
      name: selection.name,
      source: "kubevirt",
      namespaceFrom: explicit ? "explicit" : "pod",
      external: isExternalNetwork(workspace.config, namespace ?? "default", selection.name),
      index,
    } as NetworkRequest;
    defineLazy(request, "nads", () => resolveNetwork(workspace, namespace, selection.name));
    defineLazy(request, "range", () => rangeInAnnotation(workspace, workload.object, site, 0, networkName.length));
    requests.push(request);
  });
  return requests;
}

/** Lists every NAD in the workspace as namespace and name, for "did you mean" hints. */
export function knownNetworks(workspace: Workspace): { namespace: string; name: string }[] {
  return derived(knownNetworksCache, workspace, "knownNetworks", NAD_READS, (view) =>
    view.objectsOfKind(NAD_GROUP, NAD_KIND).map((object) => ({ namespace: object.namespace ?? "default", name: object.name })),
  );
}

const knownNetworksCache = new WeakMap<Workspace, { namespace: string; name: string }[]>();

function matchLabelsOf(object: K8sObject, kind: WorkloadKind): Record<string, string> | undefined {
  let labels = record(path(object.value, ["spec", "selector", "matchLabels"]));
  if (Object.keys(labels).length === 0 && kind.podTemplatePath.length > 0) {
    labels = record(path(object.value, [...kind.podTemplatePath, "metadata", "labels"]));
  }
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels)) if (typeof value === "string") result[key] = value;
  return Object.keys(result).length > 0 ? result : undefined;
}

export function path(value: unknown, segments: readonly (string | number)[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

export function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}
