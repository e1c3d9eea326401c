import { closestName } from "../../config.js";
import { BY_WORKLOAD_FILE, knownNetworks, resolveNetwork, WORKLOAD_READS, workloads, type NetworkRequest, type Workload } from "../../multus/workloads.js";
import type { Rule } from "../../types.js";
import type { Workspace } from "../../workspace/workspace.js";
import { resourceRefOf } from "../../workspace/workspace.js";
import { describeReference } from "./shared.js";

export const unknownNetwork: Rule = {
  id: "attachment/unknown-network",
  defaultSeverity: "error",
  description: "A network reference resolves to no NetworkAttachmentDefinition in the repository",
  tags: ["multus"],
  reads: [...WORKLOAD_READS, "tree"],
  partition: BY_WORKLOAD_FILE,
  check({ workspace, report }) {
    for (const workload of workloads(workspace)) {
      for (const request of workload.requests) {
        if (request.nads.length > 0 || request.external || request.name === "") continue;
        if (defaultNetworkInPodNamespace(workspace, workload, request)) continue;
        report({
          file: workload.object.file.path,
          range: request.range,
          resource: resourceRefOf(workload.object),
          message: `network "${request.name}" not found: no NetworkAttachmentDefinition ${describeReference(request)} in the repository (${whereItResolved(request, workload)}); ${suggestion(workspace, request)}`,
        });
      }
    }
  },
};

/** attachment/default-network reports a default network that exists only in the pod's namespace. */
function defaultNetworkInPodNamespace(workspace: Workspace, workload: Workload, request: NetworkRequest): boolean {
  return request.source === "default-network" && request.namespaceFrom === "multus" && resolveNetwork(workspace, workload.namespace, request.name).length > 0;
}

function whereItResolved(request: NetworkRequest, workload: Workload): string {
  if (request.namespaceFrom === "explicit") return `namespace "${request.namespace}" as written`;
  if (request.namespaceFrom === "multus") return `a default network without namespace resolves in Multus's namespace "${request.namespace}"`;
  if (workload.namespace === undefined) {
    return `a reference without namespace resolves in the pod's namespace, which no metadata, kustomization or Application sets, so "default" was assumed`;
  }
  return `a reference without namespace resolves in the pod's namespace "${request.namespace}"`;
}

function suggestion(workspace: Workspace, request: NetworkRequest): string {
  // The JSON form takes "name" literally; only the short form splits "namespace/name".
  const slash = request.name.indexOf("/");
  if (request.selection.raw !== undefined && slash > 0) {
    return `the JSON form does not split "namespace/name": write "namespace": "${request.name.slice(0, slash)}", "name": "${request.name.slice(slash + 1)}"`;
  }

  const networks = networkIndex(workspace);
  const sameName = (networks.byName.get(request.name) ?? []).filter((network) => network.namespace !== request.namespace);
  if (sameName.length > 0) {
    const target = sameName[0]!;
    const fix = request.selection.raw !== undefined ? `add "namespace": "${target.namespace}"` : `write "${target.namespace}/${target.name}"`;
    return `a NAD "${request.name}" exists in namespace "${target.namespace}": ${fix}`;
  }

  const close = closestName(request.name, networks.namesIn.get(request.namespace) ?? []) ?? closestName(request.name, networks.names);
  if (close) {
    const named = networks.byName.get(close)!;
    const target = named.find((network) => network.namespace === request.namespace) ?? named[0]!;
    return `did you mean "${target.namespace}/${target.name}"?`;
  }
  const fix = `add the NetworkAttachmentDefinition, or list "${request.namespace}/${request.name}" in externalNetworks if it is managed outside this repository`;
  // A NAD in a file that exclude leaves out is invisible here, which reads like a missing NAD.
  const excluded = workspace.tree.excluded;
  if (excluded.length === 0) return fix;
  const shown = excluded.slice(0, 3).map((path) => `"${path}"`).join(", ");
  const more = excluded.length > 3 ? ` and ${excluded.length - 3} more` : "";
  return `${fix}; NADs in files that exclude leaves out (${shown}${more}) are not read`;
}

interface NetworkIndex {
  /** The networks of each name, in the order of knownNetworks. */
  byName: Map<string, { namespace: string; name: string }[]>;
  /** The network names in each namespace. */
  namesIn: Map<string, string[]>;
  names: string[];
}

const indexes = new WeakMap<Workspace, NetworkIndex>();

/** Indexes the known networks once per lint: a repository with many missing references would otherwise scan every NAD for each. */
function networkIndex(workspace: Workspace): NetworkIndex {
  let index = indexes.get(workspace);
  if (index) return index;
  index = { byName: new Map(), namesIn: new Map(), names: [] };
  for (const network of knownNetworks(workspace)) {
    const named = index.byName.get(network.name);
    if (named) named.push(network);
    else index.byName.set(network.name, [network]);
    const names = index.namesIn.get(network.namespace);
    if (names) names.push(network.name);
    else index.namesIn.set(network.namespace, [network.name]);
    index.names.push(network.name);
  }
  indexes.set(workspace, index);
  return index;
}
