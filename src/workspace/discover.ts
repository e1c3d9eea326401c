// Walks the repository root and records every file, folder and symbolic link, without following
// symlinked folders (Argo CD does not either) and without reading anything that leaves the root.
import { readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { Ignore } from "glob";
import { PathScurry, type Path } from "path-scurry";

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

export function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

/** Lists the tree under `root` (an absolute, real path); `exclude` holds globs relative to it. */
export async function discover(root: string, exclude: readonly string[]): Promise<DiscoveredTree> {
  const excluded = new Set<string>();
  // path-scurry is the file system layer of glob, and its walk lists the same entries as glob's
  // `**` with `dot` and without `follow`, at about a third of the cost: no pattern to match.
  const scurry = new PathScurry(root);
  const ignore = ignoring(exclude, excluded, scurry.cwd);
  const entries = scurry.walkSync(scurry.cwd, {
    follow: false,
    filter: (path) => !ignore.ignored(path),
    walkFilter: (path) => !ignore.childrenIgnored(path),
  });

  const tree: DiscoveredTree = { files: [], dirs: [""], symlinks: [], special: [], unreadableDirs: [], excluded: [...excluded].sort() };
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
  tree.unreadableDirs = unlistableDirs(root, tree, excluded);
  tree.symlinks.sort((a, b) => (a.path < b.path ? -1 : 1));
  tree.special.sort();
  return tree;
}

/**
 * Finds the folders glob could not list: it skips them without a word, so they look empty. Only
 * folders that look empty are listed again, which keeps the check cheap.
 */
function unlistableDirs(root: string, tree: DiscoveredTree, excluded: ReadonlySet<string>): string[] {
  const parents = new Set<string>();
  for (const path of [...tree.files, ...tree.dirs, ...tree.symlinks.map((link) => link.path), ...tree.special, ...excluded]) {
    const slash = path.lastIndexOf("/");
    parents.add(slash < 0 ? "" : path.slice(0, slash));
  }
  return tree.dirs.filter((dir) => {
    if (dir === "" || parents.has(dir)) return false;
    try {
      readdirSync(join(root, dir));
      return false;
    } catch {
      return true;
    }
  });
}

/**
 * Builds the walk's ignore rules. The always-ignored names are tested by name: as globs that start with `**`
 * they cost a pattern match on every path, which was half the walk on a large repository. The
 * user's `exclude` globs keep glob's own matching.
 */
function ignoring(exclude: readonly string[], excluded: Set<string>, root: Path): { ignored(path: Path): boolean; childrenIgnored(path: Path): boolean } {
  // A leading `/` anchors a glob at the repository root, as in .gitignore, not at the file system's.
  const user = exclude.length > 0 ? new Ignore([...exclude], { platform: process.platform, root: root.fullpath() }, root) : undefined;
  // The root itself is never skipped, whatever its folder is called.
  const always = (path: Path) => ALWAYS_IGNORED_NAMES.has(path.name) && path.relative() !== "";
  const byUser = (matched: boolean, path: Path) => {
    // The root is never skipped; the config refuses patterns that name it, and this keeps "" out of `excluded`.
    if (!matched || path.relative() === "") return false;
    excluded.add(toPosix(path.relative()));
    return true;
  };
  return {
    ignored: (path) => always(path) || (user !== undefined && byUser(user.ignored(path), path)),
    // A glob that matches a folder skips what is below it too, as in .gitignore: `vendor` alone
    // would otherwise skip the folder entry and still read every file in it.
    childrenIgnored: (path) => always(path) || (user !== undefined && byUser(user.childrenIgnored(path) || user.ignored(path), path)),
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
