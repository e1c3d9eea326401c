// Paths for GitHub-facing formats. Annotations and code scanning resolve a file against the
// repository checkout, not against plumbline's --root, so those formats prefix every finding's
// root-relative path with the root's place inside the repository.
import { existsSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

/**
 * Returns the root's path relative to the nearest folder above it (or equal to it) that contains
 * `.git`, with `/` separators and a trailing `/`, or "" when the root is that folder or no such
 * folder exists.
 */
export function repositoryPrefix(root: string): string {
  let current = root;
  for (;;) {
    if (existsSync(join(current, ".git"))) return prefixBetween(current, root);
    const parent = dirname(current);
    if (parent === current) return "";
    current = parent;
  }
}

/** Returns `root` relative to `base` as a `/`-separated prefix ending in `/`, or "" when equal or outside. */
export function prefixBetween(base: string, root: string): string {
  const path = relative(base, root);
  if (path === "" || path.startsWith("..")) return "";
  return `${path.split(sep).join("/")}/`;
}
