// Walks the repository root and records every file, folder and symbolic link, without following
// symlinked folders (Argo CD does not either) and without reading anything that leaves the root.
import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";
import { isCacheFileName } from "./cache-files.js";

export interface SymlinkEntry {
  /** Path of the link relative to the root. */
  path: string;
  /** The link's target path as written in the link, or undefined when it cannot be read. */
  target: string | undefined;
  /** The target is absolute or resolves outside the root (or does not resolve at all). */
  leavesRoot: boolean;
  /** The target does not resolve: it is missing, or the link is part of a loop. */
  unresolved: boolean;
  absolute: boolean;
  /** The target resolves inside the root and is a regular file, so it is read like one. */
  isFileInsideRoot: boolean;
  isDirectory: boolean;
}

export interface DiscoveredTree {
  /** Regular files, and symlinks to regular files inside the root, relative with `/`. */
  files: string[];
  /** Every folder below the root (the root itself is ""), relative with `/`. */
  dirs: string[];
  symlinks: SymlinkEntry[];
  /** Entries that are neither files, folders nor symlinks (FIFOs, sockets, devices); never opened. */
  special: string[];
  /** Folders whose entries could not be listed (permission denied, say), so nothing below them was read. */
  unreadableDirs: string[];
  /** Files and folders that the `exclude` globs matched. Nothing below an excluded folder was listed. */
  excluded: string[];
}

/** Entries skipped with everything below them, wherever they are: git's data and installed packages. */
const ALWAYS_IGNORED_NAMES = new Set([".git", "node_modules"]);

/**
 * Returns a function that turns a root-relative path with `/` (as discovery gives them) into an
 * absolute one. Where `/` is the separator, concatenating gives the same path as join, without
 * normalising every path of a large repository.
 */
export function absoluteJoiner(root: string): (path: string) => string {
  if (sep !== "/") return (path) => join(root, path);
  const prefix = root.endsWith(sep) ? root : `${root}${sep}`;
  return (path) => prefix + path;
}

export function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

/**
 * Lists the tree under `root` (an absolute, real path); `exclude` holds globs relative to it.
 * `cacheFolder`, when the `--cache` folder is inside the root, is its path relative to the root
 * ("" for the root itself): the files the cache writes there are left out, so a later run does not
 * lint them.
 * The walk is node:fs's readdir with file types, one call per folder: path-scurry's walk, which
 * glob uses, builds an object per entry and took about twice as long at 10,000 files. Only an
 * `exclude` list brings in glob's matcher.
 */
export async function discover(root: string, exclude: readonly string[], cacheFolder?: string): Promise<DiscoveredTree> {
  const excluded = new Set<string>();
  const skip = exclude.length > 0 ? await userExcludes(root, exclude, excluded) : undefined;
  const tree: DiscoveredTree = { files: [], dirs: [""], symlinks: [], special: [], unreadableDirs: [], excluded: [] };

  const absoluteOf = absoluteJoiner(root);
  const pending = [""];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir === "" ? root : absoluteOf(dir), { withFileTypes: true });
    } catch {
      // lint() rejects a root it cannot list before the walk, so only folders below it are reported.
      if (dir !== "") tree.unreadableDirs.push(dir);
      continue;
    }
    const inCacheFolder = dir === cacheFolder;
    for (const entry of entries) {
      if (ALWAYS_IGNORED_NAMES.has(entry.name)) continue;
      if (inCacheFolder && isCacheFileName(entry.name)) continue;
      const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (skip?.ignored(path)) continue;

      if (entry.isSymbolicLink()) {
        const link = describeSymlink(root, absoluteOf(path), path);
        tree.symlinks.push(link);
        if (link.isFileInsideRoot) tree.files.push(path);
      } else if (entry.isDirectory()) {
        tree.dirs.push(path);
        if (!skip?.childrenIgnored(path)) pending.push(path);
      } else if (entry.isFile()) {
        tree.files.push(path);
      } else {
        tree.special.push(path);
      }
    }
  }

  tree.files.sort();
  tree.dirs.sort();
  tree.unreadableDirs.sort();
  tree.symlinks.sort((a, b) => (a.path < b.path ? -1 : 1));
  tree.special.sort();
  tree.excluded = [...excluded].sort();
  return tree;
}

/** The user's `exclude` globs: each test adds the paths it skips to `excluded`. */
interface Excludes {
  /** The entry is left out. */
  ignored(path: string): boolean;
  /** Nothing below the folder is listed, though the folder itself may be. */
  childrenIgnored(path: string): boolean;
}

/**
 * Builds the tests for the user's `exclude` globs with glob's own matcher, which reads a path's
 * absolute and root-relative forms, so they match as the globs of a `glob` walk do.
 */
async function userExcludes(root: string, exclude: readonly string[], excluded: Set<string>): Promise<Excludes> {
  const [{ Ignore }, { PathScurry }] = await Promise.all([import("glob"), import("path-scurry")]);
  const scurry = new PathScurry(root);
  // A leading `/` anchors a glob at the repository root, as in .gitignore, not at the file system's.
  const ignore = new Ignore([...exclude], { platform: process.platform, root: scurry.cwd.fullpath() }, scurry.cwd);
  const record = (matched: boolean, path: string): boolean => {
    if (matched) excluded.add(path);
    return matched;
  };
  return {
    ignored: (path) => record(ignore.ignored(scurry.cwd.resolve(path)), path),
    // A glob that matches a folder skips what is below it too, as in .gitignore: `vendor` alone
    // would otherwise skip the folder entry and still read every file in it.
    childrenIgnored: (path) => {
      const entry = scurry.cwd.resolve(path);
      return record(ignore.childrenIgnored(entry) || ignore.ignored(entry), path);
    },
  };
}

function describeSymlink(root: string, absolutePath: string, path: string): SymlinkEntry {
  const written = readLinkText(absolutePath);
  const absolute = written !== undefined && (written.startsWith("/") || /^[A-Za-z]:[\\/]/.test(written));

  // An absolute target leaves the root whatever it names, so it is not even resolved.
  let resolved: string | undefined;
  let unresolved = false;
  if (!absolute) {
    try {
      resolved = realpathSync(absolutePath);
    } catch {
      unresolved = true;
    }
  }

  const inside = resolved !== undefined && isInside(root, resolved);
  let isFile = false;
  let isDirectory = false;
  if (resolved !== undefined && inside) {
    try {
      const stats = statSync(resolved);
      isFile = stats.isFile();
      isDirectory = stats.isDirectory();
    } catch {
      // A link that vanished between the walk and the stat is treated as dangling.
    }
  }

  return {
    path,
    target: written,
    leavesRoot: absolute || !inside,
    unresolved,
    absolute,
    isFileInsideRoot: inside && isFile && !absolute,
    isDirectory,
  };
}

function readLinkText(path: string): string | undefined {
  try {
    return toPosix(readlinkSync(path));
  } catch {
    return undefined;
  }
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}
