// The files Argo CD's repo-server renders for one Application source, computed from the working tree.
// Sources: argo-cd util/app/path/path.go (path resolution), reposerver/repository/repository.go
// (tool detection, findManifests), docs/user-guide/tool_detection.md and directory.md.
import { posix } from "node:path";
import { editDistance } from "../config.js";
import { buildKustomization, type Kustomization } from "../workspace/kustomize.js";
import type { RepoTree } from "../workspace/tree.js";
import { matchArgoGlob } from "./glob.js";
import type { ApplicationSource } from "./application.js";

export type PathResolution =
  | { ok: true; dir: string }
  | { ok: false; reason: "absolute" | "outside-root" | "missing" | "not-directory"; cleaned?: string };

/**
 * Resolves `source.path` as argo-cd's path.Path does: an absolute path is rejected, the path is
 * cleaned (`./a/`, `a//b/..` are fine), must stay inside the root, exist, and be a folder. Names are
 * case-sensitive because the repo-server runs on Linux.
 */
export function resolveSourcePath(path: string, tree: RepoTree): PathResolution {
  if (path.startsWith("/")) return { ok: false, reason: "absolute", cleaned: cleanPath(path.replace(/^\/+/, "")) };

  const cleaned = cleanPath(path);
  if (cleaned === ".." || cleaned.startsWith("../")) return { ok: false, reason: "outside-root", cleaned };

  const dir = cleaned === "." ? "" : cleaned;
  if (tree.hasDir(dir)) return { ok: true, dir };
  if (tree.hasFile(dir)) return { ok: false, reason: "not-directory", cleaned: dir };
  return { ok: false, reason: "missing", cleaned: dir };
}

/** Go's `filepath.Clean` for a relative path: `.` for an empty result, no trailing `/`. */
export function cleanPath(path: string): string {
  if (path === "") return ".";
  // Most paths are clean already, and a warm run cleans every Application's.
  if (isClean(path)) return path;
  const normalized = posix.normalize(path).replace(/\/+$/, "");
  return normalized === "" ? "." : normalized;
}

const SLASH = 0x2f;
const DOT = 0x2e;

/** True when `path` has no empty, `.` or `..` segment, which `cleanPath` would remove. */
function isClean(path: string): boolean {
  let start = 0;
  for (let index = 0; index <= path.length; index++) {
    if (index < path.length && path.charCodeAt(index) !== SLASH) continue;
    const length = index - start;
    if (length === 0) return false;
    if (path.charCodeAt(start) === DOT && (length === 1 || (length === 2 && path.charCodeAt(start + 1) === DOT))) return false;
    start = index + 1;
  }
  return true;
}

export interface PathSuggestion {
  path: string;
  /** The suggestion differs from the wanted path only in letter case. */
  caseMismatch: boolean;
}

/**
 * Finds the existing folder the author most likely meant: one that differs only in case, one that
 * ends with the requested path or with its last segments, or one within a few edits.
 */
export function suggestDirectory(wanted: string, tree: RepoTree): PathSuggestion | undefined {
  if (wanted === "") return undefined;
  const dirs = tree.dirs.filter((dir) => dir !== "" && !dir.split("/").some((segment) => segment === ".git"));
  const lower = wanted.toLowerCase();

  const sameLetters = dirs.find((dir) => dir.toLowerCase() === lower);
  if (sameLetters) return { path: sameLetters, caseMismatch: true };

  const wantedSegments = wanted.split("/");
  for (let drop = 1; drop < wantedSegments.length; drop++) {
    const tail = wantedSegments.slice(drop).join("/");
    const found = dirs.find((dir) => dir === tail || dir.endsWith(`/${tail}`));
    if (found && tail.includes("/")) return { path: found, caseMismatch: false };
  }
  const endsWith = dirs.filter((dir) => dir.endsWith(`/${wanted}`));
  if (endsWith.length === 1) return { path: endsWith[0]!, caseMismatch: false };

  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(wanted.length / 4)) + 1;
  for (const dir of dirs) {
    if (Math.abs(dir.length - wanted.length) >= bestDistance) continue;
    const distance = editDistance(wanted, dir);
    if (distance < bestDistance) {
      best = dir;
      bestDistance = distance;
    }
  }
  if (best) return { path: best, caseMismatch: false };

  const lastSegment = wantedSegments.at(-1)!;
  const sameName = dirs.filter((dir) => posix.basename(dir) === lastSegment);
  return sameName.length === 1 ? { path: sameName[0]!, caseMismatch: false } : undefined;
}

export type SourceTool = "directory" | "kustomize" | "helm" | "plugin";

/** Kustomization file names Argo CD detects; `Kustomization.yaml` is not one of them. */
const KUSTOMIZE_MARKERS = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

/**
 * Detects the tool as Argo CD does. One explicit block wins. Otherwise only files directly in the
 * folder count: a name ending in `Chart.yaml` means Helm, a kustomization means Kustomize, and
 * Kustomize wins when both are present. Argo CD rejects a source with several explicit blocks, but
 * this returns the first so that rendering can go on.
 */
export function detectTool(source: ApplicationSource, dir: string, tree: RepoTree): SourceTool {
  if (source.toolBlocks.length >= 1) return source.toolBlocks[0] as SourceTool;
  return detectToolFromFiles(dir, tree);
}

// The tool of each folder, per tree, because modelling the Applications and two rules each look up every app's folder.
const detectedTools = new WeakMap<RepoTree, Map<string, SourceTool>>();

