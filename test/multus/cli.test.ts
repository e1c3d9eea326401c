// The attachment rules through the real CLI process: JSON report fields, positions and exit code.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { PROJECT_ROOT, runCliJson } from "../helpers/cli.js";

const FIXTURE = join(PROJECT_ROOT, "test/fixtures/rules/attachment/unknown-network/fires");

describe("attachment findings through the CLI", () => {
  const run = runCliJson(["--root", FIXTURE]);
  const findings = run.report.findings.filter((finding) => finding.ruleId === "attachment/unknown-network");

  test("exits 1 on errors", () => assert.equal(run.status, 1));
  test("reports every unknown reference", () => assert.equal(findings.length, 5));
  test("points at the element", () => {
    const first = findings[0]!;
    assert.deepEqual([first.file, first.line, first.column, first.endLine, first.endColumn], ["workloads/pods.yaml", 7, 34, 7, 37]);
  });
  test("names the pod as resource", () => assert.deepEqual(findings[0]!.resource, { kind: "Pod", namespace: "apps", name: "other-namespace" }));
  test("suggests the other namespace", () => assert.ok(findings[0]!.message.includes('write "net/lan"')));
});
