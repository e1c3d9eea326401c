// The grammar of the Multus pod annotations `k8s.v1.cni.cncf.io/networks` and
// `v1.multus-cni.io/default-network`, as multus-cni (v4.3, pkg/k8sclient/k8sclient.go
// `parsePodNetworkAnnotation` and `parsePodNetworkObjectName`) parses them. Pure and total: every
// problem becomes an error with the offsets of the offending text inside the value.
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from "jsonc-parser";
import { isValidMac, parseIp, parseIpOrCidr } from "./net.js";

export const NETWORKS_ANNOTATION = "k8s.v1.cni.cncf.io/networks";
export const DEFAULT_NETWORK_ANNOTATION = "v1.multus-cni.io/default-network";
export const NETWORK_STATUS_ANNOTATION = "k8s.v1.cni.cncf.io/network-status";
/** Written by Multus before v3.x and by NAD client libraries before v1.3.0. */
export const LEGACY_NETWORK_STATUS_ANNOTATION = "k8s.v1.cni.cncf.io/networks-status";

/** Offsets of a piece of text inside the annotation value, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface NetworkSelection {
  name: string;
  namespace?: string;
  interface?: string;
  ips?: string[];
  mac?: string;
  defaultRoute?: string[];
  /** The element's JSON object (JSON form only). */
  raw?: Record<string, unknown>;
  /** Offsets of the element's text inside the annotation value. */
  start: number;
  end: number;
  /** Spans of each field's value, by Multus field name (`name`, `ips`, `default-route`, ...). */
  spans?: Partial<Record<SelectionField, Span>>;
  /** Spans of the entries of `ips`. */
  ipSpans?: Span[];
  /** Spans of the entries of `default-route`. */
  defaultRouteSpans?: Span[];
  /** The `interface` value came from the deprecated `interfaceRequest` key. */
  interfaceFromRequest?: boolean;
  infinibandGuid?: string;
  portMappings?: unknown[];
  bandwidth?: Record<string, unknown>;
  /** Keys that Multus does not read, with the span of each key. */
  unknownKeys?: { key: string; start: number; end: number }[];
}

export interface AnnotationError {
  message: string;
  start: number;
  end: number;
}

export interface ParsedNetworksAnnotation {
  format: "short" | "json";
  elements: NetworkSelection[];
  errors: AnnotationError[];
}

/** The keys of Multus's NetworkSelectionElement (pkg/types/types.go) with their JSON types. */
const SELECTION_FIELDS = {
  name: "string",
  namespace: "string",
  interface: "string",
  interfaceRequest: "string",
  ips: "string-array",
  mac: "string",
  "infiniband-guid": "string",
  portMappings: "array",
  bandwidth: "object",
  "cni-args": "object",
  "default-route": "string-array",
  deviceID: "string",
  "ipam-claim-reference": "string",
} as const;

export type SelectionField = keyof typeof SELECTION_FIELDS;

const FIELD_BY_LOWER_CASE = new Map<string, SelectionField>(
  Object.keys(SELECTION_FIELDS).map((field) => [field.toLowerCase(), field as SelectionField]),
);

// The same bound as the config's limits.maxJsonDepth default; the tree builder recurses per level.
const DEFAULT_MAX_DEPTH = 200;

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Parses a networks (or default-network) annotation value. A value containing `[`, `{` or `"` is
 * JSON and must be an array of selection objects. Any other value is the comma-separated short
 * form `[namespace/]name[@interface]`. Never throws.
 *
 * Interface names are returned as written and not judged here: the interface rule checks them for
 * both forms with the kernel's limits.
 */
