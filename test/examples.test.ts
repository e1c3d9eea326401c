// The bundled example repositories, linted by the real CLI: sock-shop is clean, sock-shop-broken
// shows exactly the mistakes its README lists.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { runCliJson } from "./helpers/cli.js";

describe("examples/sock-shop", () => {
  const { report, status } = runCliJson(["--root", "examples/sock-shop"]);

  test("exits 0", () => assert.equal(status, 0));
  test("has no findings", () => assert.deepEqual(report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`), []));
  test("reads every manifest", () => assert.equal(report.summary.files, 10));
});

describe("examples/sock-shop-broken", () => {
  const { report, status } = runCliJson(["--root", "examples/sock-shop-broken"]);

  test("exits 1", () => assert.equal(status, 1));

  test("reports exactly the documented mistakes", () => {
    assert.deepEqual(
      report.findings.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line}:${finding.column}`),
      [
        "argocd/path-missing argocd/applications/front-end.yaml:11:11",
        "argocd/orphan-app argocd/monitoring/node-exporter.yaml:6:9",
        "nad/config-json network-configs/macvlan-conf.yaml:19:33",
        "attachment/misplaced network-configs/network-test-app.yaml:9:5",
        "attachment/unknown-network network-configs/test-pods.yaml:20:34",
      ],
    );
  });

  test("suggests the folder that exists", () => {
    const finding = report.findings.find((item) => item.ruleId === "argocd/path-missing")!;
    assert.match(finding.message, /did you mean "apps\/front-end"/);
  });

  test("suggests the NAD that exists", () => {
    const finding = report.findings.find((item) => item.ruleId === "attachment/unknown-network")!;
    assert.match(finding.message, /did you mean "sock-shop\/bridge-conf"/);
  });

  test("names the pod of an unknown network", () => {
    const finding = report.findings.find((item) => item.ruleId === "attachment/unknown-network")!;
    assert.deepEqual(finding.resource, { kind: "Pod", namespace: "sock-shop", name: "multus-bridge-pod" });
  });
});
