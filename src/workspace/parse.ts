// Reads one file and parses it into YAML documents with positions. Never throws: every problem
// becomes a `FileProblem` that the yaml/syntax or repo rules report.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import { Lexer, parseAllDocuments, type Document } from "yaml";
import type { Range } from "../types.js";
import { convertDocument } from "./from-yaml.js";
import { linePos, lineStartsOf, type YDocument } from "./yaml-model.js";

export interface FileProblem {
  kind: "syntax" | "unreadable" | "limit";
  message: string;
  range: Range;
}

export interface ParsedText {
  text: string;
  /** Offsets where each line of `text` starts, for `linePos`. */
  lineStarts: number[];
  documents: YDocument[];
  problems: FileProblem[];
  /** The file parsed only after re-indenting under-indented quoted scalars, as go-yaml accepts them. */
  recovered: boolean;
  /** In a recovered file, the re-indented text that node offsets refer to. */
  parsedText?: string;
  /** In a recovered file, the columns each re-indented line (1-based) moved right in the parsed text. */
  columnShifts?: ReadonlyMap<number, number>;
}

const FILE_START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export type ReadResult = { ok: true; text: string } | { ok: false; problem: FileProblem };

/**
 * Reads a regular file as text, refusing anything larger than `maxBytes`. Opens with O_NONBLOCK so
 * a FIFO swapped in after discovery cannot block, and decodes UTF-8 (with or without BOM) and
 * UTF-16 with a BOM; invalid UTF-8 and binary content become a problem instead of mojibake.
 */
export function readTextFile(absolutePath: string, maxBytes: number): ReadResult {
  // A FIFO, socket or device is never opened: opening some devices has side effects.
  const special = specialFileKind(absolutePath);
  if (special) return unreadable(`file ${special}, not a regular file, so it was not read; remove it or add it to exclude`);

  let fd: number;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return unreadable(`cannot read file: ${describeFsError(error)}`);
  }

  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return unreadable(`file ${describeKind(stats)}, not a regular file, so it was not read; remove it or add it to exclude`);
    if (stats.size > maxBytes) {
      return {
        ok: false,
        problem: {
          kind: "limit",
          message: `file is ${stats.size} bytes, above the limit of ${maxBytes} bytes (limits.maxFileBytes); it was not read`,
          range: FILE_START,
        },
      };
    }

    const buffer = Buffer.alloc(stats.size);
    let filled = 0;
    while (filled < stats.size) {
      const count = readSync(fd, buffer, filled, stats.size - filled, null);
      if (count === 0) break;
      filled += count;
    }
    return decode(buffer.subarray(0, filled));
  } catch (error) {
    return unreadable(`cannot read file: ${describeFsError(error)}`);
  } finally {
    closeSync(fd);
  }
}

function decode(buffer: Buffer): ReadResult {
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { ok: true, text: new TextDecoder("utf-16le").decode(buffer.subarray(2)) };
  }
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { ok: true, text: new TextDecoder("utf-16be").decode(buffer.subarray(2)) };
  }

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    const offset = firstInvalidUtf8Offset(buffer);
    const before = buffer.subarray(0, offset).toString("utf8");
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    return {
      ok: false,
      problem: {
        kind: "syntax",
        message: `file is not valid UTF-8 (byte 0x${buffer[offset]?.toString(16).padStart(2, "0")} at offset ${offset}); save it as UTF-8`,
        range: { line, column, endLine: line, endColumn: column + 1 },
      },
    };
  }
  return { ok: true, text };
}

function firstInvalidUtf8Offset(buffer: Buffer): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let low = 0;
  let high = buffer.length;
  // Binary search for the shortest invalid prefix; a prefix that ends mid-character also fails,
  // so the result is accurate to within one character, which is all a position needs.
  while (low < high) {
    const middle = (low + high) >>> 1;
    try {
      decoder.decode(buffer.subarray(0, middle + 1));
      low = middle + 1;
    } catch {
      high = middle;
    }
  }
  return Math.min(low, buffer.length - 1);
}

/**
 * Reads `relativePath` under `root` (an absolute, real path) like `readTextFile`, and refuses it
 * when it resolves outside the root through a symbolic link. For files the loader reads beside the
 * manifests, such as `.git/config` and `.plumbline.yaml`.
 */
