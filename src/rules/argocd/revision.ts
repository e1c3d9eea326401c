import type { Rule } from "../../types.js";
import { appResource, describeApp, sourceLabel, sourceRange } from "./shared.js";

const COMMIT_SHA = /^[0-9a-f]{7,64}$/i;
const CONSTRAINT = /[*^~<>=|\s]/;

export const revisionRule: Rule = {
  id: "argocd/revision",
  defaultSeverity: "info",
  description: "A targetRevision that is neither a branch nor a tag of this checkout, or is both",
  tags: ["argocd"],
  check({ workspace, report }) {
    const refs = workspace.repoIdentity.gitRefs;
    if (!refs) return;
    const seen = new Set<string>();

    for (const app of workspace.applications) {
      for (const { source, thisRepo } of app.sources) {
        const revision = source.targetRevision;
        if (!thisRepo || !revision || revision === "HEAD" || revision.includes("{{") || COMMIT_SHA.test(revision) || CONSTRAINT.test(revision)) continue;
        const name = revision.replace(/^refs\/(heads|tags)\//, "");
        const isBranch = refs.branches.has(name) && !revision.startsWith("refs/tags/");
        const isTag = refs.tags.has(name) && !revision.startsWith("refs/heads/");

        let message: string | undefined;
        if (!isBranch && !isTag) {
          const branches = [...refs.branches].slice(0, 3).map((branch) => `"${branch}"`).join(", ");
          message = `${sourceLabel(source)} targetRevision "${revision}" is neither a branch nor a tag in this checkout (branches: ${branches || "none"}), so Argo CD may fail to resolve it; check the name`;
        } else if (isBranch && isTag) {
          message = `${sourceLabel(source)} targetRevision "${revision}" is both a branch and a tag, so which one Argo CD uses is ambiguous; write "refs/heads/${name}" or "refs/tags/${name}"`;
        }
        if (!message) continue;
        const range = sourceRange(workspace, app, source, "targetRevision");
        const key = `${app.object.file.path}:${range.line}:${range.column}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report({ file: app.object.file.path, range, resource: appResource(app), message: `${describeApp(app)} ${message}` });
      }
    }
  },
};
