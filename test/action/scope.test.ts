import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { scopeFiles, scopeFilter } from "../../src/action/scope.js";
import { lint, type LintResult } from "../../src/lint.js";
import type { Finding } from "../../src/types.js";
import { makeTempRepo, type TempRepo } from "../helpers/temp-repo.js";
import { GRAPH_REPO } from "../report/graph-repo.js";

const KUSTOMIZED = {
  "kustomize/kustomization.yaml": "namespace: team\nresources:\n  - deployment.yaml\n",
  "kustomize/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels: {app: web}\n",
};

function finding(file: string, ruleId = "yaml/syntax"): Finding {
  return { ruleId, severity: "error", message: "m", file, line: 1, column: 1, endLine: 1, endColumn: 2, docsUrl: "https://example.com" };
}

describe("changed-files scope", () => {
  let repo: TempRepo;
  let result: LintResult;

  before(async () => {
    repo = makeTempRepo({ ...GRAPH_REPO, ...KUSTOMIZED });
    result = await lint({ root: repo.root });
  });
  after(() => repo.remove());

  it("keeps the changed files", () => {
    const scope = scopeFiles(result.workspace, { files: new Set(["argocd/stray.yaml"]), removesFiles: false });
    assert.ok(scope.has("argocd/stray.yaml"));
  });

  it("adds the pods of a changed NAD", () => {
    const scope = scopeFiles(result.workspace, { files: new Set(["network/nad.yaml"]), removesFiles: false });
    assert.ok(scope.has("network/pod.yaml"));
  });

  it("adds what a changed Application renders", () => {
    const scope = scopeFiles(result.workspace, { files: new Set(["argocd/apps/network.yaml"]), removesFiles: false });
    assert.ok(scope.has("network/nad.yaml"));
    assert.ok(scope.has("network/pod.yaml"));
  });

  it("adds the resources of a changed kustomization", () => {
    const scope = scopeFiles(result.workspace, { files: new Set(["kustomize/kustomization.yaml"]), removesFiles: false });
    assert.ok(scope.has("kustomize/deployment.yaml"));
  });

  it("adds nothing for an unrelated file", () => {
    const scope = scopeFiles(result.workspace, { files: new Set(["kustomize/deployment.yaml"]), removesFiles: false });
    assert.ok(!scope.has("network/pod.yaml"));
  });

  it("reports dangling references after a removal", () => {
    const filter = scopeFilter({ files: new Set(), removesFiles: true });
    assert.equal(filter(finding("network/pod.yaml", "attachment/unknown-network"), result.workspace), true);
  });

  it("keeps other rules out after a removal", () => {
    const filter = scopeFilter({ files: new Set(), removesFiles: true });
    assert.equal(filter(finding("network/pod.yaml", "yaml/syntax"), result.workspace), false);
  });

  it("keeps dangling references out without a removal", () => {
    const filter = scopeFilter({ files: new Set(), removesFiles: false });
    assert.equal(filter(finding("network/pod.yaml", "attachment/unknown-network"), result.workspace), false);
  });
});
