// `npm run bench`: measures the bundled CLI against the `yaml` floor and js-yaml's loadAll on
// generated repositories, and the sock-shop example against `node -e 0`. Every command runs as its
// own process, in alternating order within each round, so load from other processes on the
// machine hits both sides of a ratio alike. Prints a Markdown table and writes the raw samples as
// JSON next to the generated repositories.
//
// Usage: npm run bench -- [--sizes 100,500,2000] [--rounds N] [--startup-rounds N] [--quick]
//                         [--no-build] [--cli BUNDLE] [--sock-shop DIR] [--cpu-prof]
// BENCH_GNU_TIME overrides the path of GNU time; a path that does not exist selects the fallback.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { generateRepo, type GeneratedRepo } from "./generate.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const WORK = join(tmpdir(), "bench");
const DEFAULT_CLI = join(WORK, "dist", "cli", "index.js");
let CLI = DEFAULT_CLI;
const GNU_TIME = process.env.BENCH_GNU_TIME ?? "/usr/bin/time";

interface Sample {
  wallMs: number;
  cpuMs: number;
  /** Peak resident set size in KiB. */
  maxRssKiB: number;
  exitCode: number;
}

interface Command {
  name: string;
  argv: string[];
  /** Exit codes that mean the command worked (the CLI exits 1 when it finds errors). */
  okCodes: number[];
  /** Runs before each measurement, untimed. */
  before?: () => void;
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string" },
      rounds: { type: "string" },
      "startup-rounds": { type: "string" },
      quick: { type: "boolean" },
      "no-build": { type: "boolean" },
      "sock-shop": { type: "string" },
      "cpu-prof": { type: "boolean" },
      cli: { type: "string" },
    },
  });
  const quick = values.quick === true;
  const sizes = (values.sizes ?? (quick ? "100,500" : "100,500,2000")).split(",").map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(`invalid --sizes "${values.sizes}": give app counts separated by commas, e.g. 100,500`);
  }
  return {
    sizes,
    rounds: Number(values.rounds ?? (quick ? 3 : 5)),
    startupRounds: Number(values["startup-rounds"] ?? (quick ? 10 : 20)),
    build: values["no-build"] !== true && values.cli === undefined,
    cli: resolve(values.cli ?? DEFAULT_CLI),
    sockShop: resolve(values["sock-shop"] ?? join(ROOT, "examples", "sock-shop")),
    cpuProfile: values["cpu-prof"] === true,
  };
}

/**
 * Runs one command under GNU time when present. Without it, Node commands preload
 * bench/report-usage.mjs, which prints the process's own CPU time and peak RSS.
 */
