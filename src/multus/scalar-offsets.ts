// Maps offsets inside a YAML scalar's value back to offsets in the file, so a finding about one
// element of an annotation points at that element's text. The scalar's source is decoded again
// here (quotes, escapes, line folding, block indentation and chomping), recording the source offset
// of every character. The mapping counts as exact only when that decoding reproduces the parser's
// value. Otherwise every offset maps to the scalar's start.
import { isScalar, scalarToken, type YNode } from "../workspace/yaml-model.js";

export interface ScalarOffsets {
  /** True when every offset maps to its own character in the file. */
  exact: boolean;
  /** File offsets of `[start, end)` inside the value; end is exclusive. */
  map(start: number, end: number): { start: number; end: number };
}

interface SourceToken {
  type: string;
  offset: number;
  indent?: number;
  source: string;
  props?: { type: string; offset: number; source: string }[];
}

/** Builds the offset map of a scalar node; `text` is the text its document was parsed from. */
export function scalarOffsets(node: YNode, text: string): ScalarOffsets {
  const fallback = node.range?.[0] ?? 0;
  const inexact: ScalarOffsets = { exact: false, map: () => ({ start: fallback, end: fallback }) };
  if (!isScalar(node) || typeof node.value !== "string") return inexact;

  const token: SourceToken | undefined = scalarToken(node, text);
  if (!token) return inexact;

  const decoded = decodeToken(token);
  if (!decoded || decoded.chars.join("") !== node.value) return inexact;

  const { offsets, widths } = decoded;
  const afterLast = decoded.end;
  return {
    exact: true,
    map(start, end) {
      const from = start < offsets.length ? offsets[start]! : afterLast;
      // The end is the offset after the source of the span's last character, so a multi-character
      // escape stays whole.
      const last = Math.min(end, offsets.length) - 1;
      const to = end > start && last >= start ? offsets[last]! + widths[last]! : from;
      return { start: from, end: Math.max(from, to) };
    },
  };
}

interface Decoded {
  chars: string[];
  /** File offset of the source of each character. */
  offsets: number[];
  /** Length of the source of each character (2 for `\n`, 6 for `\u00e9`). */
  widths: number[];
  /** File offset just after the value's last source character. */
  end: number;
}

function decodeToken(token: SourceToken): Decoded | undefined {
  switch (token.type) {
    case "scalar":
      return decodeFlow(token.source, token.offset, "plain");
    case "single-quoted-scalar":
      return decodeFlow(token.source.slice(1, -1), token.offset + 1, "single");
    case "double-quoted-scalar":
      return decodeFlow(token.source.slice(1, -1), token.offset + 1, "double");
    case "block-scalar":
      return decodeBlock(token);
    default:
      return undefined;
  }
}

const DOUBLE_QUOTED_ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
};

/** Number of hex digits after `\x`, `\u` and `\U`. */
const HEX_ESCAPE_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** Decodes a plain, single- or double-quoted scalar with YAML's line folding. */
function decodeFlow(source: string, base: number, style: "plain" | "single" | "double"): Decoded | undefined {
  const chars: string[] = [];
  const offsets: number[] = [];
  const widths: number[] = [];
  // Characters written as escapes are content even when they are white space, so folding keeps them.
  const escaped: boolean[] = [];
  const push = (char: string, offset: number, width = 1, isEscape = false): void => {
    chars.push(char);
    offsets.push(offset);
    widths.push(width);
    escaped.push(isEscape);
  };

  let index = 0;
  while (index < source.length) {
    const char = source[index]!;

    if (style === "double" && char === "\\") {
      const next = source[index + 1];
      if (next === undefined) return undefined;
      if (next === "\n" || next === "\r") {
        index += next === "\r" && source[index + 2] === "\n" ? 3 : 2;
        while (source[index] === " " || source[index] === "\t") index++;
        continue;
      }
      const simple = DOUBLE_QUOTED_ESCAPES[next];
      if (simple !== undefined) {
        push(simple, base + index, 2, true);
        index += 2;
        continue;
      }
      const width = HEX_ESCAPE_DIGITS[next] ?? 0;
      const hex = source.slice(index + 2, index + 2 + width);
      if (width === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) return undefined;
      for (const unit of String.fromCodePoint(parseInt(hex, 16))) push(unit, base + index, 2 + width, true);
      index += 2 + width;
      continue;
    }

    if (style === "single" && char === "'" && source[index + 1] === "'") {
      push("'", base + index, 2);
      index += 2;
      continue;
    }

    if (char === "\n" || char === "\r") {
      while (chars.length > 0 && !escaped.at(-1) && (chars.at(-1) === " " || chars.at(-1) === "\t")) {
        chars.pop();
        offsets.pop();
        widths.pop();
        escaped.pop();
      }
      const breakOffset = base + index;
      index += char === "\r" && source[index + 1] === "\n" ? 2 : 1;
      let emptyLines = 0;
      for (;;) {
        while (source[index] === " " || source[index] === "\t") index++;
        if (source[index] === "\n" || source[index] === "\r") {
          emptyLines++;
          index += source[index] === "\r" && source[index + 1] === "\n" ? 2 : 1;
          continue;
        }
        break;
      }
      if (emptyLines === 0) push(" ", breakOffset);
      else for (let count = 0; count < emptyLines; count++) push("\n", breakOffset);
      continue;
    }

    push(char, base + index);
    index++;
  }
  return { chars, offsets, widths, end: base + source.length };
}