export function readTextFileInsideRoot(root: string, relativePath: string, maxBytes: number): ReadResult {
  const absolutePath = join(root, relativePath);
  let real: string;
  try {
    real = realpathSync(absolutePath);
  } catch (error) {
    return unreadable(`cannot read file: ${describeFsError(error)}`);
  }
  const inside = relative(root, real);
  if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return unreadable(`file resolves to "${real}", outside the repository root, so it was not read`);
  }
  return readTextFile(real, maxBytes);
}

function specialFileKind(absolutePath: string): string | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(absolutePath);
  } catch {
    return undefined;
  }
  if (stats.isFile() || stats.isSymbolicLink() || stats.isDirectory()) return undefined;
  return describeKind(stats);
}

function describeKind(stats: Stats): string {
  if (stats.isFIFO()) return "is a FIFO (named pipe)";
  if (stats.isSocket()) return "is a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "is a device";
  if (stats.isDirectory()) return "is a directory";
  return "is a special file";
}

function unreadable(message: string): ReadResult {
  return { ok: false, problem: { kind: "unreadable", message, range: FILE_START } };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied; make it readable or add it to exclude";
  if (code === "ENOENT") return "file disappeared while linting";
  if (code === "EISDIR") return "is a directory";
  return (error as Error).message;
}

export interface ParseOptions {
  maxDocuments: number;
  /** Bound on lexer tokens per file; a lint takes about 0.7 KB of memory per token. */
  maxTokens?: number;
  /** Bound on alias expansions when a document is converted to its plain value. */
  maxAliasCount?: number;
}

/**
 * Default of `maxTokens`. A generated 18.6 MB ConfigMap of 290,000 entries with 30-byte keys and
 * values has about 870,000 tokens, and the CLI peaks at 580 MB while linting it, so at the limit one
 * file costs about 0.7 GB of memory.
 */
export const DEFAULT_MAX_TOKENS = 1_000_000;

/** Default of `maxAliasCount`, the same as limits.maxAliasCount's. */
export const DEFAULT_MAX_ALIAS_COUNT = 1_000;

/**
 * Parses YAML text into documents as YAML 1.1, which is how Kubernetes decodes manifests. Lone CR
 * line breaks are turned into LF first (same length, so offsets stay valid) because `LineCounter`
 * counts LF only.
 */
export function parseYamlText(rawText: string, options: ParseOptions): ParsedText {
  const text = rawText.includes("\r") ? rawText.replace(/\r(?!\n)/g, "\n") : rawText;
  const control = controlCharacterProblem(text);
  if (control) return unparsed(text, control);
  const maxTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS;
  // Every token takes at least one character, so only a text longer than the limit can exceed it.
  if (text.length > maxTokens && exceedsTokenCount(text, maxTokens)) {
    return unparsed(text, {
      kind: "limit",
      message: `file has more than ${maxTokens} YAML tokens (limits.maxTokensPerFile); it was not parsed, so split it or add it to exclude`,
      range: FILE_START,
    });
  }

  const maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
  const deep = deepNestingOffset(text, MAX_NESTING_DEPTH);
  if (deep >= 0) {
    return unparsed(text, {
      kind: "limit",
      message: `cannot parse YAML: nesting is too deep (more than ${MAX_NESTING_DEPTH} levels of indentation, "- " items and [ or { here, far beyond any manifest); it was not parsed, so flatten it or add the file to exclude`,
      range: rangeOfOffsets(lineStartsOf(text), deep, deep + 1),
    });
  }

  const first = parseOnce(text, maxAliasCount);
  if (first.problems.length === 0 || first.problems[0]!.kind !== "syntax") return limitDocuments(first, options);

  const repaired = reindentWithShifts(text);
  if (repaired.columnShifts.size > 0) {
    const second = parseOnce(repaired.text, maxAliasCount);
    if (second.problems.length === 0) {
      // Keep the original text for display; line numbers are unchanged by the repair, and
      // Workspace.rangeOfOffsets undoes the column shifts.
      return limitDocuments({ ...second, text, parsedText: second.text, recovered: true, columnShifts: repaired.columnShifts }, options);
    }
  }
  return limitDocuments(first, options);
}

