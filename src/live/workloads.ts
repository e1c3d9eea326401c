// The repo workloads whose pods the live checks look up: the workload model of the attachment rules,
// narrowed to workloads whose networks annotation requests at least one network.
import type { Range } from "../types.js";
import type { K8sObject, Workspace } from "../workspace/workspace.js";
import { workloads } from "../multus/workloads.js";

export interface LiveWorkload {
  object: K8sObject;
  /** The pods' namespace; undefined when the repo leaves it to the kubeconfig context. */
  namespace?: string;
  /** Labels that select the workload's pods; a bare Pod is looked up by name instead. */
  matchLabels?: Record<string, string>;
  /** Path of the networks annotation inside the object, for finding positions. */
  annotationPath: (string | number)[];
  requests: LiveRequest[];
  /** The replica count in the repo; undefined for a DaemonSet (one per node). */
  replicas?: number;
  /** Jobs and CronJobs: pods come and go, so having none is normal. */
  transient: boolean;
}

export interface LiveRequest {
  /** Namespace written in the reference; undefined means the pod's own namespace. */
  namespace?: string;
  name: string;
  interface?: string;
  /** The reference's position in the repo. */
  range: Range;
}

const cache = new WeakMap<Workspace, LiveWorkload[]>();

/**
 * Returns the workloads that request networks through `k8s.v1.cni.cncf.io/networks`. The
 * default-network annotation and KubeVirt VMs are left out, because their network-status entries
 * and pods do not follow the annotation's names.
 */
export function liveWorkloads(workspace: Workspace): LiveWorkload[] {
  let result = cache.get(workspace);
  if (!result) {
    result = readWorkloads(workspace);
    cache.set(workspace, result);
  }
  return result;
}

function readWorkloads(workspace: Workspace): LiveWorkload[] {
  const result: LiveWorkload[] = [];
  for (const workload of workloads(workspace)) {
    if (workload.virtualMachine || !workload.networks) continue;
    const requests = workload.requests.filter((request) => request.source === "networks");
    if (requests.length === 0) continue;

    result.push({
      object: workload.object,
      namespace: workload.namespace,
      matchLabels: workload.matchLabels,
      annotationPath: workload.networks.path,
      requests: requests.map((request) => ({
        namespace: request.selection.namespace || undefined,
        name: request.name,
        interface: request.selection.interface,
        range: request.range,
      })),
      replicas: typeof workload.replicas === "number" ? workload.replicas : undefined,
      transient: workload.object.kind === "Job" || workload.object.kind === "CronJob",
    });
  }
  return result;
}
