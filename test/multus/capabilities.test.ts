import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { NadModel } from "../../src/cni/nad-model.js";
import { parseNetworksAnnotation } from "../../src/multus/annotation.js";
import { droppedCapabilityFields } from "../../src/multus/capabilities.js";

function nadWith(plugins: Record<string, unknown>[]): NadModel {
  return {
    plugins: plugins.map((config, index) => ({ type: config.type as string, index, config, jsonPath: ["plugins", index] })),
  } as unknown as NadModel;
}

const SELECTION = parseNetworksAnnotation(
  '[{"name":"a","portMappings":[{"hostPort":80,"containerPort":80}],"bandwidth":{"ingressRate":1},"infiniband-guid":"00:11:22:33:44:55:66:77"}]',
).elements[0]!;

describe("capability-only requests", () => {
  test("all dropped without capabilities", () => {
    const dropped = droppedCapabilityFields(SELECTION, nadWith([{ type: "bridge" }, { type: "portmap" }]));
    assert.deepEqual(dropped.map((entry) => entry.field), ["infiniband-guid", "portMappings", "bandwidth"]);
  });

  test("declared capability keeps the request", () => {
    const dropped = droppedCapabilityFields(SELECTION, nadWith([{ type: "bridge" }, { type: "portmap", capabilities: { portMappings: true } }]));
    assert.ok(!dropped.some((entry) => entry.field === "portMappings"));
  });

  test("false capability drops the request", () => {
    const dropped = droppedCapabilityFields(SELECTION, nadWith([{ type: "bandwidth", capabilities: { bandwidth: false } }]));
    assert.ok(dropped.some((entry) => entry.field === "bandwidth"));
  });

  test("no request drops nothing", () => {
    const plain = parseNetworksAnnotation("a").elements[0]!;
    assert.deepEqual(droppedCapabilityFields(plain, nadWith([{ type: "bridge" }])), []);
  });
});
