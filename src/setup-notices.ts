// Warnings about the set-up of a run rather than the repository: FILE arguments that were not
// linted, and config values that leave the checks nothing to work on. Each would otherwise end in
// a silent "no problems".
import { doublestarMatch } from "./argocd/path-match.js";
import type { Config } from "./config.js";
import type { ReportScope } from "./lint.js";
import type { Workspace } from "./workspace/workspace.js";

/** Returns the warnings for this run. `scope` is set when FILE arguments restrict the report. */
export function setupNotices(workspace: Workspace, config: Config, scope: ReportScope | undefined): string[] {
  const notices = scope ? unlintedArguments(scope, workspace, config) : [];
  notices.push(...unmatchedRootApps(workspace, config));
  if (workspace.tree.excluded.length > 0 && ![...workspace.files.values()].some((file) => file.role !== "other")) {
    notices.push(`exclude in ${config.source ?? ".plumbline.yaml"} leaves out every YAML and JSON file, so nothing was linted; narrow the patterns`);
  }
  return notices;
}

/**
 * Lists the FILE arguments that were not linted, with the reason, as ESLint does for an ignored
 * file it is given. Without a warning, "no problems" would read as a clean file.
 */
function unlintedArguments(scope: ReportScope, workspace: Workspace, config: Config): string[] {
  const givenPaths = [...scope.files, ...scope.folders.filter((folder) => folder !== "").map((folder) => folder.slice(0, -1))];
  return givenPaths.flatMap((path) => {
    const hidden = workspace.tree.excluded.find((excluded) => path === excluded || path.startsWith(`${excluded}/`));
    if (hidden !== undefined) {
      const reason = hidden === path ? "leaves it out" : `leaves out the folder "${hidden}" it is in`;
      return [`"${path}" was not linted: exclude in ${config.source ?? ".plumbline.yaml"} ${reason}; remove the pattern that matches it to lint it`];
    }
    if (scope.files.has(path) && workspace.files.get(path)?.role === "other") {
      return [`"${path}" was not linted: plumbline reads only *.yaml, *.yml and *.json files`];
    }
    const link = workspace.tree.symlinks.find((entry) => !entry.isFileInsideRoot && (path === entry.path || path.startsWith(`${entry.path}/`)));
    if (link !== undefined) {
      const target = link.isDirectory && !link.leavesRoot ? "a folder, which plumbline does not enter (as Argo CD does not)" : "a target that plumbline does not follow";
      return [`"${path}" was not linted: "${link.path}" is a symbolic link to ${target}; pass the real path`];
    }
    if (path.split("/").some((segment) => segment === ".git" || segment === "node_modules")) {
      return [`"${path}" was not linted: plumbline never reads .git and node_modules folders`];
    }
    if (!scope.files.has(path) && !lintsAnythingIn(workspace, path)) {
      return [`"${path}" was not linted: the folder holds no *.yaml, *.yml or *.json file that plumbline reads`];
    }
    return [];
  });
}

/** Returns whether any file below `folder` is read as YAML or JSON. */
function lintsAnythingIn(workspace: Workspace, folder: string): boolean {
  const prefix = `${folder}/`;
  for (const file of workspace.files.values()) if (file.role !== "other" && file.path.startsWith(prefix)) return true;
  return false;
}

/**
 * Names the `argocd.rootApps` globs that match no Application manifest. With roots from the config,
 * such a glob names no root at all, and the checks that start from the roots would pass in silence.
 */
function unmatchedRootApps(workspace: Workspace, config: Config): string[] {
  const manifests = workspace.applications.filter((app) => app.generated === undefined).map((app) => app.object.file.path);
  return config.argocd.rootApps
    .filter((glob) => !manifests.some((file) => doublestarMatch(glob, file)))
    .map((glob) => `argocd.rootApps pattern "${glob}" in ${config.source ?? ".plumbline.yaml"} matches no Application manifest that plumbline reads, so it names no root app; fix the pattern, or check that exclude does not leave the root out`);
}
