// Converts a document of the `yaml` package into the plain model of yaml-model.ts. One walk does
// four jobs: it copies each node's kind, range and value, builds the document's plain value, records
// what the offset mapping of block scalars needs (read from the text, so the parse keeps no CST
// tokens), and reports duplicate keys.
import { YAMLParseError, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import type { BlockScalarSource, ScalarStyle, YDocument, YNode, YPair } from "./yaml-model.js";

/**
 * Converts `document` and computes its plain value with at most `maxAliasCount` alias expansions.
 * Duplicate keys are added to `document.errors` (code DUPLICATE_KEY, at the repeated key) before
 * the value is computed, so a document with one has no value.
 */
export function convertDocument(document: Document.Parsed, text: string, maxAliasCount: number): YDocument {
  const errors = document.errors;
  const converter = new Converter(errors, text);
  const contents = converter.node(document.contents as Node | null, 0);
  const result: YDocument = { range: document.range, contents, hasErrors: errors.length > 0 };
  if (result.hasErrors) return result;

  // The walk's value equals document.toJS() for documents of plain mappings, sequences and scalars.
  // Aliases, merge keys, non-string keys and tagged collections (!!set, !!omap) take the package's
  // own conversion, which expands and counts aliases.
  if (converter.plain) {
    result.value = converter.value;
    return result;
  }
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

class Converter {
  /** The plain value of the node last converted. */
  value: unknown = null;
  /** False once the document holds something only the package's toJS converts correctly. */
  plain = true;

  constructor(
    private readonly errors: YAMLParseError[],
    private readonly text: string,
  ) {}

  /** Converts `node`, leaving its plain value in `this.value`; `indent` is its parent collection's column. */
  node(node: Node | null, indent: number): YNode | null {
    if (node === null || node === undefined) {
      this.value = null;
      return null;
    }
    const range = node.range as [number, number, number];

    if (isScalar(node)) {
      const value = node.value;
      // Document.toJS keeps scalar values as they are (Dates, Buffers), so the walk does too.
      this.value = value;
      const type = (node.type ?? "PLAIN") as ScalarStyle;
      if (type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED") {
        return { kind: "scalar", range, value, type, block: this.blockSource(range, indent) };
      }
      if (type === "PLAIN" && typeof value !== "string" && typeof node.source === "string") return { kind: "scalar", range, value, type, source: node.source };
      return { kind: "scalar", range, value, type };
    }

    const column = range[0] - (this.text.lastIndexOf("\n", range[0] - 1) + 1);

    if (isMap(node)) {
      if (node.tag !== undefined && node.tag !== "tag:yaml.org,2002:map") this.plain = false;
      const items: YPair[] = [];
      const object: Record<string, unknown> = {};
      const source = node.items;
      // Small mappings compare keys directly; larger ones use a set, so the check stays linear.
      const seen = source.length > 8 ? new Set<unknown>() : undefined;
      for (let index = 0; index < source.length; index++) {
        const pair = source[index]!;
        if (!isPair(pair)) continue;
        const keyNode = this.node(pair.key as Node | null, column);
        const keyValue = keyNode?.kind === "scalar" ? keyNode.value : undefined;
        if (typeof keyValue !== "string" || (keyValue === "<<" && keyNode!.kind === "scalar" && keyNode!.type === "PLAIN")) this.plain = false;
        const value = this.node(pair.value as Node | null, column);
        if (typeof keyValue === "string") {
          if (keyValue === "__proto__") Object.defineProperty(object, keyValue, { value: this.value, writable: true, enumerable: true, configurable: true });
          else object[keyValue] = this.value;
        }
        if (keyNode?.kind === "scalar") {
          let duplicate: boolean;
          if (seen) {
            duplicate = seen.has(keyValue);
            seen.add(keyValue);
          } else {
            duplicate = items.some((earlier) => earlier.key?.kind === "scalar" && earlier.key.value === keyValue);
          }
          if (duplicate) this.errors.push(new YAMLParseError([keyNode.range[0], keyNode.range[0] + 1], "DUPLICATE_KEY", "Map keys must be unique"));
        }
        items.push({ key: keyNode, value });
      }
      this.value = object;
      return { kind: "map", range, items };
    }

    if (isSeq(node)) {
      if (node.tag !== undefined && node.tag !== "tag:yaml.org,2002:seq") this.plain = false;
      const items: (YNode | null)[] = new Array(node.items.length);
      const array: unknown[] = new Array(node.items.length);
      for (let index = 0; index < node.items.length; index++) {
        items[index] = this.node(node.items[index] as Node | null, column);
        array[index] = this.value;
      }
      this.value = array;
      return { kind: "seq", range, items };
    }

    this.plain = false;
    this.value = undefined;
    if (isAlias(node)) return { kind: "alias", range, source: node.source };
    return null;
  }

  /**
   * The header and body of a block scalar at `range`. The package's range starts at the header and
   * ends after the body, and the body starts on the line after the header (which may end in a
   * comment). `indent` is what an explicit indentation indicator counts from.
   */
  private blockSource(range: [number, number, number], indent: number): BlockScalarSource {
    const [start, end] = range;
    const header = /^[|>][0-9+-]*/.exec(this.text.slice(start, start + 4))?.[0] ?? "";
    const lineEnd = this.text.indexOf("\n", start);
    const bodyStart = lineEnd < 0 || lineEnd >= end ? end : lineEnd + 1;
    return { header, bodyStart, bodyEnd: end, indent };
  }
}


