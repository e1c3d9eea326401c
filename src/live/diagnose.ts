// Pure diagnosis of a live pod's secondary networks: which requested networks its network-status
// lacks, and why, from the pod's phase and its events. The error fragments matched here come from
// containernetworking/cni libcni (`failed to find plugin %q in path`), the reference plugins
// (`failed to lookup master %q`) and host-local IPAM (`no IP addresses available`). multus-cni
// writes `cannot find a network-attachment-definition (%s) in namespace (%s)` and the event reasons
// `NoNetworkFound` and `AddedInterface`. The kubelet reports sandbox failures as
// `FailedCreatePodSandBox`.
import {
  LEGACY_NETWORK_STATUS_ANNOTATION,
  NETWORK_STATUS_ANNOTATION,
  NETWORKS_ANNOTATION,
  parseNetworksAnnotation,
} from "../multus/annotation.js";

export interface LivePod {
  name: string;
  namespace: string;
  uid?: string;
  phase?: string;
  nodeName?: string;
  annotations: Record<string, string>;
  /** A container waits with this reason, e.g. `ContainerCreating`. */
  waitingReason?: string;
}

export interface LiveEvent {
  reason: string;
  message: string;
  type?: string;
  involvedName: string;
  involvedUid?: string;
  /** Milliseconds since the epoch of the last occurrence, 0 when unknown. */
  time: number;
}

export interface RequestedNetwork {
  namespace: string;
  name: string;
  interface?: string;
}

export type CauseKind =
  | "plugin-missing"
  | "master-missing"
  | "ipam-error"
  | "nad-not-found"
  | "sandbox-error"
  | "no-status"
  | "status-incomplete"
  | "annotation-missing"
  | "pending";

export interface Cause {
  kind: CauseKind;
  /** The problem and its fix, as a message tail: lower-case, no trailing period. */
  text: string;
}

export interface MissingAttachment {
  network: RequestedNetwork;
  cause: Cause;
}

/** Parses a pod object from the API into the fields the diagnosis reads. */
export function toLivePod(value: unknown): LivePod | undefined {
  const pod = record(value);
  const metadata = record(pod.metadata);
  if (typeof metadata.name !== "string") return undefined;
  const status = record(pod.status);
  const annotations: Record<string, string> = {};
  for (const [key, item] of Object.entries(record(metadata.annotations))) if (typeof item === "string") annotations[key] = item;

  let waitingReason: string | undefined;
  for (const container of Array.isArray(status.containerStatuses) ? status.containerStatuses : []) {
    const waiting = record(record(record(container).state).waiting);
    if (typeof waiting.reason === "string") waitingReason ??= waiting.reason;
  }

  return {
    name: metadata.name,
    namespace: typeof metadata.namespace === "string" ? metadata.namespace : "",
    uid: typeof metadata.uid === "string" ? metadata.uid : undefined,
    phase: typeof status.phase === "string" ? status.phase : undefined,
    nodeName: typeof record(pod.spec).nodeName === "string" ? (record(pod.spec).nodeName as string) : undefined,
    annotations,
    waitingReason,
  };
}

/** Parses one item of an Event list; undefined for events about anything but a pod. */
export function toLiveEvent(value: unknown): LiveEvent | undefined {
  const event = record(value);
  const involved = record(event.involvedObject);
  if (involved.kind !== "Pod" || typeof involved.name !== "string") return undefined;
  const stamp = [event.lastTimestamp, record(event.series).lastObservedTime, event.eventTime, event.firstTimestamp].find((item) => typeof item === "string");
  const time = typeof stamp === "string" ? Date.parse(stamp) : Number.NaN;
  return {
    reason: typeof event.reason === "string" ? event.reason : "",
    message: typeof event.message === "string" ? event.message : "",
    type: typeof event.type === "string" ? event.type : undefined,
    involvedName: involved.name,
    involvedUid: typeof involved.uid === "string" ? involved.uid : undefined,
    time: Number.isFinite(time) ? time : 0,
  };
}

/** Reads the networks the live pod requested from its own annotation; namespaces default to the pod's. */
export function requestedNetworks(pod: LivePod): RequestedNetwork[] | undefined {
  const value = pod.annotations[NETWORKS_ANNOTATION];
  if (value === undefined) return undefined;
  return parseNetworksAnnotation(value).elements.map((element) => ({
    namespace: element.namespace ?? pod.namespace,
    name: element.name,
    interface: element.interface,
  }));
}

/** Lists the `name` of every entry of the pod's network-status, or undefined when the pod has none. */
export function statusNetworks(pod: LivePod): string[] | undefined {
  const text = pod.annotations[NETWORK_STATUS_ANNOTATION] ?? pod.annotations[LEGACY_NETWORK_STATUS_ANNOTATION];
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return parsed.map((entry) => record(entry).name).filter((name): name is string => typeof name === "string");
  } catch {
    return [];
  }
}

/**
 * Lists the requested networks a pod did not get, each with its diagnosed cause. `expected` is the
 * repo's request. The pod's own annotation wins when it has one, because Multus acts on that.
 */
