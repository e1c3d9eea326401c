// Every registered rule has two fixture repositories under test/fixtures/rules/<rule-id>/:
//   fires/  a repo plus expected.json, the exact findings of that rule: [{ file, line, column, message? }]
//           (`message` is a substring the message must contain);
//   quiet/  a repo in which the rule reports nothing.
// Live rules need a cluster and are tested against a local API server instead.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { lint } from "../src/lint.js";
import { allRules } from "../src/rules/index.js";
import { PROJECT_ROOT } from "./helpers/cli.js";

interface ExpectedFinding {
  file: string;
  line: number;
  column?: number;
  message?: string;
  severity?: string;
}

const FIXTURES = join(PROJECT_ROOT, "test/fixtures/rules");

for (const rule of allRules()) {
  if (rule.live) continue;
  const dir = join(FIXTURES, rule.id);

  describe(`rule ${rule.id}`, () => {
    test("has a firing fixture", () => assert.ok(existsSync(join(dir, "fires/expected.json")), `missing ${join(dir, "fires/expected.json")}`));
    test("has a quiet fixture", () => assert.ok(existsSync(join(dir, "quiet")), `missing ${join(dir, "quiet")}`));

    if (existsSync(join(dir, "fires/expected.json"))) {
      test("fires where expected", async () => {
        const expected = JSON.parse(readFileSync(join(dir, "fires/expected.json"), "utf8")) as ExpectedFinding[];
        const result = await lintFixture(join(dir, "fires"));
        assert.deepEqual(result.internalErrors, []);
        const actual = result.findings.filter((finding) => finding.ruleId === rule.id);
        assert.deepEqual(
          actual.map((finding) => `${finding.file}:${finding.line}${expectsColumn(expected, finding.file, finding.line) ? `:${finding.column}` : ""}`),
          expected.map((finding) => `${finding.file}:${finding.line}${finding.column !== undefined ? `:${finding.column}` : ""}`),
          `findings of ${rule.id}:\n${actual.map((finding) => `  ${finding.file}:${finding.line}:${finding.column} ${finding.message}`).join("\n")}`,
        );
        expected.forEach((want, index) => {
          if (want.message !== undefined) assert.ok(actual[index]!.message.includes(want.message), `message "${actual[index]!.message}" lacks "${want.message}"`);
          if (want.severity !== undefined) assert.equal(actual[index]!.severity, want.severity);
        });
      });
    }

    if (existsSync(join(dir, "quiet"))) {
      test("stays quiet on a correct repo", async () => {
        const result = await lintFixture(join(dir, "quiet"));
        assert.deepEqual(result.internalErrors, []);
        const actual = result.findings.filter((finding) => finding.ruleId === rule.id);
        assert.deepEqual(actual.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.message}`), []);
      });
    }
  });
}

/**
 * Lints a fixture repository. git cannot store a `.git` folder inside the project, so fixtures that
 * need one keep it as `dot-git/`; those are copied to a temp folder with the folder renamed first.
 */
async function lintFixture(root: string) {
  if (!existsSync(join(root, "dot-git"))) return lint({ root, env: {} });
  const copy = join(mkdtempSync(join(tmpdir(), "plumbline-fixture-")), "repo");
  cpSync(root, copy, { recursive: true, verbatimSymlinks: true });
  renameSync(join(copy, "dot-git"), join(copy, ".git"));
  try {
    return await lint({ root: copy, env: {} });
  } finally {
    rmSync(join(copy, ".."), { recursive: true, force: true });
  }
}

function expectsColumn(expected: ExpectedFinding[], file: string, line: number): boolean {
  return expected.some((finding) => finding.file === file && finding.line === line && finding.column !== undefined);
}
