import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkKubeconfig, checkKubeconfigFiles, describeKubeconfigError, isEmptyKubeconfig, mergeKubeconfigs } from "../../src/live/kubeconfig.js";

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

  test("context with an unknown user", () => {
    const text = VALID.replace("  - name: broken\n    context: { cluster: missing, user: u }", "  - name: broken\n    context: { cluster: c, user: ghost }");
    assert.match(problemOf(text, "broken")!, /context "broken" in kubeconfig "k" names user "ghost", which is not under "users"/);
  });

  test("context without a user passes", () => {
    const text = VALID.replace("  - name: broken\n    context: { cluster: missing, user: u }", "  - name: broken\n    context: { cluster: c }");
    assert.equal(problemOf(text, "broken"), undefined);
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

describe("mergeKubeconfigs", () => {
  test("first named entry wins whole", () => {
    const merged = mergeKubeconfigs([
      { clusters: [{ name: "c", cluster: { server: "https://first" } }] },
      { clusters: [{ name: "c", cluster: { server: "https://second", "insecure-skip-tls-verify": true } }, { name: "d", cluster: { server: "https://d" } }] },
    ]);
    assert.deepEqual(merged.clusters, [
      { name: "c", cluster: { server: "https://first" } },
      { name: "d", cluster: { server: "https://d" } },
    ]);
  });

  test("first current-context wins", () => {
    assert.equal(mergeKubeconfigs([{ users: [] }, { "current-context": "a" }, { "current-context": "b" }])["current-context"], "a");
  });

  test("empty current-context does not count", () => {
    assert.equal(mergeKubeconfigs([{ "current-context": "" }, { "current-context": "b" }])["current-context"], "b");
  });
});

describe("checkKubeconfigFiles", () => {
  const files = [
    { text: "users: [{ name: u, user: { token: t } }]\ncontexts: [{ name: dev, context: { cluster: c, user: u } }]\ncurrent-context: dev\n", source: 'kubeconfig "a"' },
    { text: "", source: 'kubeconfig "empty"' },
    { text: 'clusters: [{ name: c, cluster: { server: "https://127.0.0.1:6443" } }]\ncurrent-context: other\n', source: 'kubeconfig "b"' },
  ];

  test("split kubeconfig passes", () => {
    const result = checkKubeconfigFiles(files, "the files", undefined);
    assert.ok("summary" in result);
    assert.equal(result.summary.currentContext, "dev");
  });

  test("broken file is named", () => {
    const result = checkKubeconfigFiles([files[0]!, { text: "clusters: [\n", source: 'kubeconfig "b"' }], "the files");
    assert.ok("problem" in result);
    assert.match(result.problem, /^kubeconfig "b" is not valid YAML/);
  });

  test("merged problem names the list", () => {
    const result = checkKubeconfigFiles([files[0]!], "the files");
    assert.ok("problem" in result);
    assert.match(result.problem, /^the files lists no clusters/);
  });
});

describe("isEmptyKubeconfig", () => {
  test("empty and comment-only files", () => {
    assert.equal(isEmptyKubeconfig(""), true);
    assert.equal(isEmptyKubeconfig("# only a comment\n"), true);
  });

  test("file with content", () => {
    assert.equal(isEmptyKubeconfig("clusters: []\n"), false);
  });
});
