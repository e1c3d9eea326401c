// The parsed form of a YAML file that rules read: plain objects with source offsets, no classes and
// no methods. Plain data is what lets a file's parse travel between worker threads and live in the
// cache (node:v8 serialisation), and it holds far less memory than the parser's own node objects.
// Every parser front end (src/workspace/parse.ts) produces exactly this shape.

/** `[start, valueEnd, nodeEnd]` offsets in the parsed text, as the `yaml` package defines them. */
export type NodeRange = [number, number, number];

/** How a scalar is written, with the `yaml` package's names. */
export type ScalarStyle = "PLAIN" | "QUOTE_DOUBLE" | "QUOTE_SINGLE" | "BLOCK_LITERAL" | "BLOCK_FOLDED";

export interface YScalar {
  kind: "scalar";
  range: NodeRange;
  /** The resolved value: YAML 1.1 types, so `yes` is true and `0755` is 493. */
  value: unknown;
  type: ScalarStyle;
  /** The text of a plain scalar whose value is not a string (`n` for false, `010` for 8). */
  source?: string;
  /** Set for block scalars only: what the offset mapping of their content needs. */
  block?: BlockScalarSource;
}

export interface BlockScalarSource {
  /** The header as written, such as `|`, `>-` or `|2`. */
  header: string;
  /** Offset of the first character after the header's line break. */
  bodyStart: number;
  /** Offset just after the body. */
  bodyEnd: number;
  /** Indentation of the block scalar's parent collection, which an explicit indentation indicator counts from. */
  indent: number;
}

export interface YPair {
  key: YNode | null;
  value: YNode | null;
}

export interface YMap {
  kind: "map";
  range: NodeRange;
  items: YPair[];
}

export interface YSeq {
  kind: "seq";
  range: NodeRange;
  items: (YNode | null)[];
}

export interface YAlias {
  kind: "alias";
  range: NodeRange;
  /** The anchor name the alias refers to. */
  source: string;
}

export type YNode = YScalar | YMap | YSeq | YAlias;

export interface YDocument {
  /** Offsets of the document in the parsed text. */
  range: NodeRange;
  contents: YNode | null;
  /** The document has parse errors (the file's `problems` describe them), so it has no value. */
  hasErrors: boolean;
  /** The document's plain value; undefined when it has errors or failed to convert. */
  value?: unknown;
  /** Why the conversion to a plain value failed (an alias bomb, say); reported when the value is read. */
  valueError?: { message: string; offset: number; aliasBomb: boolean; aliasLimit: number; aliasName?: string };
}

export function isMap(node: unknown): node is YMap {
  return (node as YNode | null | undefined)?.kind === "map";
}

export function isSeq(node: unknown): node is YSeq {
  return (node as YNode | null | undefined)?.kind === "seq";
}

export function isScalar(node: unknown): node is YScalar {
  return (node as YNode | null | undefined)?.kind === "scalar";
}

/**
 * The value node of `key` in a mapping, or undefined. The last pair with the key wins, as in
 * Kubernetes' (and Go's) decoders.
 */
export function mapGet(node: YNode | null | undefined, key: string): YNode | undefined {
  if (!isMap(node)) return undefined;
  for (let index = node.items.length - 1; index >= 0; index--) {
    const pair = node.items[index]!;
    if (isScalar(pair.key) && pair.key.value === key) return pair.value ?? undefined;
  }
  return undefined;
}

/** The pair of `key` in a mapping (the last one, as `mapGet`), or undefined. */
export function mapPair(node: YNode | null | undefined, key: string | number): YPair | undefined {
  if (!isMap(node)) return undefined;
  for (let index = node.items.length - 1; index >= 0; index--) {
    const pair = node.items[index]!;
    if (isScalar(pair.key) && pair.key.value === key) return pair;
  }
  return undefined;
}

/** True when a mapping has `key`. */
export function mapHas(node: YNode | null | undefined, key: string): boolean {
  return mapPair(node, key) !== undefined;
}

/**
 * Line starts of a text, for turning offsets into 1-based lines and columns (UTF-16 code units).
 * Counts LF only; the parser front end turns lone CR into LF before parsing.
 */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let offset = text.indexOf("\n"); offset >= 0; offset = text.indexOf("\n", offset + 1)) starts.push(offset + 1);
  return starts;
}

/** The 1-based line and column of `offset`, with the same results as the `yaml` package's LineCounter. */
export function linePos(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offset < lineStarts[middle]!) high = middle;
    else low = middle + 1;
  }
  if (low === 0) return { line: 0, col: offset };
  const start = lineStarts[low - 1]!;
  return { line: low, col: offset - start + 1 };
}

/** The CST token of a scalar, as the `yaml` package's lexer writes it; what the offset decoders read. */
export interface ScalarToken {
  type: "scalar" | "single-quoted-scalar" | "double-quoted-scalar" | "block-scalar";
  offset: number;
  /** Indentation of the parent collection; set for block scalars. */
  indent?: number;
  /** The scalar as written; for a block scalar, its body without the header line. */
  source: string;
  /** For a block scalar: its header, then an empty marker at the start of the body. */
  props?: { type: string; offset: number; source: string }[];
}

/** Rebuilds a scalar's source token from `text`, the text its document was parsed from. */
export function scalarToken(node: YScalar, text: string): ScalarToken | undefined {
  const [start, end] = node.range;
  switch (node.type) {
    case "PLAIN":
      return { type: "scalar", offset: start, source: text.slice(start, end) };
    case "QUOTE_SINGLE":
      return { type: "single-quoted-scalar", offset: start, source: text.slice(start, end) };
    case "QUOTE_DOUBLE":
      return { type: "double-quoted-scalar", offset: start, source: text.slice(start, end) };
    default: {
      const block = node.block;
      if (!block) return undefined;
      return {
        type: "block-scalar",
        offset: start,
        indent: block.indent,
        source: text.slice(block.bodyStart, block.bodyEnd),
        props: [
          { type: "block-scalar-header", offset: start, source: block.header },
          { type: "body-start", offset: block.bodyStart, source: "" },
        ],
      };
    }
  }
}
