// Parses the CNI JSON of `spec.config` with jsonc-parser, keeping the offset of every token, and
// describes the first syntax error the way a user can act on it. Pure: no I/O.
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from "jsonc-parser";
import { defineLazy } from "../lazy.js";

export type { JsonNode };
export type JsonPath = (string | number)[];

export interface JsonSyntaxError {
  /** Offset of the token that broke the parse, in the JSON text. */
  offset: number;
  length: number;
  message: string;
  /** True when the text was rejected for nesting deeper than the configured limit. */
  limit?: boolean;
}

export interface DuplicateKey {
  /** Path of the object that contains the key twice, and the key. */
  path: JsonPath;
  key: string;
  /** The earlier property, which Go's decoder discards. */
  first: JsonNode;
  /** The later property, which wins. */
  last: JsonNode;
}

export interface ParsedJson {
  root?: JsonNode;
  /** The decoded value; for a duplicated key the last value wins, as in Go's encoding/json. */
  value?: unknown;
  error?: JsonSyntaxError;
  duplicates: DuplicateKey[];
}

const TYPOGRAPHIC_QUOTES = /[\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb]/;

/**
 * Parses `text` as strict JSON (no comments, no trailing commas). Nesting deeper than `maxDepth`
 * is rejected before parsing, because jsonc-parser and JSON.parse both recurse per level.
 */
export function parseCniJson(text: string, maxDepth: number): ParsedJson {
  const { tooDeep, colons } = scanOutsideStrings(text, maxDepth);
  if (tooDeep !== undefined) {
    return {
      duplicates: [],
      error: {
        offset: tooDeep,
        length: 1,
        limit: true,
        message: `JSON nests deeper than ${maxDepth} levels (limits.maxJsonDepth); no CNI config nests like this, so it was not parsed`,
      },
    };
  }

  // Most configs are valid JSON without a repeated key. For them the native parser gives the same
  // value, and the tree, which only positions need, is built when something first reads it.
  const fast = parseWithoutDuplicates(text, colons);
  if (fast) {
    const parsed: ParsedJson = { value: fast.value, duplicates: [] };
    defineLazy(parsed, "root", () => parseTree(text, [], PARSE_OPTIONS));
    return parsed;
  }

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, PARSE_OPTIONS);
  if (errors.length > 0 || !root) {
    const first = errors[0] ?? { error: 0, offset: 0, length: 0 };
    return { duplicates: [], error: describeError(text, first) };
  }

  // jsonc-parser is lenient in a few corners (for example lone surrogates); JSON.parse is the arbiter.
  try {
    JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const offset = position ? Number(position[1]) : 0;
    return { duplicates: [], error: { offset, length: 1, message: `${(error as Error).message.replace(/\.$/, "")}` } };
  }

  const duplicates: DuplicateKey[] = [];
  const value = toValue(root, [], duplicates);
  return { root, value, duplicates };
}

const PARSE_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * Parses valid JSON with JSON.parse, and returns undefined for invalid JSON or JSON that repeats a
 * key in one object. Outside strings, valid JSON has a colon after every key it writes, so the text
 * repeats no key when its `colons` (counted outside strings) equal the number of keys in the value.
 */
function parseWithoutDuplicates(text: string, colons: number): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return colons === keyCount(value) ? { value } : undefined;
}

function keyCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + keyCount(item), 0);
  if (typeof value !== "object" || value === null) return 0;
  let count = 0;
  for (const key of Object.keys(value)) count += 1 + keyCount((value as Record<string, unknown>)[key]);
  return count;
}

/** Returns the offset of the first bracket that opens level `maxDepth + 1`, if any. */
export function findExcessiveNesting(text: string, maxDepth: number): number | undefined {
  return scanOutsideStrings(text, maxDepth).tooDeep;
}

/**
 * Scans the text outside string literals once: the offset of the first bracket that opens level
 * `maxDepth + 1`, if any (the scan stops there), and the number of colons before it.
 */
function scanOutsideStrings(text: string, maxDepth: number): { tooDeep?: number; colons: number } {
  let depth = 0;
  let colons = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index++;
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x3a) colons++;
    else if (char === 0x7b || char === 0x5b) {
      depth++;
      if (depth > maxDepth) return { tooDeep: index, colons };
    } else if (char === 0x7d || char === 0x5d) depth = Math.max(0, depth - 1);
  }
  return { colons };
}

