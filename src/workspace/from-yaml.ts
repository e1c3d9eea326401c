// Converts a document of the `yaml` package into the plain model of yaml-model.ts. One walk does
// three jobs: it copies each node's kind, range and value, records what the offset mapping of block
// scalars needs from their CST token, and reports duplicate mapping keys.
import { YAMLParseError, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import type { BlockScalarSource, ScalarStyle, YDocument, YNode, YPair } from "./yaml-model.js";

interface SourceToken {
  type?: string;
  offset?: number;
  indent?: number;
  source?: string;
  props?: { type: string; offset: number; source: string }[];
}

/**
 * Converts `document` and computes its plain value with at most `maxAliasCount` alias expansions.
 * Duplicate keys are added to `document.errors` (code DUPLICATE_KEY, at the repeated key) before
 * the value is computed, so a document with one has no value.
 */
export function convertDocument(document: Document.Parsed, maxAliasCount: number): YDocument {
  const errors = document.errors;
  const contents = convertNode(document.contents as Node | null, errors);
  const result: YDocument = { range: document.range, contents, hasErrors: errors.length > 0 };
  if (result.hasErrors) return result;

  try {
    result.value = document.toJS({ maxAliasCount });
  } catch (error) {
    const reason = (error as Error).message.replace(/\.$/, "");
    result.valueError = { message: reason, offset: document.range[0], aliasBomb: /excessive alias count/i.test(reason), aliasLimit: maxAliasCount };
    const alias = /alias.*: (\S+)$/.exec(reason)?.[1];
    if (alias) result.valueError.aliasName = alias;
  }
  return result;
}

function convertNode(node: Node | null, errors: YAMLParseError[]): YNode | null {
  if (node === null || node === undefined) return null;
  const range = node.range as [number, number, number];

  if (isScalar(node)) {
    const type = (node.type ?? "PLAIN") as ScalarStyle;
    if (type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED") {
      return { kind: "scalar", range, value: node.value, type, block: blockSource((node as { srcToken?: SourceToken }).srcToken) };
    }
    if (type === "PLAIN" && typeof node.value !== "string" && typeof node.source === "string") return { kind: "scalar", range, value: node.value, type, source: node.source };
    return { kind: "scalar", range, value: node.value, type };
  }

  if (isMap(node)) {
    const items: YPair[] = [];
    const source = node.items;
    // Small mappings compare keys directly; larger ones use a set, so the check stays linear.
    const seen = source.length > 8 ? new Set<unknown>() : undefined;
    for (let index = 0; index < source.length; index++) {
      const pair = source[index]!;
      if (!isPair(pair)) continue;
      const key = convertNode(pair.key as Node | null, errors);
      const value = convertNode(pair.value as Node | null, errors);
      if (key?.kind === "scalar") {
        let duplicate: boolean;
        if (seen) {
          duplicate = seen.has(key.value);
          seen.add(key.value);
        } else {
          duplicate = items.some((earlier) => earlier.key?.kind === "scalar" && earlier.key.value === key.value);
        }
        if (duplicate) errors.push(new YAMLParseError([key.range[0], key.range[0] + 1], "DUPLICATE_KEY", "Map keys must be unique"));
      }
      items.push({ key, value });
    }
    return { kind: "map", range, items };
  }

  if (isSeq(node)) {
    const items: (YNode | null)[] = new Array(node.items.length);
    for (let index = 0; index < node.items.length; index++) items[index] = convertNode(node.items[index] as Node | null, errors);
    return { kind: "seq", range, items };
  }

  if (isAlias(node)) return { kind: "alias", range, source: node.source };
  return null;
}

function blockSource(token: SourceToken | undefined): BlockScalarSource | undefined {
  if (!token || typeof token.source !== "string") return undefined;
  const props = token.props ?? [];
  const header = props.find((prop) => prop.type === "block-scalar-header")?.source ?? "";
  const last = props.at(-1);
  const bodyStart = last ? last.offset + last.source.length : (token.offset ?? 0);
  return { header, bodyStart, bodyEnd: bodyStart + token.source.length, indent: token.indent ?? 0 };
}
