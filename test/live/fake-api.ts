// A stand-in for the Kubernetes API server, on 127.0.0.1 only. It serves the read-only requests of
// the live checks with objects shaped like the real API's: List kinds with apiVersion, kind,
// metadata.resourceVersion and items; Status objects for 401, 403 and 404; bearer-token auth.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import type { TLSSocket } from "node:tls";
import { join } from "node:path";

export const NAD_CRD = "network-attachment-definitions.k8s.cni.cncf.io";

export interface ClusterState {
  nadCrd: boolean;
  argoCrd: boolean;
  daemonSets: Record<string, unknown>[];
  nads: Record<string, unknown>[];
  pods: Record<string, unknown>[];
  events: Record<string, unknown>[];
  applications: Record<string, unknown>[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization?: string;
  /** Subject CN of the client certificate the TLS handshake verified, when there was one. */
  clientCertificate?: string;
}

/** A reply that replaces the normal one: an HTTP response, or `hang` to never respond. */
export type Override = { status: number; body?: unknown; headers?: Record<string, string> } | "hang" | undefined;

export interface FakeApiOptions {
  token: string;
  state: ClusterState;
  /** Called first for every request; a defined result replaces the normal reply. */
  override?: (request: RecordedRequest, count: number) => Override;
  /**
   * Serves HTTPS with this key and certificate. With `clientCa`, the server also requests a client
   * certificate, and one signed by that CA authenticates a request as a bearer token does.
   */
  tls?: { key: string; cert: string; clientCa?: string };
}

export interface FakeApi {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeApi(options: FakeApiOptions): Promise<FakeApi> {
  const requests: RecordedRequest[] = [];
  const counts = new Map<string, number>();
  const sockets = new Set<Socket>();

