// The live checks end to end: the real CLI process with --kubeconfig against a fake API server on
// 127.0.0.1, on the sock-shop fixture. Each scenario breaks one part of a healthy cluster.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { selfSignedCertificate, startFakeApi, status, writeKubeconfig, type ClusterState, type FakeApi, type FakeApiOptions } from "./fake-api.js";
import {
  SOCK_SHOP,
  application,
  event,
  healthyCluster,
  multusDaemonSet,
  nad,
  pod,
  runCliAsync,
  type CliRun,
} from "./sock-shop-cluster.js";

const TOKEN = "plumbline-test-token-4f9a1c7e2b";

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
}

interface LiveRun extends CliRun {
  findings: Finding[];
  live: Finding[];
  api: FakeApi;
  kubeconfig: string;
}

const servers: FakeApi[] = [];
/** Every CLI run of this file, with the kubeconfig text it used, for the final secrets check. */
const allRuns: { run: CliRun; kubeconfig: string }[] = [];
/** Folders this file creates, removed when it ends. */
const temps: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
after(async () => {
  await Promise.all(servers.map((server) => server.close()));
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

async function runLive(
  state: ClusterState,
  options: { override?: FakeApiOptions["override"]; args?: string[]; env?: NodeJS.ProcessEnv; token?: string; root?: string; tls?: FakeApiOptions["tls"]; cluster?: Record<string, unknown> } = {},
): Promise<LiveRun> {
  const api = await startFakeApi({ token: TOKEN, state, override: options.override, tls: options.tls });
  servers.push(api);
  const dir = tempDir("plumbline-live-");
  const kubeconfig = writeKubeconfig(dir, api.url, options.token ?? TOKEN, options.cluster);
  const run = await runCliAsync(["--root", options.root ?? SOCK_SHOP, "--format", "json", "--kubeconfig", kubeconfig.path, ...(options.args ?? [])], options.env);
  allRuns.push({ run, kubeconfig: kubeconfig.text });
  let findings: Finding[];
  try {
    findings = (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
  } catch {
    throw new Error(`no JSON report (exit ${run.status}): ${run.stderr}`);
  }
  return { ...run, findings, live: findings.filter((finding) => finding.ruleId.startsWith("live/")), api, kubeconfig: kubeconfig.text };
}

function where(finding: Finding): string {
  return `${finding.ruleId} ${finding.file}:${finding.line}`;
}

function assertNoSecrets(run: LiveRun): void {
  for (const output of [run.stdout, run.stderr]) {
    assert.ok(!output.includes(TOKEN), "the token appears in the output");
    assert.ok(!output.includes(run.kubeconfig.trim()), "the kubeconfig appears in the output");
  }
}

describe("live checks on a healthy cluster", () => {
  let run: LiveRun;
  before(async () => {
    run = await runLive(healthyCluster());
  });

  test("report no live finding", () => {
    assert.deepEqual(run.live.map(where), []);
  });

  test("exit 0", () => {
    assert.equal(run.status, 0);
  });

  test("make only GET requests", () => {
    assert.ok(run.api.requests.length > 0);
    assert.deepEqual([...new Set(run.api.requests.map((request) => request.method))], ["GET"]);
  });

  test("send the token as a bearer header", () => {
    assert.ok(run.api.requests.every((request) => request.authorization === `Bearer ${TOKEN}`));
  });

  test("print neither token nor kubeconfig", () => {
    assertNoSecrets(run);
  });

  test("list pods by the workload's selector", () => {
    const listing = run.api.requests.find((request) => request.path === "/api/v1/namespaces/sock-shop/pods");
    assert.equal(listing?.query.get("labelSelector"), "app=network-test-app");
  });

  test("fetch no events when every pod is attached", () => {
    assert.ok(!run.api.requests.some((request) => request.path.endsWith("/events")));
  });
});

describe("cluster-wide checks", () => {
  test("missing NAD CRD fires nad-crd-missing", async () => {
    const state = healthyCluster();
    state.nadCrd = false;
    const run = await runLive(state);
    const found = run.live.filter((finding) => finding.ruleId === "live/nad-crd-missing");
    assert.deepEqual(found.map(where), ["live/nad-crd-missing .plumbline.yaml:1"]);
    assert.match(found[0]!.message, /network-attachment-definitions\.k8s\.cni\.cncf\.io/);
  });

  test("missing NAD CRD skips the NAD lookups", async () => {
    const state = healthyCluster();
    state.nadCrd = false;
    const run = await runLive(state);
    assert.ok(!run.api.requests.some((request) => request.path.includes("network-attachment-definitions/")));
    assert.deepEqual(run.live.filter((finding) => finding.ruleId === "live/nad-missing"), []);
  });

  test("no Multus DaemonSet fires multus-not-ready", async () => {
    const state = healthyCluster();
    state.daemonSets = [];
    const run = await runLive(state);
    assert.deepEqual(run.live.map(where), ["live/multus-not-ready .plumbline.yaml:1"]);
    assert.match(run.live[0]!.message, /no Multus DaemonSet was found/);
  });

  test("Multus found by name without its label", async () => {
    const state = healthyCluster();
    const unlabelled = multusDaemonSet();
    (unlabelled.metadata as Record<string, unknown>).labels = {};
    state.daemonSets = [unlabelled];
    const run = await runLive(state);
    assert.deepEqual(run.live.map(where), []);
  });

  test("forbidden DaemonSet lookup is no verdict", async () => {
    const run = await runLive(healthyCluster(), {
      override: (request) => (request.path.startsWith("/apis/apps/v1/") ? { status: 403, body: status(403, "Forbidden") } : undefined),
    });
    assert.deepEqual(run.live.map(where), ["live/cluster-unreachable .plumbline.yaml:1", "live/cluster-unreachable .plumbline.yaml:1"]);
    assert.ok(run.live.some((finding) => /may not list "daemonsets" \(API group "apps"\) cluster-wide/.test(finding.message)));
    assert.ok(run.live.some((finding) => /may not get "daemonsets" \(API group "apps"\) in namespace "kube-system"/.test(finding.message)));
  });

  test("Multus pods not all ready", async () => {
    const state = healthyCluster();
    state.daemonSets = [multusDaemonSet(3, 1)];
    const run = await runLive(state);
    assert.deepEqual(run.live.map(where), ["live/multus-not-ready .plumbline.yaml:1"]);
    assert.match(run.live[0]!.message, /1 of 3 pods ready/);
  });
});

describe("NAD checks", () => {
  test("missing and drifted NADs", async () => {
    const state = healthyCluster();
    state.nads = [nad("sock-shop", "bridge-conf", JSON.stringify({ cniVersion: "0.3.1", name: "bridge-conf", type: "bridge", bridge: "mybridge", isGateway: true, ipam: { type: "host-local", subnet: "10.20.0.0/16" } }))];
    const run = await runLive(state);
    assert.deepEqual(run.live.map(where), ["live/nad-drift network-configs/bridge-conf.yaml:7", "live/nad-missing network-configs/macvlan-conf.yaml:4"]);
  });

  test("drift message names the changed field", async () => {
    const state = healthyCluster();
    state.nads[0] = nad("sock-shop", "bridge-conf", JSON.stringify({ cniVersion: "0.3.1", name: "bridge-conf", type: "bridge", bridge: "mybridge", isGateway: true, ipam: { type: "host-local", subnet: "10.20.0.0/16" } }));
    const run = await runLive(state);
    assert.match(run.live[0]!.message, /"ipam\.subnet" is "10\.20\.0\.0\/16" in the cluster, "10\.10\.0\.0\/16" in the repo/);
  });

  test("missing NAD names the deploying Application", async () => {
    const state = healthyCluster();
    state.nads = state.nads.slice(0, 1);
    const run = await runLive(state);
    assert.match(run.live[0]!.message, /"sock-shop\/macvlan-conf" does not exist.*sync the Application "multus-config-local"/);
  });

  test("reordered keys and whitespace are no drift", async () => {
    const state = healthyCluster();
    state.nads[0] = nad("sock-shop", "bridge-conf", JSON.stringify({ type: "bridge", name: "bridge-conf", cniVersion: "0.3.1", ipam: { subnet: "10.10.0.0/16", type: "host-local" }, isGateway: true, bridge: "mybridge" }));
    const run = await runLive(state);
    assert.deepEqual(run.live.map(where), []);
  });
});

describe("attachment checks", () => {
  test("sandbox failure names the missing plugin", async () => {
    const state = healthyCluster();
    state.pods[0] = pod({ name: "multus-test-pod", networks: "macvlan-conf", phase: "Pending", waiting: "ContainerCreating" });
    state.events = [
      event(
        "multus-test-pod",
        "FailedCreatePodSandBox",
        'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "4f1e": plugin type="multus" name="multus-cni-network" failed (add): [sock-shop/multus-test-pod/uid-multus-test-pod:macvlan-conf]: error adding container to network "macvlan-conf": failed to find plugin "macvlan" in path [/opt/cni/bin]',
      ),
    ];
    const run = await runLive(state);
    assert.deepEqual(run.live.map(where), ["live/attachment-missing network-configs/test-pods.yaml:8"]);
    const message = run.live[0]!.message;
    assert.match(message, /pod "sock-shop\/multus-test-pod"/);
    assert.match(message, /network "sock-shop\/macvlan-conf"/);
    assert.match(message, /CNI plugin binary "macvlan" is missing on node "kind-worker"/);
    assert.match(message, /install it/);
  });

  test("missing master interface", async () => {
    const state = healthyCluster();
    state.pods[0] = pod({ name: "multus-test-pod", networks: "macvlan-conf", phase: "Pending", waiting: "ContainerCreating" });
    state.events = [event("multus-test-pod", "FailedCreatePodSandBox", 'error adding container to network "macvlan-conf": failed to lookup master "eth0": Link not found')];
    const run = await runLive(state);
    assert.match(run.live[0]!.message, /master interface "eth0" does not exist on node "kind-worker"/);
  });

  test("NoNetworkFound event", async () => {
    const state = healthyCluster();
    state.pods[0] = pod({ name: "multus-test-pod", networks: "macvlan-conf", phase: "Pending", waiting: "ContainerCreating" });
    state.events = [event("multus-test-pod", "NoNetworkFound", "cannot find a network-attachment-definition (macvlan-conf) in namespace (sock-shop): not found")];
    const run = await runLive(state);
    assert.match(run.live[0]!.message, /no NetworkAttachmentDefinition "sock-shop\/macvlan-conf" \(NoNetworkFound\)/);
  });

  test("running pod without network-status", async () => {
    const state = healthyCluster();
    state.pods[1] = pod({ name: "multus-bridge-pod", networks: "bridge-conf" });
    const run = await runLive(state);
    assert.deepEqual(run.live.map(where), ["live/attachment-missing network-configs/test-pods.yaml:20"]);
    assert.match(run.live[0]!.message, /pod "sock-shop\/multus-bridge-pod" did not get network "sock-shop\/bridge-conf"/);
    assert.match(run.live[0]!.message, /Multus is not in the CNI chain/);
  });

  test("replicas failing alike give one finding", async () => {
    const state = healthyCluster();
    state.pods = state.pods.map((item) =>
      String((item.metadata as Record<string, unknown>).name).startsWith("network-test-app")
        ? pod({ name: String((item.metadata as Record<string, unknown>).name), labels: { app: "network-test-app" }, networks: "bridge-conf@bridge0" })
        : item,
    );
    const run = await runLive(state);
    assert.deepEqual(run.live.map(where), ["live/attachment-missing network-configs/network-test-app.yaml:22"]);
    assert.match(run.live[0]!.message, /\(and 1 more of Deployment "network-test-app"\)/);
  });

  test("workload without pods fires pod-missing", async () => {
    const state = healthyCluster();
    state.pods = state.pods.filter((item) => !String((item.metadata as Record<string, unknown>).name).startsWith("network-test-app"));
    const run = await runLive(state);
    assert.deepEqual(run.live.map(where), ["live/pod-missing network-configs/network-test-app.yaml:4"]);
  });

});

describe("Argo CD checks", () => {
  test("OutOfSync Application with a path error", async () => {
    const state = healthyCluster();
    state.applications[1] = application("front-end", "OutOfSync", "Missing", [
      { type: "ComparisonError", message: "Failed to load target state: failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = apps/front-end: app path does not exist" },
    ]);
    const run = await runLive(state);
    assert.deepEqual(run.live.map(where), ["live/app-status argocd/applications/front-end.yaml:4"]);
    assert.match(run.live[0]!.message, /"argocd\/front-end" is OutOfSync and Missing/);
    assert.match(run.live[0]!.message, /app path does not exist/);
  });

  test("Application missing from the cluster", async () => {
    const state = healthyCluster();
    state.applications = state.applications.filter((item) => (item.metadata as Record<string, unknown>).name !== "front-end");
    const run = await runLive(state);
    assert.deepEqual(run.live.map(where), ["live/app-status argocd/applications/front-end.yaml:4"]);
    assert.match(run.live[0]!.message, /does not exist in the cluster/);
  });

  test("no Argo CD in the cluster gives one finding", async () => {
    const state = healthyCluster();
    state.argoCrd = false;
    const run = await runLive(state);
    assert.equal(run.live.filter((finding) => finding.ruleId === "live/app-status").length, 1);
    assert.match(run.live[0]!.message, /Argo CD is not installed/);
  });
});

describe("unreachable and rejecting servers", () => {
  test("wrong token gives 401 finding", async () => {
    const run = await runLive(healthyCluster(), { token: "wrong-token-0000000000", env: { DEBUG: "plumbline" } });
    assert.deepEqual(run.live.map(where), ["live/cluster-unreachable .plumbline.yaml:1"]);
    assert.match(run.live[0]!.message, /rejected the credentials \(401 Unauthorized\)/);
    assert.ok(!run.stdout.includes("wrong-token-0000000000"));
    assert.equal(run.status, 1);
  });

  test("401 stops after the first request", async () => {
    const run = await runLive(healthyCluster(), { token: "wrong-token-0000000000" });
    assert.equal(run.api.requests.length, 1);
  });

  test("static findings survive an unreachable cluster", async () => {
    const root = tempDir("plumbline-live-repo-");
    cpSync(SOCK_SHOP, root, { recursive: true });
    writeFileSync(join(root, "broken.yaml"), "a: [1, 2\n");
    const run = await runLive(healthyCluster(), { token: "wrong-token-0000000000", root });
    assert.ok(run.findings.some((finding) => finding.ruleId === "yaml/syntax" && finding.file === "broken.yaml"));
    assert.ok(run.findings.some((finding) => finding.ruleId === "live/cluster-unreachable"));
  });

  test("403 on one resource names the permission", async () => {
    const run = await runLive(healthyCluster(), {
      override: (request) =>
        request.path === "/api/v1/namespaces/sock-shop/pods" || request.path.startsWith("/api/v1/namespaces/sock-shop/pods/")
          ? { status: 403, body: status(403, "Forbidden", 'pods is forbidden: User "tester" cannot list resource "pods" in API group "" in the namespace "sock-shop"', { kind: "pods" }) }
          : undefined,
    });
    const unreachable = run.live.filter((finding) => finding.ruleId === "live/cluster-unreachable");
    assert.equal(unreachable.length, 2);
    assert.ok(unreachable.every((finding) => finding.severity === "warning"));
    assert.ok(unreachable.some((finding) => /may not list "pods" \(API group ""\) in namespace "sock-shop"/.test(finding.message)));
    assert.ok(unreachable.some((finding) => /may not get "pods" \(API group ""\) in namespace "sock-shop"/.test(finding.message)));
  });

  test("403 leaves the other checks running", async () => {
    const state = healthyCluster();
    state.nads = state.nads.slice(0, 1);
    const run = await runLive(state, {
      override: (request) => (request.path.startsWith("/api/v1/namespaces/sock-shop/pods") ? { status: 403, body: status(403, "Forbidden") } : undefined),
    });
    assert.ok(run.live.some((finding) => finding.ruleId === "live/nad-missing"));
  });

  test("429 then success is retried", async () => {
    const crdPath = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/network-attachment-definitions.k8s.cni.cncf.io";
    const run = await runLive(healthyCluster(), {
      override: (request, count) => (request.path === crdPath && count === 1 ? { status: 429, body: status(429, "TooManyRequests"), headers: { "Retry-After": "0" } } : undefined),
    });
    assert.deepEqual(run.live.map(where), []);
    assert.equal(run.api.requests.filter((request) => request.path === crdPath).length, 2);
  });

  test("500 retries are bounded", async () => {
    const nadPath = "/apis/k8s.cni.cncf.io/v1/namespaces/sock-shop/network-attachment-definitions/macvlan-conf";
    const run = await runLive(healthyCluster(), {
      override: (request) => (request.path === nadPath ? { status: 500, body: status(500, "InternalError") } : undefined),
    });
    assert.equal(run.api.requests.filter((request) => request.path === nadPath).length, 3);
    assert.deepEqual(run.live.map(where), ["live/cluster-unreachable network-configs/macvlan-conf.yaml:4"]);
    assert.match(run.live[0]!.message, /HTTP 500 after 3 attempts/);
  });

  test("server that never answers times out", async () => {
    const run = await runLive(healthyCluster(), { override: () => "hang", args: ["--live-timeout", "1"] });
    assert.deepEqual(run.live.map(where), ["live/cluster-unreachable .plumbline.yaml:1"]);
    assert.match(run.live[0]!.message, /did not respond: no response within 1 s/);
    assert.ok(run.ms < 30_000, `the run took ${run.ms} ms`);
  });

  test("requests hanging after the probe time out", async () => {
    const crdPath = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/network-attachment-definitions.k8s.cni.cncf.io";
    const run = await runLive(healthyCluster(), { override: (request) => (request.path === crdPath ? undefined : "hang"), args: ["--live-timeout", "1"] });
    assert.ok(run.live.length > 0);
    assert.ok(run.live.every((finding) => finding.ruleId === "live/cluster-unreachable" && finding.severity === "warning"));
    assert.ok(run.live.some((finding) => /no response within 1 s/.test(finding.message)));
    assert.ok(run.ms < 30_000, `the run took ${run.ms} ms`);
  });

  test("connection refused", async () => {
    const port = await closedPort();
    const dir = tempDir("plumbline-live-");
    const kubeconfig = writeKubeconfig(dir, `http://127.0.0.1:${port}`, TOKEN);
    const run = await runCliAsync(["--root", SOCK_SHOP, "--format", "json", "--kubeconfig", kubeconfig.path]);
    allRuns.push({ run, kubeconfig: kubeconfig.text });
    const findings = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.filter((finding) => finding.ruleId.startsWith("live/"));
    assert.deepEqual(findings.map(where), ["live/cluster-unreachable .plumbline.yaml:1"]);
    assert.match(findings[0]!.message, new RegExp(`cannot reach the API server "http://127\\.0\\.0\\.1:${port}": the connection was refused`));
  });
});

describe("TLS", () => {
  const certificate = selfSignedCertificate();
  const skip = certificate ? false : "openssl is not available to make a test certificate";

  test("trusted self-signed server works", { skip }, async () => {
    const run = await runLive(healthyCluster(), { tls: certificate, cluster: { "certificate-authority-data": Buffer.from(certificate!.cert).toString("base64") } });
    assert.deepEqual(run.live.map(where), []);
    assertNoSecrets(run);
  });

  test("untrusted certificate fails verification", { skip }, async () => {
    const run = await runLive(healthyCluster(), { tls: certificate });
    assert.deepEqual(run.live.map(where), ["live/cluster-unreachable .plumbline.yaml:1"]);
    assert.match(run.live[0]!.message, /TLS verification failed/);
    assert.equal(run.api.requests.length, 0);
  });
});

describe("kubeconfig auth and contexts", () => {
  test("exec credential plugin supplies the token", async () => {
    const api = await startFakeApi({ token: TOKEN, state: healthyCluster() });
    servers.push(api);
    const dir = tempDir("plumbline-live-");
    const credential = JSON.stringify({ apiVersion: "client.authentication.k8s.io/v1", kind: "ExecCredential", status: { token: TOKEN } });
    const text = [
      "apiVersion: v1",
      "clusters:",
      `  - { name: fake, cluster: { server: "${api.url}", insecure-skip-tls-verify: true } }`,
      "users:",
      "  - name: plugin",
      "    user:",
      "      exec:",
      "        apiVersion: client.authentication.k8s.io/v1",
      `        command: ${JSON.stringify(process.execPath)}`,
      `        args: ["-e", ${JSON.stringify(`process.stdout.write(${JSON.stringify(credential)})`)}]`,
      "        interactiveMode: Never",
      "contexts:",
      "  - { name: fake, context: { cluster: fake, user: plugin } }",
      "current-context: fake",
      "",
    ].join("\n");
    writeFileSync(join(dir, "kubeconfig"), text);
    const run = await runCliAsync(["--root", SOCK_SHOP, "--format", "json", "--kubeconfig", join(dir, "kubeconfig")]);
    allRuns.push({ run, kubeconfig: text });
    const live = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.filter((finding) => finding.ruleId.startsWith("live/"));
    assert.deepEqual(live.map(where), []);
    assert.ok(api.requests.length > 1);
    assert.ok(api.requests.every((request) => request.authorization === `Bearer ${TOKEN}`));
  });

  test("--context selects another context", async () => {
    const api = await startFakeApi({ token: TOKEN, state: healthyCluster() });
    servers.push(api);
    const dir = tempDir("plumbline-live-");
    const text = [
      "apiVersion: v1",
      "clusters:",
      '  - { name: dead, cluster: { server: "http://127.0.0.1:9", insecure-skip-tls-verify: true } }',
      `  - { name: fake, cluster: { server: "${api.url}", insecure-skip-tls-verify: true } }`,
      "users:",
      `  - { name: tester, user: { token: "${TOKEN}" } }`,
      "contexts:",
      "  - { name: dead, context: { cluster: dead, user: tester } }",
      "  - { name: fake, context: { cluster: fake, user: tester } }",
      "current-context: dead",
      "",
    ].join("\n");
    writeFileSync(join(dir, "kubeconfig"), text);
    const run = await runCliAsync(["--root", SOCK_SHOP, "--format", "json", "--kubeconfig", join(dir, "kubeconfig"), "--context", "fake"]);
    allRuns.push({ run, kubeconfig: text });
    const live = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.filter((finding) => finding.ruleId.startsWith("live/"));
    assert.deepEqual(live.map(where), []);
    assert.ok(api.requests.length > 1);
  });
});

describe("KUBECONFIG with several files", () => {
  test("merges them as kubectl does", async () => {
    const api = await startFakeApi({ token: TOKEN, state: healthyCluster() });
    servers.push(api);
    const dir = tempDir("plumbline-live-");
    // The first file sets the context and the user, and the second the cluster. The third repeats
    // the cluster's name with a dead server and sets another current-context, and both lose.
    const files = {
      "context.yaml": [
        "apiVersion: v1",
        "users:",
        `  - { name: tester, user: { token: "${TOKEN}" } }`,
        "contexts:",
        "  - { name: fake, context: { cluster: fake, user: tester } }",
        "current-context: fake",
      ],
      "empty.yaml": ["# nothing here"],
      "cluster.yaml": ["apiVersion: v1", "clusters:", `  - { name: fake, cluster: { server: "${api.url}", insecure-skip-tls-verify: true } }`],
      "later.yaml": [
        "apiVersion: v1",
        "clusters:",
        '  - { name: fake, cluster: { server: "http://127.0.0.1:9", insecure-skip-tls-verify: true } }',
        "contexts:",
        "  - { name: dead, context: { cluster: fake, user: tester } }",
        "current-context: dead",
      ],
    };
    for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), `${lines.join("\n")}\n`);
    const list = [join(dir, "missing.yaml"), ...Object.keys(files).map((name) => join(dir, name))].join(delimiter);

    const run = await runCliAsync(["--root", SOCK_SHOP, "--format", "json", "--live"], { KUBECONFIG: list });
    allRuns.push({ run, kubeconfig: Object.values(files).flat().join("\n") });
    assert.equal(run.status, 0, run.stderr);
    const live = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.filter((finding) => finding.ruleId.startsWith("live/"));
    assert.deepEqual(live.map(where), []);
    assert.ok(api.requests.length > 1);
    assert.ok(api.requests.every((request) => request.authorization === `Bearer ${TOKEN}`));
  });

  test("client certificates, paths per file", async (context) => {
    const server = selfSignedCertificate();
    const client = selfSignedCertificate("plumbline-tester");
    if (!server || !client) return context.skip("openssl is not available to make test certificates");
    const api = await startFakeApi({ token: TOKEN, state: healthyCluster(), tls: { ...server, clientCa: client.cert } });
    servers.push(api);
    // Each file names its certificates relative to its own folder, and the folders differ.
    const dir = tempDir("plumbline-live-");
    mkdirSync(join(dir, "cluster"));
    mkdirSync(join(dir, "user"));
    writeFileSync(join(dir, "cluster", "server.pem"), server.cert);
    writeFileSync(join(dir, "user", "client.pem"), client.cert);
    writeFileSync(join(dir, "user", "client-key.pem"), client.key, { mode: 0o600 });
    const clusterFile = [
      "apiVersion: v1",
      "clusters:",
      `  - { name: fake, cluster: { server: "${api.url}", certificate-authority: server.pem } }`,
      "contexts:",
      "  - { name: fake, context: { cluster: fake, user: tester } }",
      "current-context: fake",
    ].join("\n");
    const userFile = ["apiVersion: v1", "users:", "  - { name: tester, user: { client-certificate: client.pem, client-key: client-key.pem } }"].join("\n");
    writeFileSync(join(dir, "cluster", "kubeconfig"), `${clusterFile}\n`);
    writeFileSync(join(dir, "user", "kubeconfig"), `${userFile}\n`);

    const run = await runCliAsync(["--root", SOCK_SHOP, "--format", "json", "--live"], {
      KUBECONFIG: [join(dir, "cluster", "kubeconfig"), join(dir, "user", "kubeconfig")].join(delimiter),
    });
    allRuns.push({ run, kubeconfig: `${clusterFile}\n${userFile}` });
    assert.equal(run.status, 0, run.stderr);
    const live = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.filter((finding) => finding.ruleId.startsWith("live/"));
    assert.deepEqual(live.map(where), []);
    assert.ok(api.requests.length > 1);
    assert.ok(api.requests.every((request) => request.clientCertificate === "plumbline-tester"));
    assert.ok(api.requests.every((request) => request.authorization === undefined));
    const keyBody = client.key.split("\n")[1]!;
    assert.ok(!run.stdout.includes(keyBody), "the client key appears on stdout");
    assert.ok(!run.stderr.includes(keyBody), "the client key appears on stderr");
  });

  test("kubeconfig in a pipe: read once", async (context) => {
    const api = await startFakeApi({ token: TOKEN, state: healthyCluster() });
    servers.push(api);
    const dir = tempDir("plumbline-live-");
    const kubeconfig = writeKubeconfig(dir, api.url, TOKEN);
    try {
      execFileSync("mkfifo", [join(dir, "pipe")]);
    } catch {
      return context.skip("mkfifo is not available");
    }
    // A pipe gives its content to the first read only, as `--kubeconfig <(cat file)` does.
    const writer = spawn("sh", ["-c", 'cat "$1" > "$2"', "sh", kubeconfig.path, join(dir, "pipe")]);
    const run = await runCliAsync(["--root", SOCK_SHOP, "--format", "json", "--kubeconfig", join(dir, "pipe")]);
    writer.kill();
    allRuns.push({ run, kubeconfig: kubeconfig.text });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(api.requests.length > 1);
  });

  test("no existing file exits 2", async () => {
    const dir = tempDir("plumbline-live-");
    const run = await runCliAsync(["--root", SOCK_SHOP, "--live"], { KUBECONFIG: [join(dir, "a"), join(dir, "b")].join(delimiter) });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /none of the kubeconfig files in KUBECONFIG exists \(".*a", ".*b"\)/);
  });

  test("merged problem names every file", async () => {
    const dir = tempDir("plumbline-live-");
    writeFileSync(join(dir, "a"), "apiVersion: v1\nclusters:\n  - { name: c, cluster: { server: \"http://127.0.0.1:9\" } }\n");
    writeFileSync(join(dir, "b"), "apiVersion: v1\ncurrent-context: x\n");
    const run = await runCliAsync(["--root", SOCK_SHOP, "--live"], { KUBECONFIG: [join(dir, "a"), join(dir, "b")].join(delimiter) });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /the kubeconfig merged from KUBECONFIG \(".*a", ".*b"\) lists no contexts/);
  });
});

