import { posix } from "node:path";
import type { Rule } from "../../types.js";
import type { ApplicationModel, Workspace } from "../../workspace/workspace.js";
import { joinInsideRoot } from "../../workspace/tree.js";
import { appRange, appResource, describeApp, sourceLabel, sourceRange } from "./shared.js";

// Argo CD accepts only these characters in `ref` (util/argo/argo.go `GetRefSources`).
const REF_NAME = /^[a-zA-Z0-9_-]+$/;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const GLOB_CHARS = /[*?[]/;

export const sourceRule: Rule = {
  id: "argocd/source",
  defaultSeverity: "error",
  description: "An Application source Argo CD rejects or misreads: no path and no chart, a chart without targetRevision, path with chart, a bad or duplicate ref, a missing Helm value file",
  tags: ["argocd"],
  check({ workspace, report }) {
    const seen = new Set<string>();
    for (const app of workspace.applications) {
      const emit = (range: ReturnType<typeof appRange>, message: string, severity?: "warning"): void => {
        const key = `${app.object.file.path}:${range.line}:${range.column}:${message}`;
        if (seen.has(key)) return;
        seen.add(key);
        report({ file: app.object.file.path, range, resource: appResource(app), message: `${describeApp(app)} ${message}`, severity });
      };
      checkApplication(app, workspace, emit);
    }
  },
};

type Emit = (range: ReturnType<typeof appRange>, message: string, severity?: "warning") => void;

function checkApplication(app: ApplicationModel, workspace: Workspace, emit: Emit): void {
  const spec = app.spec;
  if (spec.sourceAndSources) emit(appRange(workspace, app, ["spec", "source"], "key"), `sets both spec.source and spec.sources, and Argo CD ignores spec.source; remove one`, "warning");
  if (spec.sources.length === 0) {
    emit(appRange(workspace, app, ["spec"], "key"), `has neither spec.source nor spec.sources, so Argo CD has nothing to render; add a source with repoURL and path`);
    return;
  }

  const multi = spec.sources.some((source) => source.index !== undefined);
  const refs = new Map<string, (typeof spec.sources)[number]>();

  for (const source of spec.sources) {
    const label = sourceLabel(source);
    if (!source.repoURL) emit(sourceRange(workspace, app, source, "repoURL"), `${label} has no repoURL, which Argo CD requires; add the repository URL`);

    const hasPath = source.path !== undefined && source.path !== "";
    if (!hasPath && !source.chart && !(multi && source.hasRef)) {
      emit(sourceRange(workspace, app, source, [], "key"), `${label} has neither path nor chart, which Argo CD rejects ("spec.source.repoURL and either spec.source.path or spec.source.chart are required"); add the path of the manifests`);
    }
    if (source.chart && !source.targetRevision) {
      emit(sourceRange(workspace, app, source, "chart"), `${label} installs chart "${source.chart}" without targetRevision, which Argo CD requires for Helm charts; set the chart version`);
    }
    if (source.chart && hasPath) {
      emit(sourceRange(workspace, app, source, "path"), `${label} sets both chart and path; Argo CD ignores path for a chart from a Helm repository, so remove it`, "warning");
    }
    if (source.hasRef) {
      if (!source.ref || !REF_NAME.test(source.ref)) {
        emit(sourceRange(workspace, app, source, "ref"), `${label} ref "${source.ref ?? ""}" may only contain letters, digits, "_" and "-", which Argo CD enforces; rename it`);
      } else if (refs.has(source.ref)) {
        emit(sourceRange(workspace, app, source, "ref"), `${label} ref "${source.ref}" is used by another source too, and Argo CD rejects duplicate refs; rename one`);
      } else {
        refs.set(source.ref, source);
      }
      if (source.chart) emit(sourceRange(workspace, app, source, "chart"), `${label} sets both ref and chart, which Argo CD rejects; a ref source points at a git repository`);
    }
  }

  for (const model of app.sources) {
    const { source } = model;
    const valueFiles = source.helm?.valueFiles ?? [];
    valueFiles.forEach((entry, index) => {
      if (source.helm?.ignoreMissingValueFiles || URL_SCHEME.test(entry) || GLOB_CHARS.test(entry) || entry.includes("{{")) return;
      const range = sourceRange(workspace, app, source, ["helm", "valueFiles", index]);
      const label = sourceLabel(source);

      if (entry.startsWith("$")) {
        const name = entry.slice(1).split("/")[0]!;
        const refSource = refs.get(name);
        if (!refSource) {
          emit(range, `${label} value file "${entry}" names ref "$${name}", but no source has ref: ${name}; add the ref source or fix the name`);
          return;
        }
        const refModel = app.sources.find((candidate) => candidate.source === refSource);
        if (!refModel?.thisRepo) return;
        const rest = entry.slice(name.length + 2);
        const target = joinInsideRoot("", rest);
        if (target === undefined) {
          emit(range, `${label} value file "${entry}" leaves the root of the ref repository, which Argo CD blocks; remove the ".."`);
          return;
        }
        if (workspace.tree.hasFile(target)) return;
        const refPath = refSource.path ? joinInsideRoot("", posix.join(refSource.path, rest)) : undefined;
        const hint = refPath && workspace.tree.hasFile(refPath) ? `; "$${name}/" always means the repository root, not the ref source's path, so write "$${name}/${refPath}"` : "; fix the path";
        emit(range, `${label} value file "${entry}" does not exist: "${target}" is missing in this repository${hint}`);
        return;
      }

      if (!model.thisRepo || !model.resolution?.ok || source.chart) return;
      const target = entry.startsWith("/") ? joinInsideRoot("", entry.slice(1)) : joinInsideRoot(model.resolution.dir, entry);
      if (target === undefined) {
        emit(range, `${label} value file "${entry}" leaves the repository root, which Argo CD rejects; point it at a file inside the repository`);
        return;
      }
      if (!workspace.tree.hasFile(target)) {
        emit(range, `${label} value file "${entry}" does not exist ("${target}" is missing), so Helm fails; fix the path or set helm.ignoreMissingValueFiles: true`);
      }
    });
  }
}
