import { posix } from "node:path";
import { isMap, isScalar, isSeq, mapGet } from "../../workspace/yaml-model.js";
import { closestName } from "../../config.js";
import type { Rule } from "../../types.js";
import { joinInsideRoot, parentOf } from "../../workspace/tree.js";

const LIST_FIELDS = ["resources", "bases", "components"];

export const kustomizeResourceMissing: Rule = {
  id: "kustomize/resource-missing",
  defaultSeverity: "error",
  description: "A kustomization lists a local resource, base or component that does not exist, so kustomize build fails",
  tags: ["kustomize"],
  check({ workspace, report }) {
    for (const kustomization of workspace.kustomizations.values()) {
      if (kustomization.missing.length === 0) continue;
      const file = workspace.files.get(kustomization.file);
      const contents = file?.documents[0]?.contents;
      if (!file || !isMap(contents)) continue;

      for (const field of LIST_FIELDS) {
        const list = mapGet(contents, field);
        if (!isSeq(list)) continue;
        for (const item of list.items) {
          if (!isScalar(item) || typeof item.value !== "string" || !kustomization.missing.includes(item.value)) continue;
          report({
            file: file.path,
            range: workspace.rangeOfNode(file, item),
            message: `${field} entry "${item.value}" names no file or folder in the repository, so kustomize build (and every Argo CD Application on this folder) fails${suggestion(workspace.tree, kustomization.dir, item.value)}`,
          });
        }
      }
    }
  },
};

/** Returns a hint naming a close existing sibling of the missing path, written the way the entry is written. */
function suggestion(tree: { hasDir(path: string): boolean; list(dir: string): { files: string[]; dirs: string[] } }, base: string, entry: string): string {
  const resolved = joinInsideRoot(base, entry);
  if (resolved === undefined) return "";
  const parent = parentOf(resolved);
  if (!tree.hasDir(parent)) return `; the folder "${parent || "."}" does not exist either`;

  const listing = tree.list(parent);
  const siblings = [...listing.dirs, ...listing.files].map((path) => posix.basename(path));
  const close = closestName(posix.basename(resolved), siblings);
  if (!close) return "";
  const written = entry.replace(/\/+$/, "");
  return ` (did you mean "${written.slice(0, written.length - posix.basename(written).length)}${close}"?)`;
}