/**
 * Nesting that the pre-check refuses. The parser recurses per level and overflows its stack a few
 * hundred levels further (600 to 1,000 levels on Node 20, depending on the JIT). Near that point V8
 * can also fail to compile a regular expression and abort the process, which no catch can handle:
 * a file nested 10,005 levels and then one nested 5,007 levels crashed the lint. So nothing deeper
 * than this reaches the parser.
 */
export const MAX_NESTING_DEPTH = 400;

/**
 * Returns the offset where the nesting depth may first exceed `limit`, or -1. The estimate errs
 * high: a line's indentation, plus two for each leading "- " or "? " indicator, plus the [ and { still
 * open at that point, outside comments and quoted scalars. Brackets in plain scalars count too, so a
 * rare legitimate file can be refused rather than a deep one let through.
 */
export function deepNestingOffset(text: string, limit: number): number {
  const length = text.length;
  let flow = 0;
  let index = 0;
  while (index < length) {
    // Indentation and compact indicators at the start of the line.
    let depth = 0;
    while (index < length && text.charCodeAt(index) === 0x20) {
      index++;
      depth++;
    }
    if (text.startsWith("---", index) || text.startsWith("...", index)) flow = 0;
    while (index + 1 < length && (text[index] === "-" || text[index] === "?") && (text[index + 1] === " " || text[index + 1] === "\t")) {
      index += 2;
      depth += 2;
      while (index < length && text.charCodeAt(index) === 0x20) index++;
    }
    // A blank or comment-only line nests nothing, however far it is indented.
    const first = text[index];
    if (depth + flow > limit && first !== undefined && first !== "\n" && first !== "\r" && first !== "#") return index;

    // The rest of the line: count flow brackets, skip comments and quoted scalars.
    let tokenStart = true;
    while (index < length && text[index] !== "\n") {
      const char = text[index]!;
      if (char === "#" && (tokenStart || text[index - 1] === " " || text[index - 1] === "\t")) {
        while (index < length && text[index] !== "\n") index++;
        break;
      }
      if ((char === '"' || char === "'") && tokenStart) {
        index = skipQuoted(text, index);
        tokenStart = false;
        continue;
      }
      if (char === "[" || char === "{") {
        flow++;
        if (depth + flow > limit) return index;
      } else if ((char === "]" || char === "}") && flow > 0) {
        flow--;
      }
      // A quoted scalar starts a token only after an indicator or white space.
      tokenStart = char === " " || char === "\t" || char === "[" || char === "{" || char === "," || char === ":" || char === "-" || char === "?";
      index++;
    }
    index++;
  }
  return -1;
}

/** Returns the offset after the quoted scalar that starts at `start`, or the text's end when it is not closed. */
function skipQuoted(text: string, start: number): number {
  const quote = text[start];
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index];
    if (quote === '"' && char === "\\") {
      index++;
    } else if (char === quote) {
      if (quote === "'" && text[index + 1] === "'") index++;
      else return index + 1;
    }
  }
  return text.length;
}

// The YAML 1.1 printable set (production c-printable). go-yaml's reader, and so kubectl, rejects a
// file with any other character ("control characters are not allowed", gopkg.in/yaml.v2 readerc.go).
const NON_PRINTABLE = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** Finds the first character outside YAML's printable set and describes it as a syntax problem. */
function controlCharacterProblem(text: string): FileProblem | undefined {
  const match = NON_PRINTABLE.exec(text);
  if (!match) return undefined;

  const lineStarts = lineStartsOf(text);
  const codePoint = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return {
    kind: "syntax",
    message: `file contains the control character U+${codePoint}, which kubectl rejects; remove it, or write it as an escape such as "\\u${codePoint}" inside a double-quoted string`,
    range: rangeOfOffsets(lineStarts, match.index, match.index + match[0].length),
  };
}

/**
 * True when the file has more than `limit` lexer tokens other than white space and comments. The
 * lexer streams its tokens, so this check needs no memory beyond the text, and it stops at the limit.
 */
function exceedsTokenCount(text: string, limit: number): boolean {
  let count = 0;
  for (const token of new Lexer().lex(text)) {
    // Tokens starting below U+0021 are white space, line breaks or the lexer's own markers.
    const first = token.charCodeAt(0);
    if (first <= 0x20 || first === 0x23) continue;
    count++;
    if (count > limit) return true;
  }
  return false;
}

