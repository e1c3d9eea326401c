// Changed-files mode: which findings a pull request run reports. The model is always the whole
// repository; this only decides which files' findings are shown. A file is in scope when the pull
// request changes it or when a changed file changes what it means.
import { NAD_GROUP, NAD_KIND } from "../cni/nad-model.js";
import { attachments } from "../report/attachments.js";
import type { Finding } from "../types.js";
import type { Workspace } from "../workspace/workspace.js";

export interface ChangeSet {
  /** Changed files that exist after the change, relative to the lint root. */
  files: ReadonlySet<string>;
  /** The pull request deletes or renames a YAML or JSON file, so references elsewhere may now dangle. */
  removesFiles: boolean;
}

/**
 * Rules whose findings report a reference to something that may have been deleted or renamed
 * elsewhere. When a pull request removes files, these findings are reported in every file, because
 * the file that now holds the dangling reference did not change.
 */
export const DANGLING_REFERENCE_RULES: ReadonlySet<string> = new Set([
  "attachment/unknown-network",
  "attachment/default-network",
  "argocd/path-missing",
  "argocd/path-empty",
  "argocd/orphan-app",
  "argocd/project",
]);

/**
 * Expands the changed files by meaning:
 * - a changed NetworkAttachmentDefinition brings in the workloads that reference it;
 * - a changed Application brings in every file it renders;
 * - a changed kustomization brings in the files it lists (it may set their namespace).
 */
export function scopeFiles(workspace: Workspace, change: ChangeSet): Set<string> {
  const scope = new Set(change.files);

  const changedNads = new Set(workspace.objectsOfKind(NAD_GROUP, NAD_KIND).filter((nad) => change.files.has(nad.file.path)));
  if (changedNads.size > 0) {
    for (const { workload, references } of attachments(workspace)) {
      if (references.some((reference) => reference.nads.some((nad) => changedNads.has(nad.object)))) scope.add(workload.file.path);
    }
  }

  for (const application of workspace.applications) {
    if (change.files.has(application.object.file.path)) for (const file of application.renderedFiles) scope.add(file);
  }

  for (const kustomization of workspace.kustomizations.values()) {
    if (!change.files.has(kustomization.file)) continue;
    for (const file of kustomization.resourceFiles) scope.add(file);
    for (const dir of kustomization.resourceDirs) for (const file of workspace.tree.filesUnder(dir)) scope.add(file);
  }
  return scope;
}

/** Builds the `reportFilter` for lint(), which computes the scope once, on the first finding. */
export function scopeFilter(change: ChangeSet): (finding: Finding, workspace: Workspace) => boolean {
  let scope: Set<string> | undefined;
  return (finding, workspace) => {
    scope ??= scopeFiles(workspace, change);
    if (scope.has(finding.file)) return true;
    return change.removesFiles && DANGLING_REFERENCE_RULES.has(finding.ruleId);
  };
}
