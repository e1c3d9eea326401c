// Which workload requests which NetworkAttachmentDefinition, for the diagram and for the Action's
// changed-files mode ("a changed NAD also reports the pods that reference it"). A view of the
// multus workload model, which resolves every request the way Multus does at pod start.
import type { NadModel } from "../cni/nad-model.js";
import { workloads } from "../multus/workloads.js";
import type { K8sObject, Workspace } from "../workspace/workspace.js";

export interface NetworkReference {
  /** The namespace the reference resolves in. */
  namespace?: string;
  name: string;
  /** The NADs of the repo it resolves to; empty when the NAD is missing from the repo. */
  nads: NadModel[];
  /** The config's `externalNetworks` lists it: the NAD is managed outside the repository. */
  external: boolean;
}

export interface Attachment {
  workload: K8sObject;
  references: NetworkReference[];
}

/** Returns every workload that requests at least one network, with the NADs each request resolves to. */
export function attachments(workspace: Workspace): Attachment[] {
  return workloads(workspace)
    .filter((workload) => workload.requests.length > 0)
    .map((workload) => ({
      workload: workload.object,
      references: workload.requests.map((request) => ({
        namespace: request.namespace,
        name: request.name,
        nads: request.nads,
        external: request.external,
      })),
    }));
}
