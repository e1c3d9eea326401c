// The single entry point of every front end: config, model, rules, filter, sort.
import { accessSync, constants, existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { checkExcludeGlobs, closestName, loadConfig, type Config, type RuleSetting } from "./config.js";
import { debug, timed } from "./debug.js";
import { setupNotices } from "./setup-notices.js";
import { UsageError } from "./errors.js";
import { allRules, ruleIds } from "./rules/index.js";
import { applySuppressions, collectSuppressions, unusedSuppressions } from "./suppressions.js";
import {
  SEVERITY_ORDER,
  type Finding,
  type LiveOptions,
  type LiveRuleContext,
  type Range,
  type RegisteredRule,
  type Report,
  type ReportInput,
  type Severity,
} from "./types.js";
import { loadWorkspace } from "./workspace/load.js";
import { setFactStore } from "./workspace/file-facts.js";
import { restrictedWorkspace } from "./workspace/view.js";
import type { Workspace } from "./workspace/workspace.js";

export interface LintOptions {
  /** Repository root; defaults to the git top level above `cwd`, else `cwd`. */
  root?: string;
  /** Config file; defaults to `.plumbline.yaml` in the root when present. */
  configPath?: string;
  /** Report only findings in these files or folders (absolute or relative to `cwd`); the model is still the whole repo. */
  files?: readonly string[];
  /** Severity overrides that win over the config file's `rules`. */
  ruleOverrides?: Readonly<Record<string, RuleSetting>>;
  /** Runs the live cluster rules too. */
  live?: LiveOptions;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** A further reporting filter, e.g. the Action's changed-files mode; receives the finished workspace. */
  reportFilter?: (finding: Finding, workspace: Workspace) => boolean;
  /**
   * Entry module of the CLI or Action, which parse workers start from; without it all files are
   * parsed on the calling thread. See src/workspace/parse-pool.ts.
   */
  workerEntry?: string;
  /** Threads for parsing, the calling one included (default: the cores, at most 4); 1 uses no workers. */
  threads?: number;
  /**
   * Keep each file's parse in a cache keyed by its content, and reuse it on the next run: true for
   * the default folder (node_modules/.cache/plumbline under the root), or the folder to use.
   */
  cache?: boolean | string;
}

export interface LintResult extends Report {
  /** The model the findings came from, for reporters that draw it (Mermaid) or filter by it. */
  workspace: Workspace;
  config: Config;
  /** Rule failures: a bug in plumbline, never in the user's repo. Front ends exit 2 when present. */
  internalErrors: string[];
  /** Problems of the run itself, not of the repository, such as a cache that could not be written. */
  notices: string[];
  /** Set when FILE arguments restricted the report: whether a root-relative file is one of them or below one. */
  reportedIn?: (file: string) => boolean;
}

export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolveRoot(options.root, cwd);
  const rules = allRules();
  const knownIds = ruleIds();

  const config = loadConfig(root, options.configPath, knownIds, cwd);
  await checkExcludeGlobs(config);
  const settings = effectiveSettings(config, options.ruleOverrides, knownIds);
  const reportOnly = options.files ? toReportScope(options.files, root, cwd) : undefined;

  const notices: string[] = [];
  const finishers: (() => void)[] = [];
  const location = cacheLocation(options, root);
  const contentHashes = new Map<string, string>();
  const workspace = await timed("load workspace", () =>
    loadWorkspace(root, config, {
      env: options.env,
      pool: { workerEntry: options.workerEntry, threads: options.threads },
      cacheLocation: location,
      notices,
      finishers,
      contentHashes,
    }),
  );
  debug(`${workspace.files.size} files, ${workspace.documentCount} documents, ${workspace.objects.length} objects, ${workspace.applications.length} Applications`);
  notices.push(...setupNotices(workspace, config, reportOnly));
  const internalErrors: string[] = [];
  const findings: Finding[] = [];
  // Loaded only with --cache, like the parse cache.
  const ruleCache = location
    ? await timed("open the findings cache", async () => (await import("./rule-cache.js")).openRuleCache({ location, workspace, config, settings, hashes: contentHashes }))
    : undefined;
  if (ruleCache) setFactStore(workspace, ruleCache.facts);

  for (const rule of rules) {
    if (settings.get(rule.id) === "off") continue;
    if (rule.live && !options.live) continue;
    const cached = rule.reads && !rule.live ? { ...rule, reads: rule.reads } : undefined;
    const plan = cached && ruleCache?.plan(cached);
    if (plan) {
      findings.push(...plan.reused);
      if (plan.rerun?.size === 0) continue;
    }
    const firstFinding = findings.length;
    const errorsBefore = internalErrors.length;
    const partition = rule.partition ? { kinds: rule.partition.kinds, files: plan?.rerun } : undefined;
    let view: Workspace = workspace;
    try {
      if (rule.reads) view = restrictedWorkspace(workspace, rule.id, rule.reads, partition);
    } catch (error) {
      internalErrors.push(`rule ${rule.id} failed: ${(error as Error).message}`);
      continue;
    }
    const context: LiveRuleContext = {
      workspace: view,
      config,
      live: options.live as LiveOptions,
      report: (input) => {
        const finding = toFinding(rule, input, settings.get(rule.id), internalErrors);
        if (finding) findings.push(finding);
      },
    };
    try {
      await timed(`rule ${rule.id}`, () => rule.check(context));
    } catch (error) {
      internalErrors.push(`rule ${rule.id} failed: ${(error as Error).stack ?? String(error)}`);
    }
    if (ruleCache && cached && plan && internalErrors.length === errorsBefore) {
      const problem = ruleCache.record(cached, plan, findings.slice(firstFinding));
      if (problem) internalErrors.push(problem);
    }
  }
  if (ruleCache) {
    const { reused, partly, ran } = ruleCache.stats;
    debug(`cache: findings of ${reused} rules reused, ${partly} rules ran on changed files only, ${ran} rules ran`);
    finishers.push(() => {
      const warning = ruleCache.save();
      if (warning) notices.push(warning);
    });
  }

  const suppressions = await timed("suppressions", () => collectSuppressions(workspace));
  const kept = applySuppressions(findings, suppressions);
  const unusedRule = rules.find((rule) => rule.id === "suppression/unused")!;
  if (settings.get(unusedRule.id) !== "off") {
    for (const unused of unusedSuppressions(suppressions, knownIds)) {
      const finding = toFinding(unusedRule, unused, settings.get(unusedRule.id), internalErrors);
      if (finding) kept.push(finding);
    }
  }

  const reported = kept.filter(
    (finding) => (!reportOnly || inScope(reportOnly, finding.file)) && (!options.reportFilter || options.reportFilter(finding, workspace)),
  );
  reported.sort(compareFindings);

  for (const finish of finishers) await timed("finish (write the cache)", finish);
  return {
    version: 1,
    root,
    findings: reported,
    summary: {
      files: [...workspace.files.values()].filter((file) => file.role !== "other").length,
      documents: workspace.documentCount,
      errors: reported.filter((finding) => finding.severity === "error").length,
      warnings: reported.filter((finding) => finding.severity === "warning").length,
      infos: reported.filter((finding) => finding.severity === "info").length,
    },
    rules,
    workspace,
    config,
    internalErrors,
    notices,
    ...(reportOnly ? { reportedIn: (file: string) => inScope(reportOnly, file) } : {}),
  };
}

