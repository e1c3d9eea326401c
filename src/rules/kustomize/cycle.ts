import { isMap, isScalar, isSeq, mapGet } from "../../workspace/yaml-model.js";
import type { Rule } from "../../types.js";
import { buildKustomization } from "../../workspace/kustomize.js";
import { joinInsideRoot } from "../../workspace/tree.js";

const LIST_FIELDS = ["resources", "bases", "components"];

export const kustomizeCycle: Rule = {
  id: "kustomize/cycle",
  defaultSeverity: "error",
  description: "A kustomization includes itself, directly or through other kustomizations, so kustomize build fails",
  tags: ["kustomize"],
  check({ workspace, report }) {
    for (const kustomization of workspace.kustomizations.values()) {
      const file = workspace.files.get(kustomization.file);
      const contents = file?.documents[0]?.contents;
      if (!file || !isMap(contents)) continue;

      for (const field of LIST_FIELDS) {
        const list = mapGet(contents, field);
        if (!isSeq(list)) continue;
        for (const item of list.items) {
          if (!isScalar(item) || typeof item.value !== "string") continue;
          const target = joinInsideRoot(kustomization.dir, item.value);
          if (target === undefined || !kustomization.resourceDirs.includes(target)) continue;

          // The entry closes a cycle when the folder it names is this one or builds this one.
          const reachesBack = target === kustomization.dir || buildKustomization(target, workspace.tree, workspace.kustomizations).kustomizations.includes(kustomization.file);
          if (!reachesBack) continue;
          const how = target === kustomization.dir ? "names its own folder" : `includes "${target}", which includes this kustomization again`;
          report({
            file: file.path,
            range: workspace.rangeOfNode(file, item),
            message: `${field} entry "${item.value}" ${how}, so kustomize build fails with a cycle; remove the entry`,
          });
        }
      }
    }
  },
};
