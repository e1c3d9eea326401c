// Deterministic generator of Argo CD + Multus GitOps repositories of any size, for the benchmark.
//
// Per app: one Argo CD Application (argocd/apps/), and under apps/<app>/ a NetworkAttachmentDefinition,
// a Deployment, a StatefulSet and a DaemonSet whose pod templates reference the NAD in the four
// annotation forms (name, namespace/name, name@interface, JSON), a Service and a ConfigMap. The apps
// cycle through three file layouts so that 5 of every 15 app files hold more than one document.
// A root app renders argocd/apps. About 2% of the references name a NAD that does not exist.
//
// Usage: node --import tsx bench/generate.ts --apps 100 --out DIR [--seed N]
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";

export const REPO_URL = "https://git.example.com/org/gitops.git";
export const DEFAULT_SEED = 20261204;
/** Share of network references that name a NAD missing from the repo. */
export const MISSING_REFERENCE_RATE = 0.02;

export interface GeneratedRepo {
  apps: number;
  files: number;
  documents: number;
  multiDocumentFiles: number;
  bytes: number;
  references: number;
  missingReferences: number;
}

/** Returns a mulberry32 PRNG: small, fast, and the same sequence for the same seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLUGINS = ["macvlan", "bridge", "ipvlan"] as const;
const IMAGES = ["nginx:1.27.3", "redis:7.4.1", "ghcr.io/acme/worker:2.8.0", "ghcr.io/acme/api:1.19.4", "busybox:1.37"];

interface App {
  index: number;
  name: string;
  namespace: string;
  nad: string;
  team: string;
  /** Each reference is the NAD name or, rarely, a misspelt one. */
  ref: () => string;
}

/**
 * Writes a repository with `apps` applications into `dir` (emptied first). App number i has the
 * same content at every size, so the repositories of different sizes nest.
 */