describe("tokenFile", () => {
  async function runWithTokenFile(tokenFile: string, write?: string): Promise<{ run: CliRun; api: FakeApi }> {
    const api = await startFakeApi({ token: TOKEN, state: healthyCluster() });
    servers.push(api);
    const dir = tempDir("plumbline-live-");
    if (write !== undefined) writeFileSync(join(dir, "token"), write, { mode: 0o600 });
    const text = [
      "apiVersion: v1",
      "clusters:",
      `  - { name: fake, cluster: { server: "${api.url}", insecure-skip-tls-verify: true } }`,
      "users:",
      `  - { name: tester, user: { tokenFile: ${JSON.stringify(tokenFile)} } }`,
      "contexts:",
      "  - { name: fake, context: { cluster: fake, user: tester } }",
      "current-context: fake",
      "",
    ].join("\n");
    writeFileSync(join(dir, "kubeconfig"), text);
    // The working directory is not the kubeconfig's folder, so a relative path must resolve against the latter.
    const run = await runCliAsync(["--root", SOCK_SHOP, "--format", "json", "--kubeconfig", join(dir, "kubeconfig")]);
    allRuns.push({ run, kubeconfig: text });
    return { run, api };
  }

  test("relative path: token sent", async () => {
    const { run, api } = await runWithTokenFile("token", `${TOKEN}\n`);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(api.requests.length > 1);
    assert.ok(api.requests.every((request) => request.authorization === `Bearer ${TOKEN}`));
  });

  test("FIFO: reported, never opened", async (context) => {
    const dir = tempDir("plumbline-live-");
    try {
      execFileSync("mkfifo", [join(dir, "fifo")]);
    } catch {
      return context.skip("mkfifo is not available");
    }
    const { run, api } = await runWithTokenFile(join(dir, "fifo"));
    const live = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.filter((finding) => finding.ruleId.startsWith("live/"));
    assert.match(live[0]!.message, /cannot read the tokenFile of user "tester" .*FIFO/);
    assert.equal(api.requests.length, 0);
  });

  test("two lines: reported", async () => {
    const { run } = await runWithTokenFile("token", `${TOKEN}\nsecond-line\n`);
    const live = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.filter((finding) => finding.ruleId.startsWith("live/"));
    assert.match(live[0]!.message, /holds more than one line/);
    assert.ok(!run.stdout.includes(TOKEN), "the token appears in the output");
  });

  test("missing file: reported", async () => {
    const { run, api } = await runWithTokenFile("no-such-token");
    const live = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.filter((finding) => finding.ruleId.startsWith("live/"));
    assert.deepEqual(live.map((finding) => finding.ruleId), ["live/cluster-unreachable"]);
    assert.match(live[0]!.message, /cannot read the tokenFile of user "tester" in kubeconfig ".*": ".*no-such-token" does not exist/);
    assert.equal(api.requests.length, 0);
  });
});