/** Resolves the root: `root` when given, else the git top level above `cwd` (a folder with `.git`), else `cwd`; always a real path. */
export function resolveRoot(root: string | undefined, cwd: string): string {
  if (root !== undefined) {
    const absolute = resolve(cwd, root);
    if (!existsSync(absolute)) throw new UsageError(`root "${root}" not found: pass an existing folder to --root`);
    if (!statSync(absolute).isDirectory()) throw new UsageError(`root "${root}" is a file, not a folder: pass the repository folder to --root`);
    assertListable(absolute, root);
    return realpathSync(absolute);
  }

  let current = realpathSync(cwd);
  for (;;) {
    if (existsSync(join(current, ".git"))) break;
    const parent = dirname(current);
    if (parent === current) {
      current = realpathSync(cwd);
      break;
    }
    current = parent;
  }
  assertListable(current, current);
  return current;
}

/**
 * Rejects a root that cannot be listed, or whose entries cannot be reached, with a usage error:
 * linted as an empty repository, it would pass.
 */
function assertListable(absolute: string, asWritten: string): void {
  try {
    accessSync(absolute, constants.R_OK | constants.X_OK);
    readdirSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`root "${asWritten}" cannot be listed${code ? ` (${code})` : ""}: make the folder readable, or run plumbline as a user who can read it`);
  }
}

