// The cluster state the live rules report from, fetched once per lint run. Every call is a GET;
// nothing here writes to the cluster. The live rules share one promise per workspace.
import type { Config } from "../config.js";
import { NAD_GROUP, NAD_KIND, nadModels, type NadModel } from "../cni/nad-model.js";
import type { LiveOptions } from "../types.js";
import type { ApplicationModel, K8sObject, Workspace } from "../workspace/workspace.js";
import { formatSeconds, PHASE_BOUND_TIMEOUTS } from "./bounds.js";
import type { ApiClient, ApiOutcome } from "./client.js";
import { missingAttachments, toLiveEvent, toLivePod, type LiveEvent, type LivePod, type RequestedNetwork } from "./diagnose.js";
import { usesMultus } from "./place.js";
import { liveWorkloads, type LiveWorkload } from "./workloads.js";

export const NAD_CRD_NAME = "network-attachment-definitions.k8s.cni.cncf.io";
/** The DaemonSet of multus-cni's deployments/multus-daemonset.yml (older releases add `-amd64`). */
export const MULTUS_DAEMONSET_NAMES = ["kube-multus-ds", "kube-multus-ds-amd64"];
export const MULTUS_LABEL_SELECTOR = "app=multus";

const CONCURRENCY = 4;

/** A check the cluster would not let the credentials make, or a request that failed. */
export interface RequestProblem {
  kind: "forbidden" | "failed";
  /** The request in words, e.g. `list pods in namespace "shop"`, for messages. */
  action: string;
  /** The permission that a 403 shows is missing, in ClusterRole terms. */
  permission?: { verb: string; group: string; resource: string; namespace?: string };
  /** The check that was skipped because of it. */
  consequence: string;
  /** The repo object the skipped check was about, when there is one. */
  about?: K8sObject;
  detail?: string;
}

export interface DaemonSetState {
  namespace: string;
  name: string;
  desired: number;
  ready: number;
}

export interface NadState {
  model: NadModel;
  namespace: string;
  /** The namespace came from the kubeconfig context because the repo does not set one. */
  namespaceFromContext: boolean;
  exists: boolean;
  /** The live `spec.config`, when the NAD exists. */
  liveConfig?: unknown;
}

export interface WorkloadState {
  workload: LiveWorkload;
  namespace: string;
  pods: LivePod[];
}

export interface ApplicationState {
  application: ApplicationModel;
  namespace: string;
  /** `crd-missing`: the cluster has no Application resource at all (Argo CD is not installed). */
  presence: "found" | "missing" | "crd-missing";
  sync?: string;
  health?: string;
  healthMessage?: string;
  conditions: { type: string; message: string }[];
}

export interface LiveSnapshot {
  server?: string;
  /** Set when the cluster could not be used at all; the other fields are then empty. */
  fatal?: string;
  problems: RequestProblem[];
  /** The phase bound stopped the checks before every request was sent. */
  stoppedAfterMs?: number;
  /** undefined when the CRD lookup failed. */
  nadCrdInstalled?: boolean;
  /** undefined when the lookup failed. */
  multus?: DaemonSetState[];
  nads: NadState[];
  workloads: WorkloadState[];
  /** Pod events by namespace, fetched for namespaces with a pod missing an attachment. */
  events: Map<string, LiveEvent[]>;
  applications: ApplicationState[];
}

const cache = new WeakMap<Workspace, Promise<LiveSnapshot>>();

/** Returns the cluster state for this workspace. The first live rule starts the fetch, and the others await it. */
export function liveSnapshot(workspace: Workspace, config: Config, live: LiveOptions): Promise<LiveSnapshot> {
  let snapshot = cache.get(workspace);
  if (!snapshot) {
    snapshot = fetchSnapshot(workspace, config, live);
    cache.set(workspace, snapshot);
  }
  return snapshot;
}

function emptySnapshot(): LiveSnapshot {
  return { problems: [], nads: [], workloads: [], events: new Map(), applications: [] };
}

