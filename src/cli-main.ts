// The command line front end: parse flags, run lint(), print the report, choose the exit code.
import { readFileSync, writeFileSync } from "node:fs";
import { delimiter } from "node:path";
import { parseArgs } from "node:util";
import packageJson from "../package.json" with { type: "json" };
import type { RuleSetting } from "./config.js";
import { UsageError } from "./errors.js";
import { lint } from "./lint.js";
import { checkKubeconfigFiles, describeKubeconfigPaths } from "./live/kubeconfig.js";
import { formatNames, loadReporter } from "./report/index.js";
import { allRules } from "./rules/index.js";
import { SEVERITY_ORDER, type Severity } from "./types.js";

const HELP = `Usage: plumbline [options] [FILE...]

Lints a GitOps repository: Multus NetworkAttachmentDefinitions, pod network annotations and
Argo CD Applications. FILE arguments restrict which files findings are reported for; the whole
repository is always read.

Options:
  --root DIR            repository root (default: the git top level above the working directory,
                        or the working directory outside a git checkout)
  --config FILE         config file (default: .plumbline.yaml in the root, if present)
  --format NAME         output format: ${"%FORMATS%"} (default: stylish)
  --output FILE         write the report to FILE instead of standard output
  --fail-on LEVEL       exit 1 when a finding is at least LEVEL: error, warning, info, none (default: error)
  --rule ID=LEVEL       set one rule to off, info, warning or error; repeatable
  --cache               reuse parses and rule findings from the last --cache run
  --cache-location DIR  cache folder, relative to the working directory (default:
                        node_modules/.cache/plumbline in the root); implies --cache
  --no-cache            do not use the cache, even with --cache or --cache-location (for the
                        pre-commit hook's arguments)
  --threads N           most threads that parse files, the main thread included, from 1 to 64;
                        1 parses on the main thread only (default: one per core, at most 4).
                        Fewer than 1,000 files use one thread, and each thread needs 500 files
  --kubeconfig FILE     also check the live cluster with this kubeconfig (read-only)
  --live                check the live cluster with the kubeconfig in KUBECONFIG or ~/.kube/config
  --context NAME        kubeconfig context for the live checks
  --live-timeout SEC    timeout of each live request in seconds (default: 10)
  --list-rules          print every rule with its id, default severity and description
  --version             print the version
  --help                print this help

Exit codes: 0 no finding reaches --fail-on, 1 one does, 2 usage, config or internal error.
`;

const LEVELS = ["off", "info", "warning", "error"];
const FAIL_ON = ["error", "warning", "info", "none"];

export interface MainOptions {
  /** The CLI's entry module, which parse workers start from (see src/workspace/parse-pool.ts). */
  workerEntry?: string;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv, options: MainOptions = {}): Promise<number> {
  try {
    return await run(argv, env, options);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`plumbline: ${error.message}\n`);
      return 2;
    }
    const debug = (env.DEBUG ?? "").split(",").includes("plumbline");
    const detail = debug ? (error as Error).stack : (error as Error).message;
    process.stderr.write(`plumbline: internal error: ${detail}\n${debug ? "" : "Set DEBUG=plumbline for the stack trace, and report it as a bug.\n"}`);
    return 2;
  }
}

async function run(argv: string[], env: NodeJS.ProcessEnv, options: MainOptions): Promise<number> {
  const args = parseArguments(argv);

  if (args.values.help) {
    process.stdout.write(HELP.replace("%FORMATS%", formatNames().join(", ")));
    return 0;
  }
  if (args.values.version) {
    process.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  if (args.values["list-rules"]) {
    process.stdout.write(listRules());
    return 0;
  }

  const format = args.values.format ?? "stylish";
  const reporter = await loadReporter(format);
  if (!reporter) throw new UsageError(`unknown format "${format}": use one of ${formatNames().join(", ")}`);

  const failOn = args.values["fail-on"] ?? "error";
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`invalid --fail-on "${failOn}": use one of ${FAIL_ON.join(", ")}`);

  const result = await lint({
    root: args.values.root,
    configPath: args.values.config,
    files: args.positionals.length > 0 ? args.positionals : undefined,
    ruleOverrides: parseRuleOverrides(args.values.rule ?? []),
    live: liveOptions(args.values, env),
    env,
    workerEntry: options.workerEntry,
    cache: args.values["no-cache"] ? false : (cacheLocation(args.values["cache-location"]) ?? args.values.cache === true),
    threads: parseThreads(args.values.threads),
  });

  const toFile = args.values.output !== undefined;
  const color = !toFile && colorEnabled(env, process.stdout.isTTY === true);
  const output = reporter.render(result, { color });
  if (toFile) {
    try {
      writeFileSync(args.values.output!, output);
    } catch (error) {
      throw new UsageError(`cannot write --output "${args.values.output}": ${describeWriteError(error as NodeJS.ErrnoException)}`);
    }
  } else {
    process.stdout.write(output);
  }

  for (const notice of result.notices) process.stderr.write(`plumbline: warning: ${notice}\n`);
  if (result.internalErrors.length > 0) {
    const debug = (env.DEBUG ?? "").split(",").includes("plumbline");
    for (const message of result.internalErrors) {
      process.stderr.write(`plumbline: internal error: ${debug ? message : message.split("\n")[0]}\n`);
    }
    return 2;
  }
  return reachesFailOn(result.findings.map((finding) => finding.severity), failOn) ? 1 : 0;
}

