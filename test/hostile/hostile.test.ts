// Runs the real CLI on every hostile repository of the corpus. plumbline must report the problem
// and keep going: exit code 0 or 1 (2 only for a bad config), no stack trace, a finding naming the
// file, and bounded wall time and peak memory. The bounds guard against hangs and explosions on a
// slow CI machine; they are not a benchmark.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { runCli, type JsonReport } from "../helpers/cli.js";
import { HOSTILE_CASES, type HostileCase } from "./corpus.js";

const MAX_WALL_MS = 45_000;
const MAX_RSS_KB = 2 * 1024 * 1024;
const RSS_PROBE = fileURLToPath(new URL("./rss-probe.mjs", import.meta.url));
// A V8 or Node stack frame: "    at name (file:line:column)" or "    at file:line:column".
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

let workDir: string;

before(() => {
  workDir = mkdtempSync(join(tmpdir(), "plumbline-hostile-"));
});

after(() => {
  rmSync(workDir, { recursive: true, force: true, maxRetries: 2 });
});

interface Measured {
  status: number | null;
  /** The JSON report, from the --output file when the CLI wrote one. */
  stdout: string;
  stderr: string;
  wallMs: number;
  rssKb: number | undefined;
}

/** Runs the CLI on `root`. The report goes to a file, because a large one overflows the pipe buffer of spawnSync. */
function runMeasured(root: string, rssFile: string, reportFile: string): Measured {
  const started = Date.now();
  const run = runCli(["--root", root, "--format", "json", "--output", reportFile], {
    cwd: "/",
    env: { NODE_OPTIONS: `--import=${RSS_PROBE}`, PLUMBLINE_RSS_FILE: rssFile },
  });
  const wallMs = Date.now() - started;
  const rssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : undefined;
  const stdout = existsSync(reportFile) ? readFileSync(reportFile, "utf8") : run.stdout;
  return { ...run, stdout, wallMs, rssKb };
}

for (const hostile of HOSTILE_CASES) {
  describe(`hostile: ${hostile.name}`, () => {
    const skipReason = hostile.skip?.();
    const options = { skip: skipReason, todo: hostile.todo };
    let run: Measured;
    let report: JsonReport | undefined;

    before(() => {
      if (skipReason) return;
      const root = join(workDir, hostile.name.replace(/[^a-z0-9]+/gi, "-"));
      mkdirSync(root);
      hostile.build(root);
      run = runMeasured(root, `${root}.rss`, `${root}.report.json`);
      try {
        report = JSON.parse(run.stdout) as JsonReport;
      } catch {
        report = undefined;
      }
    });

    test("exits with the expected code", options, () => {
      const expected = hostile.status;
      if (expected === undefined) assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}; stderr: ${run.stderr.slice(0, 2000)}`);
      else assert.equal(run.status, expected, `stderr: ${run.stderr.slice(0, 2000)}`);
    });

    test("prints no stack trace", options, () => {
      assert.doesNotMatch(run.stderr, STACK_FRAME);
      assert.doesNotMatch(run.stderr, /internal error/);
    });

    test("finishes within the time bound", options, (context) => {
      context.diagnostic(`${run.wallMs} ms, peak RSS ${run.rssKb === undefined ? "unknown" : `${Math.round(run.rssKb / 1024)} MB`}`);
      assert.ok(run.wallMs < MAX_WALL_MS, `took ${run.wallMs} ms`);
    });

    test("stays within the memory bound", options, () => {
      assert.notEqual(run.rssKb, undefined, "the RSS probe wrote nothing: the CLI did not exit normally");
      assert.ok(run.rssKb! < MAX_RSS_KB, `peak RSS ${Math.round(run.rssKb! / 1024)} MB`);
    });

    if (hostile.status === 2) {
      test("names the problem on stderr", options, () => {
        assert.ok(run.stderr.includes(hostile.stderr!), `stderr lacks "${hostile.stderr}": ${run.stderr}`);
        assert.equal(run.stderr.trim().split("\n").length, 1, `stderr has more than one line: ${run.stderr}`);
      });
    }

    for (const want of hostile.expect) {
      const where = `${want.file}${want.line ? `:${want.line}` : ""}${want.column ? `:${want.column}` : ""}`;
      test(`reports ${want.ruleId} at ${where}`, options, () => {
        assert.ok(report, `stdout is not a JSON report: ${run.stdout.slice(0, 500)}`);
        const candidates = report!.findings.filter((finding) => finding.ruleId === want.ruleId && finding.file === want.file);
        const listing = report!.findings.map((finding) => `  ${finding.ruleId} ${finding.file}:${finding.line}:${finding.column} ${finding.message.slice(0, 200)}`).join("\n");
        const match = candidates.find(
          (finding) =>
            (want.line === undefined || finding.line === want.line) &&
            (want.column === undefined || finding.column === want.column) &&
            (want.message === undefined || finding.message.includes(want.message)),
        );
        assert.ok(match, `no matching finding; the report has:\n${listing}`);
      });
    }

    if (hostile.absent) {
      test("prints nothing from outside the root", options, () => {
        for (const text of hostile.absent!()) {
          assert.ok(!run.stdout.includes(text), `stdout contains "${text}"`);
          assert.ok(!run.stderr.includes(text), `stderr contains "${text}"`);
        }
      });
    }
  });
}
