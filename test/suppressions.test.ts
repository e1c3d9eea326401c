// Inline suppressions on real repositories: which lines a directive covers, and what it reports
// when it covers nothing.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { lint } from "../src/lint.js";
import { makeTempRepo } from "./helpers/temp-repo.js";

const NAD = (directive: string) => `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: lan
  namespace: apps
  annotations:
    plumbline.dev/ignore: nad/unused
spec:
${directive}
  config: |
    {
      "cniVersion": "0.4.0",
      "name": "lan",
      "type": "macvlan",
      "master": "eth1",
      "mode": "bridged",
      "ipam": { "type": "whereabouts", "range": "192.0.2.0/24" }
    }
`;

async function findings(files: Record<string, string>) {
  const repo = makeTempRepo(files);
  try {
    const result = await lint({ root: repo.root, env: {} });
    return result.findings.map((finding) => `${finding.ruleId} ${finding.severity} ${finding.line}`);
  } finally {
    repo.remove();
  }
}

describe("disable-next-line", () => {
  test("fires without a directive", async () => {
    assert.deepEqual(await findings({ "nad.yaml": NAD("") }), ["nad/plugin-config error 16"]);
  });

  test("covers a whole block scalar", async () => {
    const directive = "  # plumbline-disable-next-line nad/plugin-config -- vendor fork";
    assert.deepEqual(await findings({ "nad.yaml": NAD(directive) }), []);
  });

  test("ignores a directive inside a block scalar", async () => {
    const text = NAD("").replace('      "mode": "bridged",', '      # plumbline-disable-next-line nad/plugin-config\n      "mode": "bridged",');
    const reported = await findings({ "nad.yaml": text });
    assert.ok(!reported.some((line) => line.startsWith("suppression/unused")), reported.join(", "));
  });
});

describe("suppression/unused", () => {
  test("an unknown rule id is a warning", async () => {
    const text = "# plumbline-disable-file nad/plugin-confg\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n";
    assert.deepEqual(await findings({ "cm.yaml": text }), ["suppression/unused warning 1"]);
  });

  test("an unmatched known rule is info", async () => {
    const text = "# plumbline-disable-file nad/plugin-config\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n";
    assert.deepEqual(await findings({ "cm.yaml": text }), ["suppression/unused info 1"]);
  });
});