function measure(command: Command): Sample {
  const useGnuTime = existsSync(GNU_TIME);
  const usageHook = pathToFileURL(join(ROOT, "bench", "report-usage.mjs")).href;
  const argv = useGnuTime
    ? [GNU_TIME, "-v", ...command.argv]
    : command.argv[0] === process.execPath
      ? [process.execPath, "--import", usageHook, ...command.argv.slice(1)]
      : command.argv;
  command.before?.();
  const started = process.hrtime.bigint();
  const result = spawnSync(argv[0]!, argv.slice(1), { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const exitCode = result.status ?? -1;
  const stderr = result.stderr.toString();
  if (!command.okCodes.includes(exitCode)) {
    throw new Error(`${command.name} exited with ${exitCode}: ${stderr.split("\n").slice(0, 5).join(" | ")}`);
  }

  if (useGnuTime) {
    const field = (label: string): number => Number(new RegExp(`${label}: ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
    return {
      wallMs,
      cpuMs: (field("User time \\(seconds\\)") + field("System time \\(seconds\\)")) * 1000,
      maxRssKiB: field("Maximum resident set size \\(kbytes\\)"),
      exitCode,
    };
  }
  const usage = /bench-usage (\{.*\})/.exec(stderr)?.[1];
  const own = usage ? (JSON.parse(usage) as { cpuMs: number; maxRssKiB: number }) : { cpuMs: NaN, maxRssKiB: NaN };
  return { wallMs, cpuMs: own.cpuMs, maxRssKiB: own.maxRssKiB, exitCode };
}

function median(values: number[]): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs every command once per round, reversing the order every other round, after one discarded warm-up run each. */
function alternate(commands: Command[], rounds: number, label: string): Map<string, Sample[]> {
  const samples = new Map<string, Sample[]>(commands.map((command) => [command.name, []]));
  for (const command of commands) measure(command);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? commands : [...commands].reverse();
    for (const command of order) samples.get(command.name)!.push(measure(command));
    process.stderr.write(`  ${label}: round ${round + 1}/${rounds}\r`);
  }
  process.stderr.write("\n");
  return samples;
}

function buildCli(): void {
  process.stderr.write(`bundling src/cli.ts into ${dirname(CLI)}\n`);
  const result = spawnSync("npx", ["ncc", "build", "src/cli.ts", "-o", dirname(CLI), "-q"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("ncc build failed; run `npx ncc build src/cli.ts -o /tmp/bench/dist/cli` to see why");
}

/** Lints once with the JSON reporter and counts findings by rule; an internal error stops the benchmark. */
function findingsByRule(root: string): Record<string, number> {
  const result = spawnSync(process.execPath, [CLI, "--root", root, "--format", "json", "--fail-on", "none"], {
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`plumbline failed on ${root}: ${result.stderr.toString().split("\n")[0]}`);
  const report = JSON.parse(result.stdout.toString()) as { findings: { ruleId: string }[] };
  const counts: Record<string, number> = {};
  for (const finding of report.findings) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
  return counts;
}

/** Rule families registered in the bundle, with their rule counts, from `--list-rules`. */
function presentFamilies(): string[] {
  const result = spawnSync(process.execPath, [CLI, "--list-rules"]);
  const counts = new Map<string, number>();
  for (const line of result.stdout.toString().split("\n")) {
    const id = line.split(/\s+/)[0];
    if (!id || !id.includes("/")) continue;
    const family = id.slice(0, id.indexOf("/"));
    counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  return [...counts].map(([family, count]) => `${family} (${count})`);
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const mib = (kib: number): string => (Number.isFinite(kib) ? (kib / 1024).toFixed(0) : "n/a");
const ratio = (a: number, b: number): string => (Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(2)}x` : "n/a");

async function main(): Promise<void> {
  const options = parseOptions();
  mkdirSync(WORK, { recursive: true });
  CLI = options.cli;
  if (options.build) buildCli();
  if (!existsSync(CLI)) throw new Error(`no bundled CLI at ${CLI}: run without --no-build`);

  // js-yaml is a transitive dependency (of @kubernetes/client-node) without types; the floor script imports it.
  const jsYamlSpecifier = "js-yaml";
  const hasJsYaml = await import(jsYamlSpecifier).then(
    () => true,
    () => false,
  );
  const machine = `${cpus().length} x ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
  process.stderr.write(`machine: ${machine}\nrule families in the bundle: ${presentFamilies().join(", ")}\n`);

  const rows: string[] = [];
  const perDocument: { apps: number; documents: number; cliUs: number; floorUs: number; cliCpuUs: number; floorCpuUs: number }[] = [];
  const warmRatios: string[] = [];
  const loadBefore = loadavg()[0]!;
  const raw: Record<string, unknown> = { machine, families: presentFamilies(), options, sizes: {} };

  for (const apps of options.sizes) {
    const dir = join(WORK, "repos", `apps-${apps}`);
    const repo: GeneratedRepo = generateRepo(dir, apps);
    const findings = findingsByRule(dir);
    process.stderr.write(`${apps} apps: ${repo.files} files, ${repo.documents} documents, findings ${JSON.stringify(findings)}\n`);

    // Each warm command changes one file before each measurement, so it finds the cache that its
    // previous run wrote, with that one file changed: a comment appended to the root Application,
    // or the replica count of one Deployment. The second edit changes a value that rules read. It
    // runs on a copy of the repository with its own cache, so neither command reads the other's edit.
    const cacheDir = join(WORK, "cache", `apps-${apps}`);
    rmSync(cacheDir, { recursive: true, force: true });
    const edited = join(dir, "argocd", "root.yaml");
    const original = readFileSync(edited, "utf8");
    let edits = 0;
    const workloadDir = join(WORK, "repos", `apps-${apps}-workload-edit`);
    generateRepo(workloadDir, apps);
    const workloadCacheDir = join(WORK, "cache", `apps-${apps}-workload-edit`);
    rmSync(workloadCacheDir, { recursive: true, force: true });
    const workload = join(workloadDir, "apps", "app-00001", "deployment.yaml");
    const workloadText = readFileSync(workload, "utf8");
    if (!/^ {2}replicas: \d+$/m.test(workloadText)) throw new Error(`${workload} has no replica count to edit`);
    let replicas = 0;
    const commands: Command[] = [
      { name: "plumbline", argv: [process.execPath, CLI, "--root", dir], okCodes: [0, 1] },
      {
        name: "plumbline warm",
        argv: [process.execPath, CLI, "--root", dir, "--cache-location", cacheDir],
        okCodes: [0, 1],
        before: () => writeFileSync(edited, `${original}# bench edit ${++edits}\n`),
      },
      {
        name: "plumbline warm, workload changed",
        argv: [process.execPath, CLI, "--root", workloadDir, "--cache-location", workloadCacheDir],
        okCodes: [0, 1],
        before: () => writeFileSync(workload, workloadText.replace(/^ {2}replicas: \d+$/m, `  replicas: ${2 + (++replicas % 7)}`)),
      },
      { name: "yaml", argv: [process.execPath, join(ROOT, "bench", "floor-yaml.mjs"), dir], okCodes: [0] },
    ];
    if (hasJsYaml) commands.push({ name: "js-yaml", argv: [process.execPath, join(ROOT, "bench", "floor-js-yaml.mjs"), dir], okCodes: [0] });
    const samples = alternate(commands, options.rounds, `${apps} apps`);
    writeFileSync(edited, original);
    writeFileSync(workload, workloadText);
    (raw.sizes as Record<string, unknown>)[apps] = { repo, findings, samples: Object.fromEntries(samples) };

    const stat = (name: string) => {
      const list = samples.get(name) ?? [];
      return { wall: median(list.map((s) => s.wallMs)), cpu: median(list.map((s) => s.cpuMs)), rss: median(list.map((s) => s.maxRssKiB)) };
    };
    const cli = stat("plumbline");
    const warm = stat("plumbline warm");
    const warmWorkload = stat("plumbline warm, workload changed");
    const floor = stat("yaml");
    const jsYaml = hasJsYaml ? stat("js-yaml") : { wall: NaN, cpu: NaN, rss: NaN };
    const rate = (ms: number): string => (Number.isFinite(ms) ? Math.round(repo.documents / (ms / 1000)).toLocaleString("en-US") : "n/a");
    warmRatios.push(
      `${apps} apps: comment in the root app: wall ${ratio(warm.wall, cli.wall)}, CPU ${ratio(warm.cpu, cli.cpu)}; replicas of a Deployment: wall ${ratio(warmWorkload.wall, cli.wall)}, CPU ${ratio(warmWorkload.cpu, cli.cpu)}`,
    );
    perDocument.push({
      apps,
      documents: repo.documents,
      cliUs: (cli.wall * 1000) / repo.documents,
      floorUs: (floor.wall * 1000) / repo.documents,
      cliCpuUs: (cli.cpu * 1000) / repo.documents,
      floorCpuUs: (floor.cpu * 1000) / repo.documents,
    });

    rows.push(
      `| ${apps} | ${repo.documents} | plumbline | ${seconds(cli.wall)} | ${seconds(cli.cpu)} | ${rate(cli.wall)} | ${mib(cli.rss)} | ${ratio(cli.wall, floor.wall)} | ${ratio(cli.cpu, floor.cpu)} | ${ratio(cli.rss, floor.rss)} |`,
      `| ${apps} | ${repo.documents} | plumbline --cache, root app comment changed | ${seconds(warm.wall)} | ${seconds(warm.cpu)} | ${rate(warm.wall)} | ${mib(warm.rss)} | ${ratio(warm.wall, floor.wall)} | ${ratio(warm.cpu, floor.cpu)} | ${ratio(warm.rss, floor.rss)} |`,
      `| ${apps} | ${repo.documents} | plumbline --cache, Deployment replicas changed | ${seconds(warmWorkload.wall)} | ${seconds(warmWorkload.cpu)} | ${rate(warmWorkload.wall)} | ${mib(warmWorkload.rss)} | ${ratio(warmWorkload.wall, floor.wall)} | ${ratio(warmWorkload.cpu, floor.cpu)} | ${ratio(warmWorkload.rss, floor.rss)} |`,
      `| ${apps} | ${repo.documents} | yaml floor | ${seconds(floor.wall)} | ${seconds(floor.cpu)} | ${rate(floor.wall)} | ${mib(floor.rss)} | 1.00x | 1.00x | 1.00x |`,
      hasJsYaml
        ? `| ${apps} | ${repo.documents} | js-yaml loadAll | ${seconds(jsYaml.wall)} | ${seconds(jsYaml.cpu)} | ${rate(jsYaml.wall)} | ${mib(jsYaml.rss)} | ${ratio(jsYaml.wall, floor.wall)} | ${ratio(jsYaml.cpu, floor.cpu)} | ${ratio(jsYaml.rss, floor.rss)} |`
        : `| ${apps} | ${repo.documents} | js-yaml loadAll | not importable | | | | | | |`,
    );
  }

  let startupRow = `| sock-shop | | skipped: no folder at ${options.sockShop} | | | | | | | |`;
  let startupCpuMs = NaN;
  if (existsSync(options.sockShop)) {
    const commands: Command[] = [
      { name: "plumbline", argv: [process.execPath, CLI, "--root", options.sockShop], okCodes: [0, 1] },
      { name: "node -e 0", argv: [process.execPath, "-e", "0"], okCodes: [0] },
    ];
    const samples = alternate(commands, options.startupRounds, "sock-shop");
    (raw as Record<string, unknown>).sockShop = Object.fromEntries(samples);
    const cli = samples.get("plumbline")!;
    const node = samples.get("node -e 0")!;
    const wall = [median(cli.map((s) => s.wallMs)), median(node.map((s) => s.wallMs))] as const;
    const cpu = [median(cli.map((s) => s.cpuMs)), median(node.map((s) => s.cpuMs))] as const;
    const rss = [median(cli.map((s) => s.maxRssKiB)), median(node.map((s) => s.maxRssKiB))] as const;
    startupCpuMs = cpu[0];
    startupRow = `| sock-shop | | plumbline vs node -e 0 | ${seconds(wall[0])} vs ${seconds(wall[1])} | ${seconds(cpu[0])} vs ${seconds(cpu[1])} | | ${mib(rss[0])} vs ${mib(rss[1])} | ${ratio(wall[0], wall[1])} | ${ratio(cpu[0], cpu[1])} | ${ratio(rss[0], rss[1])} |`;
  }

  const lines = [
    "",
    `machine: ${machine}`,
    `rule families in the bundle (rules): ${presentFamilies().join(", ")}`,
    `medians of ${options.rounds} alternating rounds (sock-shop: ${options.startupRounds}); ratios against the yaml floor of the same size`,
    "",
    "| apps | documents | command | wall s | CPU s | documents/s | peak RSS MiB | wall ratio | CPU ratio | RSS ratio |",
    "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
    startupRow,
    "",
    "time per document, µs (wall / CPU): " +
      perDocument
        .map((entry) => `${entry.apps} apps: plumbline ${entry.cliUs.toFixed(0)} / ${entry.cliCpuUs.toFixed(0)}, yaml floor ${entry.floorUs.toFixed(0)} / ${entry.floorCpuUs.toFixed(0)}`)
        .join("; "),
  ];
  lines.push(`warm run (--cache, one file changed) against the cold run: ${warmRatios.join("; ")}`);
  if (Number.isFinite(startupCpuMs)) {
    // The sock-shop run approximates the fixed cost of a run (start-up, module loading, schema compiles).
    lines.push(
      "plumbline CPU per document net of the sock-shop run, µs: " +
        perDocument.map((entry) => `${entry.apps} apps: ${(entry.cliCpuUs - (startupCpuMs * 1000) / entry.documents).toFixed(0)}`).join("; "),
    );
  }
  if (perDocument.length > 1) {
    const first = perDocument[0]!;
    const last = perDocument.at(-1)!;
    lines.push(
      `plumbline time per document at ${last.apps} apps vs ${first.apps} apps: wall ${ratio(last.cliUs, first.cliUs)}, CPU ${ratio(last.cliCpuUs, first.cliCpuUs)}`,
    );
  }
  lines.push(`load average (1 min) before / after the measurements: ${loadBefore.toFixed(1)} / ${loadavg()[0]!.toFixed(1)}`);
  process.stdout.write(`${lines.join("\n")}\n`);

  const rawPath = join(WORK, `results-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(rawPath, JSON.stringify(raw, null, 2));
  process.stderr.write(`raw samples: ${rawPath}\n`);

  if (options.cpuProfile) {
    const apps = options.sizes.at(-1)!;
    const profileDir = join(WORK, "profiles");
    spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", profileDir, CLI, "--root", join(WORK, "repos", `apps-${apps}`)], { stdio: "ignore" });
    process.stderr.write(`CPU profile of the CLI at ${apps} apps in ${profileDir}; summarise it with node bench/profile-summary.mjs FILE\n`);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(1);
});