async function fetchSnapshot(workspace: Workspace, config: Config, live: LiveOptions): Promise<LiveSnapshot> {
  const phaseMs = live.timeoutMs * PHASE_BOUND_TIMEOUTS;
  const snapshot = emptySnapshot();

  // The client, and node:https with it, loads only when the live checks run.
  const { createClient } = await import("./client.js");
  const created = await createClient(live, phaseMs);
  if ("error" in created) {
    snapshot.server = created.server;
    snapshot.fatal = created.error;
    return snapshot;
  }
  const client = created.client;
  snapshot.server = client.server;
  const fetcher = new Fetcher(client, snapshot);

  // The CRD lookup doubles as the reachability probe: when it cannot reach the server or the
  // server rejects the credentials, no other request is made.
  const crd = await client.get(`/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${NAD_CRD_NAME}`);
  const fatal = fatalMessage(crd, client.server);
  if (fatal) {
    snapshot.fatal = fatal;
    return snapshot;
  }
  // A repo without NADs or network requests gets no Multus findings, so nothing is asked about Multus.
  const multusUsed = usesMultus(workspace);
  if (crd.kind === "ok") snapshot.nadCrdInstalled = true;
  else if (crd.kind === "not-found") snapshot.nadCrdInstalled = false;
  else if (multusUsed) {
    fetcher.problem(crd, { verb: "get", group: "apiextensions.k8s.io", resource: "customresourcedefinitions" }, `get the CustomResourceDefinition "${NAD_CRD_NAME}"`, "whether the NAD CRD is installed");
  }

  const tasks: (() => Promise<void>)[] = multusUsed ? [() => fetchMultus(fetcher, config)] : [];
  if (snapshot.nadCrdInstalled !== false) {
    for (const model of nadModels(workspace)) tasks.push(() => fetchNad(fetcher, model));
  }
  for (const workload of liveWorkloads(workspace)) tasks.push(() => fetchPods(fetcher, workload));
  for (const application of workspace.applications) tasks.push(() => fetchApplication(fetcher, application, config));
  await runPool(tasks, CONCURRENCY);

  // Events only for the namespaces where a pod lacks a network, since only those need a cause.
  const namespaces = new Set<string>();
  for (const state of snapshot.workloads) {
    const expected = expectedNetworks(state);
    if (state.pods.some((pod) => missingAttachments(pod, expected, []).length > 0)) namespaces.add(state.namespace);
  }
  await runPool([...namespaces].map((namespace) => () => fetchEvents(fetcher, namespace)), CONCURRENCY);

  if (fetcher.skipped > 0) snapshot.stoppedAfterMs = phaseMs;
  return snapshot;
}

/** Builds the message for a server that cannot be used at all. It never names a credential. */
function fatalMessage(outcome: ApiOutcome, server: string): string | undefined {
  switch (outcome.kind) {
    case "network":
      if (outcome.tls) return `cannot connect to the API server "${server}": ${outcome.reason}`;
      if (outcome.timedOut) return `the API server "${server}" did not respond: ${outcome.reason}; check the address and the network, or raise --live-timeout`;
      return `cannot reach the API server "${server}": ${outcome.reason}; check the address, the network and that the cluster runs`;
    case "unauthorized":
      return `the API server "${server}" rejected the credentials (401 Unauthorized): refresh the token or certificate in the kubeconfig`;
    case "skipped":
      return `the live checks did not start: the API server "${server}" sent no usable response within the live phase's bound`;
    default:
      return undefined;
  }
}

/** Lists the networks the repo requests, with namespaces defaulted to the pods' namespace. */
export function expectedNetworks(state: WorkloadState): RequestedNetwork[] {
  return state.workload.requests.map((request) => ({ namespace: request.namespace ?? state.namespace, name: request.name, interface: request.interface }));
}

/** Issues GETs and turns failures into problems, with one entry per missing permission. */
class Fetcher {
  skipped = 0;
  private readonly seenPermissions = new Set<string>();

  constructor(
    readonly client: ApiClient,
    readonly snapshot: LiveSnapshot,
  ) {}

  get(path: string, query?: Record<string, string>): Promise<ApiOutcome> {
    return this.client.get(path, query);
  }

  /** Records a failed outcome (anything but ok and not-found) for the rules to report. */
  problem(outcome: ApiOutcome, permission: NonNullable<RequestProblem["permission"]>, action: string, consequence: string, about?: K8sObject): void {
    if (outcome.kind === "skipped") {
      this.skipped++;
      return;
    }
    if (outcome.kind === "forbidden") {
      const key = `${permission.verb}|${permission.group}|${permission.resource}|${permission.namespace ?? ""}`;
      if (this.seenPermissions.has(key)) return;
      this.seenPermissions.add(key);
      this.snapshot.problems.push({ kind: "forbidden", action, permission, consequence, about });
      return;
    }
    this.snapshot.problems.push({ kind: "failed", action, consequence, about, detail: failureDetail(outcome) });
  }
}