/** Builds the result for a file that is not parsed: no documents, one problem, working positions. */
function unparsed(text: string, problem: FileProblem): ParsedText {
  return { text, lineStarts: lineStartsOf(text), documents: [], problems: [problem], recovered: false };
}

function parseOnce(text: string, maxAliasCount: number): ParsedText {
  const lineStarts = lineStartsOf(text);
  let parsed: Document.Parsed[];
  let documents: YDocument[];
  try {
    // uniqueKeys is off because the package compares every key with every earlier key of its
    // mapping: a mapping of 260,000 keys took more than ten minutes. convertDocument does the same
    // check in linear time.
    parsed = parseAllDocuments(text, {
      version: "1.1",
      prettyErrors: false,
      uniqueKeys: false,
    }) as Document.Parsed[];
    documents = parsed.map((document) => convertDocument(document, text, maxAliasCount));
  } catch (error) {
    // The composer recurses per nesting level, so a deeply nested flow collection overflows the stack.
    const reason = error instanceof RangeError ? "nesting is too deep to parse" : (error as Error).message;
    return {
      text,
      lineStarts,
      documents: [],
      problems: [{ kind: "limit", message: `cannot parse YAML: ${reason}`, range: FILE_START }],
      recovered: false,
    };
  }

  const problems: FileProblem[] = [];
  for (const document of parsed) {
    for (const error of document.errors) {
      if (error.code === "RESOURCE_EXHAUSTION") {
        // The composer recurses per nesting level and reports a stack overflow under this code.
        problems.push({
          kind: "limit",
          message: "cannot parse YAML: nesting is too deep (the parser stops at several hundred levels, far beyond any manifest); flatten this value",
          range: rangeOfOffsets(lineStarts, error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)),
        });
        continue;
      }
      // One mistake often trips several parser errors at one spot; the first names it best.
      const problem = describeYamlError(text, lineStarts, error.code, error.message, error.pos);
      const previous = problems.at(-1);
      if (previous && previous.range.line === problem.range.line && previous.range.column === problem.range.column) continue;
      problems.push(problem);
    }
  }
  return { text, lineStarts, documents, problems, recovered: false };
}

function limitDocuments(parsed: ParsedText, options: ParseOptions): ParsedText {
  if (parsed.documents.length <= options.maxDocuments) return parsed;
  const kept = parsed.documents.slice(0, options.maxDocuments);
  const firstDropped = parsed.documents[options.maxDocuments]!;
  return {
    ...parsed,
    documents: kept,
    problems: [
      ...parsed.problems,
      {
        kind: "limit",
        message: `file has ${parsed.documents.length} documents, above the limit of ${options.maxDocuments} (limits.maxDocumentsPerFile); documents after the limit were not linted`,
        range: rangeOfOffsets(parsed.lineStarts, firstDropped.range[0], firstDropped.range[0] + 1),
      },
    ],
  };
}

