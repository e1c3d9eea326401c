import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { lint, type LintResult } from "../../src/lint.js";
import { renderMarkdown, SUMMARY_MAX_BYTES } from "../../src/report/markdown.js";
import type { Finding } from "../../src/types.js";
import { makeTempRepo, type TempRepo } from "../helpers/temp-repo.js";
import { GRAPH_REPO } from "./graph-repo.js";

const MIB = 1024 * 1024;

function manyFindings(count: number): Finding[] {
  return Array.from({ length: count }, (_, index) => ({
    ruleId: index % 3 === 0 ? "yaml/syntax" : "suppression/unused",
    severity: index % 3 === 0 ? "error" : "info",
    message: `finding number ${index} with a long explanation that repeats ${"x".repeat(120)}`,
    file: `generated/file-${index}.yaml`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    docsUrl: "https://example.com/docs",
  }));
}

describe("markdown summary", () => {
  let repo: TempRepo;
  let result: LintResult;

  before(async () => {
    repo = makeTempRepo({ ...GRAPH_REPO, "bad.yaml": "a: [1, 2\n", "pipe.yaml": "# plumbline-disable-next-line yaml/syntax -- a|b\nkey: value\n" });
    result = await lint({ root: repo.root });
  });
  after(() => repo.remove());

  it("counts findings by severity", () => {
    const text = renderMarkdown(result);
    assert.match(text, new RegExp(`\\| 🔴 error \\| ${result.summary.errors} \\|`));
    assert.match(text, new RegExp(`\\| 🔵 info \\| ${result.summary.infos} \\|`));
  });

  it("links each rule to its docs", () => {
    const text = renderMarkdown(result);
    const syntax = result.rules.find((rule) => rule.id === "yaml/syntax")!;
    assert.ok(text.includes(`[\`yaml/syntax\`](${syntax.docsUrl})`), text);
  });

  it("lists findings by file", () => {
    const text = renderMarkdown(result);
    assert.match(text, /### Findings by file/);
    assert.match(text, /\| `bad\.yaml` \| 1 \| 0 \| 0 \|/);
  });

  it("embeds the deployment graph", () => {
    assert.match(renderMarkdown(result), /```mermaid\nflowchart LR\n[\s\S]*```/);
  });

  it("shows notes under the heading", () => {
    assert.match(renderMarkdown(result, { notes: ["Pull request #3: changed files only."] }), /^> Pull request #3: changed files only\.$/m);
  });

  it("links files when given a URL builder", () => {
    const text = renderMarkdown(result, { fileUrl: (file, line) => `https://example.com/${file}#L${line}` });
    assert.match(text, /\| \[`bad\.yaml`\]\(https:\/\/example\.com\/bad\.yaml#L\d+\) \|/);
  });

  it("keeps table cells on one line", () => {
    const odd = { ...result, findings: [{ ...result.findings[0]!, message: "a|b\nc <script>" }] };
    const row = renderMarkdown(odd).split("\n").find((line) => line.includes("a\\|b"));
    assert.ok(row?.includes("c &lt;script&gt;"), row);
  });

  it("reports a clean repository", () => {
    const clean = { ...result, findings: [], summary: { ...result.summary, errors: 0, warnings: 0, infos: 0 } };
    assert.match(renderMarkdown(clean), /No problems in \d+ files/);
  });

  it("stays under one MiB on a huge report", () => {
    const findings = manyFindings(30_000);
    const huge = { ...result, findings, summary: { ...result.summary, errors: 10_000, warnings: 0, infos: 20_000 } };
    const text = renderMarkdown(huge);
    assert.ok(Buffer.byteLength(text) < MIB, `${Buffer.byteLength(text)} bytes`);
    assert.ok(Buffer.byteLength(text) <= SUMMARY_MAX_BYTES);
  });

  it("says what was cut", () => {
    const findings = manyFindings(30_000);
    const huge = { ...result, findings, summary: { ...result.summary, errors: 10_000, warnings: 0, infos: 20_000 } };
    const text = renderMarkdown(huge, { fullReport: "the SARIF file lists every finding" });
    assert.match(text, /To keep this summary under GitHub's 1 MiB limit, .*rows? of the .* (was|were) cut; the SARIF file lists every finding\._\n$/);
  });

  it("keeps errors when cutting the list", () => {
    const findings = manyFindings(30_000);
    const huge = { ...result, findings, summary: { ...result.summary, errors: 10_000, warnings: 0, infos: 20_000 } };
    const list = renderMarkdown(huge).split("<summary>")[1]!;
    const rows = list.split("\n").filter((line) => line.startsWith("| [") || line.startsWith("| `generated"));
    assert.ok(rows.length > 0);
    assert.ok(rows.slice(0, 100).every((row) => row.includes("error")), rows[0]);
  });
});
