// Walks the repository root and records every file, folder and symbolic link, without following
// symlinked folders (Argo CD does not either) and without reading anything that leaves the root.
import { readlinkSync, realpathSync, statSync } from "node:fs";
import { relative, sep } from "node:path";
import { glob, Ignore, type IgnoreLike, type Path } from "glob";

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
}

/** Entries skipped with everything below them, wherever they are: git's data and installed packages. */
const ALWAYS_IGNORED_NAMES = new Set([".git", "node_modules"]);

export function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

/** Lists the tree under `root` (an absolute, real path); `exclude` holds globs relative to it. */
export async function discover(root: string, exclude: readonly string[]): Promise<DiscoveredTree> {
  const entries = (await glob("**", {
    cwd: root,
    dot: true,
    follow: false,
    withFileTypes: true,
    ignore: ignoring(exclude),
  })) as Path[];

  const tree: DiscoveredTree = { files: [], dirs: [""], symlinks: [], special: [] };
  for (const entry of entries) {
    const path = toPosix(entry.relative());
    if (path === "" || path === ".") continue;

    if (entry.isSymbolicLink()) {
      tree.symlinks.push(describeSymlink(root, entry, path));
      const link = tree.symlinks.at(-1)!;
      if (link.isFileInsideRoot) tree.files.push(path);
    } else if (entry.isDirectory()) {
      tree.dirs.push(path);
    } else if (entry.isFile()) {
      tree.files.push(path);
    } else {
      tree.special.push(path);
    }
  }

  tree.files.sort();
  tree.dirs.sort();
  tree.symlinks.sort((a, b) => (a.path < b.path ? -1 : 1));
  tree.special.sort();
  return tree;
}

/**
 * The walk's ignore rules. The always-ignored names are tested by name: as globs that start with `**`
 * they cost a pattern match on every path, which was half the walk on a large repository. The
 * user's `exclude` globs keep glob's own matching.
 */
function ignoring(exclude: readonly string[]): IgnoreLike {
  const user = exclude.length > 0 ? new Ignore([...exclude], { platform: process.platform }) : undefined;
  // The root itself is never skipped, whatever its folder is called.
  const always = (path: Path) => ALWAYS_IGNORED_NAMES.has(path.name) && path.relative() !== "";
  return {
    ignored: (path) => always(path) || (user?.ignored(path) ?? false),
    // A glob that matches a folder skips what is below it too, as in .gitignore: `vendor` alone
    // would otherwise skip the folder entry and still read every file in it.
    childrenIgnored: (path) => always(path) || (user !== undefined && (user.childrenIgnored(path) || user.ignored(path))),
  };
}

function describeSymlink(root: string, entry: Path, path: string): SymlinkEntry {
  const written = readLinkText(entry.fullpath());
  const absolute = written !== undefined && (written.startsWith("/") || /^[A-Za-z]:[\\/]/.test(written));

  // An absolute target leaves the root whatever it names, so it is not even resolved.
  let resolved: string | undefined;
  let unresolved = false;
  if (!absolute) {
    try {
      resolved = realpathSync(entry.fullpath());
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
