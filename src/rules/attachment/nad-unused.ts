import { nadModels } from "../../cni/nad-model.js";
import { NETWORKS_ANNOTATION, DEFAULT_NETWORK_ANNOTATION, parseNetworksAnnotation } from "../../multus/annotation.js";
import { path, record, resolveNetwork, WORKLOAD_READS, workloads } from "../../multus/workloads.js";
import type { Rule } from "../../types.js";
import { resourceRefOf, type K8sObject, type Workspace } from "../../workspace/workspace.js";

export const nadUnused: Rule = {
  id: "nad/unused",
  defaultSeverity: "info",
  description: "No workload in the repository references the NetworkAttachmentDefinition",
  tags: ["multus", "cni"],
  reads: WORKLOAD_READS,
  check({ workspace, report }) {
    const used = usedNads(workspace);
    for (const nad of nadModels(workspace)) {
      if (used.has(nad.object)) continue;
      const where = nad.object.namespace ? `"${nad.object.namespace}/${nad.object.name}"` : `"${nad.object.name}"`;
      report({
        file: nad.object.file.path,
        range: workspace.rangeOfObject(nad.object),
        resource: resourceRefOf(nad.object),
        message: `NetworkAttachmentDefinition ${where} is not referenced by any Pod, pod template or KubeVirt VM in the repository: reference it in a "${NETWORKS_ANNOTATION}" annotation, or remove it if nothing outside the repository uses it`,
      });
    }
  },
};

/**
 * Collects the NADs referenced by a pod template, a VM, or a networks annotation written on a
 * workload's own metadata. attachment/misplaced reports the last kind, so counting it here avoids
 * a second finding for the same mistake.
 */
function usedNads(workspace: Workspace): Set<K8sObject> {
  const used = new Set<K8sObject>();
  for (const workload of workloads(workspace)) {
    for (const request of workload.requests) for (const nad of request.nads) used.add(nad.object);
    for (const site of [workload.networks, workload.defaultNetwork]) {
      if (!site?.parsed || site.parsed.errors.length === 0 || site.value === undefined) continue;
      for (const name of namesInBrokenValue(site.value)) {
        for (const nad of nadModels(workspace)) if (nad.object.name === name) used.add(nad.object);
      }
    }

    const misplaced = [["metadata", "annotations"], ["spec", "jobTemplate", "metadata", "annotations"]];
    if (workload.podTemplatePath.length === 0) continue;
    for (const annotationsPath of misplaced) {
      const annotations = record(path(workload.object.value, annotationsPath));
      for (const key of [NETWORKS_ANNOTATION, DEFAULT_NETWORK_ANNOTATION]) {
        const value = annotations[key];
        if (typeof value !== "string" || Buffer.byteLength(value) > workspace.config.limits.maxAnnotationBytes) continue;
        for (const selection of parseNetworksAnnotation(value).elements) {
          const namespace = selection.namespace || (key === DEFAULT_NETWORK_ANNOTATION ? workspace.config.cluster.multusNamespace : workload.namespace);
          for (const nad of resolveNetwork(workspace, namespace, selection.name)) used.add(nad.object);
        }
      }
    }
  }
  return used;
}

/**
 * Network names that an annotation which fails to parse probably means, so that attachment/syntax
 * alone reports it: every `"name": "x"` of a JSON value, or every item of the short form.
 */
function namesInBrokenValue(value: string): string[] {
  if (/[[{"]/.test(value)) return [...value.matchAll(/"name"\s*:\s*"([^"]*)"/g)].map((match) => match[1]!);
  return value.split(",").map((item) => item.trim().replace(/^.*\//, "").replace(/@.*$/, "").trim());
}
