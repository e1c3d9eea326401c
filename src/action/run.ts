// The GitHub Action: lint the checkout, annotate the most severe findings, write the job summary,
// the SARIF file and the outputs, and fail the step when a finding reaches `fail-on`.
import { mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as core from "@actions/core";
import * as github from "@actions/github";
import { UsageError } from "../errors.js";
import { lint, type LintResult } from "../lint.js";
import { annotationProperties, COMMAND_OF, planAnnotations, restNotice } from "../report/github.js";
import { renderMarkdown } from "../report/markdown.js";
import { prefixBetween } from "../report/paths.js";
import { sarifLog } from "../report/sarif.js";
import { SEVERITY_ORDER, type LiveOptions, type Severity } from "../types.js";
import { listPullRequestFiles } from "./changed-files.js";
import { readInputs, type ActionInputs } from "./inputs.js";
import { checkKubeconfig } from "../live/kubeconfig.js";
import { kubeconfigSecrets } from "./kubeconfig.js";
import { scopeFilter, type ChangeSet } from "./scope.js";

const LIVE_TIMEOUT_MS = 10_000;
const MANIFEST_PATTERN = /\.(ya?ml|json)$/i;

export interface RunOptions {
  /** The Action's entry module, which parse workers start from (see src/workspace/parse-pool.ts). */
  workerEntry?: string;
}

export async function run(options: RunOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await runAction(env, options);
  } catch (error) {
    if (error instanceof UsageError) {
      core.setFailed(`plumbline: ${error.message}`);
      return;
    }
    const debug = (env.DEBUG ?? "").split(",").includes("plumbline") || core.isDebug();
    core.setFailed(`plumbline internal error: ${(error as Error).message}. This is a bug in plumbline; please report it with this log${debug ? `\n${(error as Error).stack}` : ""}`);
  }
}

async function runAction(env: NodeJS.ProcessEnv, options: RunOptions): Promise<void> {
  const inputs = readInputs();
  // Mask before anything else can print, so no later message or stack trace can show a credential.
  if (inputs.kubeconfig) for (const secret of kubeconfigSecrets(inputs.kubeconfig)) core.setSecret(secret);

  const checkoutPath = env.GITHUB_WORKSPACE ?? process.cwd();
  let checkout: string;
  try {
    checkout = realpathSync(checkoutPath);
  } catch {
    throw new UsageError(`GITHUB_WORKSPACE "${checkoutPath}" does not exist: run the Action after actions/checkout`);
  }
  const root = resolve(checkout, inputs.root);
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
  } catch {
    throw new UsageError(`input root "${inputs.root}" is not a folder of the checkout: set root to a path relative to the repository`);
  }
  const pathPrefix = prefixBetween(checkout, rootReal);

  const notes: string[] = [];
  const change = inputs.changedFilesOnly ? await pullRequestChange(inputs, pathPrefix, notes) : undefined;

  const live: LiveOptions | undefined = inputs.kubeconfig
    ? { kubeconfigText: inputs.kubeconfig, context: inputs.context, timeoutMs: LIVE_TIMEOUT_MS }
    : undefined;
  if (!live && inputs.context) core.warning("input context is set but kubeconfig is empty, so the live cluster checks do not run");
  if (live) {
    // A kubeconfig that is not one fails the step like a bad config file, not as an unreachable cluster.
    const checked = checkKubeconfig(inputs.kubeconfig!, "the kubeconfig input", inputs.context);
    if ("problem" in checked) throw new UsageError(checked.problem);
  }

  const result = await lint({
    root: rootReal,
    configPath: inputs.config ? resolve(checkout, inputs.config) : undefined,
    live,
    env,
    cwd: checkout,
    reportFilter: change ? scopeFilter(change) : undefined,
    workerEntry: options.workerEntry,
  });

  annotate(result, pathPrefix, inputs.sarifFile !== undefined);

  if (inputs.sarifFile) {
    const sarifPath = resolve(checkout, inputs.sarifFile);
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, `${JSON.stringify(sarifLog(result, { pathPrefix }), null, 2)}\n`);
    core.setOutput("sarif-file", sarifPath);
    core.info(`plumbline: wrote SARIF to ${sarifPath}`);
  } else {
    core.setOutput("sarif-file", "");
  }

  await writeSummary(result, { notes, pathPrefix, change, sarifFile: inputs.sarifFile, env });

  core.setOutput("errors", String(result.summary.errors));
  core.setOutput("warnings", String(result.summary.warnings));
  core.setOutput("infos", String(result.summary.infos));
  const { errors, warnings, infos, files } = result.summary;
  core.info(`plumbline: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} info in ${files} files`);

  for (const notice of result.notices) core.warning(`plumbline: ${notice}`);
  if (result.internalErrors.length > 0) {
    for (const message of result.internalErrors) core.error(`plumbline internal error: ${message.split("\n")[0]}`);
    core.setFailed(
      `plumbline internal error: ${result.internalErrors.length} check${result.internalErrors.length === 1 ? "" : "s"} failed, so the report is incomplete. This is a bug in plumbline; please report it with this log`,
    );
    return;
  }
  const failing = failingCount(result, inputs.failOn);
  if (failing > 0) {
    core.setFailed(`plumbline: ${failing} finding${failing === 1 ? "" : "s"} at or above fail-on "${inputs.failOn}"; see the annotations and the job summary`);
  }
}

