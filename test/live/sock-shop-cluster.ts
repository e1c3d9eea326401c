// The cluster state of a healthy deployment of test/fixtures/live/sock-shop, built fresh for each
// test so a scenario can break one part of it. Also an async runner for the CLI, because the fake
// API server lives in the test process and a synchronous spawn would block it.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { NAD_CRD, type ClusterState } from "./fake-api.js";

export const SOCK_SHOP = fileURLToPath(new URL("../fixtures/live/sock-shop", import.meta.url));
const CLI_SOURCE = fileURLToPath(new URL("../../src/cli.ts", import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export { NAD_CRD };

/** Reads the repo's NAD config as written, so the healthy cluster contains exactly the repo's JSON. */
function repoNadConfig(file: string): string {
  const [document] = parseAllDocuments(readFileSync(`${SOCK_SHOP}/${file}`, "utf8"));
  return (document!.toJS() as { spec: { config: string } }).spec.config;
}

export function nad(namespace: string, name: string, config: string): Record<string, unknown> {
  return { apiVersion: "k8s.cni.cncf.io/v1", kind: "NetworkAttachmentDefinition", metadata: { name, namespace, resourceVersion: "7" }, spec: { config } };
}

export function networkStatus(podNamespace: string, networks: { name: string; interface: string; ip: string }[]): string {
  return JSON.stringify([
    { name: "kindnet", interface: "eth0", ips: ["10.244.0.12"], mac: "0a:58:0a:f4:00:0c", default: true, dns: {} },
    ...networks.map((network) => ({ name: `${podNamespace}/${network.name}`, interface: network.interface, ips: [network.ip], mac: "92:1c:5e:7a:10:01", dns: {} })),
  ]);
}

export function pod(options: {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  networks?: string;
  status?: string;
  phase?: string;
  waiting?: string;
}): Record<string, unknown> {
  const namespace = options.namespace ?? "sock-shop";
  const annotations: Record<string, string> = {};
  if (options.networks !== undefined) annotations["k8s.v1.cni.cncf.io/networks"] = options.networks;
  if (options.status !== undefined) annotations["k8s.v1.cni.cncf.io/network-status"] = options.status;
  const phase = options.phase ?? "Running";
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: options.name, namespace, uid: `uid-${options.name}`, labels: options.labels ?? {}, annotations },
    spec: { nodeName: "kind-worker", containers: [{ name: "netshoot", image: "nicolaka/netshoot" }] },
    status: {
      phase,
      containerStatuses: [
        { name: "netshoot", ready: phase === "Running", state: options.waiting ? { waiting: { reason: options.waiting } } : { running: { startedAt: "2026-12-04T10:00:00Z" } } },
      ],
    },
  };
}

export function event(podName: string, reason: string, message: string, type = "Warning"): Record<string, unknown> {
  return {
    apiVersion: "v1",
    kind: "Event",
    metadata: { name: `${podName}.17e0${reason.length}`, namespace: "sock-shop" },
    involvedObject: { kind: "Pod", namespace: "sock-shop", name: podName, uid: `uid-${podName}`, apiVersion: "v1" },
    reason,
    message,
    type,
    source: { component: "kubelet", host: "kind-worker" },
    firstTimestamp: "2026-12-04T10:00:00Z",
    lastTimestamp: "2026-12-04T10:05:00Z",
    count: 4,
  };
}

export function application(name: string, sync = "Synced", health = "Healthy", conditions: { type: string; message: string }[] = []): Record<string, unknown> {
  return {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Application",
    metadata: { name, namespace: "argocd" },
    spec: { project: "default" },
    status: { sync: { status: sync, revision: "abc123" }, health: { status: health }, ...(conditions.length > 0 ? { conditions } : {}) },
  };
}

export function multusDaemonSet(desired = 2, ready = 2): Record<string, unknown> {
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: "kube-multus-ds", namespace: "kube-system", labels: { app: "multus", tier: "node", name: "multus" } },
    status: { desiredNumberScheduled: desired, currentNumberScheduled: desired, numberReady: ready, numberAvailable: ready },
  };
}

export function healthyCluster(): ClusterState {
  return {
    nadCrd: true,
    argoCrd: true,
    daemonSets: [multusDaemonSet()],
    nads: [
      nad("sock-shop", "bridge-conf", repoNadConfig("network-configs/bridge-conf.yaml")),
      nad("sock-shop", "macvlan-conf", repoNadConfig("network-configs/macvlan-conf.yaml")),
    ],
    pods: [
      pod({ name: "multus-test-pod", networks: "macvlan-conf", status: networkStatus("sock-shop", [{ name: "macvlan-conf", interface: "net1", ip: "192.168.1.200" }]) }),
      pod({ name: "multus-bridge-pod", networks: "bridge-conf", status: networkStatus("sock-shop", [{ name: "bridge-conf", interface: "net1", ip: "10.10.0.2" }]) }),
      ...["7d9f-a1", "7d9f-b2"].map((suffix) =>
        pod({
          name: `network-test-app-${suffix}`,
          labels: { app: "network-test-app", "pod-template-hash": "7d9f" },
          networks: "bridge-conf@bridge0",
          status: networkStatus("sock-shop", [{ name: "bridge-conf", interface: "bridge0", ip: `10.10.0.${suffix === "7d9f-a1" ? 3 : 4}` }]),
        }),
      ),
      pod({ name: "front-end-5c8b-x1", labels: { app: "front-end" } }),
    ],
    events: [],
    applications: [application("root-app-local"), application("front-end"), application("multus-config-local")],
  };
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs src/cli.ts through tsx in a child process without blocking this process's event loop. */
export function runCliAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI_SOURCE, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, GITHUB_ACTIONS: "", GITHUB_REPOSITORY: "", KUBECONFIG: "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, ms: Date.now() - started });
    });
  });
}
