// Runs the real CLI on copies of public cases that involve NADs and checks the findings of the
// nad/ rules this module implements: every expected finding appears on its line, and no forbidden
// rule fires. Rules of other families in the same expect.json are left to their own tests.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { nadRules } from "../../src/rules/nad/index.js";
import { PROJECT_ROOT, runCliJson } from "../helpers/cli.js";

interface CaseExpectation {
  findings: { ruleId: string; file?: string; line?: number }[];
  forbid?: string[];
}

const CASES = join(PROJECT_ROOT, "test/nad/cases");
const OWN_RULES = new Set(nadRules.map((rule) => rule.id));

describe("public NAD cases through the CLI", () => {
  for (const name of readdirSync(CASES).sort()) {
    const expectation = JSON.parse(readFileSync(join(CASES, name, "expect.json"), "utf8")) as CaseExpectation;
    const wanted = expectation.findings.filter((finding) => OWN_RULES.has(finding.ruleId));
    const forbidden = (expectation.forbid ?? []).filter((id) => OWN_RULES.has(id));

    test(name, () => {
      const { report } = runCliJson(["--root", join(CASES, name, "repo"), "--fail-on", "none"]);
      const own = report.findings.filter((finding) => OWN_RULES.has(finding.ruleId));

      for (const want of wanted) {
        const hit = own.find((finding) => finding.ruleId === want.ruleId && finding.file === want.file && finding.line === want.line);
        assert.ok(hit, `missing ${want.ruleId} at ${want.file}:${want.line}; got ${own.map((finding) => `${finding.ruleId}@${finding.file}:${finding.line}`).join(", ")}`);
      }
      for (const id of forbidden) {
        const hit = own.find((finding) => finding.ruleId === id);
        assert.equal(hit, undefined, `unexpected ${id}: ${hit?.file}:${hit?.line} ${hit?.message}`);
      }
    });
  }
});