/** Lists the pull request's files and turns them into a ChangeSet, or returns undefined to report everything. */
async function pullRequestChange(inputs: ActionInputs, pathPrefix: string, notes: string[]): Promise<ChangeSet | undefined> {
  const pullRequest = github.context.payload.pull_request;
  if (!pullRequest) {
    const message = `changed-files-only applies to pull requests, and this run is a "${github.context.eventName || "unknown"}" event: reporting findings in every file`;
    core.notice(message);
    notes.push(message);
    return undefined;
  }
  if (!inputs.githubToken) throw new UsageError("changed-files-only needs the github-token input to list the pull request's files: pass ${{ github.token }}");

  const octokit = github.getOctokit(inputs.githubToken);
  let listed: Awaited<ReturnType<typeof listPullRequestFiles>>;
  try {
    listed = await listPullRequestFiles(octokit, {
      owner: github.context.repo.owner,
      repo: github.context.repo.repo,
      pullNumber: pullRequest.number,
      changedFiles: typeof pullRequest.changed_files === "number" ? pullRequest.changed_files : undefined,
    });
  } catch (error) {
    throw new UsageError(
      `listing the files of pull request #${pullRequest.number} failed: ${(error as Error).message}: give github-token the pull-requests: read permission, or set changed-files-only to false`,
    );
  }
  if (!listed.complete) {
    const message = `${listed.reason}, so plumbline reports findings in every file`;
    core.notice(message);
    notes.push(message);
    return undefined;
  }

  const files = new Set<string>();
  let removesFiles = false;
  for (const file of listed.files) {
    const removed = file.status === "removed" || file.status === "renamed";
    const oldName = file.status === "removed" ? file.filename : file.previous_filename;
    if (removed && oldName && MANIFEST_PATTERN.test(oldName)) removesFiles = true;
    if (file.status !== "removed" && file.filename.startsWith(pathPrefix)) files.add(file.filename.slice(pathPrefix.length));
  }
  notes.push(
    `Pull request #${pullRequest.number}: reporting findings in the ${listed.files.length} changed file${listed.files.length === 1 ? "" : "s"} and in the files they affect (workloads of a changed NAD, files a changed Application renders)${removesFiles ? ", plus broken references anywhere, because the pull request removes or renames manifests" : ""}.`,
  );
  return { files, removesFiles };
}

function annotate(result: LintResult, pathPrefix: string, hasSarif: boolean): void {
  const plan = planAnnotations(result.findings);
  for (const finding of plan.annotated) {
    const properties = annotationProperties(finding, pathPrefix);
    const command = COMMAND_OF[finding.severity];
    if (command === "error") core.error(finding.message, properties);
    else if (command === "warning") core.warning(finding.message, properties);
    else core.notice(finding.message, properties);
  }
  if (plan.rest.length > 0) core.notice(restNotice(plan.rest, hasSarif ? "the job summary and the SARIF file" : "the job summary"));
}

async function writeSummary(
  result: LintResult,
  context: { notes: string[]; pathPrefix: string; change?: ChangeSet; sarifFile?: string; env: NodeJS.ProcessEnv },
): Promise<void> {
  const { env, pathPrefix } = context;
  const server = env.GITHUB_SERVER_URL;
  const repository = env.GITHUB_REPOSITORY;
  const sha = (github.context.payload.pull_request?.head as { sha?: string } | undefined)?.sha ?? env.GITHUB_SHA;
  const fileUrl = server && repository && sha ? (file: string, line: number) => `${server}/${repository}/blob/${sha}/${encodeURI(`${pathPrefix}${file}`)}#L${line}` : undefined;

  const markdown = renderMarkdown(result, {
    notes: context.notes,
    focusFiles: context.change?.files,
    fileUrl,
    fullReport: context.sarifFile ? `the SARIF file "${context.sarifFile}" lists every finding` : "set the sarif-file input, or run plumbline with --format json, for every finding",
  });
  if (!env.GITHUB_STEP_SUMMARY) {
    core.info("plumbline: GITHUB_STEP_SUMMARY is not set, so no job summary is written");
    return;
  }
  await core.summary.addRaw(markdown).write();
}

function failingCount(result: LintResult, failOn: ActionInputs["failOn"]): number {
  if (failOn === "none") return 0;
  const threshold = SEVERITY_ORDER[failOn as Severity];
  return result.findings.filter((finding) => SEVERITY_ORDER[finding.severity] <= threshold).length;
}