export function parseNetworksAnnotation(value: string, options: { maxDepth?: number } = {}): ParsedNetworksAnnotation {
  if (/[[{"]/.test(value)) return parseJsonForm(value, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  return parseShortForm(value);
}

function parseShortForm(value: string): ParsedNetworksAnnotation {
  const result: ParsedNetworksAnnotation = { format: "short", elements: [], errors: [] };
  if (value === "") return result;
  if (value.trim() === "") {
    result.errors.push({ message: "the value is only whitespace: name a network or remove the annotation", start: 0, end: value.length });
    return result;
  }

  let itemStart = 0;
  for (const item of value.split(",")) {
    const itemEnd = itemStart + item.length;
    parseShortItem(item, itemStart, result);
    itemStart = itemEnd + 1;
  }
  return result;
}

function parseShortItem(item: string, offset: number, result: ParsedNetworksAnnotation): void {
  const trimmed = trimSpan(item, offset);
  if (trimmed.text === "") {
    // Point at the comma that opens (or, for a leading empty item, closes) the empty item.
    const comma = offset > 0 ? offset - 1 : offset + item.length;
    result.errors.push({ message: "empty item between commas: remove the extra comma or name a network", start: comma, end: comma + 1 });
    return;
  }

  const text = trimmed.text;
  const slashes = countOf(text, "/");
  const ats = countOf(text, "@");
  if (slashes > 1) {
    const second = text.indexOf("/", text.indexOf("/") + 1);
    result.errors.push({
      message: `"${text}" has more than one "/": write "namespace/name", with one "/"`,
      start: trimmed.start + second,
      end: trimmed.start + second + 1,
    });
    return;
  }
  if (ats > 1) {
    const second = text.indexOf("@", text.indexOf("@") + 1);
    result.errors.push({
      message: `"${text}" has more than one "@": write "name@interface", with one "@"`,
      start: trimmed.start + second,
      end: trimmed.start + second + 1,
    });
    return;
  }

  // Split as Multus does: first on "/", then the part after it on "@"; every part is trimmed.
  const slash = text.indexOf("/");
  const namespacePart = slash >= 0 ? trimSpan(text.slice(0, slash), trimmed.start) : undefined;
  const rest = slash >= 0 ? text.slice(slash + 1) : text;
  const restStart = trimmed.start + (slash >= 0 ? slash + 1 : 0);
  const at = rest.indexOf("@");
  const namePart = trimSpan(at >= 0 ? rest.slice(0, at) : rest, restStart);
  const interfacePart = at >= 0 ? trimSpan(rest.slice(at + 1), restStart + at + 1) : undefined;

  const selection: NetworkSelection = { name: namePart.text, start: trimmed.start, end: trimmed.end, spans: {} };
  selection.spans!.name = { start: namePart.start, end: namePart.end };
  if (namespacePart) {
    selection.namespace = namespacePart.text;
    selection.spans!.namespace = { start: namespacePart.start, end: namespacePart.end };
  }
  if (interfacePart && interfacePart.text !== "") {
    selection.interface = interfacePart.text;
    selection.spans!.interface = { start: interfacePart.start, end: interfacePart.end };
  }

  const problems: AnnotationError[] = [];
  if (namespacePart && namespacePart.text !== "" && !DNS_1123_LABEL.test(namespacePart.text)) {
    problems.push({ message: labelMessage("namespace", namespacePart.text), start: namespacePart.start, end: namespacePart.end });
  }
  if (namePart.text === "") {
    problems.push({ message: `"${text}" has no network name: write "[namespace/]name[@interface]"`, start: trimmed.start, end: trimmed.end });
  } else if (!DNS_1123_LABEL.test(namePart.text)) {
    problems.push({ message: labelMessage("network name", namePart.text), start: namePart.start, end: namePart.end });
  }

  if (problems.length > 0) {
    result.errors.push(...problems);
    return;
  }
  result.elements.push(selection);
}

function labelMessage(what: string, text: string): string {
  const hint = text.includes(".")
    ? "; a NAD whose name has a dot can only be referenced with the JSON form"
    : text !== text.toLowerCase()
      ? `; Kubernetes names are lower case, did you mean "${text.toLowerCase()}"?`
      : "";
  return `${what} "${text}" is not a DNS-1123 label (lower-case letters, digits and "-", starting and ending with a letter or digit)${hint}`;
}

function parseJsonForm(value: string, maxDepth: number): ParsedNetworksAnnotation {
  const result: ParsedNetworksAnnotation = { format: "json", elements: [], errors: [] };
  const tooDeep = firstOffsetDeeperThan(value, maxDepth);
  if (tooDeep !== undefined) {
    result.errors.push({ message: `the JSON value is nested more than ${maxDepth} levels deep (limits.maxJsonDepth); a selection element needs two or three`, start: tooDeep, end: tooDeep + 1 });
    return result;
  }
  const parseErrors: ParseError[] = [];
  const root = parseTree(value, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });

  if (parseErrors.length > 0) {
    const first = parseErrors[0]!;
    // An error at the end of the input (an unclosed bracket, say) points at the last character.
    const start = Math.max(0, Math.min(first.offset, value.length - 1));
    result.errors.push({
      message: `invalid JSON: ${describeJsonError(printParseErrorCode(first.error))}${typographicQuoteHint(value)}`,
      start,
      end: Math.min(value.length, start + Math.max(first.length, 1)),
    });
    return result;
  }
  if (!root) return result;

  if (root.type !== "array") {
    let hint = "";
    if (root.type === "object") hint = ": wrap the object in [ ]";
    if (root.type === "string") hint = ": remove the quotes, or write a JSON array of objects";
    result.errors.push({ message: `the JSON value must be an array of network selection objects, not ${jsonTypeName(root)}${hint}`, start: root.offset, end: root.offset + root.length });
    return result;
  }

  for (const child of root.children ?? []) {
    const selection = parseJsonElement(child, result.errors);
    if (selection) result.elements.push(selection);
  }
  return result;
}

function parseJsonElement(node: JsonNode, errors: AnnotationError[]): NetworkSelection | undefined {
  const start = node.offset;
  const end = node.offset + node.length;
  if (node.type !== "object") {
    errors.push({ message: `each element must be a JSON object with a "name", not ${jsonTypeName(node)}`, start, end });
    return undefined;
  }

  const selection: NetworkSelection = { name: "", start, end, raw: {}, spans: {}, unknownKeys: [] };
  const before = errors.length;
  let hasName = false;

  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    const value = plainValue(valueNode);
    selection.raw![key] = value;

    // Go's encoding/json matches keys exactly first, then case-insensitively; the last one wins.
    const field = key in SELECTION_FIELDS ? (key as SelectionField) : FIELD_BY_LOWER_CASE.get(key.toLowerCase());
    if (!field) {
      selection.unknownKeys!.push({ key, start: keyNode.offset, end: keyNode.offset + keyNode.length });
      continue;
    }
    const span = { start: valueNode.offset, end: valueNode.offset + valueNode.length };
    selection.spans![field] = span;
    if (valueNode.type === "null") continue;

    const typeProblem = checkFieldType(field, valueNode);
    if (typeProblem) {
      errors.push({ message: typeProblem, start: span.start, end: span.end });
      continue;
    }
    if (field === "name") hasName = true;
    assignField(selection, field, valueNode, errors);
  }

  if (selection.interface === undefined && selection.raw && selection.spans?.interfaceRequest) {
    const requested = fieldValue(selection.raw, "interfaceRequest");
    if (typeof requested === "string" && requested !== "") {
      selection.interface = requested;
      selection.interfaceFromRequest = true;
      selection.spans.interface = selection.spans.interfaceRequest;
    }
  }

  if (!hasName && errors.length === before) {
    errors.push({ message: `the element has no "name": add the NetworkAttachmentDefinition's name`, start, end });
  } else if (hasName && selection.name === "" && errors.length === before) {
    errors.push({ message: `"name" is empty: write the NetworkAttachmentDefinition's name`, start: selection.spans!.name!.start, end: selection.spans!.name!.end });
  }
  return errors.length === before ? selection : undefined;
}

function checkFieldType(field: SelectionField, node: JsonNode): string | undefined {
  const expected = SELECTION_FIELDS[field];
  if (expected === "string" && node.type !== "string") return `"${field}" must be a string, not ${jsonTypeName(node)}`;
  if (expected === "object" && node.type !== "object") return `"${field}" must be a JSON object, not ${jsonTypeName(node)}`;
  if (expected === "array" && node.type !== "array") return `"${field}" must be an array, not ${jsonTypeName(node)}`;
  if (expected === "string-array") {
    if (node.type === "string") return `"${field}" must be an array of strings, not a string: write ["${String(node.value)}"]`;
    if (node.type !== "array") return `"${field}" must be an array of strings, not ${jsonTypeName(node)}`;
    const bad = node.children?.find((child) => child.type !== "string" && !(field === "default-route" && child.type === "null"));
    if (bad) return `every entry of "${field}" must be a string, not ${jsonTypeName(bad)}`;
  }
  return undefined;
}

function assignField(selection: NetworkSelection, field: SelectionField, node: JsonNode, errors: AnnotationError[]): void {
  const value = plainValue(node);
  switch (field) {
    case "name":
      selection.name = value as string;
      return;
    case "namespace":
      selection.namespace = value as string;
      return;
    case "interface":
      // Multus treats an empty interface as no request and names the attachment netN.
      if (value !== "") selection.interface = value as string;
      return;
    case "mac":
      if (value !== "" && !isValidMac(value as string)) {
        errors.push({ message: `"mac" value "${String(value)}" is not a MAC address: write six hex pairs such as "02:00:00:00:00:01"`, ...spanOf(node) });
        return;
      }
      selection.mac = value as string;
      return;
    case "infiniband-guid":
      if (value !== "" && !isValidMac(value as string)) {
        errors.push({ message: `"infiniband-guid" value "${String(value)}" is not a GUID: write eight hex pairs separated by ":"`, ...spanOf(node) });
        return;
      }
      selection.infinibandGuid = value as string;
      return;
    case "ips": {
      selection.ips = [];
      selection.ipSpans = [];
      for (const entry of node.children ?? []) {
        const text = entry.value as string;
        if (!parseIpOrCidr(text)) {
          errors.push({ message: `"ips" entry "${text}" is not an IP address or CIDR`, ...spanOf(entry) });
          continue;
        }
        selection.ips.push(text);
        selection.ipSpans.push(spanOf(entry));
      }
      return;
    }
    case "default-route": {
      selection.defaultRoute = [];
      selection.defaultRouteSpans = [];
      for (const entry of node.children ?? []) {
        if (entry.type === "null" || entry.value === "") continue;
        const text = entry.value as string;
        if (!parseIp(text)) {
          const hint = text.includes("/") ? ": write the gateway address without a prefix length" : "";
          errors.push({ message: `"default-route" entry "${text}" is not an IP address${hint}`, ...spanOf(entry) });
          continue;
        }
        selection.defaultRoute.push(text);
        selection.defaultRouteSpans.push(spanOf(entry));
      }
      return;
    }
    case "portMappings":
      selection.portMappings = value as unknown[];
      checkPortMappings(node, errors);
      return;
    case "bandwidth":
      selection.bandwidth = value as Record<string, unknown>;
      checkIntegerFields(node, ["ingressRate", "ingressBurst", "egressRate", "egressBurst"], "bandwidth", errors);
      return;
    default:
      return;
  }
}

function checkPortMappings(node: JsonNode, errors: AnnotationError[]): void {
  for (const entry of node.children ?? []) {
    if (entry.type !== "object") {
      errors.push({ message: `every entry of "portMappings" must be an object with "hostPort" and "containerPort", not ${jsonTypeName(entry)}`, ...spanOf(entry) });
      continue;
    }
    checkIntegerFields(entry, ["hostPort", "containerPort"], "portMappings", errors);
    for (const property of entry.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key && value && ["protocol", "hostIP"].includes(String(key.value)) && value.type !== "string" && value.type !== "null") {
        errors.push({ message: `"portMappings" field "${String(key.value)}" must be a string, not ${jsonTypeName(value)}`, ...spanOf(value) });
      }
    }
  }
}

function checkIntegerFields(node: JsonNode, fields: string[], where: string, errors: AnnotationError[]): void {
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value || !fields.includes(String(key.value)) || value.type === "null") continue;
    if (value.type !== "number" || !Number.isInteger(value.value)) {
      errors.push({ message: `"${where}" field "${String(key.value)}" must be an integer, not ${jsonTypeName(value)}`, ...spanOf(value) });
    }
  }
}