export function missingAttachments(pod: LivePod, expected: RequestedNetwork[], events: LiveEvent[]): MissingAttachment[] {
  const requested = requestedNetworks(pod);
  if (requested === undefined) {
    const cause: Cause = {
      kind: "annotation-missing",
      text: `the running pod has no "${NETWORKS_ANNOTATION}" annotation, so it was created from an older version of the workload; sync the workload and restart its pods`,
    };
    return expected.map((network) => ({ network, cause }));
  }

  const listed = statusNetworks(pod);
  const missing = requested.filter((network) => !listed?.some((name) => sameNetwork(name, network, pod.namespace)));
  if (missing.length === 0) return [];

  const own = events.filter((event) => event.involvedName === pod.name && (!event.involvedUid || !pod.uid || event.involvedUid === pod.uid));
  own.sort((a, b) => b.time - a.time);
  return missing.map((network) => ({ network, cause: diagnose(pod, network, listed, own) }));
}

function sameNetwork(statusName: string, network: RequestedNetwork, podNamespace: string): boolean {
  if (statusName === `${network.namespace}/${network.name}`) return true;
  // Older Multus versions wrote the bare NAD name for a NAD in the pod's namespace.
  return statusName === network.name && network.namespace === podNamespace;
}

function diagnose(pod: LivePod, network: RequestedNetwork, listed: string[] | undefined, events: LiveEvent[]): Cause {
  const node = pod.nodeName ? ` on node "${pod.nodeName}"` : "";

  for (const event of events) {
    if (event.reason === "NoNetworkFound" || (event.reason === "FailedCreatePodSandBox" && NAD_NOT_FOUND.test(event.message))) {
      const match = NAD_NOT_FOUND.exec(event.message);
      if (match && !(match[1] === network.name && match[2] === network.namespace)) continue;
      return {
        kind: "nad-not-found",
        text: `Multus found no NetworkAttachmentDefinition "${network.namespace}/${network.name}" (${event.reason}); create it in namespace "${network.namespace}", or reference the namespace it lives in`,
      };
    }
  }

  const sandbox = events.find((event) => event.reason === "FailedCreatePodSandBox" && mentionsNetwork(event.message, network));
  const anySandbox = sandbox ?? events.find((event) => event.reason === "FailedCreatePodSandBox");
  if (anySandbox) return sandboxCause(anySandbox.message, node);

  if (listed === undefined) {
    if (pod.phase === "Pending") {
      return { kind: "pending", text: `the pod is still ${pod.waitingReason ?? "Pending"}${node} and no sandbox event explains why; run kubectl describe pod "${pod.name}" -n "${pod.namespace}"` };
    }
    const added = events.some((event) => event.reason === "AddedInterface");
    if (added) {
      return {
        kind: "no-status",
        text: "Multus added interfaces (AddedInterface events) but wrote no network-status, which it does only when it has a kubeconfig; give Multus its kubeconfig and restart the pod",
      };
    }
    return {
      kind: "no-status",
      text: `the pod has no network-status annotation, so Multus did not run for it: Multus is not in the CNI chain${node}, or the pod started before Multus; make Multus the first config in /etc/cni/net.d, then restart the pod`,
    };
  }

  return {
    kind: "status-incomplete",
    text: `its network-status lists ${listed.length > 0 ? listed.map((name) => `"${name}"`).join(", ") : "no network"}, so the annotation changed after the pod started; restart the pod`,
  };
}

const NAD_NOT_FOUND = /cannot find a network-attachment-definition \(([^)]*)\) in namespace \(([^)]*)\)/;
const PLUGIN_MISSING = /failed to find plugin "([^"]+)" in paths? (\[[^\]]*\])?/;
const MASTER_MISSING = /failed to lookup master "([^"]*)"/;
const IPAM_ERROR = /no IP addresses available|could not allocate IP|failed to allocate for range|ipam|IPAM|error dialing DHCP daemon/;

function sandboxCause(message: string, node: string): Cause {
  const plugin = PLUGIN_MISSING.exec(message);
  if (plugin) {
    const where = plugin[2] ? ` (searched ${plugin[2]})` : "";
    return {
      kind: "plugin-missing",
      text: `the CNI plugin binary "${plugin[1]}" is missing${node}${where}; install it in the CNI bin directory of every node (containernetworking/plugins), or use a plugin the nodes have`,
    };
  }

  const master = MASTER_MISSING.exec(message);
  if (master) {
    return {
      kind: "master-missing",
      text: `the master interface "${master[1]}" does not exist${node}; set "master" in the NAD to an interface every node has`,
    };
  }

  if (IPAM_ERROR.test(message)) {
    return { kind: "ipam-error", text: `IPAM failed${node}: "${excerpt(message)}"; fix the NAD's ipam section, or free addresses in its range` };
  }

  return { kind: "sandbox-error", text: `the pod sandbox failed${node}: "${excerpt(message)}"` };
}

/** Multus names the failing network in `error adding container to network "<name>"`. */
function mentionsNetwork(message: string, network: RequestedNetwork): boolean {
  return message.includes(`"${network.name}"`) || message.includes(`${network.namespace}/${network.name}`);
}

/** Cuts a long CRI error to its most specific part, the last two `: ` segments, capped at 200 characters. */
function excerpt(message: string): string {
  const parts = message.split(/:\s+/);
  const tail = parts.length > 2 ? parts.slice(-2).join(": ") : message;
  const clean = tail.replace(/\s+/g, " ").trim();
  return clean.length > 200 ? `${clean.slice(0, 197)}...` : clean;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
