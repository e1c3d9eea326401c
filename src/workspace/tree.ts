// A read-only view of the repository's files and folders, so pure domain code (src/argocd) can ask
// "does this path exist" without touching the file system.
import { posix } from "node:path";
import type { DiscoveredTree, SymlinkEntry } from "./discover.js";

export interface DirectoryListing {
  files: string[];
  dirs: string[];
}

export class RepoTree {
  readonly files: readonly string[];
  readonly dirs: readonly string[];
  readonly symlinks: readonly SymlinkEntry[];
  /** FIFOs, sockets and devices: listed so a rule can report them, never opened. */
  readonly special: readonly string[];
  /** Folders that could not be listed, so what they contain is unknown. */
  readonly unreadableDirs: readonly string[];
  /** Files and folders left out by the `exclude` globs. They exist, but were neither listed below nor read. */
  readonly excluded: readonly string[];
  private readonly fileSet: Set<string>;
  private readonly dirSet: Set<string>;
  private readonly children = new Map<string, DirectoryListing>();

  constructor(discovered: DiscoveredTree) {
    this.files = discovered.files;
    this.dirs = discovered.dirs;
    this.symlinks = discovered.symlinks;
    this.special = discovered.special;
    this.unreadableDirs = discovered.unreadableDirs;
    this.excluded = discovered.excluded;
    this.fileSet = new Set(discovered.files);
    this.dirSet = new Set(discovered.dirs);

    for (const dir of discovered.dirs) this.children.set(dir, { files: [], dirs: [] });
    for (const dir of discovered.dirs) {
      if (dir === "") continue;
      this.listingOf(parentOf(dir)).dirs.push(dir);
    }
    for (const file of discovered.files) this.listingOf(parentOf(file)).files.push(file);
  }

  /**
   * Returns whether `dir` contains entries that plumbline did not see: ones left out by `exclude`, or
   * any entry at all when the folder could not be listed. With `deep`, folders below `dir` count too.
   */
  hidesEntriesIn(dir: string, deep: boolean): boolean {
    const prefix = dir === "" ? "" : `${dir}/`;
    const inside = (path: string) => path.startsWith(prefix) && (deep || !path.slice(prefix.length).includes("/"));
    return this.unreadableDirs.some((folder) => folder === dir || (deep && inside(folder))) || this.excluded.some(inside);
  }

  /** Returns whether `path`, or a folder above it, was left out by `exclude` or could not be listed. */
  hidesPath(path: string): boolean {
    const covers = (hidden: string) => hidden === "" || path === hidden || path.startsWith(`${hidden}/`);
    return this.excluded.some(covers) || this.unreadableDirs.some(covers);
  }

  hasFile(path: string): boolean {
    return this.fileSet.has(path);
  }

  hasDir(path: string): boolean {
    return this.dirSet.has(path);
  }

  /** Direct children of `dir` as root-relative paths; empty for a folder that does not exist. */
  list(dir: string): DirectoryListing {
    return this.children.get(dir) ?? { files: [], dirs: [] };
  }

  /** Every file below `dir` at any depth (symlinked folders are not entered). */
  filesUnder(dir: string): string[] {
    if (dir === "") return [...this.files];
    const prefix = `${dir}/`;

    // `files` is sorted, so the paths with this prefix form one run that starts at the first path
    // not below the prefix: a binary search finds it without scanning the whole repository.
    let low = 0;
    let high = this.files.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.files[middle]! < prefix) low = middle + 1;
      else high = middle;
    }

    const result: string[] = [];
    for (let index = low; index < this.files.length && this.files[index]!.startsWith(prefix); index++) result.push(this.files[index]!);
    return result;
  }

  private listingOf(dir: string): DirectoryListing {
    let listing = this.children.get(dir);
    if (!listing) {
      listing = { files: [], dirs: [] };
      this.children.set(dir, listing);
    }
    return listing;
  }
}

/** Parent folder of a root-relative path; "" for the root. */
export function parentOf(path: string): string {
  // A normalised path below a folder needs no general parsing, and the tree of a large repository
  // takes the parent of every file and folder.
  const slash = path.lastIndexOf("/");
  if (slash > 0 && slash < path.length - 1 && path[slash - 1] !== "/") return path.slice(0, slash);
  const dir = posix.dirname(path);
  return dir === "." ? "" : dir;
}

/** Joins and normalises root-relative paths; returns undefined when the result leaves the root. */
export function joinInsideRoot(base: string, relativePath: string): string | undefined {
  if (relativePath.startsWith("/")) return undefined;
  const joined = posix.normalize(posix.join(base || ".", relativePath));
  if (joined === "..") return undefined;
  if (joined.startsWith("../")) return undefined;
  if (joined === ".") return "";
  return joined.replace(/\/$/, "");
}