function effectiveSettings(
  config: Config,
  overrides: Readonly<Record<string, RuleSetting>> | undefined,
  knownIds: ReadonlySet<string>,
): Map<string, RuleSetting | undefined> {
  const settings = new Map<string, RuleSetting | undefined>();
  for (const [id, setting] of Object.entries(config.rules)) settings.set(id, setting);
  for (const [id, setting] of Object.entries(overrides ?? {})) {
    if (!knownIds.has(id)) {
      const hint = closestName(id, [...knownIds]);
      throw new UsageError(`unknown rule "${id}" in --rule${hint ? ` (did you mean "${hint}"?)` : ""}; run plumbline --list-rules for the ids`);
    }
    settings.set(id, setting);
  }
  return settings;
}

/** The files and folders findings are reported for, root-relative with `/` separators. */
export interface ReportScope {
  files: Set<string>;
  /** Folder prefixes ending in `/`; "" stands for the whole root. */
  folders: string[];
}

function toReportScope(paths: readonly string[], root: string, cwd: string): ReportScope {
  const scope: ReportScope = { files: new Set(), folders: [] };
  for (const path of paths) {
    if (path === "") throw new UsageError('empty FILE argument: pass a file or folder inside the root, or "." for all of it');
    const absolute = isAbsolute(path) ? path : resolve(cwd, path);
    if (!existsSync(absolute)) {
      // existsSync is false for a file in a folder that cannot be entered, too.
      const code = statErrorCode(absolute);
      if (code === "EACCES" || code === "EPERM") throw new UsageError(`file "${path}" cannot be reached (permission denied): make its folders readable, or run plumbline as a user who can read them`);
      const base = isAbsolute(path) ? "" : ` (a relative FILE is taken from the working directory, ${cwd}, not from the root)`;
      throw new UsageError(`file "${path}" not found${base}: pass existing files or folders inside the root`);
    }

    // The parent folder is resolved, so a root reached through a symlink still matches. The name
    // itself is kept, because a symlinked manifest is reported under its own path.
    const real = join(realpathSync(dirname(absolute)), absolute.slice(dirname(absolute).length + 1));
    const relativePath = relative(root, real).split(sep).join("/");
    if (relativePath.startsWith("..") || isAbsolute(relativePath)) {
      throw new UsageError(`file "${path}" is outside the root "${root}": pass files inside the repository, or set --root`);
    }

    if (statSync(absolute).isDirectory()) scope.folders.push(relativePath === "" ? "" : `${relativePath}/`);
    else scope.files.add(relativePath);
  }
  return scope;
}

function inScope(scope: ReportScope, file: string): boolean {
  // A finding on a folder itself (one that cannot be listed, say) is in the scope of that folder.
  return scope.files.has(file) || scope.folders.some((folder) => folder === "" || file.startsWith(folder) || `${file}/` === folder);
}

function statErrorCode(path: string): string | undefined {
  try {
    statSync(path);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
}

function toFinding(
  rule: RegisteredRule,
  input: ReportInput,
  setting: RuleSetting | undefined,
  internalErrors: string[],
): Finding | undefined {
  const problem = invalidRange(input.range);
  if (problem) {
    internalErrors.push(`rule ${rule.id} reported an invalid position in ${input.file}: ${problem}`);
    return undefined;
  }
  const severity: Severity = setting && setting !== "off" ? setting : input.severity ?? rule.defaultSeverity;
  return {
    ruleId: rule.id,
    severity,
    message: input.message,
    file: input.file,
    line: input.range.line,
    column: input.range.column,
    endLine: input.range.endLine,
    endColumn: input.range.endColumn,
    ...(input.resource ? { resource: input.resource } : {}),
    docsUrl: rule.docsUrl,
  };
}

/** Positions are validated centrally, so a rule bug shows up as an internal error rather than a wrong annotation. */
function invalidRange(range: Range): string | undefined {
  const values = [range.line, range.column, range.endLine, range.endColumn];
  if (!values.every((value) => Number.isInteger(value) && value >= 1)) return `non-positive or non-integer position ${JSON.stringify(range)}`;
  if (range.endLine < range.line || (range.endLine === range.line && range.endColumn < range.column)) {
    return `end before start ${JSON.stringify(range)}`;
  }
  return undefined;
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.severity !== b.severity) return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  return a.ruleId.localeCompare(b.ruleId);
}

/** Default cache folder below the repository root; discovery never enters node_modules. */
const DEFAULT_CACHE_DIR = join("node_modules", ".cache", "plumbline");

function cacheLocation(options: LintOptions, root: string): string | undefined {
  if (options.cache === undefined || options.cache === false) return undefined;
  if (options.cache === true) return join(root, DEFAULT_CACHE_DIR);
  return resolve(options.cwd ?? process.cwd(), options.cache);
}
