import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkKubeconfig, describeKubeconfigError } from "../../src/live/kubeconfig.js";

const VALID = `apiVersion: v1
clusters:
  - name: c
    cluster: { server: "https://127.0.0.1:6443" }
users:
  - name: u
    user: { token: "tok-123456789" }
contexts:
  - name: dev
    context: { cluster: c, user: u }
  - name: broken
    context: { cluster: missing, user: u }
current-context: dev
`;

function problemOf(text: string, context?: string): string | undefined {
  const result = checkKubeconfig(text, `kubeconfig "k"`, context);
  return "problem" in result ? result.problem : undefined;
}

describe("checkKubeconfig", () => {
  test("valid kubeconfig passes", () => {
    assert.equal(problemOf(VALID), undefined);
  });

  test("chosen context passes", () => {
    assert.equal(problemOf(VALID, "dev"), undefined);
  });

  test("unknown context is named", () => {
    assert.match(problemOf(VALID, "prod")!, /context "prod" is not in kubeconfig "k": use one of "dev", "broken"/);
  });

  test("context with an unknown cluster", () => {
    assert.match(problemOf(VALID, "broken")!, /names cluster "missing"/);
  });

  test("invalid YAML gives a line, not content", () => {
    const problem = problemOf("clusters: [\n  secret-value-here\n");
    assert.match(problem!, /is not valid YAML \(line \d+\)/);
    assert.ok(!problem!.includes("secret-value-here"));
  });

  test("scalar is not a kubeconfig", () => {
    assert.match(problemOf("just text")!, /is not a kubeconfig/);
  });

  test("missing current-context", () => {
    assert.match(problemOf(VALID.replace("current-context: dev\n", ""))!, /sets no current-context/);
  });

  test("cluster without server", () => {
    assert.match(problemOf(VALID.replace('{ server: "https://127.0.0.1:6443" }', "{}"))!, /has no server URL/);
  });
});

describe("describeKubeconfigError", () => {
  test("js-yaml errors lose their snippet", () => {
    const error = Object.assign(new Error("bad indentation\n 1 | token: secret"), { name: "YAMLException", mark: { line: 3 } });
    assert.equal(describeKubeconfigError(error), "it is not valid YAML (line 4)");
  });

  test("long values are dropped", () => {
    assert.equal(describeKubeconfigError(new Error("token=abcdefghijklmnopqrstuvwxyz0123456789")), "its credentials could not be loaded");
  });

  test("field names are kept", () => {
    assert.equal(describeKubeconfigError(new Error("clusters[0].cluster.server is missing")), "clusters[0].cluster.server is missing");
  });
});