function parseArguments(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        root: { type: "string" },
        config: { type: "string" },
        format: { type: "string" },
        output: { type: "string" },
        "fail-on": { type: "string" },
        rule: { type: "string", multiple: true },
        cache: { type: "boolean" },
        "cache-location": { type: "string" },
        "no-cache": { type: "boolean" },
        threads: { type: "string" },
        kubeconfig: { type: "string" },
        live: { type: "boolean" },
        context: { type: "string" },
        "live-timeout": { type: "string" },
        "list-rules": { type: "boolean" },
        version: { type: "boolean" },
        help: { type: "boolean" },
      },
    });
  } catch (error) {
    // parseArgs takes "--threads -1" as an option without its value, and calls that ambiguous.
    const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec((error as Error).message);
    if (ambiguous) throw new UsageError(`option '${ambiguous[1]}' is followed by a value that starts with "-"; write ${ambiguous[1]}=VALUE to pass it`);
    const message = (error as Error).message.split("\n")[0]!.replace(/\. To specify.*$/, "");
    throw new UsageError(`${message.charAt(0).toLowerCase()}${message.slice(1)}; run plumbline --help for the options`);
  }
}

function parseThreads(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const threads = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) {
    throw new UsageError(`invalid --threads "${value}": give a whole number from 1 to 64`);
  }
  return threads;
}

function cacheLocation(value: string | undefined): string | undefined {
  if (value === "") throw new UsageError('invalid --cache-location "": name a folder, such as --cache-location .plumbline-cache');
  return value;
}

function parseRuleOverrides(values: string[]): Record<string, RuleSetting> {
  const overrides: Record<string, RuleSetting> = {};
  for (const value of values) {
    const match = /^([^=\s]+)=(\w+)$/.exec(value);
    if (!match || !LEVELS.includes(match[2]!)) {
      throw new UsageError(`invalid --rule "${value}": write ID=LEVEL with LEVEL one of ${LEVELS.join(", ")}, e.g. --rule nad/unused=off`);
    }
    overrides[match[1]!] = match[2] as RuleSetting;
  }
  return overrides;
}

function liveOptions(values: { kubeconfig?: string; live?: boolean; context?: string; "live-timeout"?: string }, env: NodeJS.ProcessEnv) {
  if (values.kubeconfig === undefined && !values.live) {
    if (values.context !== undefined) throw new UsageError("--context needs --kubeconfig or --live");
    if (values["live-timeout"] !== undefined) throw new UsageError("--live-timeout needs --kubeconfig or --live");
    return undefined;
  }

  let timeoutMs = 10_000;
  if (values["live-timeout"] !== undefined) {
    const seconds = Number(values["live-timeout"]);
    if (values["live-timeout"].trim() === "" || !Number.isFinite(seconds) || seconds <= 0) {
      throw new UsageError(`invalid --live-timeout "${values["live-timeout"]}": give a positive number of seconds`);
    }
    timeoutMs = Math.round(seconds * 1000);
  }

  // --kubeconfig names one file. KUBECONFIG lists files that kubectl merges, skipping the missing
  // ones and empty entries. ~/.kube/config is the fallback.
  const listed = (env.KUBECONFIG ?? "").split(delimiter).filter((path) => path !== "");
  let candidates: string[] = [];
  if (values.kubeconfig !== undefined) candidates = [values.kubeconfig];
  else if (listed.length > 0) candidates = listed;
  else if (env.HOME) candidates = [`${env.HOME}/.kube/config`];
  if (candidates.length === 0) throw new UsageError("--live found no kubeconfig: set KUBECONFIG or pass --kubeconfig FILE");

  // Checked here so a broken kubeconfig is a usage error (exit 2); the messages never quote its content.
  const files: { path: string; text: string }[] = [];
  for (const path of candidates) {
    try {
      files.push({ path, text: readFileSync(path, "utf8") });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (candidates === listed && listed.length > 1 && code === "ENOENT") continue;
      throw new UsageError(`cannot read kubeconfig "${path}"${code ? ` (${code})` : ""}: pass an existing file to --kubeconfig or set KUBECONFIG`);
    }
  }
  if (files.length === 0) throw new UsageError(`none of the kubeconfig files in KUBECONFIG exists (${candidates.map((path) => `"${path}"`).join(", ")}): set KUBECONFIG to existing files or pass --kubeconfig FILE`);

  const checked = checkKubeconfigFiles(
    files.map((file) => ({ text: file.text, source: `kubeconfig "${file.path}"` })),
    describeKubeconfigPaths(files.map((file) => file.path)),
    values.context,
  );
  if ("problem" in checked) throw new UsageError(checked.problem);
  // The texts travel on, so a kubeconfig given as /dev/stdin or a pipe is read only here.
  return { kubeconfigFiles: files, context: values.context, timeoutMs };
}

/** Colour follows FORCE_COLOR, then NO_COLOR, then whether the output is a terminal. */
export function colorEnabled(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  if (env.FORCE_COLOR === "0" || env.FORCE_COLOR === "false") return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.NODE_DISABLE_COLORS !== undefined) return false;
  return isTTY && env.TERM !== "dumb";
}

export function reachesFailOn(severities: Severity[], failOn: string): boolean {
  if (failOn === "none") return false;
  const threshold = SEVERITY_ORDER[failOn as Severity];
  return severities.some((severity) => SEVERITY_ORDER[severity] <= threshold);
}

function listRules(): string {
  const rules = allRules();
  const idWidth = Math.max(...rules.map((rule) => rule.id.length));
  return `${rules.map((rule) => `${rule.id.padEnd(idWidth)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}`).join("\n")}\n`;
}

/** Says why a report file could not be written, and what to do about it. */
function describeWriteError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "its folder does not exist; create the folder or write the report elsewhere";
    case "EISDIR":
      return "it is a folder; name a file, such as plumbline.sarif, inside it";
    case "EACCES":
    case "EPERM":
      return "permission denied; choose a path you can write to";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder; fix the path";
    default:
      return `${error.message}; choose another path`;
  }
}
