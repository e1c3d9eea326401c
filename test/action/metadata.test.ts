import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { PROJECT_ROOT } from "./harness.js";

const read = (path: string) => parse(readFileSync(`${PROJECT_ROOT}/${path}`, "utf8"));

describe("action.yml", () => {
  const action = read("action.yml");

  it("runs the bundle on node24", () => {
    assert.equal(action.runs.using, "node24");
    assert.equal(action.runs.main, "dist/action/index.js");
  });

  it("declares every input", () => {
    assert.deepEqual(Object.keys(action.inputs).sort(), ["changed-files-only", "config", "context", "fail-on", "github-token", "kubeconfig", "root", "sarif-file"]);
  });

  it("describes every input and output", () => {
    for (const [name, input] of Object.entries<{ description?: string }>(action.inputs)) assert.ok(input.description, name);
    for (const [name, output] of Object.entries<{ description?: string }>(action.outputs)) assert.ok(output.description, name);
  });

  it("sets the documented defaults", () => {
    assert.equal(action.inputs.root.default, ".");
    assert.equal(action.inputs["fail-on"].default, "error");
    assert.equal(action.inputs["changed-files-only"].default, "false");
    assert.equal(action.inputs["github-token"].default, "${{ github.token }}");
  });

  it("declares every output", () => {
    assert.deepEqual(Object.keys(action.outputs).sort(), ["errors", "infos", "sarif-file", "warnings"]);
  });

  it("has Marketplace branding", () => {
    assert.ok(["white", "black", "yellow", "blue", "green", "orange", "red", "purple", "gray-dark"].includes(action.branding.color));
    assert.equal(typeof action.branding.icon, "string");
  });
});

describe(".pre-commit-hooks.yaml", () => {
  const [hook] = read(".pre-commit-hooks.yaml");

  it("publishes the plumbline node hook", () => {
    assert.equal(hook.id, "plumbline");
    assert.equal(hook.language, "node");
    assert.equal(hook.entry, "plumbline --cache");
  });

  it("passes YAML and JSON files serially", () => {
    assert.equal(hook.files, "\\.(ya?ml|json)$");
    assert.equal(hook.pass_filenames, true);
    assert.equal(hook.require_serial, true);
  });

  it("matches the file types it claims", () => {
    const pattern = new RegExp(hook.files);
    for (const name of ["a.yaml", "dir/b.yml", "c.json"]) assert.match(name, pattern);
    for (const name of ["d.yamlx", "e.txt", "yaml"]) assert.doesNotMatch(name, pattern);
  });
});

describe("example workflows", () => {
  it("uploads SARIF with upload-sarif v4 and its permission", () => {
    const workflow = read("examples/workflows/plumbline-pull-request.yml");
    const steps: { uses?: string; with?: Record<string, string> }[] = workflow.jobs.lint.steps;
    assert.ok(steps.some((step) => step.uses === "github/codeql-action/upload-sarif@v4"));
    assert.equal(workflow.permissions["security-events"], "write");
    assert.ok(steps.some((step) => step.with?.["sarif-file"]));
  });

  it("passes the KUBECONFIG secret to the live workflow", () => {
    const workflow = read("examples/workflows/plumbline-live.yml");
    const steps: { with?: Record<string, string> }[] = workflow.jobs["lint-live"].steps;
    assert.ok(steps.some((step) => step.with?.kubeconfig === "${{ secrets.KUBECONFIG }}"));
  });
});
