import { isMap, isScalar, mapGet } from "../../workspace/yaml-model.js";
import type { Range, Rule } from "../../types.js";
import type { SourceFile, Workspace } from "../../workspace/workspace.js";
import { describeApp } from "./shared.js";

const FILE_START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

// Argo CD raises a decode error for a YAML file only when its text contains all three of these
// (reposerver/repository/repository.go). It skips other unparsable YAML silently.
const MANIFEST_MARKERS = ["apiVersion:", "kind:", "metadata:"];

export const nonManifestFile: Rule = {
  id: "argocd/non-manifest-file",
  defaultSeverity: "error",
  description: "A Directory Application picks up a file Argo CD fails on or applies by mistake: non-object JSON, broken manifest YAML, a kustomization, a patch, Helm files",
  tags: ["argocd"],
  check({ workspace, report }) {
    const reported = new Set<string>();
    for (const app of workspace.applications) {
      for (const { render } of app.sources) {
        if (!render || render.tool !== "directory") continue;
        for (const path of render.files) {
          if (reported.has(path)) continue;
          const file = workspace.files.get(path);
          const problem = file ? describeProblem(file, workspace) : undefined;
          if (!file || !problem) continue;
          reported.add(path);
          report({ file: path, range: problem.range, message: `${describeApp(app)} (a Directory app) reads this file: ${problem.message}` });
        }
      }
    }
  },
};

function describeProblem(file: SourceFile, workspace: Workspace): { message: string; range: Range } | undefined {
  if (file.path.endsWith(".jsonnet")) return undefined;

  if (file.role === "helm-chart") {
    if (!/(^|\/)templates\//.test(file.path)) return undefined;
    return { range: FILE_START, message: "it is a Helm template, which Argo CD applies as it is without running Helm; render the chart with a Helm source instead of a directory" };
  }
  if (file.role === "kustomization") {
    return { range: kindRange(file, workspace), message: "it is a kustomization, which a Directory app applies as an object of kind Kustomization that the cluster does not know, so the sync fails; exclude it, or point an Application at its folder so Kustomize runs" };
  }
  if (file.role === "kustomize-patch") {
    return { range: FILE_START, message: "it is a kustomize patch, a partial object Argo CD would apply as a whole one; exclude it from the Directory app" };
  }
  if (file.role === "json") return describeJson(file, workspace);

  const syntax = file.problems.find((problem) => problem.kind === "syntax");
  // Only a file that fails to parse, or a values or generator file, needs its text, so a warm cache
  // leaves the others unread.
  const looksLikeManifest = () => MANIFEST_MARKERS.every((marker) => file.text?.includes(marker) ?? false);
  if (syntax && looksLikeManifest()) {
    return { range: syntax.range, message: `it looks like a manifest but does not parse, so the whole app fails to render ("Failed to unmarshal"): ${syntax.message}` };
  }
  if ((file.role === "helm-values" || file.role === "data") && looksLikeManifest() && !hasKind(file)) {
    return { range: FILE_START, message: "it is a Helm values or generator input file that mentions apiVersion, kind and metadata, so Argo CD tries to decode it as a manifest and fails; exclude it from the Directory app" };
  }
  return undefined;
}

function describeJson(file: SourceFile, workspace: Workspace): { message: string; range: Range } | undefined {
  const documents = file.documents;
  const problem = file.problems.find((entry) => entry.kind === "syntax");
  if (problem || documents.length !== 1) {
    return { range: problem?.range ?? FILE_START, message: "it is not valid JSON holding exactly one object, so the whole app fails to render; exclude it or fix it" };
  }
  const contents = documents[0]!.contents;
  if (!isMap(contents)) {
    return { range: workspace.rangeOfNode(file, contents ?? undefined), message: "it contains JSON that is not an object, so the whole app fails to render; exclude it with directory.exclude" };
  }
  const apiVersion = scalarValue(mapGet(contents, "apiVersion"));
  const kind = scalarValue(mapGet(contents, "kind"));
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    return { range: FILE_START, message: "it contains JSON that is not a Kubernetes object (no apiVersion and kind), so the whole app fails to render; exclude it with directory.exclude or move it out of the app folder" };
  }
  return undefined;
}

function hasKind(file: SourceFile): boolean {
  return file.documents.some((document) => isMap(document.contents) && isScalar(mapGet(document.contents, "kind")));
}

function kindRange(file: SourceFile, workspace: Workspace): Range {
  const contents = file.documents[0]?.contents;
  if (!isMap(contents)) return FILE_START;
  const kind = mapGet(contents, "kind");
  return kind ? workspace.rangeOfNode(file, kind) : FILE_START;
}

function scalarValue(node: ReturnType<typeof mapGet>): unknown {
  return isScalar(node) ? node.value : undefined;
}
