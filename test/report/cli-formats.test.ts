import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { runCli } from "../helpers/cli.js";
import { makeTempRepo, type TempRepo } from "../helpers/temp-repo.js";
import { GRAPH_REPO } from "./graph-repo.js";

describe("cli formats", () => {
  let repo: TempRepo;

  before(() => {
    repo = makeTempRepo({ ...GRAPH_REPO, "bad.yaml": "a: [1, 2\n" });
  });
  after(() => repo.remove());

  it("prints workflow commands with --format github", () => {
    const run = runCli(["--root", repo.root, "--format", "github"]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^::error title=yaml\/syntax,file=bad\.yaml,line=2,endLine=2,col=\d+/m);
    assert.match(run.stdout, /^plumbline: \d+ errors?, \d+ warnings?, \d+ info in \d+ files$/m);
  });

  it("prints the summary with --format markdown", () => {
    const run = runCli(["--root", repo.root, "--format", "markdown"]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^## plumbline$/m);
    assert.match(run.stdout, /```mermaid/);
  });

  it("prints the diagram with --format mermaid", () => {
    const run = runCli(["--root", repo.root, "--format", "mermaid"]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^flowchart LR\n/);
  });

  it("prints SARIF with --format sarif", () => {
    const run = runCli(["--root", repo.root, "--format", "sarif"]);
    assert.equal(run.status, 1, run.stderr);
    const log = JSON.parse(run.stdout);
    assert.equal(log.version, "2.1.0");
    assert.ok(log.runs[0].results.some((result: { ruleId: string }) => result.ruleId === "yaml/syntax"));
  });

  it("lists the new formats in --help", () => {
    const run = runCli(["--help"]);
    for (const format of ["sarif", "github", "markdown", "mermaid"]) assert.match(run.stdout, new RegExp(`\\b${format}\\b`));
  });
});