describe("kubeconfig problems", () => {
  test("kubeconfig that is not YAML exits 2", async () => {
    const dir = tempDir("plumbline-live-");
    const secretText = `token: "${TOKEN}"\n  clusters: [unclosed\n`;
    writeFileSync(join(dir, "kubeconfig"), secretText);
    const run = await runCliAsync(["--root", SOCK_SHOP, "--kubeconfig", join(dir, "kubeconfig")]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /is not valid YAML \(line \d+\)/);
    assert.ok(!run.stderr.includes(TOKEN));
    assert.ok(!run.stderr.includes("unclosed"));
  });

  test("unknown context exits 2", async () => {
    const dir = tempDir("plumbline-live-");
    const kubeconfig = writeKubeconfig(dir, "http://127.0.0.1:9", TOKEN);
    const run = await runCliAsync(["--root", SOCK_SHOP, "--kubeconfig", kubeconfig.path, "--context", "prod"]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /context "prod" is not in kubeconfig/);
  });

  test("missing kubeconfig file exits 2", async () => {
    const run = await runCliAsync(["--root", SOCK_SHOP, "--kubeconfig", "/nonexistent/kubeconfig"]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot read kubeconfig "\/nonexistent\/kubeconfig"/);
  });
});

describe("secrets", () => {
  test("no run printed the token or kubeconfig", () => {
    assert.ok(allRuns.length >= 20, `only ${allRuns.length} runs were recorded`);
    for (const { run, kubeconfig } of allRuns) {
      for (const output of [run.stdout, run.stderr]) {
        assert.ok(!output.includes(TOKEN), "the token appears in the output");
        assert.ok(!output.includes("wrong-token-0000000000"), "the wrong token appears in the output");
        assert.ok(!output.includes(kubeconfig.trim()), "the kubeconfig appears in the output");
      }
    }
  });
});

/** Finds a port on 127.0.0.1 that nothing listens on, by binding it and closing it again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
