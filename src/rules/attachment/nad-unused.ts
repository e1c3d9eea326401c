import { NAD_GROUP, NAD_KIND, NAD_READS } from "../../cni/nad-model.js";
import { NETWORKS_ANNOTATION, DEFAULT_NETWORK_ANNOTATION, parseNetworksAnnotation } from "../../multus/annotation.js";
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
  type NetworkName,
} from "../../multus/workloads.js";
import { factsByFile } from "../../workspace/file-facts.js";
import type { FactSource, Rule } from "../../types.js";
import { resourceRefOf, type K8sObject, type Workspace } from "../../workspace/workspace.js";

/** A network a workload names: resolved as a reference, or, from a value that fails to parse, any NAD of that name. */
type Reference = NetworkName | { anyNamespace: true; name: string };

/** The NADs each workload names, by file. */
const REFERENCES: FactSource<Reference> = {
  name: "nad/unused references",
  kinds: WORKLOAD_KIND_NAMES,
  inputs: UNRESOLVED_WORKLOAD_READS,
  derive: referencesByFile,
  isFact: isReference,
};

export const nadUnused: Rule = {
  id: "nad/unused",
  defaultSeverity: "info",
  description: "No workload in the repository references the NetworkAttachmentDefinition",
  tags: ["multus", "cni"],
  // The workloads are read only through their references, so an edit that leaves every workload's
  // references as they were reuses the findings.
  reads: [...NAD_READS, { facts: REFERENCES as FactSource }],
  check({ workspace, report }) {
    const used = usedNads(workspace);
    for (const object of workspace.objectsOfKind(NAD_GROUP, NAD_KIND)) {
      if (used.has(object)) continue;
      const where = object.namespace ? `"${object.namespace}/${object.name}"` : `"${object.name}"`;
      report({
        file: object.file.path,
        range: workspace.rangeOfObject(object),
        resource: resourceRefOf(object),
        message: `NetworkAttachmentDefinition ${where} is not referenced by any Pod, pod template or KubeVirt VM in the repository: reference it in a "${NETWORKS_ANNOTATION}" annotation, or remove it if nothing outside the repository uses it`,
      });
    }
  },
};

/**
 * Collects the NADs referenced by a pod template, a VM, or a networks annotation written on a
 * workload's own metadata. attachment/misplaced reports the last kind, so counting it here avoids
 * a second finding for the same mistake. The references of each file are facts of that file, so a
 * warm run finds them again only in the files that changed.
 */
function usedNads(workspace: Workspace): Set<K8sObject> {
  const references = factsByFile(workspace, REFERENCES);
  const used = new Set<K8sObject>();
  let byName: Map<string, K8sObject[]> | undefined;
  // Workloads of one app tend to name the same networks, so each reference is resolved once.
  const resolved = new Set<string>();
  for (const list of references.values()) {
    for (const reference of list) {
      if (!("anyNamespace" in reference)) {
        const key = `${reference.namespace === undefined ? "" : `+${reference.namespace}`}\u0000${reference.name}`;
        if (resolved.has(key)) continue;
        resolved.add(key);
        for (const nad of resolveNetworkObjects(workspace, reference.namespace, reference.name)) used.add(nad);
        continue;
      }
      if (!byName) {
        byName = new Map();
        for (const nad of workspace.objectsOfKind(NAD_GROUP, NAD_KIND)) {
          const named = byName.get(nad.name);
          if (named) named.push(nad);
          else byName.set(nad.name, [nad]);
        }
      }
      for (const nad of byName.get(reference.name) ?? []) used.add(nad);
    }
  }
  return used;
}

function referencesByFile(view: Workspace): Map<string, Reference[]> {
  const byFile = new Map<string, Reference[]>();
  for (const workload of unresolvedWorkloads(view)) {
    const file = workload.object.file.path;
    let references = byFile.get(file);
    if (!references) byFile.set(file, (references = []));
    for (const request of workload.requests) references.push(networkName(resolvedIn(workload, request), request.name));
    for (const site of [workload.networks, workload.defaultNetwork]) {
      if (!site?.parsed || site.parsed.errors.length === 0 || site.value === undefined) continue;
      for (const name of namesInBrokenValue(site.value)) references.push({ anyNamespace: true, name });
    }

    const misplaced = [["metadata", "annotations"], ["spec", "jobTemplate", "metadata", "annotations"]];
    if (workload.podTemplatePath.length === 0) continue;
    for (const annotationsPath of misplaced) {
      const annotations = record(path(workload.object.value, annotationsPath));
      for (const key of [NETWORKS_ANNOTATION, DEFAULT_NETWORK_ANNOTATION]) {
        const value = annotations[key];
        if (typeof value !== "string" || Buffer.byteLength(value) > view.config.limits.maxAnnotationBytes) continue;
        for (const selection of parseNetworksAnnotation(value).elements) {
          const namespace = selection.namespace || (key === DEFAULT_NETWORK_ANNOTATION ? view.config.cluster.multusNamespace : workload.namespace);
          references.push(networkName(namespace, selection.name));
        }
      }
    }
  }
  return byFile;
}

function isReference(value: unknown): value is Reference {
  const reference = value as { name?: unknown; anyNamespace?: unknown } | null;
  if (typeof reference === "object" && reference !== null && "anyNamespace" in reference) return reference.anyNamespace === true && typeof reference.name === "string";
  return isNetworkName(value);
}

/**
 * Network names that an annotation which fails to parse probably means, so that attachment/syntax
 * alone reports it: every `"name": "x"` of a JSON value, or every item of the short form.
 */
function namesInBrokenValue(value: string): string[] {
  if (/[[{"]/.test(value)) return [...value.matchAll(/"name"\s*:\s*"([^"]*)"/g)].map((match) => match[1]!);
  return value.split(",").map((item) => item.trim().replace(/^.*\//, "").replace(/@.*$/, "").trim());
}
