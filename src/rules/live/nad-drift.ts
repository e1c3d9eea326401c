import { isDeepStrictEqual } from "node:util";
import { liveSnapshot } from "../../live/snapshot.js";
import type { LiveRuleContext, Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

export const nadDrift: Rule = {
  id: "live/nad-drift",
  defaultSeverity: "warning",
  description: "A NetworkAttachmentDefinition's live spec.config differs from the repo, compared as parsed JSON",
  tags: ["live", "multus"],
  live: true,
  async check(context) {
    const { workspace, config, live } = context as LiveRuleContext;
    const snapshot = await liveSnapshot(workspace, config, live);
    if (snapshot.fatal) return;

    for (const state of snapshot.nads) {
      // A repo config that is not a JSON object is the static rules' finding; there is nothing to compare.
      if (!state.exists || state.model.configStatus !== "ok") continue;
      const difference = describeDifference(state.liveConfig, state.model.config);
      if (!difference) continue;

      const object = state.model.object;
      context.report({
        message: `the NetworkAttachmentDefinition "${state.namespace}/${object.name}" differs in the cluster: ${difference}; sync or apply the repo version, since Multus reads the cluster's copy when a pod starts`,
        file: object.file.path,
        range: workspace.rangeOf(object, ["spec", "config"]),
        resource: resourceRefOf(object),
      });
    }
  },
};

/** Describes the first difference between the live `spec.config` (a JSON string) and the repo's parsed config. */
function describeDifference(liveConfig: unknown, repoConfig: unknown): string | undefined {
  if (typeof liveConfig !== "string") return "the live object has no spec.config string";
  let parsed: unknown;
  try {
    parsed = JSON.parse(liveConfig);
  } catch {
    return "the live spec.config is not valid JSON";
  }
  if (isDeepStrictEqual(parsed, repoConfig)) return undefined;
  return firstDifference(parsed, repoConfig, "") ?? "the configs differ";
}

function firstDifference(live: unknown, repo: unknown, path: string): string | undefined {
  if (isDeepStrictEqual(live, repo)) return undefined;
  const where = path === "" ? "the config" : `"${path}"`;

  if (Array.isArray(live) && Array.isArray(repo)) {
    if (live.length !== repo.length) return `${where} has ${live.length} entries in the cluster, ${repo.length} in the repo`;
    for (let index = 0; index < live.length; index++) {
      const found = firstDifference(live[index], repo[index], `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }

  if (isRecord(live) && isRecord(repo)) {
    const keys = [...new Set([...Object.keys(repo), ...Object.keys(live)])];
    for (const key of keys) {
      const child = path === "" ? key : `${path}.${key}`;
      if (!(key in live)) return `"${child}" is missing in the cluster (the repo sets ${show(repo[key])})`;
      if (!(key in repo)) return `"${child}" is ${show(live[key])} in the cluster but not set in the repo`;
      const found = firstDifference(live[key], repo[key], child);
      if (found) return found;
    }
    return undefined;
  }

  return `${where} is ${show(live)} in the cluster, ${show(repo)} in the repo`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