function fieldValue(raw: Record<string, unknown>, field: SelectionField): unknown {
  let found: unknown;
  for (const [key, value] of Object.entries(raw)) if (key === field || key.toLowerCase() === field.toLowerCase()) found = value;
  return found;
}

function plainValue(node: JsonNode): unknown {
  switch (node.type) {
    case "object": {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) result[String(key.value)] = plainValue(value);
      }
      return result;
    }
    case "array":
      return (node.children ?? []).map(plainValue);
    default:
      return node.value;
  }
}

function spanOf(node: JsonNode): Span {
  return { start: node.offset, end: node.offset + node.length };
}

function jsonTypeName(node: JsonNode): string {
  switch (node.type) {
    case "object":
      return "an object";
    case "array":
      return "an array";
    case "string":
      return `a string ("${String(node.value)}")`;
    case "number":
      return `a number (${String(node.value)})`;
    case "boolean":
      return `a boolean (${String(node.value)})`;
    default:
      return "null";
  }
}

function describeJsonError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: "unexpected character",
    InvalidNumberFormat: "invalid number",
    PropertyNameExpected: "a quoted property name is expected (no trailing comma)",
    ValueExpected: "a value is expected (no trailing comma)",
    ColonExpected: `":" is expected after the property name (check the quotes around it)`,
    CommaExpected: `"," is expected between entries`,
    CloseBraceExpected: `"}" is expected`,
    CloseBracketExpected: `"]" is expected`,
    EndOfFileExpected: "unexpected text after the JSON value",
    InvalidCommentToken: "comments are not allowed",
    UnexpectedEndOfComment: "comments are not allowed",
    UnexpectedEndOfString: "unterminated string",
    UnexpectedEndOfNumber: "unterminated number",
    InvalidUnicode: "invalid unicode escape",
    InvalidEscapeCharacter: "invalid escape character",
    InvalidCharacter: "invalid character in string",
  };
  return words[code] ?? code;
}

function typographicQuoteHint(value: string): string {
  return /[\u201c\u201d\u2018\u2019]/.test(value) ? "; the value contains typographic quotes, use plain \" quotes" : "";
}

/** Finds the first bracket or brace outside strings that opens a level deeper than `maxDepth`. */
function firstOffsetDeeperThan(value: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < value.length; index++) {
    const char = value[index];
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === "[" || char === "{") {
      depth++;
      if (depth > maxDepth) return index;
    } else if (char === "]" || char === "}") {
      depth--;
    }
  }
  return undefined;
}

function trimSpan(text: string, offset: number): { text: string; start: number; end: number } {
  const leading = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return { text: trimmed, start: offset + leading, end: offset + leading + trimmed.length };
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (const c of text) if (c === char) count++;
  return count;
}
