import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotationProperties, escapeData, escapeProperty, planAnnotations, restNotice, workflowCommand } from "../../src/report/github.js";
import type { Finding, Severity } from "../../src/types.js";

function finding(severity: Severity, index: number, overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: "yaml/syntax",
    severity,
    message: `problem ${index}`,
    file: `f${String(index).padStart(2, "0")}.yaml`,
    line: index + 1,
    column: 3,
    endLine: index + 1,
    endColumn: 7,
    docsUrl: "https://example.com/docs",
    ...overrides,
  };
}

describe("annotation plan", () => {
  it("puts errors before warnings and infos", () => {
    const plan = planAnnotations([finding("info", 1), finding("warning", 2), finding("error", 3)]);
    assert.deepEqual(plan.annotated.map((item) => item.severity), ["error", "warning", "info"]);
  });

  it("keeps at most ten per level", () => {
    const errors = Array.from({ length: 12 }, (_, index) => finding("error", index));
    const plan = planAnnotations(errors);
    assert.equal(plan.annotated.length, 10);
    assert.equal(plan.rest.length, 2);
  });

  it("annotates everything under the cap", () => {
    const plan = planAnnotations(Array.from({ length: 10 }, (_, index) => finding("warning", index)));
    assert.equal(plan.annotated.length, 10);
    assert.equal(plan.rest.length, 0);
  });

  it("frees a notice slot for the counting notice", () => {
    const infos = Array.from({ length: 10 }, (_, index) => finding("info", index));
    const plan = planAnnotations([...infos, ...Array.from({ length: 11 }, (_, index) => finding("error", index))]);
    assert.equal(plan.annotated.filter((item) => item.severity === "info").length, 9);
  });

  it("keeps all ten infos when nothing is left out", () => {
    const plan = planAnnotations(Array.from({ length: 10 }, (_, index) => finding("info", index)));
    assert.equal(plan.annotated.length, 10);
  });

  it("counts the rest by severity", () => {
    const text = restNotice([finding("error", 1), finding("error", 2), finding("info", 3)], "the job summary");
    assert.match(text, /^3 more findings \(2 errors, 1 info\)/);
    assert.match(text, /see the job summary$/);
  });
});

describe("workflow commands", () => {
  it("formats an error with position", () => {
    const command = workflowCommand("error", "bad value", annotationProperties(finding("error", 4), "deploy/"));
    assert.equal(command, "::error title=yaml/syntax,file=deploy/f04.yaml,line=5,endLine=5,col=3,endColumn=7::bad value");
  });

  it("drops columns on a multi-line span", () => {
    const properties = annotationProperties(finding("error", 1, { endLine: 9 }), "");
    assert.equal(properties.startColumn, undefined);
    assert.equal(properties.endColumn, undefined);
    assert.equal(properties.endLine, 9);
  });

  it("escapes message data", () => {
    assert.equal(escapeData("50%\r\nnext"), "50%25%0D%0Anext");
  });

  it("escapes property separators", () => {
    assert.equal(escapeProperty("a,b:c"), "a%2Cb%3Ac");
  });

  it("keeps a message on one line", () => {
    const command = workflowCommand("warning", "line one\nline two");
    assert.equal(command.split("\n").length, 1);
  });
});
