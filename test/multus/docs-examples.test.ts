// Runs the Failing and Passing examples of the attachment rule pages through the linter: the rule
// must report in the failing example and stay quiet in the passing one. A shared file of NADs
// provides the networks that the examples reference without defining them.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { lint } from "../../src/lint.js";
import { PROJECT_ROOT } from "../helpers/cli.js";

const RULES = [
  "attachment/syntax",
  "attachment/unknown-key",
  "attachment/annotation-key",
  "attachment/misplaced",
  "attachment/unknown-network",
  "attachment/cross-namespace",
  "attachment/interface",
  "attachment/ips",
  "attachment/mac",
  "attachment/capability",
  "attachment/default-route",
  "attachment/default-network",
  "attachment/resource-request",
  "attachment/status-in-git",
  "nad/unused",
  "nad/ipam-per-node",
];

function nad(namespace: string, name: string, range: string, annotations = ""): string {
  return `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: ${name}
  namespace: ${namespace}${annotations}
spec:
  config: '{"cniVersion": "0.4.0", "name": "${name}", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "${range}"}}'
`;
}

const CONTEXT = [
  nad("apps", "lan", "192.0.2.0/24"),
  nad("net", "lan", "192.0.2.0/24"),
  nad("apps", "wan", "198.51.100.0/24"),
  nad("apps", "sriov-a", "10.56.217.0/24", "\n  annotations:\n    k8s.v1.cni.cncf.io/resourceName: intel.com/sriov_a"),
].join("---\n");

const roots: string[] = [];
after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Extracts the YAML block that follows the line starting with `label` in a rule page. */
function example(page: string, label: "Failing" | "Passing"): string {
  const match = new RegExp(`^${label}[^\\n]*\\n\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``, "m").exec(page);
  assert.ok(match, `no ${label} example`);
  return match[1]!;
}

async function findingsOf(rule: string, yaml: string): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), "plumbline-docs-"));
  roots.push(root);
  writeFileSync(join(root, "context.yaml"), CONTEXT);
  writeFileSync(join(root, "example.yaml"), yaml);
  const result = await lint({ root, env: {} });
  assert.deepEqual(result.internalErrors, []);
  return result.findings.filter((finding) => finding.ruleId === rule && finding.file === "example.yaml").map((finding) => finding.message);
}

for (const rule of RULES) {
  describe(`docs example of ${rule}`, () => {
    const page = readFileSync(join(PROJECT_ROOT, "docs/rules", `${rule}.md`), "utf8");

    test("failing example fires", async () => {
      assert.notDeepEqual(await findingsOf(rule, example(page, "Failing")), []);
    });

    test("passing example is quiet", async () => {
      assert.deepEqual(await findingsOf(rule, example(page, "Passing")), []);
    });
  });
}
