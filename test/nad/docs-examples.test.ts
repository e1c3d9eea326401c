// Lints the failing and passing YAML examples of every nad/ rule page, so the docs stay true: the
// failing example must raise the rule and the passing one must not.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { lint } from "../../src/lint.js";
import { nadRules } from "../../src/rules/nad/index.js";
import { PROJECT_ROOT } from "../helpers/cli.js";

/** Cluster settings the examples of some pages are written for. */
const CONFIG_FOR: Record<string, string> = {
  "nad/master-interface": "cluster:\n  profile: docker-desktop\n",
  "nad/plugin-not-installed": "cluster:\n  profile: docker-desktop\n",
};

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Returns the first YAML block after a paragraph that starts with one of `labels`. */
function exampleAfter(markdown: string, labels: string[]): string | undefined {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => labels.some((label) => line.startsWith(label)));
  if (start < 0) return undefined;
  const open = lines.findIndex((line, index) => index > start && line.startsWith("```yaml"));
  const close = lines.findIndex((line, index) => index > open && line.startsWith("```"));
  return lines.slice(open + 1, close).join("\n") + "\n";
}

async function findingsOf(ruleId: string, yaml: string): Promise<string[]> {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "plumbline-docs-")));
  roots.push(root);
  writeFileSync(join(root, "example.yaml"), yaml);
  if (CONFIG_FOR[ruleId]) writeFileSync(join(root, ".plumbline.yaml"), CONFIG_FOR[ruleId]!);
  const result = await lint({ root, env: {} });
  return result.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => `${finding.line}:${finding.column} ${finding.message}`);
}

describe("nad rule docs examples", () => {
  for (const rule of nadRules) {
    const page = join(PROJECT_ROOT, "docs/rules", `${rule.id}.md`);

    test(`${rule.id} has a page`, () => assert.ok(existsSync(page), `missing ${page}`));
    if (!existsSync(page)) continue;
    const markdown = readFileSync(page, "utf8");

    test(`${rule.id} failing example fires`, async () => {
      const failing = exampleAfter(markdown, ["Failing", "Reported"]);
      assert.ok(failing, "no failing example");
      assert.notDeepEqual(await findingsOf(rule.id, failing), []);
    });

    test(`${rule.id} passing example is quiet`, async () => {
      const passing = exampleAfter(markdown, ["Passing", "Not reported"]);
      assert.ok(passing, "no passing example");
      assert.deepEqual(await findingsOf(rule.id, passing), []);
    });
  }
});
