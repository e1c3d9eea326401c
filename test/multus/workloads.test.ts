import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { lint, type LintResult } from "../../src/lint.js";
import { workloads } from "../../src/multus/workloads.js";

const roots: string[] = [];
after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

async function lintRepo(files: Record<string, string>): Promise<LintResult> {
  const root = mkdtempSync(join(tmpdir(), "plumbline-multus-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return lint({ root, env: {} });
}

function nad(namespace: string | undefined, name: string): string {
  const ns = namespace ? `\n  namespace: ${namespace}` : "";
  return `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: ${name}${ns}
spec:
  config: '{"cniVersion": "0.4.0", "name": "${name}", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "192.0.2.0/24"}}'
`;
}

function pod(namespace: string | undefined, annotations: Record<string, string>, name = "p"): string {
  const ns = namespace ? `\n  namespace: ${namespace}` : "";
  const lines = Object.entries(annotations).map(([key, value]) => `    ${key}: '${value}'`).join("\n");
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}${ns}
  annotations:
${lines}
spec:
  containers:
    - name: c
      image: busybox
`;
}

function template(apiVersion: string, kind: string, spec: string): string {
  return `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: w
  namespace: apps
spec:
${spec}
`;
}

const TEMPLATE = `  template:
    metadata:
      annotations:
        k8s.v1.cni.cncf.io/networks: lan
    spec:
      containers:
        - name: c
          image: busybox`;

describe("workload discovery", () => {
  const cases: { name: string; text: string; kind: string; replicas: number | "per-node"; path: (string | number)[] }[] = [
    { name: "pod", text: pod("apps", { "k8s.v1.cni.cncf.io/networks": "lan" }), kind: "Pod", replicas: 1, path: [] },
    { name: "deployment", text: template("apps/v1", "Deployment", `  replicas: 3\n${TEMPLATE}`), kind: "Deployment", replicas: 3, path: ["spec", "template"] },
    { name: "statefulset", text: template("apps/v1", "StatefulSet", `  replicas: 2\n${TEMPLATE}`), kind: "StatefulSet", replicas: 2, path: ["spec", "template"] },
    { name: "daemonset", text: template("apps/v1", "DaemonSet", TEMPLATE), kind: "DaemonSet", replicas: "per-node", path: ["spec", "template"] },
    { name: "replicaset", text: template("apps/v1", "ReplicaSet", TEMPLATE), kind: "ReplicaSet", replicas: 1, path: ["spec", "template"] },
    { name: "job", text: template("batch/v1", "Job", `  parallelism: 4\n${TEMPLATE}`), kind: "Job", replicas: 4, path: ["spec", "template"] },
    {
      name: "cronjob",
      text: template("batch/v1", "CronJob", `  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n${TEMPLATE.replace(/^/gm, "    ")}`),
      kind: "CronJob",
      replicas: 1,
      path: ["spec", "jobTemplate", "spec", "template"],
    },
    { name: "argo rollout", text: template("argoproj.io/v1alpha1", "Rollout", `  replicas: 5\n${TEMPLATE}`), kind: "Rollout", replicas: 5, path: ["spec", "template"] },
  ];

  for (const { name, text, kind, replicas, path } of cases) {
    test(`${name} is a workload`, async () => {
      const result = await lintRepo({ "net.yaml": nad("apps", "lan"), "w.yaml": text });
      const found = workloads(result.workspace);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.object.kind, kind);
      assert.equal(found[0]!.replicas, replicas);
      assert.deepEqual(found[0]!.podTemplatePath, path);
      assert.equal(found[0]!.requests[0]?.nads.length, 1, "request resolves");
    });
  }

  test("deployment of another group is not a workload", async () => {
    const result = await lintRepo({ "w.yaml": template("example.com/v1", "Deployment", TEMPLATE) });
    assert.equal(workloads(result.workspace).length, 0);
  });

  test("argo application is not a workload", async () => {
    const result = await lintRepo({ "w.yaml": template("argoproj.io/v1alpha1", "Application", TEMPLATE) });
    assert.equal(workloads(result.workspace).length, 0);
  });

  test("virtual machine network is a request", async () => {
    const vm = template("kubevirt.io/v1", "VirtualMachine", "  template:\n    spec:\n      networks:\n        - name: lan\n          multus:\n            networkName: net/lan");
    const result = await lintRepo({ "net.yaml": nad("net", "lan"), "vm.yaml": vm });
    const request = workloads(result.workspace)[0]!.requests[0]!;
    assert.equal(request.namespace, "net");
    assert.equal(request.nads.length, 1);
    assert.deepEqual([request.range.line, request.range.column], [12, 26]);
  });

  test("virtual machine instance network is a request", async () => {
    const vmi = template("kubevirt.io/v1", "VirtualMachineInstance", "  networks:\n    - name: lan\n      multus:\n        networkName: lan");
    const result = await lintRepo({ "net.yaml": nad("apps", "lan"), "vmi.yaml": vmi });
    assert.equal(workloads(result.workspace)[0]!.requests[0]!.nads.length, 1);
  });
});

describe("network resolution", () => {
  test("no namespace resolves in the pod's", async () => {
    const result = await lintRepo({ "net.yaml": nad("apps", "lan"), "p.yaml": pod("apps", { "k8s.v1.cni.cncf.io/networks": "lan" }) });
    assert.equal(workloads(result.workspace)[0]!.requests[0]!.namespaceFrom, "pod");
    assert.equal(workloads(result.workspace)[0]!.requests[0]!.nads.length, 1);
  });

  test("other namespace is not searched", async () => {
    const result = await lintRepo({ "net.yaml": nad("net", "lan"), "p.yaml": pod("apps", { "k8s.v1.cni.cncf.io/networks": "lan" }) });
    assert.equal(workloads(result.workspace)[0]!.requests[0]!.nads.length, 0);
  });

  test("default network resolves in multus namespace", async () => {
    const result = await lintRepo({ "net.yaml": nad("kube-system", "lan"), "p.yaml": pod("apps", { "v1.multus-cni.io/default-network": "lan" }) });
    const request = workloads(result.workspace)[0]!.requests[0]!;
    assert.equal(request.namespace, "kube-system");
    assert.equal(request.nads.length, 1);
  });

  test("configured multus namespace is used", async () => {
    const result = await lintRepo({
      ".plumbline.yaml": "cluster: {multusNamespace: multus}\n",
      "net.yaml": nad("multus", "lan"),
      "p.yaml": pod("apps", { "v1.multus-cni.io/default-network": "lan" }),
    });
    assert.equal(workloads(result.workspace)[0]!.requests[0]!.nads.length, 1);
  });

  test("pod and nad without namespace match", async () => {
    const result = await lintRepo({ "net.yaml": nad(undefined, "lan"), "p.yaml": pod(undefined, { "k8s.v1.cni.cncf.io/networks": "lan" }) });
    assert.equal(workloads(result.workspace)[0]!.requests[0]!.nads.length, 1);
  });

  test("kustomize overlay namespace applies", async () => {
    const result = await lintRepo({
      "base/net.yaml": nad(undefined, "lan"),
      "base/p.yaml": pod(undefined, { "k8s.v1.cni.cncf.io/networks": "lan" }),
      "base/kustomization.yaml": "resources: [net.yaml, p.yaml]\n",
      "overlays/prod/kustomization.yaml": "namespace: prod\nresources: [../../base]\n",
    });
    const request = workloads(result.workspace)[0]!.requests[0]!;
    assert.equal(request.namespace, "prod");
    assert.equal(request.nads.length, 1);
  });

  test("external networks are marked", async () => {
    const result = await lintRepo({
      ".plumbline.yaml": 'externalNetworks: ["kube-system/*"]\n',
      "p.yaml": pod("apps", { "k8s.v1.cni.cncf.io/networks": "kube-system/sriov-a" }),
    });
    assert.equal(workloads(result.workspace)[0]!.requests[0]!.external, true);
  });

  test("external glob stays inside the namespace", async () => {
    const result = await lintRepo({
      ".plumbline.yaml": 'externalNetworks: ["kube-*/lan"]\n',
      "p.yaml": pod("apps", { "k8s.v1.cni.cncf.io/networks": "kube-system/lan-b" }),
    });
    assert.equal(workloads(result.workspace)[0]!.requests[0]!.external, false);
  });
});

describe("element positions", () => {
  test("short form element in a plain scalar", async () => {
    const result = await lintRepo({ "p.yaml": pod("apps", { "k8s.v1.cni.cncf.io/networks": "a, bb" }) });
    const request = workloads(result.workspace)[0]!.requests[1]!;
    assert.deepEqual([request.range.line, request.range.column, request.range.endColumn], [7, 38, 40]);
  });

  test("json element in a block scalar", async () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: apps
  annotations:
    k8s.v1.cni.cncf.io/networks: |
      [
        {"name": "a"},
        {"name": "b", "interface": "x1"}
      ]
spec: {containers: [{name: c, image: busybox}]}
`;
    const result = await lintRepo({ "p.yaml": text });
    const request = workloads(result.workspace)[0]!.requests[1]!;
    assert.deepEqual([request.range.line, request.range.column, request.range.endLine, request.range.endColumn], [10, 9, 10, 41]);
  });
});

describe("annotation size limit", () => {
  test("a one megabyte annotation gives one syntax finding", async () => {
    const value = "a".repeat(1024 * 1024);
    const started = Date.now();
    const result = await lintRepo({ "p.yaml": pod("apps", { "k8s.v1.cni.cncf.io/networks": value }) });
    const findings = result.findings.filter((finding) => finding.ruleId.startsWith("attachment/"));
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.ruleId, "attachment/syntax");
    assert.ok(findings[0]!.message.includes("limits.maxAnnotationBytes"));
    assert.ok(Date.now() - started < 10_000);
  });
});

describe("recovered files", () => {
  test("under-indented quoted annotation keeps columns", async () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: apps
  annotations:
    k8s.v1.cni.cncf.io/networks: '[
  {"name": "a"},
  {"name": "missing"}
]'
spec: {containers: [{name: c, image: busybox}]}
`;
    const result = await lintRepo({ "net.yaml": nad("apps", "a"), "p.yaml": text });
    const finding = result.findings.find((candidate) => candidate.ruleId === "attachment/unknown-network");
    assert.deepEqual([finding?.line, finding?.column], [9, 3]);
  });
});
