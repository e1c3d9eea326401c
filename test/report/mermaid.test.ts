import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { lint, type LintResult } from "../../src/lint.js";
import { mermaidDiagram, mermaidReporter } from "../../src/report/mermaid.js";
import type { Finding } from "../../src/types.js";
import { makeTempRepo, type TempRepo } from "../helpers/temp-repo.js";
import { GRAPH_REPO } from "./graph-repo.js";

function nodeId(text: string, label: string): string {
  const match = new RegExp(`^\\s*(n\\d+)\\S*"${label}"`, "m").exec(text);
  assert.ok(match, `node "${label}" in\n${text}`);
  return match[1]!;
}

function orphanFinding(file: string, line: number): Finding {
  return { ruleId: "argocd/orphan-app", severity: "warning", message: "no root app renders this", file, line, column: 9, endLine: line, endColumn: 14, docsUrl: "https://example.com" };
}

describe("mermaid diagram", () => {
  let repo: TempRepo;
  let result: LintResult;

  before(async () => {
    repo = makeTempRepo(GRAPH_REPO);
    const linted = await lint({ root: repo.root });
    const withoutOrphans = linted.findings.filter((finding) => finding.ruleId !== "argocd/orphan-app");
    result = { ...linted, findings: [...withoutOrphans, orphanFinding("argocd/stray.yaml", 4)] };
  });
  after(() => repo.remove());

  it("starts with a flowchart header", () => {
    assert.match(mermaidDiagram(result).text, /^flowchart LR\n/);
  });

  it("draws the root app rendering its child", () => {
    const text = mermaidDiagram(result).text;
    assert.ok(text.includes(`${nodeId(text, "root app root")} --> ${nodeId(text, "app network")}`), text);
  });

  it("draws the child app rendering the NAD", () => {
    const text = mermaidDiagram(result).text;
    assert.ok(text.includes(`${nodeId(text, "app network")} --> ${nodeId(text, "NAD sock-shop/macvlan-conf")}`), text);
  });

  it("draws the pod attached to the NAD", () => {
    const text = mermaidDiagram(result).text;
    assert.ok(text.includes(`${nodeId(text, "Pod sock-shop/sample")} --> ${nodeId(text, "NAD sock-shop/macvlan-conf")}`), text);
  });

  it("breaks the edge to a missing NAD", () => {
    const text = mermaidDiagram(result).text;
    assert.ok(text.includes(`${nodeId(text, "Pod sock-shop/sample")} --x ${nodeId(text, "missing NAD sock-shop/missing-net")}`), text);
  });

  it("breaks the edge to an orphan app", () => {
    const text = mermaidDiagram(result).text;
    assert.ok(text.includes(`${nodeId(text, "no root app renders this")} --x ${nodeId(text, "app stray")}`), text);
  });

  it("styles every broken link", () => {
    const text = mermaidDiagram(result).text;
    const links = text.split("\n").filter((line) => / --[x>] /.test(line));
    const broken = links.map((line, index) => (line.includes("--x") ? index : -1)).filter((index) => index >= 0);
    assert.ok(text.includes(`linkStyle ${broken.join(",")} stroke:`), text);
  });

  it("draws no missing NAD without its finding", () => {
    const quiet = { ...result, findings: [] };
    assert.ok(!mermaidDiagram(quiet).text.includes("missing NAD"));
  });

  it("orphan without its finding: not a root", () => {
    const text = mermaidDiagram({ ...result, findings: [] }).text;
    assert.ok(!text.includes('"root app stray"'), text);
    nodeId(text, "app stray");
    nodeId(text, "root app root");
  });

  it("escapes quotes in labels", () => {
    const text = mermaidDiagram(result).text;
    assert.ok(!/"[^"\n]*"[^"\n]*"\)/.test(text));
  });

  it("trimmed graph: FILE arguments are focus", () => {
    const given = { ...result, findings: [], reportedIn: (file: string) => file === "network/nad.yaml" };
    const text = mermaidDiagram(given, { maxNodes: 2 }).text;
    nodeId(text, "NAD sock-shop/macvlan-conf");
  });

  it("trimmed graph without focus: still drawn", () => {
    const diagram = mermaidDiagram({ ...result, findings: [] }, { maxNodes: 2 });
    assert.equal(diagram.nodes, 2);
    assert.ok(diagram.omitted > 0);
  });

  it("trims a large graph to the touched part", () => {
    const diagram = mermaidDiagram(result, { maxNodes: 3 });
    assert.ok(diagram.nodes <= 3);
    assert.ok(diagram.omitted > 0);
    assert.ok(diagram.text.includes("Pod sock-shop/sample") || diagram.text.includes("app stray"), diagram.text);
  });

  it("keeps focus files in a trimmed graph", () => {
    const quiet = { ...result, findings: [] };
    const diagram = mermaidDiagram(quiet, { maxNodes: 2, focusFiles: new Set(["network/nad.yaml"]) });
    assert.ok(diagram.text.includes("NAD sock-shop/macvlan-conf"), diagram.text);
  });

  it("reports an empty repository as a comment", () => {
    const empty = { ...result, workspace: { ...result.workspace, applications: [], objects: [], objectsOfKind: () => [], inModelOrder: () => [] } } as unknown as LintResult;
    assert.match(mermaidReporter.render(empty, { color: false }), /^%% plumbline: no /);
  });
});
