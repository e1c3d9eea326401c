// Findings for files plumbline could not read or read only in part. The loader records each problem
// on the file (see workspace/parse.ts), and these rules report them. repo/unreadable also reports
// symbolic links named like a manifest that were not read because they lead out of the root or nowhere.
import { posix } from "node:path";
import { usesArgoCD } from "../../argocd/graph.js";
import type { Range, Rule } from "../../types.js";
import type { SymlinkEntry } from "../../workspace/discover.js";
import type { Workspace } from "../../workspace/workspace.js";
import { leavesRootLexically } from "../argocd/out-of-bounds-symlink.js";

const FILE_START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const MANIFEST_NAME = /\.(ya?ml|json)$|^Kustomization$/;

export const repoUnreadable: Rule = {
  id: "repo/unreadable",
  defaultSeverity: "error",
  description: "A YAML or JSON file, or a folder, cannot be read (permission denied, not a regular file, a symbolic link out of the root or to nothing)",
  tags: ["repo"],
  check({ workspace, report }) {
    for (const file of workspace.files.values()) {
      for (const problem of file.problems) {
        if (problem.kind === "unreadable") report({ file: file.path, range: problem.range, message: problem.message });
      }
    }

    for (const link of unreadManifestLinks(workspace)) {
      report({ file: link.path, range: FILE_START, message: describeLink(link) });
    }

    for (const path of workspace.tree.unreadableDirs) {
      report({
        file: path,
        range: FILE_START,
        message: "folder cannot be listed (permission denied, or it vanished during the walk), so no file in it was linted; make it readable or add it to exclude",
      });
    }

    for (const path of workspace.tree.special) {
      if (!MANIFEST_NAME.test(posix.basename(path))) continue;
      report({
        file: path,
        range: FILE_START,
        message: "file is a FIFO, socket or device, not a regular file, so it was not read; remove it or add it to exclude",
      });
    }
  },
};

export const repoLimit: Rule = {
  id: "repo/limit",
  defaultSeverity: "error",
  description: "A file exceeds one of plumbline's input limits (size, tokens, documents, nesting, aliases), so part of it was not linted",
  tags: ["repo"],
  check({ workspace, report }) {
    for (const file of workspace.files.values()) {
      for (const problem of file.problems) {
        if (problem.kind === "limit") report({ file: file.path, range: problem.range, message: problem.message });
      }
    }
  },
};

/**
 * Symbolic links named like a manifest that the loader did not read. Links that repo/out-of-bounds-symlink
 * already reports (absolute or leaving the root, in a repository Argo CD reads) are left to it.
 */
function unreadManifestLinks(workspace: Workspace): SymlinkEntry[] {
  const argo = workspace.tree.symlinks.length > 0 && usesArgoCD(workspace);
  return workspace.tree.symlinks.filter((link) => {
    if (link.isFileInsideRoot || link.isDirectory) return false;
    if (!MANIFEST_NAME.test(posix.basename(link.path))) return false;
    const reportedByArgo = link.target !== undefined && (link.absolute || leavesRootLexically(link.path, link.target));
    return !(argo && reportedByArgo);
  });
}

function describeLink(link: SymlinkEntry): string {
  const linkText = link.target === undefined ? `"${link.path}"` : `"${link.path}" -> "${link.target}"`;
  if (link.unresolved) {
    return `symbolic link ${linkText} cannot be resolved (its target is missing or the links form a loop), so it was not read; fix or remove the link`;
  }
  if (link.leavesRoot) {
    return `symbolic link ${linkText} points outside the repository root, so it was not read; plumbline reads nothing outside the root, so copy the file into the repository`;
  }
  return `symbolic link ${linkText} does not point to a regular file, so it was not read; point it at a file or remove it`;
}
