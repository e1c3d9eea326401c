// The attachment rules through the real CLI process: JSON report fields, positions and exit code.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { PROJECT_ROOT, runCliJson } from "../helpers/cli.js";
import { makeTempRepo } from "../helpers/temp-repo.js";

const FIXTURE = join(PROJECT_ROOT, "test/fixtures/rules/attachment/unknown-network/fires");

describe("attachment findings through the CLI", () => {
  const run = runCliJson(["--root", FIXTURE]);
  const findings = run.report.findings.filter((finding) => finding.ruleId === "attachment/unknown-network");

  test("exits 1 on errors", () => assert.equal(run.status, 1));
  test("reports every unknown reference", () => assert.equal(findings.length, 5));
  test("points at the element", () => {
    const first = findings[0]!;
    assert.deepEqual([first.file, first.line, first.column, first.endLine, first.endColumn], ["workloads/pods.yaml", 7, 34, 7, 37]);
  });
  test("names the pod as resource", () => assert.deepEqual(findings[0]!.resource, { kind: "Pod", namespace: "apps", name: "other-namespace" }));
  test("suggests the other namespace", () => assert.ok(findings[0]!.message.includes('write "net/lan"')));
});

describe("unknown network in an excluded file", () => {
  const nad = 'apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: lan\n  namespace: shop\nspec:\n  config: \'{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth0"}\'\n';
  const pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: shop\n  annotations:\n    k8s.v1.cni.cncf.io/networks: lan\nspec:\n  containers:\n    - name: c\n      image: x\n";
  const message = (config: string, network = "lan"): string[] => {
    const repo = makeTempRepo({ ".plumbline.yaml": config, "nets/lan.yaml": nad, "pod.yaml": pod.replace("networks: lan", `networks: ${network}`) });
    try {
      return runCliJson(["--root", repo.root]).report.findings.filter((finding) => finding.ruleId === "attachment/unknown-network").map((finding) => finding.message);
    } finally {
      repo.remove();
    }
  };

  test("names the excluded paths", () => {
    const [first] = message("exclude: [nets]\n");
    assert.ok(first?.endsWith('; NADs in files that exclude leaves out ("nets") are not read'), first);
  });
  test("nothing excluded: no hint", () => {
    const [first] = message("exclude: []\n", "storage-backplane");
    assert.ok(first?.endsWith("in externalNetworks if it is managed outside this repository"), first);
  });
});
