// Validates plugin and IPAM objects against schemas/cni/<type>.json and schemas/ipam/<type>.json
// with ajv, and turns ajv's errors into plain findings positioned on the offending JSON key.
// The validators are compiled ahead of time (scripts/compile-schemas.ts) into a module of their
// own. It is about half of the CLI's code, so `loadSchemaValidators` loads it only for a lint that
// validates a NAD.
import type { ErrorObject, ValidateFunction } from "ajv";
import { closestName } from "../config.js";
import type { Severity } from "../types.js";
import type { JsonPath } from "./json.js";
import bandwidth from "../../schemas/cni/bandwidth.json" with { type: "json" };
import bridge from "../../schemas/cni/bridge.json" with { type: "json" };
import dummy from "../../schemas/cni/dummy.json" with { type: "json" };
import firewall from "../../schemas/cni/firewall.json" with { type: "json" };
import hostDevice from "../../schemas/cni/host-device.json" with { type: "json" };
import ibSriov from "../../schemas/cni/ib-sriov.json" with { type: "json" };
import ipvlan from "../../schemas/cni/ipvlan.json" with { type: "json" };
import loopback from "../../schemas/cni/loopback.json" with { type: "json" };
import macvlan from "../../schemas/cni/macvlan.json" with { type: "json" };
import ovs from "../../schemas/cni/ovs.json" with { type: "json" };
import portmap from "../../schemas/cni/portmap.json" with { type: "json" };
import ptp from "../../schemas/cni/ptp.json" with { type: "json" };
import sbr from "../../schemas/cni/sbr.json" with { type: "json" };
import sriov from "../../schemas/cni/sriov.json" with { type: "json" };
import tap from "../../schemas/cni/tap.json" with { type: "json" };
import tuning from "../../schemas/cni/tuning.json" with { type: "json" };
import vlan from "../../schemas/cni/vlan.json" with { type: "json" };
import vrf from "../../schemas/cni/vrf.json" with { type: "json" };
import dhcp from "../../schemas/ipam/dhcp.json" with { type: "json" };
import hostLocal from "../../schemas/ipam/host-local.json" with { type: "json" };
import staticIpam from "../../schemas/ipam/static.json" with { type: "json" };
import whereabouts from "../../schemas/ipam/whereabouts.json" with { type: "json" };

type Schema = Record<string, unknown>;

const PLUGIN_SCHEMAS: Record<string, Schema> = {
  bandwidth, bridge, dummy, firewall, "host-device": hostDevice, "ib-sriov": ibSriov, ipvlan, loopback, macvlan, ovs,
  portmap, ptp, sbr, sriov, tap, tuning, vlan, vrf,
};

const IPAM_SCHEMAS: Record<string, Schema> = { dhcp, "host-local": hostLocal, static: staticIpam, whereabouts };

export type SchemaKind = "cni" | "ipam";

export function hasSchema(kind: SchemaKind, type: string): boolean {
  return Object.hasOwn(kind === "cni" ? PLUGIN_SCHEMAS : IPAM_SCHEMAS, type);
}

export function knownTypes(kind: SchemaKind): string[] {
  return Object.keys(kind === "cni" ? PLUGIN_SCHEMAS : IPAM_SCHEMAS);
}

let precompiled: Record<string, ValidateFunction> | undefined;
const compiled = new Map<string, ValidateFunction>();

/** Loads the validators; `validateAgainstSchema` throws until a call to this has finished. */
export async function loadSchemaValidators(): Promise<void> {
  precompiled ??= (await import("../generated/cni-validators.js")).validators as unknown as Record<string, ValidateFunction>;
}