/** Detects the tool Argo CD would pick from the folder's files alone. */
export function detectToolFromFiles(dir: string, tree: RepoTree): SourceTool {
  let tools = detectedTools.get(tree);
  if (!tools) detectedTools.set(tree, (tools = new Map()));
  let tool = tools.get(dir);
  if (tool === undefined) {
    const names = tree.list(dir).files.map((file) => file.slice(file.lastIndexOf("/") + 1));
    if (names.some((name) => KUSTOMIZE_MARKERS.includes(name))) tool = "kustomize";
    else if (names.some((name) => name.endsWith("Chart.yaml"))) tool = "helm";
    else tool = "directory";
    tools.set(dir, tool);
  }
  return tool;
}

const MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json", ".jsonnet"];

/** True when Argo CD's extension filter accepts the file name (case-sensitive). */
export function hasManifestExtension(file: string): boolean {
  // The path ends with the same characters as its last segment, so testing the whole path spares a
  // basename per file.
  return MANIFEST_EXTENSIONS.some((extension) => file.endsWith(extension));
}

export interface DirectoryRender {
  /** Files the Directory app reads, root-relative, in walk order. */
  files: string[];
  /** Candidates the extension filter accepted but include/exclude dropped. */
  filteredOut: string[];
  /** Files skipped because they contain `+argocd:skip-file-rendering`. */
  skipped: string[];
  /** Without `recurse`, and only when nothing renders: files in subfolders that `recurse: true` would add. */
  inSubfolders: string[];
}

/**
 * Lists the files a Directory app reads. The extension filter runs first, then exclude, then
 * include, matched against the path relative to the app folder. `recurse` walks every subfolder,
 * hidden ones included. `hasSkipMarker` reports files containing `+argocd:skip-file-rendering`.
 */
export function renderDirectory(
  dir: string,
  options: { recurse: boolean; include?: string; exclude?: string },
  tree: RepoTree,
  hasSkipMarker: (file: string) => boolean,
): DirectoryRender {
  const result: DirectoryRender = { files: [], filteredOut: [], skipped: [], inSubfolders: [] };
  const direct = tree.list(dir).files;
  const candidates = options.recurse ? tree.filesUnder(dir) : direct;
  const passes = (file: string): boolean => {
    const relativePath = dir === "" ? file : file.slice(dir.length + 1);
    const excluded = options.exclude !== undefined && matchArgoGlob(options.exclude, relativePath);
    return !excluded && (options.include === undefined || matchArgoGlob(options.include, relativePath));
  };

  for (const file of candidates) {
    if (!hasManifestExtension(file)) continue;
    if (!passes(file)) {
      result.filteredOut.push(file);
      continue;
    }
    if (hasSkipMarker(file)) {
      result.skipped.push(file);
      continue;
    }
    result.files.push(file);
  }

  // Only an app that renders nothing needs to know what `recurse: true` would add.
  if (!options.recurse && result.files.length === 0) {
    const directSet = new Set(direct);
    for (const file of tree.filesUnder(dir)) {
      if (!directSet.has(file) && hasManifestExtension(file) && passes(file) && !hasSkipMarker(file)) result.inSubfolders.push(file);
    }
  }
  return result;
}

export interface SourceRender {
  tool: SourceTool;
  dir: string;
  files: string[];
  /** Helm and plugin sources: what they render cannot be listed offline. */
  opaque: boolean;
  directory?: DirectoryRender;
  /** Namespace set by a kustomization for a rendered file. */
  namespaces: Map<string, string>;
  /** Kustomization files the build reads. */
  kustomizations: string[];
  /** Folders a kustomization includes from within itself. */
  cycles: string[];
  /** Kustomize resources that are URLs or leave the root, which plumbline cannot follow. */
  remote: string[];
  /**
   * For a Helm chart of Applications (app of apps through Helm): the literal `path` values of the
   * Application templates, cleaned and root-relative, so the folders they deploy count as managed.
   */
  helmChildPaths?: string[];
}

/**
 * Extracts the literal `path:` values of the Application documents in a Helm template's text.
 * Values with template expressions are skipped. The result is a best effort, because the template
 * is not rendered.
 */
export function applicationPathsInTemplate(text: string): string[] {
  const paths: string[] = [];
  for (const document of text.split(/^---[^\n]*$/m)) {
    if (!/^kind:\s*Application\s*$/m.test(document)) continue;
    for (const match of document.matchAll(/^\s+path:\s*["']?([^\s"'{}#]+)["']?\s*(?:#.*)?$/gm)) paths.push(cleanPath(match[1]!));
  }
  return paths;
}

/** Renders one source whose path resolved to `dir` in this repository. Helm and plugins render nothing offline. */
export function renderSource(
  source: ApplicationSource,
  dir: string,
  tree: RepoTree,
  kustomizations: ReadonlyMap<string, Kustomization>,
  hasSkipMarker: (file: string) => boolean,
): SourceRender {
  const tool = detectTool(source, dir, tree);
  const empty: SourceRender = { tool, dir, files: [], opaque: false, namespaces: new Map(), kustomizations: [], cycles: [], remote: [] };

  if (tool === "directory") {
    const directory = renderDirectory(dir, source.directory ?? { recurse: false }, tree, hasSkipMarker);
    return { ...empty, files: directory.files, directory };
  }
  if (tool === "kustomize") {
    const build = buildKustomization(dir, tree, kustomizations);
    return {
      ...empty,
      files: build.files,
      namespaces: build.namespaces,
      kustomizations: build.kustomizations,
      cycles: build.cycles,
      remote: build.remote,
      opaque: build.kustomizations.length === 0,
    };
  }
  return { ...empty, opaque: true };
}
