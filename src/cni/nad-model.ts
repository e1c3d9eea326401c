// The NetworkAttachmentDefinitions of the workspace with their CNI config decoded, shared by the
// NAD, attachment and live rules. Pure: reads only the model. Computed once per workspace.
// The JSON is parsed with jsonc-parser, so every token keeps its offset. `configRange` maps a JSON
// path back to a line and column in the YAML file.
import { isScalar, mapGet, type YNode } from "../workspace/yaml-model.js";
import { DEFAULT_LIMITS } from "../config.js";
import type { Range, RuleInput } from "../types.js";
import { baseWorkspace, derived, inPartition, requireInputs } from "../workspace/view.js";
import { defineLazy } from "../lazy.js";
import { parsedTextOf, type K8sObject, type Workspace } from "../workspace/workspace.js";
import { keyNodeOf, locateJson, parseCniJson, type DuplicateKey, type JsonNode, type JsonPath, type JsonSyntaxError } from "./json.js";
import { mapScalar, type ScalarMapping } from "./position.js";

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
  /** `ipam.type`, when it is a string. */
  ipamType?: string;
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
  /** The YAML node of `spec.config`, when present. */
  configNode?: YNode;
  /** The parsed JSON tree, for positions (present when `configStatus` is "ok" or "not-object"). */
  jsonRoot?: JsonNode;
  /** Maps offsets in `configText` to offsets in the parsed YAML source. */
  mapping?: ScalarMapping;
  /** The first JSON syntax error, or the nesting limit, when `configStatus` is "invalid-json". */
  jsonError?: JsonSyntaxError;
  /** Keys written twice in one JSON object (Go's decoder keeps the last). */
  duplicateKeys: DuplicateKey[];
  /** The config has both a top-level `type` and a `plugins` list (Multus ignores the list). */
  typeAndPlugins: boolean;
}

const nadObjects = new WeakMap<Workspace, readonly K8sObject[]>();
const decoded = new WeakMap<Workspace, Map<K8sObject, NadModel>>();

/** The reads of `nadModels` and `findNads`. A rule that calls them declares them. */
export const NAD_READS: readonly RuleInput[] = [{ kinds: [NAD_KIND] }];

/**
 * Lists every NAD in the workspace, in file order, decoded. Each NAD is decoded once, when first
 * listed or found, so a view partitioned to a few files decodes only theirs.
 */
export function nadModels(workspace: Workspace): readonly NadModel[] {
  const objects = derived(nadObjects, workspace, "nadModels", NAD_READS, (view) => view.objectsOfKind(NAD_GROUP, NAD_KIND));
  return inPartition(workspace, objects, (object) => object).map((object) => modelOf(workspace, object));
}

/** The partition of a rule whose findings in a file depend only on the file's NADs. */
export const BY_NAD_FILE = { kinds: [NAD_KIND] };

/** Returns the NADs with this namespace and name (several when the repo defines one twice). */
export function findNads(workspace: Workspace, namespace: string | undefined, name: string): NadModel[] {
  const objects = workspace.find(NAD_GROUP, NAD_KIND, namespace, name);
  return objects.map((object) => modelOf(workspace, object));
}

/** Returns the decoded model of one NAD object, decoded once per workspace. */
export function nadModelOf(workspace: Workspace, object: K8sObject): NadModel {
  requireInputs(workspace, "nadModelOf", NAD_READS);
  return modelOf(workspace, object);
}

function modelOf(workspace: Workspace, object: K8sObject): NadModel {
  const base = baseWorkspace(workspace);
  let models = decoded.get(base);
  if (!models) decoded.set(base, (models = new Map()));
  let model = models.get(object);
  if (!model) models.set(object, (model = decodeNad(object, base.config.limits.maxJsonDepth)));
  return model;
}

export function decodeNad(object: K8sObject, maxJsonDepth: number = DEFAULT_LIMITS.maxJsonDepth): NadModel {
  const model = decodeNadValue(object, maxJsonDepth);
  // The node and its offset map are for positions only, so they are built when a finding needs one.
  defineLazy(model, "configNode", () => nodeAt(object, ["spec", "config"]));
  if (model.configText !== undefined) {
    defineLazy(model, "mapping", () => (isScalar(model.configNode) ? mapScalar(model.configNode, parsedTextOf(object.file)) : undefined));
  }
  return model;
}

