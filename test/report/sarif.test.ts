import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type * as Sarif from "sarif";
import { lint, type LintResult } from "../../src/lint.js";
import { sarifLog, sarifReporter } from "../../src/report/sarif.js";
import { allRules } from "../../src/rules/index.js";
import { sarifSchemaErrors } from "../action/sarif-schema.js";
import { makeTempRepo, type TempRepo } from "../helpers/temp-repo.js";
import { GRAPH_REPO } from "./graph-repo.js";

const BROKEN_FILES: Record<string, string> = {
  ...GRAPH_REPO,
  "broken dir/bad#1.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: {a: b\n",
  "notes.yaml": "# plumbline-disable-next-line yaml/syntax -- nothing to suppress\nkey: value\n",
};

describe("sarif format", () => {
  let repo: TempRepo;
  let result: LintResult;
  let log: Sarif.Log;

  before(async () => {
    repo = makeTempRepo(BROKEN_FILES);
    result = await lint({ root: repo.root });
    log = sarifLog(result);
  });
  after(() => repo.remove());

  it("validates against the SARIF 2.1.0 schema", () => {
    assert.deepEqual(sarifSchemaErrors(log), []);
  });

  it("schema check rejects a result without a message", () => {
    const broken = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    delete broken.runs[0]!.results[0]!.message;
    assert.notDeepEqual(sarifSchemaErrors(broken), []);
  });

  it("validates through the reporter output", () => {
    assert.deepEqual(sarifSchemaErrors(JSON.parse(sarifReporter.render(result, { color: false }))), []);
  });

  it("declares version, schema and UTF-16 columns", () => {
    assert.equal(log.version, "2.1.0");
    assert.match(log.$schema ?? "", /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    assert.equal(log.runs[0]!.columnKind, "utf16CodeUnits");
  });

  it("lists every registered rule", () => {
    const ids = log.runs[0]!.tool.driver.rules!.map((rule) => rule.id);
    assert.deepEqual(ids, allRules().map((rule) => rule.id));
  });

  it("gives every rule descriptions, help markdown and a level", () => {
    for (const rule of log.runs[0]!.tool.driver.rules!) {
      const registered = allRules().find((candidate) => candidate.id === rule.id)!;
      assert.ok(rule.shortDescription?.text, `${rule.id} short description`);
      assert.ok(rule.fullDescription?.text, `${rule.id} full description`);
      assert.ok(rule.help?.markdown?.includes(`](${registered.docsUrl})`), `${rule.id} help.markdown links the docs`);
      assert.ok(rule.help?.text?.includes(registered.docsUrl), `${rule.id} help.text names the docs`);
      assert.ok(["error", "warning", "note"].includes(rule.defaultConfiguration?.level ?? ""), `${rule.id} level`);
    }
  });

  it("names tool and version", () => {
    const driver = log.runs[0]!.tool.driver;
    assert.equal(driver.name, "plumbline");
    assert.match(driver.semanticVersion ?? "", /^\d+\.\d+\.\d+/);
    assert.match(driver.informationUri ?? "", /^https:\/\//);
  });

  it("reports one result per finding", () => {
    assert.ok(result.findings.length >= 2);
    assert.equal(log.runs[0]!.results!.length, result.findings.length);
  });

  it("gives every result a full region", () => {
    for (const item of log.runs[0]!.results!) {
      const region = item.locations?.[0]?.physicalLocation?.region;
      assert.ok(region, "region present");
      assert.ok(region.startLine! >= 1);
      assert.ok(region.startColumn! >= 1);
      assert.ok(region.endLine! >= region.startLine!);
      assert.ok(region.endColumn! >= 1);
    }
  });

  it("maps severities to levels and indexes rules", () => {
    const rules = log.runs[0]!.tool.driver.rules!;
    for (const item of log.runs[0]!.results!) {
      const finding = result.findings.find((candidate) => candidate.ruleId === item.ruleId && candidate.message === item.message.text)!;
      assert.equal(item.level, { error: "error", warning: "warning", info: "note" }[finding.severity]);
      assert.equal(rules[item.ruleIndex!]!.id, item.ruleId);
    }
  });

  it("uses root-relative percent-encoded URIs", () => {
    const uris = log.runs[0]!.results!.map((item) => item.locations![0]!.physicalLocation!.artifactLocation!.uri!);
    assert.ok(uris.includes("broken%20dir/bad%231.yaml"), uris.join(", "));
    for (const uri of uris) assert.ok(!uri.startsWith("/") && !uri.includes(repo.root), uri);
  });

  it("prefixes paths inside a repository", () => {
    const prefixed = sarifLog(result, { pathPrefix: "deploy/" });
    const uri = prefixed.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri!;
    assert.ok(uri.startsWith("deploy/"), uri);
  });

  it("caps results keeping the most severe", () => {
    const capped = sarifLog(result, { maxResults: 1 });
    assert.equal(capped.runs[0]!.results!.length, 1);
    assert.equal(capped.runs[0]!.results![0]!.level, "error");
    const notices = capped.runs[0]!.invocations![0]!.toolExecutionNotifications ?? [];
    assert.ok(notices.some((notice) => /left out/.test(notice.message.text ?? "")));
  });

  it("marks internal errors as unsuccessful", () => {
    const failed = sarifLog({ ...result, internalErrors: ["rule x failed: boom\n  at stack"] });
    const invocation = failed.runs[0]!.invocations![0]!;
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications![0]!.message.text, "rule x failed: boom");
  });
});
