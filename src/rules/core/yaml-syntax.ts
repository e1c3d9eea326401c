import type { Rule } from "../../types.js";

// Roles whose parse errors are not YAML mistakes a user must fix here: JSON files (the Argo CD rules
// judge them) and files with template markers (rendered by another tool first).
const SILENT_ROLES = new Set(["json", "template", "helm-chart", "other"]);

export const yamlSyntax: Rule = {
  id: "yaml/syntax",
  defaultSeverity: "error",
  description: "A YAML file fails to parse, including duplicate keys in one mapping",
  tags: ["yaml"],
  check({ workspace, report }) {
    for (const file of workspace.files.values()) {
      if (SILENT_ROLES.has(file.role)) continue;
      for (const problem of file.problems) {
        if (problem.kind !== "syntax") continue;
        report({ file: file.path, range: problem.range, message: problem.message });
      }
    }
  },
};