function decodeNadValue(object: K8sObject, maxJsonDepth: number): NadModel {
  const metadata = record(object.value.metadata);
  const annotations = record(metadata.annotations);
  const spec = record(object.value.spec);
  const resourceName = typeof annotations[RESOURCE_NAME_ANNOTATION] === "string" ? (annotations[RESOURCE_NAME_ANNOTATION] as string) : undefined;
  const base = { object, resourceName, isConflist: false, plugins: [] as CniPlugin[], duplicateKeys: [], typeAndPlugins: false };

  const raw = spec.config;
  if (raw === undefined || raw === null || raw === "") return { ...base, configStatus: "missing" };
  if (typeof raw !== "string") return { ...base, configStatus: "not-string" };

  const parsed = parseCniJson(raw, maxJsonDepth);
  if (parsed.error) return { ...base, configText: raw, jsonError: parsed.error, configStatus: "invalid-json" };
  const common = { ...base, configText: raw, duplicateKeys: parsed.duplicates };
  // The tree is for positions only; reading it from `parsed` builds it.
  const withTree = <T extends NadModel>(model: T): T => {
    defineLazy(model, "jsonRoot", () => parsed.root);
    return model;
  };
  if (!isRecord(parsed.value)) return withTree({ ...common, configStatus: "not-object" });

  const config = parsed.value;
  const cniName = typeof config.name === "string" ? config.name : undefined;
  const cniVersion = typeof config.cniVersion === "string" ? config.cniVersion : undefined;
  const hasType = config.type !== undefined && config.type !== "";
  const model: NadModel = withTree({
    ...common,
    config,
    configStatus: "ok",
    cniName,
    cniVersion,
    typeAndPlugins: hasType && config.plugins !== undefined,
  });

  // Multus treats a config with a non-empty top-level `type` as a single plugin (pkg/types/conf.go).
  if (hasType || !Array.isArray(config.plugins)) {
    model.plugins = [toPlugin(config, 0, [])];
    return model;
  }

  model.isConflist = true;
  config.plugins.forEach((plugin, index) => {
    if (!isRecord(plugin)) return;
    // libcni injects the list's name and cniVersion into every plugin (libcni/api.go).
    const injected = { ...plugin, name: cniName, cniVersion };
    model.plugins.push(toPlugin(injected, index, ["plugins", index]));
  });
  return model;
}

/**
 * Returns the range in the YAML file of the JSON value (or its key) at `path` inside `spec.config`.
 * A missing path gives the key of its deepest existing ancestor. Unparsed JSON gives the whole
 * `spec.config` value.
 */
export function configRange(workspace: Workspace, model: NadModel, path: readonly (string | number)[], part: "key" | "value" = "value"): Range {
  const file = model.object.file;
  if (!model.jsonRoot || !model.mapping) return fallbackRange(workspace, model);

  const found = locateJson(model.jsonRoot, path);
  let target = found.node;
  if (part === "key" || !found.complete) target = keyNodeOf(found.node);
  return rangeOfJsonSpan(workspace, model, target.offset, target.length) ?? workspace.rangeOfNode(file, model.configNode);
}

/** Returns the range in the YAML file of a span of `configText`. */
export function rangeOfJsonSpan(workspace: Workspace, model: NadModel, offset: number, length: number): Range | undefined {
  if (!model.mapping) return undefined;
  const start = model.mapping.toSource(offset);
  if (!model.mapping.exact) {
    const range = workspace.rangeOfNode(model.object.file, model.configNode);
    return { ...range, endLine: range.line, endColumn: range.column + 1 };
  }
  const end = model.mapping.toSource(offset + Math.max(1, length) - 1) + 1;
  return workspace.rangeOfOffsets(model.object.file, start, Math.max(end, start + 1));
}

function fallbackRange(workspace: Workspace, model: NadModel): Range {
  if (model.configNode) return workspace.rangeOfNode(model.object.file, model.configNode);
  return workspace.rangeOf(model.object, ["spec", "config"]);
}

/** Returns the JSON path of a plugin's `ipam` object. */
export function ipamPath(plugin: CniPlugin): JsonPath {
  return [...plugin.jsonPath, "ipam"];
}

function nodeAt(object: K8sObject, path: string[]): YNode | undefined {
  let current: YNode | undefined = object.node;
  for (const segment of path) current = mapGet(current, segment);
  return current;
}

function toPlugin(config: Record<string, unknown>, index: number, jsonPath: (string | number)[]): CniPlugin {
  return {
    type: typeof config.type === "string" ? config.type : undefined,
    index,
    config,
    jsonPath,
    ipam: isRecord(config.ipam) ? config.ipam : undefined,
    ipamType: isRecord(config.ipam) && typeof config.ipam.type === "string" ? config.ipam.type : undefined,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
