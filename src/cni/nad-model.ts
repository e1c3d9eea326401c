// The NetworkAttachmentDefinitions of the workspace with their CNI config decoded, shared by the
// NAD, attachment and live rules. Pure: reads only the model. Computed once per workspace.
import type { K8sObject, Workspace } from "../workspace/workspace.js";

export const NAD_GROUP = "k8s.cni.cncf.io";
export const NAD_KIND = "NetworkAttachmentDefinition";
export const RESOURCE_NAME_ANNOTATION = "k8s.v1.cni.cncf.io/resourceName";

export type ConfigStatus = "ok" | "missing" | "not-string" | "invalid-json" | "not-object";

export interface CniPlugin {
  /** Plugin `type`, when it is a string. */
  type?: string;
  /** Position in the chain (0 for a single-plugin config). */
  index: number;
  /** The plugin's JSON object, with list-level `name` and `cniVersion` injected as libcni does. */
  config: Record<string, unknown>;
  /** Path of the plugin object inside the CNI JSON (`[]` for a single plugin, `["plugins", i]` in a list). */
  jsonPath: (string | number)[];
  /** The plugin's `ipam` object, when it has one. */
  ipam?: Record<string, unknown>;
}

export interface NadModel {
  object: K8sObject;
  /** The decoded `spec.config`, when it is a JSON object. */
  config?: Record<string, unknown>;
  configStatus: ConfigStatus;
  /** `spec.config` as written, when it is a string. */
  configText?: string;
  cniName?: string;
  cniVersion?: string;
  /** The config is a conflist that Multus uses as a list (it has `plugins` and no top-level `type`). */
  isConflist: boolean;
  /** The plugins Multus runs, in order. Multus uses a top-level `type` and ignores `plugins` then. */
  plugins: CniPlugin[];
  /** `k8s.v1.cni.cncf.io/resourceName` on the NAD, for device-plugin backed networks. */
  resourceName?: string;
}

const cache = new WeakMap<Workspace, NadModel[]>();

export function nadModels(workspace: Workspace): NadModel[] {
  let models = cache.get(workspace);
  if (!models) {
    models = workspace.objectsOfKind(NAD_GROUP, NAD_KIND).map(decodeNad);
    cache.set(workspace, models);
  }
  return models;
}

/** The NADs with this namespace and name (several when the repo defines one twice). */
export function findNads(workspace: Workspace, namespace: string | undefined, name: string): NadModel[] {
  const objects = workspace.find(NAD_GROUP, NAD_KIND, namespace, name);
  if (objects.length === 0) return [];
  return nadModels(workspace).filter((model) => objects.includes(model.object));
}

export function decodeNad(object: K8sObject): NadModel {
  const metadata = record(object.value.metadata);
  const annotations = record(metadata.annotations);
  const spec = record(object.value.spec);
  const resourceName = typeof annotations[RESOURCE_NAME_ANNOTATION] === "string" ? (annotations[RESOURCE_NAME_ANNOTATION] as string) : undefined;
  const base = { object, resourceName, isConflist: false, plugins: [] as CniPlugin[] };

  const raw = spec.config;
  if (raw === undefined || raw === null || raw === "") return { ...base, configStatus: "missing" };
  if (typeof raw !== "string") return { ...base, configStatus: "not-string" };

  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ...base, configText: raw, configStatus: "invalid-json" };
  }
  if (!isRecord(parsed)) return { ...base, configText: raw, configStatus: "not-object" };

  const cniName = typeof parsed.name === "string" ? parsed.name : undefined;
  const cniVersion = typeof parsed.cniVersion === "string" ? parsed.cniVersion : undefined;
  const model: NadModel = { ...base, config: parsed, configText: raw, configStatus: "ok", cniName, cniVersion };

  if (parsed.type !== undefined || !Array.isArray(parsed.plugins)) {
    model.plugins = [toPlugin(parsed, 0, [])];
    return model;
  }

  model.isConflist = true;
  parsed.plugins.forEach((plugin, index) => {
    if (!isRecord(plugin)) return;
    const injected = { ...plugin, name: cniName, cniVersion };
    model.plugins.push(toPlugin(injected, index, ["plugins", index]));
  });
  return model;
}

function toPlugin(config: Record<string, unknown>, index: number, jsonPath: (string | number)[]): CniPlugin {
  return {
    type: typeof config.type === "string" ? config.type : undefined,
    index,
    config,
    jsonPath,
    ipam: isRecord(config.ipam) ? config.ipam : undefined,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