function failureDetail(outcome: ApiOutcome): string {
  switch (outcome.kind) {
    case "http-error":
      return outcome.attempts > 1 ? `HTTP ${outcome.status} after ${outcome.attempts} attempts` : `HTTP ${outcome.status}`;
    case "network":
      return outcome.reason;
    case "unauthorized":
      return "401 Unauthorized";
    default:
      return outcome.kind;
  }
}

async function fetchMultus(fetcher: Fetcher, config: Config): Promise<void> {
  const byLabel = await fetcher.get("/apis/apps/v1/daemonsets", { labelSelector: MULTUS_LABEL_SELECTOR });
  const labelled = byLabel.kind === "ok" ? listItems(byLabel.body).map(toDaemonSet).filter((item): item is DaemonSetState => item !== undefined) : [];
  if (labelled.length > 0) {
    fetcher.snapshot.multus = labelled;
    return;
  }
  if (byLabel.kind !== "ok") {
    fetcher.problem(byLabel, { verb: "list", group: "apps", resource: "daemonsets" }, `list DaemonSets with label "${MULTUS_LABEL_SELECTOR}" in all namespaces`, "whether Multus runs");
  }

  // Installs that drop the label keep the upstream name in the configured Multus namespace.
  const namespace = config.cluster.multusNamespace;
  const named: DaemonSetState[] = [];
  let everyLookupAnswered = byLabel.kind === "ok";
  for (const name of MULTUS_DAEMONSET_NAMES) {
    const outcome = await fetcher.get(`/apis/apps/v1/namespaces/${encodeURIComponent(namespace)}/daemonsets/${encodeURIComponent(name)}`);
    if (outcome.kind === "ok") {
      const state = toDaemonSet(outcome.body);
      if (state) named.push(state);
    } else if (outcome.kind !== "not-found") {
      fetcher.problem(outcome, { verb: "get", group: "apps", resource: "daemonsets", namespace }, `get DaemonSet "${namespace}/${name}"`, "whether Multus runs");
      everyLookupAnswered = false;
      break;
    }
  }

  // "No Multus" is reported only when every lookup was answered; otherwise the result is unknown.
  if (named.length > 0 || everyLookupAnswered) fetcher.snapshot.multus = named;
}

function toDaemonSet(value: unknown): DaemonSetState | undefined {
  const metadata = record(record(value).metadata);
  const status = record(record(value).status);
  if (typeof metadata.name !== "string") return undefined;
  return {
    namespace: typeof metadata.namespace === "string" ? metadata.namespace : "",
    name: metadata.name,
    desired: numberOr(status.desiredNumberScheduled, 0),
    ready: numberOr(status.numberReady, 0),
  };
}

async function fetchNad(fetcher: Fetcher, model: NadModel): Promise<void> {
  const namespace = model.object.namespace ?? fetcher.client.defaultNamespace;
  const path = `/apis/${NAD_GROUP}/v1/namespaces/${encodeURIComponent(namespace)}/network-attachment-definitions/${encodeURIComponent(model.object.name)}`;
  const outcome = await fetcher.get(path);
  const base = { model, namespace, namespaceFromContext: model.object.namespace === undefined };

  if (outcome.kind === "ok") {
    fetcher.snapshot.nads.push({ ...base, exists: true, liveConfig: record(record(outcome.body).spec).config });
  } else if (outcome.kind === "not-found") {
    fetcher.snapshot.nads.push({ ...base, exists: false });
  } else {
    fetcher.problem(
      outcome,
      { verb: "get", group: NAD_GROUP, resource: "network-attachment-definitions", namespace },
      `get ${NAD_KIND} "${namespace}/${model.object.name}"`,
      "whether the NADs exist and match the repo",
      model.object,
    );
  }
}

