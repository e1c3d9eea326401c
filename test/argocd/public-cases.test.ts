// Runs the public example repositories whose expectations name Argo CD rules (and the clean ones)
// through lint(), and compares with each case's expect.json: expected findings (line within 1),
// forbidden rule ids, and the maximum number of errors. Skipped when the cases folder is absent.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { lint } from "../../src/lint.js";
import { PROJECT_ROOT } from "../helpers/cli.js";

interface CaseExpectation {
  findings?: { ruleId: string; file?: string; line?: number }[];
  forbid?: string[];
  maxErrors?: number;
}

const CASES = join(PROJECT_ROOT, "..", "shared", "cases");
const FAMILIES = ["argocd/", "appset/", "repo/"];

function selected(expectation: CaseExpectation): boolean {
  const wanted = expectation.findings ?? [];
  return wanted.length === 0 || wanted.some((finding) => FAMILIES.some((family) => finding.ruleId.startsWith(family)));
}

describe("public Argo CD cases", { skip: !existsSync(CASES) && "no public cases folder" }, () => {
  const names = existsSync(CASES) ? readdirSync(CASES).sort() : [];
  for (const name of names) {
    const expectPath = join(CASES, name, "expect.json");
    if (!existsSync(expectPath)) continue;
    const expectation = JSON.parse(readFileSync(expectPath, "utf8")) as CaseExpectation;
    if (!selected(expectation)) continue;

    test(name, async () => {
      const result = await lint({ root: join(CASES, name, "repo"), env: {} });
      for (const want of expectation.findings ?? []) {
        const hit = result.findings.find(
          (finding) => finding.ruleId === want.ruleId && (want.file === undefined || finding.file === want.file) && (want.line === undefined || Math.abs(finding.line - want.line) <= 1),
        );
        assert.ok(hit, `missing ${want.ruleId} at ${want.file}:${want.line}`);
      }
      for (const banned of expectation.forbid ?? []) {
        assert.deepEqual(result.findings.filter((finding) => finding.ruleId === banned).map((finding) => `${finding.file}:${finding.line}`), [], `unexpected ${banned}`);
      }
      if (expectation.maxErrors !== undefined) {
        const errors = result.findings.filter((finding) => finding.severity === "error");
        assert.ok(errors.length <= expectation.maxErrors, `errors: ${errors.map((finding) => finding.ruleId).join(", ")}`);
      }
    });
  }
});
