// Argo CD's part of the model: which repository URLs mean "this repository", and which files each
// Application renders. Reads only `.git/config` inside the root; the rest is pure.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { APPLICATION_GROUP, readApplication } from "../argocd/application.js";
import { compileArgoGlob, matchArgoGlob } from "../argocd/glob.js";
import { renderSource, resolveSourcePath } from "../argocd/render.js";
import { normalizeRepoURL } from "../argocd/repo-url.js";
import type { Config } from "../config.js";
import type { ApplicationModel, K8sObject, RepoIdentity, Workspace } from "./workspace.js";

const SKIP_RENDERING_MARKER = "+argocd:skip-file-rendering";

/**
 * Collects the URLs that mean "this repository": config `repoURLs`, the `origin` remote in
 * `.git/config`, and GITHUB_SERVER_URL/GITHUB_REPOSITORY. When none is known, the repoURL of the
 * configured root apps is used, then the repoURL most Applications share.
 */
export function detectRepoIdentity(root: string, config: Config, objects: readonly K8sObject[], env: NodeJS.ProcessEnv): RepoIdentity {
  const urls = new Map<string, string>();
  const add = (url: string | undefined, origin: string): void => {
    const normalized = url ? normalizeRepoURL(url) : undefined;
    if (normalized && !urls.has(normalized)) urls.set(normalized, origin);
  };

  for (const url of config.repoURLs) add(url, "config repoURLs");
  add(readGitOrigin(root), "git remote origin");
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) add(`${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`, "GITHUB_REPOSITORY");
  if (urls.size > 0) return { urls };

  const applications = objects.filter((object) => object.group === APPLICATION_GROUP && object.kind === "Application");
  const rootApps = applications.filter((app) => config.argocd.rootApps.some((glob) => compileArgoGlob(glob).ok && matchArgoGlob(glob, app.file.path)));
  for (const app of rootApps) for (const source of readApplication(app.value).sources) if (!source.chart) add(source.repoURL, "root app repoURL");
  if (urls.size > 0) return { urls };

  const counts = new Map<string, number>();
  for (const app of applications) {
    for (const source of readApplication(app.value).sources) {
      const normalized = source.repoURL && !source.chart ? normalizeRepoURL(source.repoURL) : undefined;
      if (normalized) counts.set(normalized, (counts.get(normalized) ?? 0) + 1);
    }
  }
  const mostCommon = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (mostCommon) urls.set(mostCommon[0], "most common Application repoURL");
  return { urls };
}

/** Reads the `origin` URL from `.git/config` when `.git` is a folder inside the root; never follows a gitdir file. */
function readGitOrigin(root: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(join(root, ".git", "config"), "utf8");
  } catch {
    return undefined;
  }
  const section = /\[remote "origin"\]([^[]*)/.exec(text);
  const url = section ? /^\s*url\s*=\s*(.+?)\s*$/m.exec(section[1]!) : null;
  return url?.[1];
}

export function modelApplications(workspace: Workspace, objects: readonly K8sObject[]): ApplicationModel[] {
  const hasSkipMarker = (path: string): boolean => workspace.files.get(path)?.text?.includes(SKIP_RENDERING_MARKER) ?? false;
  const applications: ApplicationModel[] = [];

  for (const object of objects) {
    if (object.group !== APPLICATION_GROUP || object.kind !== "Application") continue;
    const spec = readApplication(object.value);
    const model: ApplicationModel = { object, spec, sources: [], renderedFiles: [] };

    for (const source of spec.sources) {
      const normalized = source.repoURL ? normalizeRepoURL(source.repoURL) : undefined;
      const thisRepo = !source.chart && normalized !== undefined && workspace.repoIdentity.urls.has(normalized);
      if (!thisRepo || source.path === undefined) {
        model.sources.push({ source, thisRepo });
        continue;
      }

      const resolution = resolveSourcePath(source.path, workspace.tree);
      if (!resolution.ok) {
        model.sources.push({ source, thisRepo, resolution });
        continue;
      }
      const render = renderSource(source, resolution.dir, workspace.tree, workspace.kustomizations, hasSkipMarker);
      model.sources.push({ source, thisRepo, resolution, render });
      for (const file of render.files) if (!model.renderedFiles.includes(file)) model.renderedFiles.push(file);
    }
    applications.push(model);
  }
  return applications;
}

