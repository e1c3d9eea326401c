import { APPLICATION_GROUP } from "../../argocd/application.js";
import { suggestDirectory } from "../../argocd/render.js";
import { applicationSetModels } from "../../workspace/applications.js";
import { appGraph, usesArgoCD } from "../../argocd/graph.js";
import type { Rule } from "../../types.js";
import { resourceRefOf, type K8sObject, type Workspace } from "../../workspace/workspace.js";

const WORKLOAD_KINDS = new Set(["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob"]);

function isTracked(object: K8sObject): boolean {
  if (object.group === "k8s.cni.cncf.io" && object.kind === "NetworkAttachmentDefinition") return true;
  if ((object.group === "" || object.group === "apps" || object.group === "batch") && WORKLOAD_KINDS.has(object.kind)) return true;
  if (object.group === APPLICATION_GROUP && object.kind === "Rollout") return true;
  return object.group === "kubevirt.io" && (object.kind === "VirtualMachine" || object.kind === "VirtualMachineInstance");
}

export const unmanagedManifest: Rule = {
  id: "argocd/unmanaged-manifest",
  defaultSeverity: "warning",
  description: "A NAD or workload that no Application renders, in a repository that deploys with Argo CD",
  tags: ["argocd"],
  check({ workspace, report }) {
    if (!usesArgoCD(workspace)) return;
    appGraph(workspace);
    const opaque = opaqueFolders(workspace);
    const explained = explainedFiles(workspace);

    for (const object of workspace.objects) {
      if (!isTracked(object)) continue;
      const file = object.file.path;
      if (workspace.deployersOf(file).length > 0 || explained.has(file)) continue;
      if (opaque.some((dir) => dir === "" || file.startsWith(`${dir}/`))) continue;
      report({
        file,
        range: workspace.rangeOfObject(object),
        resource: resourceRefOf(object),
        message: `${object.kind} "${object.name}" is not rendered by any Argo CD Application, so Argo CD never deploys it; add its folder to an Application's path, or remove it if it is unused`,
      });
    }
  },
};

/**
 * Files another finding already explains: those an include, exclude or skip marker drops from an
 * app's folder (`argocd/glob`, `argocd/path-empty`), and those under the folder a missing path
 * most likely meant (`argocd/path-missing`).
 */
function explainedFiles(workspace: Workspace): Set<string> {
  const files = new Set<string>();
  for (const app of workspace.applications) {
    for (const model of app.sources) {
      for (const file of [...(model.render?.directory?.filteredOut ?? []), ...(model.render?.directory?.skipped ?? [])]) files.add(file);
      if (model.resolution && !model.resolution.ok && model.resolution.reason === "missing" && model.resolution.cleaned) {
        const meant = suggestDirectory(model.resolution.cleaned, workspace.tree);
        if (meant) for (const file of workspace.tree.filesUnder(meant.path)) files.add(file);
      }
    }
  }
  return files;
}

/**
 * Folders whose rendering plumbline cannot list: Helm and plugin sources, and the fixed part of a
 * templated ApplicationSet path it could not expand. Objects there may well be deployed.
 */
function opaqueFolders(workspace: Workspace): string[] {
  const folders: string[] = [];
  for (const app of workspace.applications) {
    for (const model of app.sources) {
      if (model.render?.opaque) folders.push(model.render.dir);
      for (const child of model.render?.helmChildPaths ?? []) folders.push(child === "." ? "" : child);
      const path = model.source.path;
      if (model.thisRepo && path?.includes("{{")) folders.push(staticPrefix(path));
    }
  }
  for (const { object, expansion } of applicationSetModels(workspace)) {
    if (expansion.complete) continue;
    const template = (object.value.spec as Record<string, unknown> | undefined)?.template as Record<string, unknown> | undefined;
    const spec = template?.spec as Record<string, unknown> | undefined;
    const sources = [spec?.source, ...(Array.isArray(spec?.sources) ? spec.sources : [])];
    for (const source of sources) {
      const path = (source as Record<string, unknown> | undefined)?.path;
      if (typeof path === "string") folders.push(staticPrefix(path));
    }
  }
  return folders;
}

function staticPrefix(path: string): string {
  const before = path.slice(0, path.indexOf("{{") < 0 ? path.length : path.indexOf("{{"));
  const slash = before.lastIndexOf("/");
  return slash < 0 ? "" : before.slice(0, slash).replace(/^\.\//, "");
}
