// The position of live findings about the cluster as a whole: line 1 of the config file when the
// repo has one, else line 1 of the repo's first file in path order. Findings about one repo object
// point at that object instead.
import { nadModels } from "../cni/nad-model.js";
import type { Config } from "../config.js";
import type { Range } from "../types.js";
import type { Workspace } from "../workspace/workspace.js";
import { liveWorkloads } from "./workloads.js";

const LINE_ONE: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function clusterPlace(workspace: Workspace, config: Config): { file: string; range: Range } {
  if (config.source) return { file: config.source, range: LINE_ONE };
  const first = [...workspace.files.keys()].sort()[0] ?? ".";
  return { file: first, range: LINE_ONE };
}

/** Tells whether the repo declares something Multus acts on: a NAD or a workload that requests networks. */
export function usesMultus(workspace: Workspace): boolean {
  return nadModels(workspace).length > 0 || liveWorkloads(workspace).length > 0;
}