async function fetchPods(fetcher: Fetcher, workload: LiveWorkload): Promise<void> {
  const namespace = workload.namespace ?? fetcher.client.defaultNamespace;
  const base = `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`;
  const permission = { verb: workload.object.kind === "Pod" ? "get" : "list", group: "", resource: "pods", namespace };
  const consequence = "whether the pods got their networks";

  if (workload.object.kind === "Pod") {
    const outcome = await fetcher.get(`${base}/${encodeURIComponent(workload.object.name)}`);
    if (outcome.kind === "ok") {
      const pod = toLivePod(outcome.body);
      fetcher.snapshot.workloads.push({ workload, namespace, pods: pod ? [pod] : [] });
    } else if (outcome.kind === "not-found") {
      fetcher.snapshot.workloads.push({ workload, namespace, pods: [] });
    } else {
      fetcher.problem(outcome, permission, `get Pod "${namespace}/${workload.object.name}"`, consequence, workload.object);
    }
    return;
  }

  if (!workload.matchLabels) return;
  const selector = Object.entries(workload.matchLabels).map(([key, value]) => `${key}=${value}`).join(",");
  const outcome = await fetcher.get(base, { labelSelector: selector });
  if (outcome.kind === "ok") {
    const pods = listItems(outcome.body)
      .filter((item) => record(record(item).metadata).deletionTimestamp === undefined)
      .map(toLivePod)
      .filter((pod): pod is LivePod => pod !== undefined && pod.phase !== "Succeeded" && pod.phase !== "Failed");
    fetcher.snapshot.workloads.push({ workload, namespace, pods });
  } else if (outcome.kind === "not-found") {
    fetcher.snapshot.workloads.push({ workload, namespace, pods: [] });
  } else {
    fetcher.problem(outcome, permission, `list pods with "${selector}" in namespace "${namespace}"`, consequence, workload.object);
  }
}

async function fetchEvents(fetcher: Fetcher, namespace: string): Promise<void> {
  const outcome = await fetcher.get(`/api/v1/namespaces/${encodeURIComponent(namespace)}/events`, { fieldSelector: "involvedObject.kind=Pod" });
  if (outcome.kind === "ok") {
    fetcher.snapshot.events.set(namespace, listItems(outcome.body).map(toLiveEvent).filter((event): event is LiveEvent => event !== undefined));
  } else if (outcome.kind !== "not-found") {
    fetcher.problem(outcome, { verb: "list", group: "", resource: "events", namespace }, `list events in namespace "${namespace}"`, "why pods lack their networks");
  }
}

async function fetchApplication(fetcher: Fetcher, application: ApplicationModel, config: Config): Promise<void> {
  const object = application.object;
  const name = application.spec.name;
  // A generated Application whose template could not be evaluated has no real name to look up.
  if (application.generated?.unresolved || name === "" || name.includes("{{")) return;
  const namespace = application.spec.namespace ?? object.namespace ?? config.argocd.namespace;
  const outcome = await fetcher.get(`/apis/argoproj.io/v1alpha1/namespaces/${encodeURIComponent(namespace)}/applications/${encodeURIComponent(name)}`);
  const base = { application, namespace, conditions: [] };

  if (outcome.kind === "not-found") {
    // A 404 for a missing object carries the object's name in the Status details. A 404 for an
    // unknown resource type (no Argo CD CRD) carries none.
    const details = record(record(outcome.body).details);
    fetcher.snapshot.applications.push({ ...base, presence: typeof details.name === "string" ? "missing" : "crd-missing" });
    return;
  }
  if (outcome.kind !== "ok") {
    fetcher.problem(outcome, { verb: "get", group: "argoproj.io", resource: "applications", namespace }, `get Application "${namespace}/${name}"`, "the Applications' sync and health", object);
    return;
  }

  const status = record(record(outcome.body).status);
  const sync = record(status.sync);
  const health = record(status.health);
  const conditions = (Array.isArray(status.conditions) ? status.conditions : [])
    .map(record)
    .map((condition) => ({ type: stringOr(condition.type, "Condition"), message: stringOr(condition.message, "") }));
  fetcher.snapshot.applications.push({
    application,
    namespace,
    presence: "found",
    sync: typeof sync.status === "string" ? sync.status : undefined,
    health: typeof health.status === "string" ? health.status : undefined,
    healthMessage: typeof health.message === "string" ? health.message : undefined,
    conditions,
  });
}

async function runPool(tasks: (() => Promise<void>)[], size: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, worker));
}

function listItems(body: unknown): unknown[] {
  const items = record(body).items;
  return Array.isArray(items) ? items : [];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

/** Text for the phase bound, for the unreachable rule's message. */
export function describeBound(snapshot: LiveSnapshot): string | undefined {
  if (snapshot.stoppedAfterMs === undefined) return undefined;
  return `the live checks stopped after ${formatSeconds(snapshot.stoppedAfterMs)} (${PHASE_BOUND_TIMEOUTS} times --live-timeout), before every request was made; some checks were skipped, so raise --live-timeout or check the API server's load`;
}

