// Runs the plumbline CLI as a real process, from source through tsx, so tests need no rebuilt dist/.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI_SOURCE = fileURLToPath(new URL("../../src/cli.ts", import.meta.url));
// Resolved here, so the child finds tsx whatever its working directory is.
const TSX_LOADER = import.meta.resolve("tsx");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, ["--import", TSX_LOADER, CLI_SOURCE, ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, GITHUB_ACTIONS: "", GITHUB_REPOSITORY: "", ...options.env },
    input: options.input,
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  resource?: { kind: string; namespace?: string; name: string };
}

export interface JsonReport {
  version: number;
  root: string;
  findings: JsonFinding[];
  summary: { files: number; documents: number; errors: number; warnings: number; infos: number };
}

/** Runs the CLI with `--format json` and parses the report; fails loudly when stdout is not JSON. */
export function runCliJson(args: string[], options: Parameters<typeof runCli>[1] = {}): CliRun & { report: JsonReport } {
  const run = runCli(["--format", "json", ...args], options);
  let report: JsonReport;
  try {
    report = JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`CLI printed no JSON report (exit ${run.status}): ${run.stderr || run.stdout}`);
  }
  return { ...run, report };
}
