// The bundled Action on a repository large enough for parse workers: the workers start from the
// Action's own bundle and the report equals a single-thread lint's.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { generateRepo } from "../../bench/generate.js";
import { lint } from "../../src/lint.js";
import { MIN_FILES_FOR_WORKERS } from "../../src/workspace/parse-pool.js";
import { runAction, type ActionRun } from "./harness.js";

describe("Action with parse workers", () => {
  let base: string;
  let root: string;
  let run: ActionRun;

  before(async () => {
    base = mkdtempSync(join(tmpdir(), "plumbline-action-workers-"));
    root = join(base, "repo");
    // Each generated app writes 5 files, so this is just above the threshold for workers.
    generateRepo(root, Math.ceil(MIN_FILES_FOR_WORKERS / 5) + 1);
    run = await runAction({ workspace: root, env: { DEBUG: "plumbline" } });
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  test("parses on a worker thread", () => {
    assert.match(run.stderr, /parse: \d+ files on \d+ worker threads? and the main thread/);
    assert.doesNotMatch(run.stderr, /parse worker failed/);
  });

  test("reports what a single-thread lint reports", async () => {
    const single = await lint({ root, threads: 1 });
    assert.ok(single.summary.errors > 0, "the generated repository has missing references");
    assert.equal(run.outputs.errors, String(single.summary.errors));
    // The Action annotates only the first findings (GitHub shows at most 10 errors per step), so each
    // annotation must be a finding of the single-thread lint, at the same position.
    const expected = new Set(single.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}`));
    const annotated = run.commands.filter((command) => command.command === "error" && command.properties.file !== undefined);
    assert.ok(annotated.length > 0, "no annotation");
    for (const command of annotated) assert.ok(expected.has(`${command.properties.file}:${command.properties.line}:${command.properties.col}`), JSON.stringify(command));
  });
});
