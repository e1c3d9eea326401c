import { closestName } from "../../config.js";
import { knownNetworks, resolveNetwork, workloads, type NetworkRequest, type Workload } from "../../multus/workloads.js";
import type { Rule } from "../../types.js";
import type { Workspace } from "../../workspace/workspace.js";
import { resourceRefOf } from "../../workspace/workspace.js";
import { describeReference } from "./shared.js";

export const unknownNetwork: Rule = {
  id: "attachment/unknown-network",
  defaultSeverity: "error",
  description: "A network reference resolves to no NetworkAttachmentDefinition in the repository",
  tags: ["multus"],
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

  const networks = knownNetworks(workspace);
  const sameName = networks.filter((network) => network.name === request.name && network.namespace !== request.namespace);
  if (sameName.length > 0) {
    const target = sameName[0]!;
    const fix = request.selection.raw !== undefined ? `add "namespace": "${target.namespace}"` : `write "${target.namespace}/${target.name}"`;
    return `a NAD "${request.name}" exists in namespace "${target.namespace}": ${fix}`;
  }

  const sameNamespace = networks.filter((network) => network.namespace === request.namespace).map((network) => network.name);
  const close = closestName(request.name, sameNamespace) ?? closestName(request.name, networks.map((network) => network.name));
  if (close) {
    const target = networks.find((network) => network.name === close && network.namespace === request.namespace) ?? networks.find((network) => network.name === close)!;
    return `did you mean "${target.namespace}/${target.name}"?`;
  }
  return `add the NetworkAttachmentDefinition, or list "${request.namespace}/${request.name}" in externalNetworks if it is managed outside this repository`;
}
