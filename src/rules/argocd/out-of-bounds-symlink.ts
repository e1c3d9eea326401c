import { posix } from "node:path";
import type { Range, Rule } from "../../types.js";
import { usesArgoCD } from "../../argocd/graph.js";

const FILE_START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export const outOfBoundsSymlink: Rule = {
  id: "repo/out-of-bounds-symlink",
  defaultSeverity: "error",
  description: "An absolute symlink, or one whose target leaves the repository root, in a repository Argo CD reads: Argo CD then renders none of its apps",
  tags: ["repo", "argocd"],
  check({ workspace, report }) {
    if (!usesArgoCD(workspace)) return;
    for (const link of workspace.tree.symlinks) {
      if (link.target === undefined) continue;
      const absolute = link.absolute;
      if (!absolute && !leavesRootLexically(link.path, link.target)) continue;
      const why = absolute ? "is absolute" : "leaves the repository root";
      report({
        file: link.path,
        range: FILE_START,
        message: `symlink "${link.path}" -> "${link.target}" ${why}, so Argo CD rejects every Application of this repository ("repository contains out-of-bounds symlinks"); make it a relative link inside the repository or replace it with a copy`,
      });
    }
  },
};

/**
 * True when following the link's target segment by segment from the link's folder steps above the
 * root at any point, even if it comes back inside later (`../repo/x` from the root), as Argo CD's
 * check (util/app/path/path.go `CheckOutOfBoundsSymlinks`) rejects those too.
 */
export function leavesRootLexically(linkPath: string, target: string): boolean {
  const folder = posix.dirname(linkPath);
  let depth = folder === "." ? 0 : folder.split("/").length;
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      depth--;
      if (depth < 0) return true;
    } else {
      depth++;
    }
  }
  return false;
}