function validatorFor(kind: SchemaKind, type: string): ValidateFunction | undefined {
  const key = `${kind}/${type}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const schema = (kind === "cni" ? PLUGIN_SCHEMAS : IPAM_SCHEMAS)[type];
  if (!schema || !Object.hasOwn(kind === "cni" ? PLUGIN_SCHEMAS : IPAM_SCHEMAS, type)) return undefined;
  if (!precompiled) throw new Error("CNI schema validators used before loadSchemaValidators() finished");
  const validate = precompiled[key];
  if (!validate) return undefined;
  compiled.set(key, validate);
  return validate;
}

/** Number of schemas used so far; tests use it to check that validators are looked up only when needed. */
export function compiledSchemaCount(): number {
  return compiled.size;
}

export interface SchemaProblem {
  /** Path of the offending key or value, relative to the validated object. */
  path: JsonPath;
  /** Point at the key (unknown keys, wrong values) or at the parent (missing keys). */
  part: "key" | "value";
  message: string;
  severity: Severity;
}

/**
 * Validates `value` against the schema of `type`; returns undefined when plumbline has no schema
 * for that type. `label` names the object in messages, e.g. `macvlan` or `host-local IPAM`. Call
 * `loadSchemaValidators` first.
 */
export function validateAgainstSchema(kind: SchemaKind, type: string, value: unknown, label: string): SchemaProblem[] | undefined {
  const validate = validatorFor(kind, type);
  if (!validate) return undefined;
  if (validate(value)) return [];

  const schema = (kind === "cni" ? PLUGIN_SCHEMAS : IPAM_SCHEMAS)[type]!;
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const problem = describe(error, schema, value, label);
    if (!problem) continue;
    const key = `${problem.path.join("/")}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function describe(error: ErrorObject, schema: Schema, root: unknown, label: string): SchemaProblem | undefined {
  const path = pointerToPath(error.instancePath, root);
  const field = fieldName(path);
  const actual = valueAt(root, path);
  const subject = field ? `${label} "${field}"` : label;
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(schemaAt(schema, error.schemaPath.replace(/\/additionalProperties$/, ""))?.properties ?? {});
      const hint = closestName(key, allowed);
      const where = field ? ` in "${field}"` : "";
      return {
        path: [...path, key],
        part: "key",
        severity: "warning",
        message: `${label} has no field "${key}"${where}${hint ? ` (did you mean "${hint}"?)` : ""}; the plugin ignores it`,
      };
    }
    case "required":
      return {
        path,
        part: path.length === 0 ? "value" : "key",
        severity: "error",
        message: `${subject} is missing "${String(params.missingProperty)}"; the plugin fails without it`,
      };
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).filter((value) => value !== "").map(String);
      return { path, part: "key", severity: "error", message: `${subject} must be one of ${allowed.join(", ")}; got ${show(actual)}` };
    }
    case "type":
      return { path, part: "key", severity: "error", message: `${subject} must be ${article(String(params.type))}; got ${show(actual)}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const bounds = schemaAt(schema, error.schemaPath.replace(/\/[^/]+$/, ""));
      const range = bounds && typeof bounds.minimum === "number" && typeof bounds.maximum === "number"
        ? `between ${bounds.minimum} and ${bounds.maximum}`
        : error.keyword.includes("inimum") ? `at least ${String(params.limit)}` : `at most ${String(params.limit)}`;
      return { path, part: "key", severity: "error", message: `${subject} must be ${range}; got ${show(actual)}` };
    }
    case "pattern": {
      const format = schemaAt(schema, error.schemaPath.replace(/\/pattern$/, ""))?.["x-format"];
      return { path, part: "key", severity: "error", message: `${subject} must be ${typeof format === "string" ? format : `a string matching ${String(params.pattern)}`}; got ${show(actual)}` };
    }
    case "minLength":
      return { path, part: "key", severity: "error", message: `${subject} must not be empty` };
    case "minItems":
      return { path, part: "key", severity: "error", message: `${subject} needs at least ${String(params.limit)} entr${params.limit === 1 ? "y" : "ies"}` };
    case "maxItems":
      return { path, part: "key", severity: "error", message: `${subject} takes at most ${String(params.limit)} entries; got ${Array.isArray(actual) ? actual.length : 0}` };
    default:
      return { path, part: "key", severity: "error", message: `${subject} ${error.message ?? "is invalid"}` };
  }
}

function article(type: string): string {
  if (type === "integer") return "an integer";
  if (type === "object") return "an object";
  if (type === "array") return "an array";
  return `a ${type}`;
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Returns a path written as a field name, with array indexes folded in: `ranges[0][1].subnet`. */
function fieldName(path: JsonPath): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}

function pointerToPath(pointer: string, root: unknown): JsonPath {
  if (!pointer) return [];
  const path: JsonPath = [];
  let current: unknown = root;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      path.push(Number(segment));
      current = current[Number(segment)];
    } else {
      path.push(segment);
      current = current && typeof current === "object" ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function schemaAt(schema: Schema, schemaPath: string): Record<string, unknown> & { properties?: Record<string, unknown> } | undefined {
  let current: unknown = schema;
  for (const raw of schemaPath.replace(/^#/, "").split("/").filter(Boolean)) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  if (current === null || typeof current !== "object") return undefined;
  return current as Record<string, unknown>;
}
