// Argo CD's part of the model: which repository URLs mean "this repository", which branches and
// tags the checkout has, and which files each Application (and each Application an ApplicationSet
// generator would create) renders. Reads the root's `.git` folder and the templates of Helm charts
// that Applications render; the rest is pure.
import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { APPLICATION_GROUP, ARGO_KINDS, readApplication, type ApplicationSpec } from "../argocd/application.js";
import { expandApplicationSet, type ApplicationSetExpansion } from "../argocd/appset.js";
import { doublestarMatch } from "../argocd/path-match.js";
import { applicationPathsInTemplate, renderSource, resolveSourcePath } from "../argocd/render.js";
import { normalizeRepoURL } from "../argocd/repo-url.js";
import type { Config } from "../config.js";
import { readTextFileInsideRoot } from "./parse.js";
import type { Kustomization } from "./kustomize.js";
import type { RepoTree } from "./tree.js";
import { baseWorkspace, requireInputs } from "./view.js";
import { SKIP_RENDERING_MARKER, textMentions, type ApplicationModel, type K8sObject, type RepoIdentity, type SourceFile, type Workspace } from "./workspace.js";


/** Upper bound on entries read under `.git/refs`, so a hostile checkout cannot stall the run. */
const MAX_GIT_REF_ENTRIES = 20_000;

export interface IdentityInputs {
  root: string;
  config: Config;
  objects: readonly K8sObject[];
  env: NodeJS.ProcessEnv;
  tree: RepoTree;
  files: ReadonlyMap<string, SourceFile>;
  kustomizations: ReadonlyMap<string, Kustomization>;
}

/**
 * Collects the URLs that mean "this repository". Config `repoURLs`, when set, is the whole list.
 * Otherwise the `origin` remote in `.git/config`, GITHUB_SERVER_URL/GITHUB_REPOSITORY, and the
 * repoURL of the root apps all count. A root app is one listed in `argocd.rootApps`, or one whose
 * path, resolved in this checkout, renders other Application manifests. When none of these is
 * known, the repoURL most Applications share is used.
 */
export function detectRepoIdentity(inputs: IdentityInputs): RepoIdentity {
  const { root, config, objects, env } = inputs;
  const urls = new Map<string, string>();
  const add = (url: string | undefined, origin: string): void => {
    const normalized = url ? normalizeRepoURL(url) : undefined;
    if (normalized && !urls.has(normalized)) urls.set(normalized, origin);
  };
  const gitRefs = readGitRefs(root);

  if (config.repoURLs.length > 0) {
    for (const url of config.repoURLs) add(url, "config repoURLs");
    return { urls, gitRefs };
  }

  add(readGitOrigin(root), "git remote origin");
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) add(`${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`, "GITHUB_REPOSITORY");

  const applications = objects.filter((object) => object.group === APPLICATION_GROUP && object.kind === ARGO_KINDS.application);
  const argoFiles = new Set(
    objects
      .filter((object) => object.group === APPLICATION_GROUP && (object.kind === ARGO_KINDS.application || object.kind === ARGO_KINDS.applicationSet))
      .map((object) => object.file.path),
  );
  for (const app of applications) {
    if (!looksLikeRootApp(app, inputs, argoFiles)) continue;
    for (const source of readApplication(app.value).sources) if (!source.chart) add(source.repoURL, "root app repoURL");
  }
  if (urls.size > 0) return { urls, gitRefs };

  const counts = new Map<string, number>();
  for (const app of applications) {
    for (const source of readApplication(app.value).sources) {
      const normalized = source.repoURL && !source.chart ? normalizeRepoURL(source.repoURL) : undefined;
      if (normalized) counts.set(normalized, (counts.get(normalized) ?? 0) + 1);
    }
  }
  const mostCommon = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (mostCommon) urls.set(mostCommon[0], "most common Application repoURL");
  return { urls, gitRefs };
}

