import { posix } from "node:path";
import { isMap, mapGet, mapHas } from "../../workspace/yaml-model.js";
import { detectToolFromFiles } from "../../argocd/render.js";
import type { Rule } from "../../types.js";
import { appResource, describeApp, sourceLabel, sourceRange } from "./shared.js";

const TOOL_NAMES: Record<string, string> = { directory: "Directory", helm: "Helm", kustomize: "Kustomize", plugin: "a plugin" };

export const toolOverride: Rule = {
  id: "argocd/tool-override",
  defaultSeverity: "error",
  description: "An explicit tool block that keeps the folder's real tool from running, several tool blocks, or a tool file name Argo CD does not detect",
  tags: ["argocd"],
  check({ workspace, report }) {
    for (const app of workspace.applications) {
      for (const { source, resolution } of app.sources) {
        const at = (field: string | (string | number)[], message: string, part: "value" | "key" = "value"): void =>
          report({ file: app.object.file.path, range: sourceRange(workspace, app, source, field, part), resource: appResource(app), message: `${describeApp(app)} ${message}` });

        if (source.toolBlocks.length > 1) {
          const names = source.toolBlocks.map((block) => `"${block}"`).join(" and ");
          at(source.toolBlocks[1]!, `${sourceLabel(source)} sets ${names}, and Argo CD rejects a source with several tool blocks ("multiple application sources defined"); keep one`, "key");
          continue;
        }
        if (!resolution?.ok || source.chart) continue;

        const dir = resolution.dir;
        const where = dir === "" ? "the repository root" : `"${dir}"`;
        const detected = detectToolFromFiles(dir, workspace.tree);
        const names = workspace.tree.list(dir).files.map((file) => posix.basename(file));
        const explicit = source.toolBlocks[0];

        if (explicit === "directory" && detected !== "directory") {
          const marker = detected === "helm" ? names.find((name) => name.endsWith("Chart.yaml")) : names.find((name) => /^(kustomization\.ya?ml|Kustomization)$/.test(name));
          at("directory", `has a "directory" block on ${where}, which holds "${marker}": the block makes Argo CD apply the folder's files as plain manifests, so ${TOOL_NAMES[detected]} never runs; remove the directory block`, "key");
          continue;
        }
        if (explicit === "helm" && !names.some((name) => name.endsWith("Chart.yaml"))) {
          at("helm", `has a "helm" block, but ${where} holds no Chart.yaml, so Helm fails to render it; remove the block or point the path at the chart`, "key");
          continue;
        }
        if (explicit === "kustomize" && detected !== "kustomize") {
          at("kustomize", `has a "kustomize" block, but ${where} holds no kustomization.yaml, so kustomize build fails; remove the block or add the kustomization`, "key");
          continue;
        }
        if (explicit !== undefined) continue;

        const looksLike = (name: string, keys: string[]): boolean => {
          const contents = workspace.files.get(dir === "" ? name : `${dir}/${name}`)?.documents[0]?.contents;
          if (!isMap(contents)) return false;
          const kind = mapGet(contents, "kind");
          return keys.some((key) => mapHas(contents, key)) && !(kind !== undefined && String(kind.kind === "scalar" ? kind.value : "") !== "Kustomization");
        };
        const misnamedKustomization = names.find(
          (name) => /^kustomization\.ya?ml$/i.test(name) && !/^kustomization\.ya?ml$/.test(name) && looksLike(name, ["resources", "bases", "components", "patches", "namespace"]),
        );
        if (misnamedKustomization && detected !== "kustomize") {
          at("path", `path ${where} holds "${misnamedKustomization}", a name Argo CD does not detect (it looks for kustomization.yaml, kustomization.yml or Kustomization), so the folder is applied as plain manifests; rename it to "kustomization.yaml"`);
          continue;
        }
        const misnamedChart = names.find((name) => /^chart\.ya?ml$/i.test(name) && !name.endsWith("Chart.yaml") && looksLike(name, ["version"]) && looksLike(name, ["name"]));
        if (misnamedChart && detected === "directory") {
          at("path", `path ${where} holds "${misnamedChart}", a name Argo CD does not detect as a Helm chart (the file name must end in "Chart.yaml"), so Helm never runs; rename it to "Chart.yaml"`);
        }
      }
    }
  },
};