  const handler = (incoming: IncomingMessage, response: ServerResponse) => {
    const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
    const request: RecordedRequest = {
      method: incoming.method ?? "",
      path: url.pathname,
      query: url.searchParams,
      authorization: incoming.headers.authorization,
      clientCertificate: verifiedClient(incoming),
    };
    requests.push(request);
    const key = `${request.method} ${request.path}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);

    const override = options.override?.(request, counts.get(key)!);
    if (override === "hang") return;
    if (override) return send(response, override.status, override.body ?? status(override.status, "override"), override.headers);

    if (request.authorization !== `Bearer ${options.token}` && request.clientCertificate === undefined) return send(response, 401, status(401, "Unauthorized"));
    if (request.method !== "GET") return send(response, 405, status(405, "MethodNotAllowed"));
    const [code, body] = route(options.state, request);
    send(response, code, body);
  };

  const tls = options.tls;
  const server: Server = tls
    ? createHttpsServer({ key: tls.key, cert: tls.cert, ...(tls.clientCa ? { ca: tls.clientCa, requestCert: true, rejectUnauthorized: false } : {}) }, handler)
    : createHttpServer(handler);
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `${options.tls ? "https" : "http"}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Returns the CN of a client certificate that the server's client CA verified, or undefined without one. */
function verifiedClient(incoming: IncomingMessage): string | undefined {
  const socket = incoming.socket as TLSSocket;
  if (typeof socket.getPeerCertificate !== "function" || !socket.authorized) return undefined;
  const subject = socket.getPeerCertificate().subject as { CN?: string } | undefined;
  return subject?.CN ?? "";
}

function send(response: ServerResponse, code: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  response.writeHead(code, { "Content-Type": typeof body === "string" ? "text/plain" : "application/json", ...headers });
  response.end(text);
}

export function status(code: number, reason: string, message = reason, details?: Record<string, unknown>): Record<string, unknown> {
  return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, ...(details ? { details } : {}), code };
}

function list(kind: string, apiVersion: string, items: unknown[]): Record<string, unknown> {
  return { apiVersion, kind, metadata: { resourceVersion: "4242" }, items };
}

function notFound(group: string, resource: string, name: string): [number, unknown] {
  return [404, status(404, "NotFound", `${resource}.${group} "${name}" not found`, { name, group, kind: resource })];
}

// The API server's response for a path of a resource type it does not serve.
const PAGE_NOT_FOUND: [number, unknown] = [404, status(404, "NotFound", "the server could not find the requested resource", {})];

function route(state: ClusterState, request: RecordedRequest): [number, unknown] {
  const parts = request.path.split("/").filter(Boolean);
  const path = request.path;

  if (path === `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${NAD_CRD}`) {
    if (!state.nadCrd) return notFound("apiextensions.k8s.io", "customresourcedefinitions", NAD_CRD);
    return [200, { apiVersion: "apiextensions.k8s.io/v1", kind: "CustomResourceDefinition", metadata: { name: NAD_CRD }, spec: { group: "k8s.cni.cncf.io" } }];
  }

  if (path === "/apis/apps/v1/daemonsets") {
    const items = state.daemonSets.filter((item) => matchesSelector(item, request.query.get("labelSelector")));
    return [200, list("DaemonSetList", "apps/v1", items)];
  }

  // /apis/apps/v1/namespaces/{ns}/daemonsets/{name}
  if (parts[0] === "apis" && parts[1] === "apps" && parts[3] === "namespaces" && parts[5] === "daemonsets" && parts.length === 7) {
    const found = state.daemonSets.find((item) => isNamed(item, parts[4]!, parts[6]!));
    return found ? [200, found] : notFound("apps", "daemonsets", parts[6]!);
  }

  // /apis/k8s.cni.cncf.io/v1/namespaces/{ns}/network-attachment-definitions/{name}
  if (parts[1] === "k8s.cni.cncf.io" && parts[5] === "network-attachment-definitions" && parts.length === 7) {
    if (!state.nadCrd) return PAGE_NOT_FOUND;
    const found = state.nads.find((item) => isNamed(item, parts[4]!, parts[6]!));
    return found ? [200, found] : notFound("k8s.cni.cncf.io", "network-attachment-definitions", parts[6]!);
  }

  // /api/v1/namespaces/{ns}/pods[/{name}] and /api/v1/namespaces/{ns}/events
  if (parts[0] === "api" && parts[1] === "v1" && parts[2] === "namespaces") {
    const namespace = parts[3]!;
    if (parts[4] === "pods" && parts.length === 6) {
      const found = state.pods.find((item) => isNamed(item, namespace, parts[5]!));
      return found ? [200, found] : notFound("", "pods", parts[5]!);
    }
    if (parts[4] === "pods" && parts.length === 5) {
      const items = state.pods.filter((item) => namespaceOf(item) === namespace && matchesSelector(item, request.query.get("labelSelector")));
      return [200, list("PodList", "v1", items)];
    }
    if (parts[4] === "events" && parts.length === 5) {
      const items = state.events.filter((item) => namespaceOf(item) === namespace && matchesFields(item, request.query.get("fieldSelector")));
      return [200, list("EventList", "v1", items)];
    }
  }

  // /apis/argoproj.io/v1alpha1/namespaces/{ns}/applications/{name}
  if (parts[1] === "argoproj.io" && parts[5] === "applications" && parts.length === 7) {
    if (!state.argoCrd) return PAGE_NOT_FOUND;
    const found = state.applications.find((item) => isNamed(item, parts[4]!, parts[6]!));
    return found ? [200, found] : notFound("argoproj.io", "applications", parts[6]!);
  }

  return PAGE_NOT_FOUND;
}

function metadataOf(item: Record<string, unknown>): Record<string, unknown> {
  return (item.metadata ?? {}) as Record<string, unknown>;
}

function namespaceOf(item: Record<string, unknown>): string | undefined {
  return metadataOf(item).namespace as string | undefined;
}

function isNamed(item: Record<string, unknown>, namespace: string, name: string): boolean {
  return namespaceOf(item) === namespace && metadataOf(item).name === name;
}

/** Equality-based label selectors (`a=b,c=d`), the only form the live checks send. */
function matchesSelector(item: Record<string, unknown>, selector: string | null): boolean {
  if (!selector) return true;
  const labels = (metadataOf(item).labels ?? {}) as Record<string, string>;
  return selector.split(",").every((term) => {
    const [key, value] = term.split("=");
    return labels[key!] === value;
  });
}

function matchesFields(item: Record<string, unknown>, selector: string | null): boolean {
  if (!selector) return true;
  return selector.split(",").every((term) => {
    const [key, value] = term.split("=");
    let current: unknown = item;
    for (const part of key!.split(".")) current = (current as Record<string, unknown> | undefined)?.[part];
    return current === value;
  });
}

/** Writes a kubeconfig with bearer-token auth for `server`, and returns its path and text. */
export function writeKubeconfig(
  dir: string,
  server: string,
  token: string,
  cluster: Record<string, unknown> = {},
): { path: string; text: string } {
  const clusterFields = { server, ...(server.startsWith("http:") ? { "insecure-skip-tls-verify": true } : {}), ...cluster };
  const text = [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    "  - name: fake",
    "    cluster:",
    ...Object.entries(clusterFields).map(([key, value]) => `      ${key}: ${JSON.stringify(value)}`),
    "users:",
    "  - name: tester",
    "    user:",
    `      token: ${JSON.stringify(token)}`,
    "contexts:",
    "  - name: fake",
    "    context:",
    "      cluster: fake",
    "      user: tester",
    "current-context: fake",
    "",
  ].join("\n");
  const path = join(dir, "kubeconfig.yaml");
  writeFileSync(path, text, { mode: 0o600 });
  return { path, text };
}

/** Makes a self-signed certificate for 127.0.0.1 with openssl; undefined when openssl is missing. */
export function selfSignedCertificate(commonName = "127.0.0.1"): { key: string; cert: string } | undefined {
  const dir = mkdtempSync(join(tmpdir(), "plumbline-tls-"));
  // A server certificate names 127.0.0.1 as its address, and a client certificate needs only its CN.
  const san = commonName === "127.0.0.1" ? ["-addext", "subjectAltName=IP:127.0.0.1"] : [];
  try {
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"), "-days", "1", "-subj", `/CN=${commonName}`, ...san],
      { stdio: "ignore" },
    );
    return { key: readFileSync(join(dir, "key.pem"), "utf8"), cert: readFileSync(join(dir, "cert.pem"), "utf8") };
  } catch {
    return undefined;
  }
}
