// The parts of a kustomization that decide which files a build reads and which namespace it sets.
// Pure: works on already parsed values and the repository tree.
import { posix } from "node:path";
import { joinInsideRoot, parentOf, type RepoTree } from "./tree.js";

/** File names kustomize recognises as a kustomization, in its lookup order. */
export const KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

export interface Kustomization {
  /** Root-relative path of the kustomization file. */
  file: string;
  dir: string;
  namespace?: string;
  /** Local files listed in `resources` (or legacy `bases`), root-relative. */
  resourceFiles: string[];
  /** Local folders listed in `resources`, `bases` or `components`, root-relative. */
  resourceDirs: string[];
  /** Entries that are URLs or leave the root; kustomize fetches or rejects them, plumbline cannot follow. */
  remote: string[];
  /** Entries that name nothing in the repository. */
  missing: string[];
  /** Strategic-merge and JSON6902 patch files: partial objects, never linted standalone. */
  patchFiles: string[];
  /** Files read by generators (configMapGenerator, secretGenerator): data, not manifests. */
  generatorFiles: string[];
}

export function isKustomizationFileName(path: string): boolean {
  return KUSTOMIZATION_FILE_NAMES.includes(posix.basename(path));
}

/** The kustomization file kustomize would use in `dir`, or undefined. */
export function kustomizationFileIn(tree: RepoTree, dir: string): string | undefined {
  for (const name of KUSTOMIZATION_FILE_NAMES) {
    const candidate = dir === "" ? name : `${dir}/${name}`;
    if (tree.hasFile(candidate)) return candidate;
  }
  return undefined;
}

/** Reads the fields of one kustomization document; unknown shapes are ignored, never thrown on. */
export function readKustomization(file: string, value: unknown, tree: RepoTree): Kustomization {
  const dir = parentOf(file);
  const data = isRecord(value) ? value : {};
  const result: Kustomization = {
    file,
    dir,
    namespace: typeof data.namespace === "string" && data.namespace !== "" ? data.namespace : undefined,
    resourceFiles: [],
    resourceDirs: [],
    remote: [],
    missing: [],
    patchFiles: [],
    generatorFiles: [],
  };

  const references = [...strings(data.resources), ...strings(data.bases), ...strings(data.components)];
  for (const reference of references) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(reference) || /^[\w.-]+@[\w.-]+:/.test(reference) || reference.startsWith("github.com/")) {
      result.remote.push(reference);
      continue;
    }
    const path = joinInsideRoot(dir, reference);
    if (path === undefined) result.remote.push(reference);
    else if (tree.hasDir(path)) result.resourceDirs.push(path);
    else if (tree.hasFile(path)) result.resourceFiles.push(path);
    else result.missing.push(reference);
  }

  for (const patch of patchReferences(data)) {
    const path = joinInsideRoot(dir, patch);
    if (path !== undefined && tree.hasFile(path)) result.patchFiles.push(path);
  }

  for (const generator of [...records(data.configMapGenerator), ...records(data.secretGenerator)]) {
    for (const entry of [...strings(generator.files), ...strings(generator.envs), ...strings(generator.env ? [generator.env] : [])]) {
      const source = entry.includes("=") ? entry.slice(entry.indexOf("=") + 1) : entry;
      const path = joinInsideRoot(dir, source);
      if (path !== undefined && tree.hasFile(path)) result.generatorFiles.push(path);
    }
  }
  return result;
}

function patchReferences(data: Record<string, unknown>): string[] {
  const paths: string[] = [];
  for (const patch of records(data.patches)) if (typeof patch.path === "string") paths.push(patch.path);
  for (const patch of records(data.patchesJson6902)) if (typeof patch.path === "string") paths.push(patch.path);
  for (const patch of data.patchesStrategicMerge instanceof Array ? data.patchesStrategicMerge : []) {
    // An inline patch is a multi-line string; only single-line entries name files.
    if (typeof patch === "string" && !patch.includes("\n")) paths.push(patch);
  }
  return paths;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export interface KustomizeBuild {
  /** Manifest files the build reads, root-relative. */
  files: string[];
  /** Namespace per file, where a kustomization in the chain sets one (the outermost wins). */
  namespaces: Map<string, string>;
  /** Kustomization files visited, in order. */
  kustomizations: string[];
  /** A folder that includes itself, directly or through others. */
  cycles: string[];
  remote: string[];
}

/**
 * Follows a kustomization's local resources, bases and components recursively, as `kustomize build`
 * would read them. The outermost `namespace:` wins, as kustomize's namespace transformer overrides
 * the bases'. Cycles are recorded, not followed.
 */
export function buildKustomization(
  dir: string,
  tree: RepoTree,
  byFile: ReadonlyMap<string, Kustomization>,
): KustomizeBuild {
  const build: KustomizeBuild = { files: [], namespaces: new Map(), kustomizations: [], cycles: [], remote: [] };
  const seenFiles = new Set<string>();

  const visit = (current: string, namespace: string | undefined, stack: string[]): void => {
    if (stack.includes(current)) {
      build.cycles.push(current);
      return;
    }
    const file = kustomizationFileIn(tree, current);
    const kustomization = file ? byFile.get(file) : undefined;
    if (!kustomization) return;

    build.kustomizations.push(kustomization.file);
    build.remote.push(...kustomization.remote);
    const effective = namespace ?? kustomization.namespace;

    for (const resource of kustomization.resourceFiles) {
      if (seenFiles.has(resource)) continue;
      seenFiles.add(resource);
      build.files.push(resource);
      if (effective) build.namespaces.set(resource, effective);
    }
    for (const child of kustomization.resourceDirs) visit(child, effective, [...stack, current]);
  };

  visit(dir, undefined, []);
  return build;
}
