// The argocd/revision fixtures need a `.git` folder, which git cannot store inside a repository,
// so they keep it as `dot-git/`. This test lints copies with the folder renamed, and checks the
// same expected.json that the fixture runner reads.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { lint } from "../../src/lint.js";
import { PROJECT_ROOT } from "../helpers/cli.js";

const FIXTURES = join(PROJECT_ROOT, "test/fixtures/rules/argocd/revision");
const copies: string[] = [];
after(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

async function findingsIn(kind: "fires" | "quiet"): Promise<string[]> {
  const copy = mkdtempSync(join(tmpdir(), "plumbline-revision-"));
  copies.push(copy);
  const root = join(copy, kind);
  cpSync(join(FIXTURES, kind), root, { recursive: true });
  renameSync(join(root, "dot-git"), join(root, ".git"));
  const result = await lint({ root, env: {} });
  return result.findings.filter((finding) => finding.ruleId === "argocd/revision").map((finding) => `${finding.file}:${finding.line}:${finding.column}`);
}

test("revision fires on the fixture", async () => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, "fires/expected.json"), "utf8")) as { file: string; line: number; column: number }[];
  assert.deepEqual(await findingsIn("fires"), expected.map((finding) => `${finding.file}:${finding.line}:${finding.column}`));
});

test("revision stays quiet on the fixture", async () => {
  assert.deepEqual(await findingsIn("quiet"), []);
});