/** Decodes a literal (`|`) or folded (`>`) block scalar with auto-detected indentation. */
function decodeBlock(token: SourceToken): Decoded | undefined {
  const header = token.props?.find((prop) => prop.type === "block-scalar-header")?.source ?? "";
  const folded = header.startsWith(">");
  // An explicit indentation indicator counts from the indentation of the collection that contains
  // the scalar, which the CST token records as `indent`.
  const explicitIndent = /\d/.exec(header);
  const chomping = header.includes("-") ? "strip" : header.includes("+") ? "keep" : "clip";

  const lastProp = token.props?.at(-1);
  const bodyStart = lastProp ? lastProp.offset + lastProp.source.length : token.offset;
  const lines = token.source.split("\n");
  const firstContent = lines.find((line) => line.trim() !== "");
  if (firstContent === undefined) {
    // Only empty lines: the value is empty, or with "keep" chomping one line break per line.
    const breaks: number[] = [];
    let offset = bodyStart;
    for (const line of lines.slice(0, -1)) {
      offset += line.length;
      breaks.push(offset);
      offset += 1;
    }
    const kept = chomping === "keep" ? breaks : [];
    return { chars: kept.map(() => "\n"), offsets: kept, widths: kept.map(() => 1), end: bodyStart + token.source.length };
  }
  const indent = explicitIndent ? (token.indent ?? 0) + Number(explicitIndent[0]) : firstContent.length - firstContent.trimStart().length;

  const chars: string[] = [];
  const offsets: number[] = [];
  let lineStart = bodyStart;
  let previous: "none" | "normal" | "more" = "none";
  let pendingBreaks: number[] = [];

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const isLast = index === lines.length - 1;
    const content = line.length > indent ? line.slice(indent) : "";
    // Only a line of at most `indent` spaces is empty; spaces past the indentation are content.
    const empty = line.trim() === "" && line.length <= indent;

    if (empty) {
      if (!isLast) pendingBreaks.push(lineStart + line.length);
      lineStart += line.length + 1;
      continue;
    }

    const kind = content.startsWith(" ") || content.startsWith("\t") ? "more" : "normal";
    if (previous !== "none") {
      // pendingBreaks[0] is the break that ends the previous content line.
      const [first, ...rest] = pendingBreaks;
      if (folded && previous === "normal" && kind === "normal") {
        if (rest.length === 0) {
          chars.push(" ");
          offsets.push(first!);
        } else {
          for (const offset of rest) {
            chars.push("\n");
            offsets.push(offset);
          }
        }
      } else {
        for (const offset of pendingBreaks) {
          chars.push("\n");
          offsets.push(offset);
        }
      }
    } else {
      for (const offset of pendingBreaks) {
        chars.push("\n");
        offsets.push(offset);
      }
    }

    for (let column = 0; column < content.length; column++) {
      chars.push(content[column]!);
      offsets.push(lineStart + indent + column);
    }
    pendingBreaks = isLast ? [] : [lineStart + line.length];
    previous = kind;
    lineStart += line.length + 1;
  }

  if (chomping === "clip" && pendingBreaks.length > 0) {
    chars.push("\n");
    offsets.push(pendingBreaks[0]!);
  } else if (chomping === "keep") {
    for (const offset of pendingBreaks) {
      chars.push("\n");
      offsets.push(offset);
    }
  }
  return { chars, offsets, widths: offsets.map(() => 1), end: bodyStart + token.source.length };
}
