// The live phase's overall bound, through lint() in this process: a repo with many NADs against a
// server that never responds to NAD lookups needs more time than the bound allows.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { lint } from "../../src/lint.js";
import { startFakeApi, writeKubeconfig, type FakeApi } from "./fake-api.js";
import { healthyCluster } from "./sock-shop-cluster.js";

const TOKEN = "phase-bound-token-123456";
const NAD_COUNT = 40;
const servers: FakeApi[] = [];
after(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

function repoWithNads(): string {
  const root = mkdtempSync(join(tmpdir(), "plumbline-bound-"));
  const documents = Array.from({ length: NAD_COUNT }, (_, index) =>
    [
      "apiVersion: k8s.cni.cncf.io/v1",
      "kind: NetworkAttachmentDefinition",
      "metadata:",
      `  name: net-${index}`,
      "  namespace: shop",
      "spec:",
      `  config: '{ "cniVersion": "0.3.1", "name": "net-${index}", "type": "bridge" }'`,
    ].join("\n"),
  );
  writeFileSync(join(root, "nads.yaml"), `${documents.join("\n---\n")}\n`);
  return root;
}

test("phase bound stops hanging lookups", async () => {
  const api = await startFakeApi({
    token: TOKEN,
    state: healthyCluster(),
    override: (request) => (request.path.includes("/network-attachment-definitions/") ? "hang" : undefined),
  });
  servers.push(api);
  const kubeconfig = writeKubeconfig(mkdtempSync(join(tmpdir(), "plumbline-bound-kc-")), api.url, TOKEN);

  const started = Date.now();
  // 1 s per request, so the bound is 6 s; 40 hanging lookups, 4 at a time, would need 10 s.
  const result = await lint({ root: repoWithNads(), env: {}, live: { kubeconfigPath: kubeconfig.path, timeoutMs: 1000 } });
  const elapsed = Date.now() - started;

  assert.deepEqual(result.internalErrors, []);
  assert.deepEqual(result.findings.filter((finding) => finding.severity === "error").map((finding) => finding.message), []);
  const bound = result.findings.filter((finding) => finding.ruleId === "live/cluster-unreachable" && finding.message.includes("stopped after 6 s"));
  assert.equal(bound.length, 1);
  assert.ok(api.requests.filter((request) => request.path.includes("/network-attachment-definitions/")).length < NAD_COUNT);
  assert.ok(elapsed < 20_000, `lint took ${elapsed} ms`);
});