/** `argoFiles` holds every file with an Application or ApplicationSet; the app's own file never counts. */
function looksLikeRootApp(app: K8sObject, inputs: IdentityInputs, argoFiles: ReadonlySet<string>): boolean {
  const rootGlobs = inputs.config.argocd.rootApps;
  if (rootGlobs.length > 0) return rootGlobs.some((glob) => doublestarMatch(glob, app.file.path));

  for (const source of readApplication(app.value).sources) {
    if (source.chart || source.path === undefined) continue;
    const resolution = resolveSourcePath(source.path, inputs.tree);
    if (!resolution.ok) continue;
    const render = renderSource(source, resolution.dir, inputs.tree, inputs.kustomizations, () => false);
    if (render.files.some((file) => file !== app.file.path && argoFiles.has(file))) return true;
  }
  return false;
}

/** Reads the `origin` URL from `.git/config` when `.git` is a folder inside the root; never follows a gitdir file. */
function readGitOrigin(root: string): string | undefined {
  if (!isRealDirectory(join(root, ".git"))) return undefined;
  const read = readTextFileInsideRoot(root, ".git/config", MAX_GIT_FILE_BYTES);
  if (!read.ok) return undefined;
  const text = read.text;
  const section = /\[remote "origin"\]([^[]*)/.exec(text);
  const url = section ? /^\s*url\s*=\s*(.+?)\s*$/m.exec(section[1]!) : null;
  return url?.[1];
}

/**
 * Branch and tag names from `.git/refs/heads`, `.git/refs/remotes/<remote>`, `.git/refs/tags` and
 * `.git/packed-refs`. Remote branches count as branches because CI checkouts often have no local one.
 */
function readGitRefs(root: string): RepoIdentity["gitRefs"] {
  const gitDir = join(root, ".git");
  if (!isRealDirectory(gitDir)) return undefined;

  const branches = new Set<string>();
  const tags = new Set<string>();
  let budget = MAX_GIT_REF_ENTRIES;

  const walk = (dir: string, prefix: string, found: (name: string) => void): void => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (--budget < 0) return;
      const name = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) walk(join(dir, entry.name), name, found);
      else if (entry.isFile()) found(name);
    }
  };

  walk(join(gitDir, "refs", "heads"), "", (name) => branches.add(name));
  walk(join(gitDir, "refs", "tags"), "", (name) => tags.add(name));
  walk(join(gitDir, "refs", "remotes"), "", (name) => {
    const branch = name.slice(name.indexOf("/") + 1);
    if (name.includes("/") && branch !== "HEAD") branches.add(branch);
  });

  const packedRead = readTextFileInsideRoot(root, ".git/packed-refs", MAX_GIT_FILE_BYTES);
  const packed = packedRead.ok ? packedRead.text : "";
  for (const line of packed.split("\n")) {
    const ref = /^[0-9a-f]{40,64} refs\/(heads|tags|remotes)\/(.+)$/.exec(line.trim());
    if (!ref) continue;
    if (ref[1] === "heads") branches.add(ref[2]!);
    else if (ref[1] === "tags") tags.add(ref[2]!);
    else if (ref[2]!.includes("/") && !ref[2]!.endsWith("/HEAD")) branches.add(ref[2]!.slice(ref[2]!.indexOf("/") + 1));
  }

  if (branches.size === 0 && tags.size === 0) return undefined;
  return { branches, tags };
}

function isRealDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

export interface ApplicationSetModel {
  object: K8sObject;
  expansion: ApplicationSetExpansion;
}

const applicationSetsByWorkspace = new WeakMap<Workspace, ApplicationSetModel[]>();

/** Returns the workspace's ApplicationSets with their generators evaluated against the working tree. */
export function applicationSetModels(workspace: Workspace): readonly ApplicationSetModel[] {
  requireInputs(workspace, "applicationSetModels", ["applications"]);
  return applicationSetsByWorkspace.get(baseWorkspace(workspace)) ?? [];
}

/**
 * Models every Application manifest, then every Application the ApplicationSets' git and list
 * generators would create, with the files each renders from this repository.
 */
