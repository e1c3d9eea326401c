// Runs the bundled Action (dist/action/index.js) as the runner does. Inputs are INPUT_* variables
// (upper-cased, hyphens kept). Outputs and the job summary go to the files named by GITHUB_OUTPUT
// and GITHUB_STEP_SUMMARY, the event payload comes from GITHUB_EVENT_PATH, and the REST API is at
// GITHUB_API_URL, which tests point at a local server.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

let bundle: string | undefined;

/**
 * Returns the Action bundle: PLUMBLINE_ACTION_BUNDLE when set, else the committed
 * dist/action/index.js (CI rebuilds it before the tests), else one built now into a temp folder.
 */
export function actionBundle(): string {
  if (bundle) return bundle;
  const override = process.env.PLUMBLINE_ACTION_BUNDLE;
  if (override) return (bundle = override);
  const committed = join(PROJECT_ROOT, "dist/action/index.js");
  if (existsSync(committed)) return (bundle = committed);
  const out = mkdtempSync(join(tmpdir(), "plumbline-action-bundle-"));
  const build = spawnSync("npx", ["ncc", "build", "src/action.ts", "-o", out, "-q"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`building the Action bundle failed: ${build.stderr}`);
  return (bundle = join(out, "index.js"));
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands printed on stdout, e.g. `{ command: "error", properties: { file: "a.yaml" }, message }`. */
  commands: WorkflowCommand[];
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionOptions {
  workspace: string;
  inputs?: Record<string, string>;
  /** The webhook payload; a pull_request event when it has `pull_request`. */
  event?: Record<string, unknown>;
  eventName?: string;
  apiUrl?: string;
  env?: Record<string, string>;
}

/** Folders of the runs, removed when the test process exits. */
const runFolders: string[] = [];
process.on("exit", () => {
  for (const folder of runFolders) rmSync(folder, { recursive: true, force: true });
});

export async function runAction(options: ActionOptions): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), "plumbline-action-run-"));
  runFolders.push(temp);
  const outputFile = join(temp, "output.txt");
  const summaryFile = join(temp, "summary.md");
  const eventFile = join(temp, "event.json");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));

  // A clean environment, so variables of a CI run that hosts these tests cannot leak in.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? (options.event?.pull_request ? "pull_request" : "push"),
    GITHUB_REPOSITORY: "acme/gitops",
    GITHUB_SERVER_URL: "https://github.example.com",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_API_URL: options.apiUrl ?? "http://127.0.0.1:9",
    RUNNER_TEMP: temp,
    NO_PROXY: "127.0.0.1,localhost",
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;

  const child = spawn(process.execPath, [actionBundle()], { cwd: options.workspace, env });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));

  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, "utf8")),
    summary: readFileSync(summaryFile, "utf8"),
    commands: parseCommands(stdout),
  };
}

/** Parses the `name<<DELIMITER` blocks that @actions/core writes to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index]!);
    if (!match) continue;
    const values: string[] = [];
    for (index += 1; index < lines.length && lines[index] !== match[2]; index += 1) values.push(lines[index]!);
    outputs[match[1]!] = values.join("\n");
  }
  return outputs;
}

function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split("\n")) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? "").split(",").filter(Boolean)) {
      const equals = pair.indexOf("=");
      properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1));
    }
    commands.push({ command: match[1]!, properties, message: unescape(match[3]!) });
  }
  return commands;
}

function unescape(text: string): string {
  return text.replaceAll("%0D", "\r").replaceAll("%0A", "\n").replaceAll("%3A", ":").replaceAll("%2C", ",").replaceAll("%25", "%");
}

export interface FakeGitHub {
  url: string;
  requests: { path: string; authorization?: string }[];
  close(): Promise<void>;
}

/**
 * Starts a REST API stand-in on 127.0.0.1 that serves "List pull requests files" for any pull
 * request, paginated by `per_page` (30 by default, 100 at most, as GitHub does) with a Link header.
 */
export async function startFakeGitHub(files: { filename: string; status?: string; previous_filename?: string }[]): Promise<FakeGitHub> {
  const requests: FakeGitHub["requests"] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    requests.push({ path: `${url.pathname}${url.search}`, authorization: request.headers.authorization });
    if (request.headers.authorization === "token forbidden") {
      response.writeHead(403, { "content-type": "application/json" }).end(JSON.stringify({ message: "Resource not accessible by integration" }));
      return;
    }
    if (!/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(url.pathname)) {
      response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "Not Found" }));
      return;
    }
    const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 30), 100);
    const page = Number(url.searchParams.get("page") ?? 1);
    const slice = files.slice((page - 1) * perPage, page * perPage).map((file) => ({ status: "modified", additions: 1, deletions: 0, changes: 1, ...file }));
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (page * perPage < files.length) {
      const next = new URL(url);
      next.host = request.headers.host ?? next.host;
      next.searchParams.set("page", String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    response.writeHead(200, headers).end(JSON.stringify(slice));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("fake GitHub server has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
