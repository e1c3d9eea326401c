// The Action's inputs, as declared in action.yml. The runner passes each as an INPUT_<NAME>
// environment variable (upper-cased, hyphens kept), which `core.getInput` reads.
import * as core from "@actions/core";
import { UsageError } from "../errors.js";

export const FAIL_ON_LEVELS = ["error", "warning", "info", "none"] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export interface ActionInputs {
  root: string;
  config?: string;
  failOn: FailOn;
  changedFilesOnly: boolean;
  githubToken?: string;
  sarifFile?: string;
  /** The kubeconfig's content; a secret that must never be printed. */
  kubeconfig?: string;
  context?: string;
}

export function readInputs(): ActionInputs {
  const failOn = core.getInput("fail-on") || "error";
  if (!(FAIL_ON_LEVELS as readonly string[]).includes(failOn)) {
    throw new UsageError(`invalid input fail-on "${failOn}": use one of ${FAIL_ON_LEVELS.join(", ")}`);
  }

  const changedFilesOnly = (core.getInput("changed-files-only") || "false").toLowerCase();
  if (changedFilesOnly !== "true" && changedFilesOnly !== "false") {
    throw new UsageError(`invalid input changed-files-only "${changedFilesOnly}": use true or false`);
  }

  const optional = (name: string): string | undefined => core.getInput(name) || undefined;
  return {
    root: core.getInput("root") || ".",
    config: optional("config"),
    failOn: failOn as FailOn,
    changedFilesOnly: changedFilesOnly === "true",
    githubToken: optional("github-token"),
    sarifFile: optional("sarif-file"),
    kubeconfig: core.getInput("kubeconfig", { trimWhitespace: false }).trim() === "" ? undefined : core.getInput("kubeconfig", { trimWhitespace: false }),
    context: optional("context"),
  };
}