function describeYamlError(text: string, lineStarts: readonly number[], code: string, message: string, pos: [number, number]): FileProblem {
  const range = rangeOfOffsets(lineStarts, pos[0], Math.max(pos[1], pos[0] + 1));

  if (code === "DUPLICATE_KEY") {
    const key = /^\s*["']?([^"':\n]*)/.exec(text.slice(pos[0], pos[0] + 200))?.[1]?.trim() ?? "";
    return { kind: "syntax", message: `duplicate key "${key}" in one mapping: strict field validation rejects the file and lenient decoders keep only one of the values; remove the duplicate`, range };
  }

  if (code === "MISSING_CHAR" && /quote/.test(message)) {
    const opening = findUnclosedQuote(text, pos[0]);
    if (opening !== undefined) {
      const quote = text[opening]!;
      return {
        kind: "syntax",
        message: `quoted string opened with ${quote} is never closed; add the closing ${quote}`,
        range: rangeOfOffsets(lineStarts, opening, opening + 1),
      };
    }
  }

  const firstLine = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
  const hint = INDENTATION_CODES.has(code) ? "; check the indentation of this line and the next against their parent key" : "";
  return { kind: "syntax", message: `${firstLine.charAt(0).toLowerCase()}${firstLine.slice(1)}${hint}`, range };
}

// Parser errors whose usual cause is a line indented one or two spaces off.
const INDENTATION_CODES = new Set(["BAD_INDENT", "BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY"]);

/** Lines that open a quoted scalar and do not close it, in order, for one text. */
interface UnclosedQuotes {
  text: string;
  lineStarts: number[];
  quoteOffsets: number[];
}

// One linear scan per text, shared by all its errors: scanning from the start of the file for every
// error took 25 s on a file of 20,000 documents with one unclosed quote each.
let unclosedQuoteCache: UnclosedQuotes | undefined;

/** Offset of the last quote on a line starting before `limit` that opens a scalar and is not closed on its line. */
function findUnclosedQuote(text: string, limit: number): number | undefined {
  if (unclosedQuoteCache?.text !== text) unclosedQuoteCache = scanUnclosedQuotes(text);
  const { lineStarts, quoteOffsets } = unclosedQuoteCache;

  // Binary search for the last line that starts before `limit`.
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (lineStarts[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? undefined : quoteOffsets[low - 1];
}

function scanUnclosedQuotes(text: string): UnclosedQuotes {
  const result: UnclosedQuotes = { text, lineStarts: [], quoteOffsets: [] };
  let lineStart = 0;
  for (;;) {
    const lineEnd = text.indexOf("\n", lineStart);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const line = text.slice(lineStart, end);
    const opening = /(?:^|:\s+|-\s+|^\s+)(["'])/.exec(line);
    if (opening && !line.trimStart().startsWith("#")) {
      const quoteIndex = opening.index + opening[0].length - 1;
      if (!closesQuote(line.slice(quoteIndex + 1), opening[1]!)) {
        result.lineStarts.push(lineStart);
        result.quoteOffsets.push(lineStart + quoteIndex);
      }
    }
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }
  return result;
}

export function rangeOfOffsets(lineStarts: readonly number[], start: number, end: number): Range {
  const from = linePos(lineStarts, start);
  const to = linePos(lineStarts, Math.max(end, start));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/**
 * go-yaml (and so kubectl, Kustomize and Argo CD) accepts a multi-line quoted scalar whose
 * continuation lines are not indented past their key, as in Multus's examples/sriov-pod.yml. The
 * `yaml` package rejects it. Indenting those continuation lines keeps the scalar's value (flow
 * scalars fold line breaks and strip leading spaces) and keeps every line number.
 */
export function reindentQuotedContinuations(text: string): string {
  return reindentWithShifts(text).text;
}

/** Re-indents as `reindentQuotedContinuations` does and returns how many columns each changed line (1-based) moved right. */
export function reindentWithShifts(text: string): { text: string; columnShifts: Map<number, number> } {
  const lines = text.split("\n");
  const columnShifts = new Map<number, number>();

  for (let index = 0; index < lines.length; index++) {
    const opening = /^(\s*)(?:-\s+)?[^\s#'"][^#'"]*?:\s+(['"])(.*)$/.exec(lines[index]!);
    if (!opening) continue;
    const quote = opening[2]!;
    if (closesQuote(opening[3]!, quote)) continue;

    const indent = " ".repeat(opening[1]!.length + 2);
    for (let next = index + 1; next < lines.length; next++) {
      const line = lines[next]!;
      if (line.trim() !== "" && !line.startsWith(indent)) {
        const stripped = line.replace(/^\s+/, "");
        lines[next] = indent + stripped;
        columnShifts.set(next + 1, indent.length - (line.length - stripped.length));
      }
      if (closesQuote(line, quote)) {
        index = next;
        break;
      }
    }
  }
  return columnShifts.size > 0 ? { text: lines.join("\n"), columnShifts } : { text, columnShifts };
}

function closesQuote(rest: string, quote: string): boolean {
  for (let index = 0; index < rest.length; index++) {
    const char = rest[index];
    if (quote === '"' && char === "\\") {
      index++;
      continue;
    }
    if (char !== quote) continue;
    if (quote === "'" && rest[index + 1] === "'") {
      index++;
      continue;
    }
    return true;
  }
  return false;
}