export function generateRepo(dir: string, apps: number, seed = DEFAULT_SEED): GeneratedRepo {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const stats: GeneratedRepo = { apps, files: 0, documents: 0, multiDocumentFiles: 0, bytes: 0, references: 0, missingReferences: 0 };

  const write = (path: string, documents: string[], leadingSeparator = false): void => {
    const text = (leadingSeparator ? "---\n" : "") + documents.join("---\n");
    const absolute = join(dir, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
    stats.files++;
    stats.documents += documents.length;
    if (documents.length > 1) stats.multiDocumentFiles++;
    stats.bytes += Buffer.byteLength(text);
  };

  write(".plumbline.yaml", [`repoURLs: [${REPO_URL}]\nargocd:\n  rootApps: ["argocd/root.yaml"]\n`]);
  write("argocd/root.yaml", [application("root", "argocd/apps", "argocd", "platform")]);

  for (let index = 1; index <= apps; index++) {
    const random = mulberry32(seed ^ Math.imul(index, 0x9e3779b1));
    const name = `app-${String(index).padStart(5, "0")}`;
    const app: App = {
      index,
      name,
      namespace: name,
      nad: `${name}-net`,
      team: `team-${String(index % 40).padStart(2, "0")}`,
      ref: () => {
        stats.references++;
        if (random() >= MISSING_REFERENCE_RATE) return app.nad;
        stats.missingReferences++;
        return `${name}-nte`;
      },
    };

    write(`argocd/apps/${name}.yaml`, [application(name, `apps/${name}`, app.namespace, app.team)]);
    const base = `apps/${name}`;
    const nad = networkAttachment(app, random);
    const deploy = deployment(app, random);
    const sts = statefulSet(app, random);
    const ds = daemonSet(app, random);
    const svc = service(app);
    const cm = configMap(app, random);

    switch (index % 3) {
      case 0:
        write(`${base}/nad.yaml`, [nad]);
        write(`${base}/deployment.yaml`, [deploy, svc], true);
        write(`${base}/statefulset.yaml`, [sts, cm]);
        write(`${base}/daemonset.yaml`, [ds]);
        break;
      case 1:
        write(`${base}/network.yaml`, [nad, cm]);
        write(`${base}/deployment.yaml`, [deploy]);
        write(`${base}/workers.yaml`, [sts, ds], true);
        write(`${base}/service.yaml`, [svc]);
        break;
      default:
        write(`${base}/nad.yaml`, [nad]);
        write(`${base}/workloads.yaml`, [deploy, sts, ds]);
        write(`${base}/service.yaml`, [svc]);
        write(`${base}/configmap.yaml`, [cm]);
        break;
    }
  }
  return stats;
}

function application(name: string, path: string, namespace: string, team: string): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
  labels:
    app.kubernetes.io/part-of: bench
    team: ${team}
  finalizers:
    - resources-finalizer.argocd.argoproj.io
spec:
  project: default
  source:
    repoURL: ${REPO_URL}
    targetRevision: HEAD
    path: ${path}
  destination:
    server: https://kubernetes.default.svc
    namespace: ${namespace}
  syncPolicy:
    automated:
      prune: true
      selfHeal: true
    syncOptions:
      - CreateNamespace=true
`;
}

function networkAttachment(app: App, random: () => number): string {
  const plugin = PLUGINS[app.index % PLUGINS.length]!;
  const subnet = `10.${(app.index >> 8) & 255}.${app.index & 255}.0/24`;
  const pluginFields =
    plugin === "bridge"
      ? `      "bridge": "br-${app.index % 100}",\n      "isGateway": true,\n      "ipMasq": false,\n`
      : plugin === "macvlan"
        ? `      "master": "eth${1 + (app.index % 2)}",\n      "mode": "bridge",\n`
        : `      "master": "eth1",\n      "mode": "l2",\n`;
  // Half of the NADs declare their namespace; the rest take it from the Application's destination.
  const namespaceLine = app.index % 2 === 0 ? `  namespace: ${app.namespace}\n` : "";
  return `# ${plugin} network of ${app.name}; addresses come from whereabouts so every node shares one pool.
apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: ${app.nad}
${namespaceLine}  labels:
    team: ${app.team}
spec:
  config: |
    {
      "cniVersion": "0.3.1",
      "name": "${app.nad}",
      "type": "${plugin}",
${pluginFields}      "mtu": ${1400 + Math.floor(random() * 4) * 50},
      "ipam": {
        "type": "whereabouts",
        "range": "${subnet}",
        "exclude": ["${subnet.replace(/0\/24$/, "0/28")}"]
      }
    }
`;
}

function container(app: App, role: string, random: () => number, port: number): string {
  const image = IMAGES[Math.floor(random() * IMAGES.length)]!;
  const cpu = 50 + Math.floor(random() * 8) * 25;
  const memory = 64 + Math.floor(random() * 8) * 32;
  return `      containers:
        - name: ${role}
          image: ${image}
          imagePullPolicy: IfNotPresent
          args: ["--listen=:${port}", "--log-level=info"]
          ports:
            - name: http
              containerPort: ${port}
              protocol: TCP
          env:
            - name: APP_NAME
              value: ${app.name}
            - name: POD_NAMESPACE
              valueFrom:
                fieldRef:
                  fieldPath: metadata.namespace
          envFrom:
            - configMapRef:
                name: ${app.name}-settings
          resources:
            requests:
              cpu: ${cpu}m
              memory: ${memory}Mi
            limits:
              memory: ${memory * 2}Mi
`;
}

function podMetadata(app: App, role: string, networks: string): string {
  return `    metadata:
      labels:
        app.kubernetes.io/name: ${app.name}
        app.kubernetes.io/component: ${role}
      annotations:
        k8s.v1.cni.cncf.io/networks: ${networks}
`;
}

function objectMetadata(app: App, name: string, role: string): string {
  return `metadata:
  name: ${name}
  labels:
    app.kubernetes.io/name: ${app.name}
    app.kubernetes.io/component: ${role}
    team: ${app.team}
`;
}

function selector(app: App, role: string): string {
  return `  selector:
    matchLabels:
      app.kubernetes.io/name: ${app.name}
      app.kubernetes.io/component: ${role}
`;
}

/** Short form, bare name. */
function deployment(app: App, random: () => number): string {
  return `apiVersion: apps/v1
kind: Deployment
${objectMetadata(app, `${app.name}-api`, "api")}spec:
  replicas: ${2 + Math.floor(random() * 3)}
${selector(app, "api")}  template:
${podMetadata(app, "api", app.ref())}    spec:
${container(app, "api", random, 8080)}`;
}

/** Short form with a namespace and with an interface name, two attachments. */
function statefulSet(app: App, random: () => number): string {
  const networks = `"${app.namespace}/${app.ref()}, ${app.ref()}@storage0"`;
  return `apiVersion: apps/v1
kind: StatefulSet
${objectMetadata(app, `${app.name}-store`, "store")}spec:
  serviceName: ${app.name}
  replicas: 3
${selector(app, "store")}  template:
${podMetadata(app, "store", networks)}    spec:
${container(app, "store", random, 6379)}  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: ${1 + Math.floor(random() * 10)}Gi
`;
}

/** JSON form, folded into a block scalar as users write it. */
function daemonSet(app: App, random: () => number): string {
  const networks = `|
          [
            { "name": "${app.ref()}", "namespace": "${app.namespace}", "interface": "agent0" }
          ]`;
  return `apiVersion: apps/v1
kind: DaemonSet
${objectMetadata(app, `${app.name}-agent`, "agent")}spec:
${selector(app, "agent")}  updateStrategy:
    type: RollingUpdate
  template:
${podMetadata(app, "agent", networks)}    spec:
      tolerations:
        - operator: Exists
${container(app, "agent", random, 9100)}`;
}

function service(app: App): string {
  return `apiVersion: v1
kind: Service
${objectMetadata(app, app.name, "api")}spec:
  type: ClusterIP
  selector:
    app.kubernetes.io/name: ${app.name}
    app.kubernetes.io/component: api
  ports:
    - name: http
      port: 80
      targetPort: http
      protocol: TCP
`;
}

function configMap(app: App, random: () => number): string {
  return `apiVersion: v1
kind: ConfigMap
${objectMetadata(app, `${app.name}-settings`, "config")}data:
  LOG_FORMAT: json
  CACHE_TTL_SECONDS: "${30 + Math.floor(random() * 300)}"
  FEATURE_FLAGS: "search,checkout,${random() < 0.5 ? "beta-ui" : "legacy-ui"}"
  application.yaml: |
    server:
      port: 8080
      shutdown: graceful
    upstreams:
      - name: store
        url: http://${app.name}-store:6379
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: { apps: { type: "string", default: "100" }, out: { type: "string" }, seed: { type: "string" } },
  });
  if (!values.out) {
    process.stderr.write("generate: missing --out DIR; pass the folder to write the repository into\n");
    process.exit(2);
  }
  const stats = generateRepo(values.out, Number(values.apps), values.seed ? Number(values.seed) : DEFAULT_SEED);
  process.stdout.write(`${JSON.stringify(stats)}\n`);
}
