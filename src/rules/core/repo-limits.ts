import type { Rule } from "../../types.js";

export const repoUnreadable: Rule = {
  id: "repo/unreadable",
  defaultSeverity: "error",
  description: "A YAML or JSON file cannot be read (permission denied, not a regular file)",
  tags: ["repo"],
  check({ workspace, report }) {
    for (const file of workspace.files.values()) {
      for (const problem of file.problems) {
        if (problem.kind === "unreadable") report({ file: file.path, range: problem.range, message: problem.message });
      }
    }
  },
};

export const repoLimit: Rule = {
  id: "repo/limit",
  defaultSeverity: "error",
  description: "A file exceeds one of plumbline's input limits (size, documents, nesting, aliases), so part of it was not linted",
  tags: ["repo"],
  check({ workspace, report }) {
    for (const file of workspace.files.values()) {
      for (const problem of file.problems) {
        if (problem.kind === "limit") report({ file: file.path, range: problem.range, message: problem.message });
      }
    }
  },
};