function describeError(text: string, error: ParseError): JsonSyntaxError {
  const code = printParseErrorCode(error.error);
  const offset = Math.min(error.offset, text.length);
  const token = text.substr(offset, Math.max(1, Math.min(error.length, 40)));
  const firstLine = token.split("\n")[0]!;
  const shown = token.trim() === "" ? "the end of the text" : firstLine.startsWith('"') && firstLine.length > 1 ? firstLine : `"${firstLine}"`;
  if (TYPOGRAPHIC_QUOTES.test(token[0] ?? "")) {
    return {
      offset,
      length: Math.max(1, error.length),
      message: `typographic quote ${token[0]} in ${shown}; JSON needs plain " quotes (editors and chat apps often replace them)`,
    };
  }
  const quoteHint = typographicHint(text, offset, error.length);
  let message: string;

  switch (code) {
    case "CommaExpected":
      message = `expected "," before ${shown}; add the missing comma`;
      break;
    case "ColonExpected":
      message = `expected ":" after the key, found ${shown}`;
      break;
    case "PropertyNameExpected":
    case "ValueExpected": {
      const comma = previousSignificant(text, offset);
      if (comma && text[comma] === "," && /^[}\]]/.test(token)) {
        // Point at the comma, which is what the user removes.
        return { offset: comma, length: 1, message: `trailing comma before ${shown}; JSON allows none, remove it` };
      }
      message = code === "PropertyNameExpected" ? `expected a key in double quotes, found ${shown}` : `expected a value, found ${shown}`;
      break;
    }
    case "CloseBraceExpected":
      message = `expected "}" to close the object, found ${shown}`;
      break;
    case "CloseBracketExpected":
      message = `expected "]" to close the array, found ${shown}`;
      break;
    case "EndOfFileExpected":
      message = `unexpected ${shown} after the end of the JSON value; remove it`;
      break;
    case "InvalidCommentToken":
    case "UnexpectedEndOfComment":
      message = `comments are not allowed in JSON; remove ${shown}`;
      break;
    case "UnexpectedEndOfString":
      message = `string ${shown} is not closed on its line; close it with a plain double quote`;
      break;
    case "InvalidNumberFormat":
    case "UnexpectedEndOfNumber":
      message = `invalid number ${shown}`;
      break;
    case "InvalidUnicode":
    case "InvalidEscapeCharacter":
      message = `invalid escape in string ${shown}`;
      break;
    case "InvalidCharacter":
      message = `control character inside string ${shown}; escape it`;
      break;
    default:
      message = token.startsWith("'") ? `single-quoted string ${shown}; JSON needs double quotes` : `unexpected ${shown}`;
  }
  return { offset, length: Math.max(1, error.length), message: quoteHint ? `${message}; ${quoteHint}` : message };
}

function typographicHint(text: string, offset: number, length: number): string | undefined {
  const around = text.slice(Math.max(0, offset - 2), offset + Math.max(1, length) + 1);
  const match = TYPOGRAPHIC_QUOTES.exec(around) ?? TYPOGRAPHIC_QUOTES.exec(text);
  if (!match) return undefined;
  return `the text has a typographic quote ${match[0]} (often pasted from a document or chat); use a plain " quote`;
}

/** Returns the offset of the last non-space character before `offset`. */
function previousSignificant(text: string, offset: number): number | undefined {
  for (let index = offset - 1; index >= 0; index--) {
    if (!/\s/.test(text[index]!)) return index;
  }
  return undefined;
}

function toValue(node: JsonNode, path: JsonPath, duplicates: DuplicateKey[]): unknown {
  switch (node.type) {
    case "object": {
      const result: Record<string, unknown> = {};
      const seen = new Map<string, JsonNode>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = String(keyNode.value);
        const earlier = seen.get(key);
        if (earlier) duplicates.push({ path, key, first: earlier, last: property });
        seen.set(key, property);
        // defineProperty keeps a "__proto__" key an ordinary property.
        Object.defineProperty(result, key, { value: toValue(valueNode, [...path, key], duplicates), enumerable: true, writable: true, configurable: true });
      }
      return result;
    }
    case "array":
      return (node.children ?? []).map((child, index) => toValue(child, [...path, index], duplicates));
    default:
      return node.value;
  }
}

/**
 * Finds the node at `path`, following the last property of a duplicated key (the one Go keeps). When the
 * path does not exist, `complete` is false and `node` is the deepest ancestor that does.
 */
export function locateJson(root: JsonNode, path: readonly (string | number)[]): { node: JsonNode; complete: boolean } {
  let current = root;
  for (const segment of path) {
    if (current.type === "object" && typeof segment === "string") {
      const property = (current.children ?? []).findLast((child) => child.children?.[0]?.value === segment);
      const value = property?.children?.[1];
      if (!value) return { node: current, complete: false };
      current = value;
    } else if (current.type === "array" && typeof segment === "number") {
      const item = current.children?.[segment];
      if (!item) return { node: current, complete: false };
      current = item;
    } else {
      return { node: current, complete: false };
    }
  }
  return { node: current, complete: true };
}

/** Returns the key node of a value inside an object property, else the value itself. */
export function keyNodeOf(value: JsonNode): JsonNode {
  return value.parent?.type === "property" ? (value.parent.children?.[0] ?? value) : value;
}