export function modelApplications(workspace: Workspace, objects: readonly K8sObject[]): ApplicationModel[] {
  const applications: ApplicationModel[] = [];
  const applicationSets: ApplicationSetModel[] = [];

  for (const object of objects) {
    if (object.group !== APPLICATION_GROUP || object.kind !== ARGO_KINDS.application) continue;
    applications.push(modelApplication(workspace, object, readApplication(object.value), []));
  }

  for (const object of objects) {
    if (object.group !== APPLICATION_GROUP || object.kind !== ARGO_KINDS.applicationSet) continue;
    const expansion = expandApplicationSet(object.value, {
      tree: workspace.tree,
      readData: (file) => readData(workspace, file),
      isThisRepo: (url) => isThisRepo(workspace, url),
    });
    applicationSets.push({ object, expansion });

    for (const generated of expansion.applications) {
      const prefix = ["spec", "template"];
      const spec = readApplication(generated.value, prefix);
      spec.namespace = object.declaredNamespace;
      const model = modelApplication(workspace, object, spec, prefix);
      model.generated = { generatorIndex: generated.generatorIndex, params: generated.params, unresolved: generated.unresolved };
      applications.push(model);
    }
  }

  applicationSetsByWorkspace.set(workspace, applicationSets);
  return applications;
}

function modelApplication(workspace: Workspace, object: K8sObject, spec: ApplicationSpec, yamlPrefix: (string | number)[]): ApplicationModel {
  const hasSkipMarker = (path: string): boolean => {
    const file = workspace.files.get(path);
    return file !== undefined && textMentions(file, SKIP_RENDERING_MARKER);
  };
  const model: ApplicationModel = { object, spec, sources: [], renderedFiles: [], yamlPrefix };
  // An app of apps can render thousands of files, and a set keeps the deduplication linear.
  const rendered = new Set<string>();

  for (const source of spec.sources) {
    const thisRepo = !source.chart && isThisRepo(workspace, source.repoURL);
    if (!thisRepo || source.path === undefined || source.path.includes("{{")) {
      model.sources.push({ source, thisRepo });
      continue;
    }

    const resolution = resolveSourcePath(source.path, workspace.tree);
    if (!resolution.ok) {
      model.sources.push({ source, thisRepo, resolution });
      continue;
    }
    const render = renderSource(source, resolution.dir, workspace.tree, workspace.kustomizations, hasSkipMarker);
    if (render.tool === "helm") render.helmChildPaths = helmChildPaths(workspace, resolution.dir);
    model.sources.push({ source, thisRepo, resolution, render });
    for (const file of render.files) {
      if (rendered.has(file)) continue;
      rendered.add(file);
      model.renderedFiles.push(file);
    }
  }
  return model;
}

/** Largest `.git/config` or `packed-refs` read; git's own files are far smaller. */
const MAX_GIT_FILE_BYTES = 16 * 1024 * 1024;

/** Largest Helm template read when looking for child Applications. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** Folders that the Application templates of a Helm chart point at, when they name existing folders. */
function helmChildPaths(workspace: Workspace, chartDir: string): string[] {
  const templates = chartDir === "" ? "templates" : `${chartDir}/templates`;
  const paths: string[] = [];
  for (const file of workspace.tree.filesUnder(templates)) {
    if (!/\.(ya?ml|tpl)$/.test(file)) continue;
    const read = readTextFileInsideRoot(workspace.root, file, MAX_TEMPLATE_BYTES);
    if (!read.ok) continue;
    const text = read.text;
    for (const path of applicationPathsInTemplate(text)) if (workspace.tree.hasDir(path === "." ? "" : path) && !paths.includes(path)) paths.push(path);
  }
  return paths;
}

/** True when the URL names the linted repository after normalisation. */
export function isThisRepo(workspace: Workspace, url: string | undefined): boolean {
  const normalized = url ? normalizeRepoURL(url) : undefined;
  return normalized !== undefined && workspace.repoIdentity.urls.has(normalized);
}

function readData(workspace: Workspace, file: string): unknown[] | undefined {
  const source = workspace.files.get(file);
  if (!source || source.documents.length === 0) return undefined;
  const values: unknown[] = [];
  for (const document of source.documents) {
    const value = document.contents === null ? undefined : document.value;
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

