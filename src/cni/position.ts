// Maps offsets inside a YAML scalar's value (the CNI JSON of `spec.config`) back to offsets in the
// YAML source, so a finding about a JSON token points at that token's line and column in the file.
import { scalarToken, type YScalar } from "../workspace/yaml-model.js";

export interface ScalarMapping {
  /** Source offset of the character at `valueOffset` of the scalar's value. */
  toSource(valueOffset: number): number;
  /** False when the mapping falls back to the scalar's start for every offset. */
  exact: boolean;
}

interface SourceToken {
  type: string;
  offset: number;
  source: string;
  props?: { type: string; offset: number; source: string }[];
}

/**
 * Builds the mapping for a scalar; `text` is the text its document was parsed from, and offsets are
 * in its coordinates. Each decoder rebuilds the
 * value from the source and keeps the mapping only when the rebuilt value equals the parsed one.
 */
export function mapScalar(scalar: YScalar, text: string): ScalarMapping {
  const token: SourceToken | undefined = scalarToken(scalar, text);
  const start = scalar.range?.[0] ?? 0;
  const value = typeof scalar.value === "string" ? scalar.value : String(scalar.value);

  let decoded: Decoded | undefined;
  if (token) {
    if (token.type === "block-scalar" && scalar.type === "BLOCK_LITERAL") decoded = decodeBlockLiteral(token);
    else if (token.type === "single-quoted-scalar") decoded = decodeFlow(token.source.slice(1, -1), token.offset + 1, "'");
    else if (token.type === "double-quoted-scalar") decoded = decodeFlow(token.source.slice(1, -1), token.offset + 1, '"');
    else if (token.type === "scalar") decoded = decodeFlow(token.source, token.offset, "");
  }

  if (decoded && matches(decoded.text, value)) {
    const offsets = decoded.offsets;
    const end = offsets.length > 0 ? offsets[offsets.length - 1]! + 1 : start;
    return { exact: true, toSource: (valueOffset) => (valueOffset < offsets.length ? offsets[Math.max(0, valueOffset)]! : end) };
  }

  // NOTE: folded block scalars (`>`) and scalars whose value could not be rebuilt map every JSON
  // token to the scalar's start, so positions there are approximate.
  return { exact: false, toSource: () => start };
}

interface Decoded {
  text: string;
  /** Source offset of every character of `text`. */
  offsets: number[];
}

/** Compares a rebuilt value with the parsed one, ignoring trailing line breaks (chomping). */
function matches(rebuilt: string, value: string): boolean {
  return rebuilt.replace(/\n+$/, "") === value.replace(/\n+$/, "");
}

function decodeBlockLiteral(token: SourceToken): Decoded | undefined {
  const props = token.props ?? [];
  const lastProp = props[props.length - 1];
  if (!lastProp) return undefined;
  const header = props.find((prop) => prop.type === "block-scalar-header")?.source ?? "|";
  const bodyStart = lastProp.offset + lastProp.source.length;
  const lines = token.source.split("\n");

  // Content indentation: the explicit indicator, else the first non-empty line's indentation.
  const explicit = /\d/.exec(header);
  let indent: number;
  if (explicit) indent = Number(explicit[0]) + baseIndent(token);
  else {
    const first = lines.find((line) => line.trim() !== "");
    if (first === undefined) return { text: "", offsets: [] };
    indent = first.length - first.trimStart().length;
  }

  const offsets: number[] = [];
  let text = "";
  let lineStart = bodyStart;
  lines.forEach((line, index) => {
    if (index > 0) {
      text += "\n";
      offsets.push(lineStart - 1);
    }
    // A CRLF file leaves "\r" at the end of each source line, which is not part of the value.
    const body = line.endsWith("\r") ? line.slice(0, -1) : line;
    const content = body.length > indent ? body.slice(indent) : "";
    for (let column = 0; column < content.length; column++) {
      text += content[column];
      offsets.push(lineStart + indent + column);
    }
    lineStart += line.length + 1;
  });
  return { text, offsets };
}

function baseIndent(token: SourceToken & { indent?: number }): number {
  return Math.max(0, token.indent ?? 0);
}

/**
 * Rebuilds a flow scalar (plain, or the inside of a quoted one) with YAML line folding: trailing
 * and leading white space around a line break is dropped, one break becomes a space, n breaks
 * become n-1 line feeds. In single quotes `''` stands for one quote. In double quotes, each
 * escape maps to its backslash, and a backslash before a line break joins the lines.
 */
function decodeFlow(source: string, sourceOffset: number, quote: "'" | '"' | ""): Decoded {
  const lines = source.split("\n");
  let text = "";
  const offsets: number[] = [];
  let lineStart = sourceOffset;
  let pendingBreaks = 0;
  let breakOffset = sourceOffset;
  let joinNext = false;

  lines.forEach((rawLine, index) => {
    let from = 0;
    let to = rawLine.length;
    if (index > 0) while (from < to && isWhiteSpace(rawLine[from]!)) from++;
    if (index < lines.length - 1) while (to > from && isWhiteSpace(rawLine[to - 1]!)) to--;

    if (index > 0 && from === to && index < lines.length - 1 && !joinNext) {
      pendingBreaks++;
      lineStart += rawLine.length + 1;
      return;
    }
    if (index > 0 && !joinNext) {
      const separator = pendingBreaks === 0 ? " " : "\n".repeat(pendingBreaks);
      for (const char of separator) {
        text += char;
        offsets.push(breakOffset);
      }
      pendingBreaks = 0;
    }
    joinNext = false;

    for (let column = from; column < to; column++) {
      const char = rawLine[column]!;
      if (quote === '"' && char === "\\") {
        if (column === to - 1 && index < lines.length - 1) {
          joinNext = true;
          break;
        }
        const escape = decodeEscape(rawLine, column);
        if (!escape) return;
        for (const unit of escape.value) {
          text += unit;
          offsets.push(lineStart + column);
        }
        column += escape.length - 1;
        continue;
      }
      text += char;
      offsets.push(lineStart + column);
      if (quote === "'" && char === "'" && rawLine[column + 1] === "'") column++;
    }
    breakOffset = lineStart + to;
    lineStart += rawLine.length + 1;
  });
  return { text, offsets };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
  " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\u0085", _: "\u00a0", L: "\u2028", P: "\u2029",
};

const HEX_ESCAPE_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** Decodes the YAML double-quoted escape starting at `line[column]` (a backslash). */
function decodeEscape(line: string, column: number): { value: string; length: number } | undefined {
  const kind = line[column + 1];
  if (kind === undefined) return undefined;
  if (Object.hasOwn(SIMPLE_ESCAPES, kind)) return { value: SIMPLE_ESCAPES[kind]!, length: 2 };
  const digits = Object.hasOwn(HEX_ESCAPE_DIGITS, kind) ? HEX_ESCAPE_DIGITS[kind]! : 0;
  const hex = line.slice(column + 2, column + 2 + digits);
  if (digits === 0 || !new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) return undefined;
  const codePoint = Number.parseInt(hex, 16);
  if (codePoint > 0x10ffff) return undefined;
  return { value: String.fromCodePoint(codePoint), length: 2 + digits };
}

function isWhiteSpace(char: string): boolean {
  return char === " " || char === "\t" || char === "\r";
}
