// What Argo CD's repo-server renders for one Application source, answered from the working tree.
// Sources: argo-cd util/app/path/path.go (path resolution), reposerver/repository/repository.go
// (tool detection, findManifests), docs/user-guide/tool_detection.md and directory.md.
import { posix } from "node:path";
import { buildKustomization, kustomizationFileIn, type Kustomization } from "../workspace/kustomize.js";
import type { RepoTree } from "../workspace/tree.js";
import { matchArgoGlob } from "./glob.js";
import type { ApplicationSource } from "./application.js";

export type PathResolution =
  | { ok: true; dir: string }
  | { ok: false; reason: "absolute" | "outside-root" | "missing" | "not-directory"; cleaned?: string };

/** Resolves `source.path` as argo-cd's path.Path does: cleaned, relative, inside the root, a folder. */
export function resolveSourcePath(path: string, tree: RepoTree): PathResolution {
  if (path.startsWith("/")) return { ok: false, reason: "absolute" };

  const cleaned = posix.normalize(path === "" ? "." : path).replace(/\/+$/, "");
  if (cleaned === ".." || cleaned.startsWith("../")) return { ok: false, reason: "outside-root" };

  const dir = cleaned === "." || cleaned === "" ? "" : cleaned;
  if (tree.hasDir(dir)) return { ok: true, dir };
  if (tree.hasFile(dir)) return { ok: false, reason: "not-directory", cleaned: dir };
  return { ok: false, reason: "missing", cleaned: dir };
}

export type SourceTool = "directory" | "kustomize" | "helm" | "plugin";

/** Argo CD's tool detection: one explicit block wins, then kustomize, then Helm, then Directory. */
export function detectTool(source: ApplicationSource, dir: string, tree: RepoTree): SourceTool {
  if (source.toolBlocks.length === 1) return source.toolBlocks[0] as SourceTool;

  const names = tree.list(dir).files.map((file) => posix.basename(file));
  if (kustomizationFileIn(tree, dir)) return "kustomize";
  if (names.some((name) => name.endsWith("Chart.yaml"))) return "helm";
  return "directory";
}

const MANIFEST_EXTENSION = /\.(yaml|yml|json|jsonnet)$/;

export interface DirectoryRender {
  /** Files the Directory app reads, root-relative, in walk order. */
  files: string[];
  /** Candidates the extension filter accepted but include/exclude dropped. */
  filteredOut: string[];
}

/**
 * The files a Directory app reads: the extension filter, then exclude, then include, matched against
 * the path relative to the app folder; `recurse` walks every subfolder, hidden ones included.
 * `hasSkipMarker` reports files containing `+argocd:skip-file-rendering`.
 */
export function renderDirectory(
  dir: string,
  options: { recurse: boolean; include?: string; exclude?: string },
  tree: RepoTree,
  hasSkipMarker: (file: string) => boolean,
): DirectoryRender {
  const candidates = options.recurse ? tree.filesUnder(dir) : tree.list(dir).files;
  const result: DirectoryRender = { files: [], filteredOut: [] };

  for (const file of candidates) {
    if (!MANIFEST_EXTENSION.test(posix.basename(file))) continue;
    const relativePath = dir === "" ? file : file.slice(dir.length + 1);
    const excluded = options.exclude !== undefined && matchArgoGlob(options.exclude, relativePath);
    const included = options.include === undefined || matchArgoGlob(options.include, relativePath);
    if (excluded || !included) {
      result.filteredOut.push(file);
      continue;
    }
    if (hasSkipMarker(file)) continue;
    result.files.push(file);
  }
  return result;
}

export interface SourceRender {
  tool: SourceTool;
  dir: string;
  files: string[];
  /** Namespace set by a kustomization for a rendered file. */
  namespaces: Map<string, string>;
  /** Kustomization files the build reads. */
  kustomizations: string[];
  /** Folders a kustomization includes from within itself. */
  cycles: string[];
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
  const empty = { tool, dir, files: [], namespaces: new Map<string, string>(), kustomizations: [], cycles: [] };

  if (tool === "directory") {
    const options = source.directory ?? { recurse: false };
    return { ...empty, files: renderDirectory(dir, options, tree, hasSkipMarker).files };
  }
  if (tool === "kustomize") {
    const build = buildKustomization(dir, tree, kustomizations);
    return { ...empty, files: build.files, namespaces: build.namespaces, kustomizations: build.kustomizations, cycles: build.cycles };
  }
  return empty;
}
