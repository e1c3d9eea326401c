import assert from "node:assert/strict";
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { configRange, nadModels, type NadModel } from "../../src/cni/nad-model.js";
import { defaultConfig } from "../../src/config.js";
import { loadWorkspace } from "../../src/workspace/load.js";
import type { Workspace } from "../../src/workspace/workspace.js";

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Loads a one-file repository holding a NAD whose spec is `spec` (YAML text, indented by two). */
async function load(spec: string, maxJsonDepth?: number, metadataLines = ""): Promise<{ workspace: Workspace; model: NadModel }> {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "plumbline-nad-")));
  roots.push(root);
  writeFileSync(join(root, "nad.yaml"), `apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: lan\n  namespace: apps\n${metadataLines}${spec}`);
  const config = defaultConfig();
  if (maxJsonDepth) config.limits.maxJsonDepth = maxJsonDepth;
  const workspace = await loadWorkspace(root, config, { env: {} });
  return { workspace, model: nadModels(workspace)[0]! };
}

describe("decodeNad", () => {
  test("absent config is missing", async () => {
    assert.equal((await load("spec: {}\n")).model.configStatus, "missing");
  });

  test("mapping config is not a string", async () => {
    assert.equal((await load("spec:\n  config:\n    type: macvlan\n")).model.configStatus, "not-string");
  });

  test("broken JSON is invalid", async () => {
    assert.equal((await load("spec:\n  config: '{\"type\": }'\n")).model.configStatus, "invalid-json");
  });

  test("a JSON array is not an object", async () => {
    assert.equal((await load("spec:\n  config: '[1]'\n")).model.configStatus, "not-object");
  });

  test("nesting above the limit is invalid", async () => {
    const { model } = await load(`spec:\n  config: '${"[".repeat(20)}${"]".repeat(20)}'\n`, 10);
    assert.equal(model.jsonError?.limit, true);
  });

  test("top-level type wins over plugins", async () => {
    const { model } = await load(`spec:\n  config: '{"type": "macvlan", "plugins": [{"type": "bridge"}]}'\n`);
    assert.deepEqual(model.plugins.map((plugin) => plugin.type), ["macvlan"]);
  });

  test("top-level type with plugins is flagged", async () => {
    const { model } = await load(`spec:\n  config: '{"type": "macvlan", "plugins": [{"type": "bridge"}]}'\n`);
    assert.equal(model.typeAndPlugins, true);
  });

  test("conflist keeps plugin order", async () => {
    const { model } = await load(`spec:\n  config: '{"name": "lan", "cniVersion": "1.0.0", "plugins": [{"type": "bridge"}, {"type": "tuning"}]}'\n`);
    assert.deepEqual(model.plugins.map((plugin) => plugin.type), ["bridge", "tuning"]);
  });

  test("conflist injects the list name", async () => {
    const { model } = await load(`spec:\n  config: '{"name": "lan", "cniVersion": "1.0.0", "plugins": [{"type": "bridge", "name": "other"}]}'\n`);
    assert.equal(model.plugins[0]!.config.name, "lan");
  });

  test("conflist overrides a plugin's cniVersion", async () => {
    const { model } = await load(`spec:\n  config: '{"name": "lan", "cniVersion": "1.0.0", "plugins": [{"type": "bridge", "cniVersion": "0.3.1"}]}'\n`);
    assert.equal(model.plugins[0]!.config.cniVersion, "1.0.0");
  });

  test("plugin JSON paths point into the list", async () => {
    const { model } = await load(`spec:\n  config: '{"name": "lan", "plugins": [{"type": "bridge"}, {"type": "tuning"}]}'\n`);
    assert.deepEqual(model.plugins[1]!.jsonPath, ["plugins", 1]);
  });

  test("ipam type is decoded", async () => {
    const { model } = await load(`spec:\n  config: '{"type": "bridge", "ipam": {"type": "host-local"}}'\n`);
    assert.equal(model.plugins[0]!.ipamType, "host-local");
  });

  test("resourceName annotation is read", async () => {
    const annotations = "  annotations:\n    k8s.v1.cni.cncf.io/resourceName: intel.com/vf\n";
    const { model } = await load(`spec:\n  config: '{"type": "sriov"}'\n`, undefined, annotations);
    assert.equal(model.resourceName, "intel.com/vf");
  });
});

describe("configRange", () => {
  test("value in a literal block", async () => {
    const { workspace, model } = await load('spec:\n  config: |\n    {\n      "type": "macvlan",\n      "mode": "source"\n    }\n');
    assert.deepEqual(configRange(workspace, model, ["mode"]), { line: 10, column: 15, endLine: 10, endColumn: 23 });
  });

  test("key in a literal block", async () => {
    const { workspace, model } = await load('spec:\n  config: |\n    {\n      "type": "macvlan",\n      "mode": "source"\n    }\n');
    assert.deepEqual(configRange(workspace, model, ["mode"], "key"), { line: 10, column: 7, endLine: 10, endColumn: 13 });
  });

  test("missing path falls back to the parent key", async () => {
    const { workspace, model } = await load('spec:\n  config: |\n    {\n      "ipam": {"type": "static"}\n    }\n');
    assert.equal(configRange(workspace, model, ["ipam", "addresses"]).line, 9);
  });

  test("unparsed JSON points at spec.config", async () => {
    const { workspace, model } = await load("spec:\n  config: '{oops'\n");
    assert.equal(configRange(workspace, model, ["type"]).line, 7);
  });
});
