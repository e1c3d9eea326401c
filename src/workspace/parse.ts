// Reads one file and parses it into YAML documents with positions. Never throws: every problem
// becomes a `FileProblem` that the yaml/syntax or repo rules report.
import { openSync, readSync, closeSync, fstatSync, constants } from "node:fs";
import { LineCounter, parseAllDocuments, type Document } from "yaml";
import type { Range } from "../types.js";

export interface FileProblem {
  kind: "syntax" | "unreadable" | "limit";
  message: string;
  range: Range;
}

export interface ParsedText {
  text: string;
  lineCounter: LineCounter;
  documents: Document.Parsed[];
  problems: FileProblem[];
  /** The file parsed only after re-indenting under-indented quoted scalars, as go-yaml accepts them. */
  recovered: boolean;
}

const FILE_START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export type ReadResult = { ok: true; text: string } | { ok: false; problem: FileProblem };

/**
 * Reads a regular file as text, refusing anything larger than `maxBytes`. Opens with O_NONBLOCK so
 * a FIFO swapped in after discovery cannot block, and decodes UTF-8 (with or without BOM) and
 * UTF-16 with a BOM; invalid UTF-8 and binary content become a problem instead of mojibake.
 */
export function readTextFile(absolutePath: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return unreadable(`cannot read file: ${describeFsError(error)}`);
  }

  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return unreadable("not a regular file; skipped");
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
  // so the answer is accurate to within one character, which is all a position needs.
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
}

/**
 * Parses YAML text into documents as YAML 1.1, which is how Kubernetes decodes manifests. Lone CR
 * line breaks are turned into LF first (same length, so offsets stay valid) because `LineCounter`
 * counts LF only.
 */
export function parseYamlText(rawText: string, options: ParseOptions): ParsedText {
  const text = rawText.includes("\r") ? rawText.replace(/\r(?!\n)/g, "\n") : rawText;
  const first = parseOnce(text);
  if (first.problems.length === 0 || first.problems[0]!.kind !== "syntax") return limitDocuments(first, options);

  const repaired = reindentQuotedContinuations(text);
  if (repaired !== text) {
    const second = parseOnce(repaired);
    if (second.problems.length === 0) {
      // Keep the original text for display; line numbers are unchanged by the repair.
      return limitDocuments({ ...second, text, recovered: true }, options);
    }
  }
  return limitDocuments(first, options);
}

function parseOnce(text: string): ParsedText {
  const lineCounter = new LineCounter();
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, {
      lineCounter,
      version: "1.1",
      prettyErrors: false,
      keepSourceTokens: true,
    }) as Document.Parsed[];
  } catch (error) {
    // The composer recurses per nesting level, so a deeply nested flow collection overflows the stack.
    const reason = error instanceof RangeError ? "nesting is too deep to parse" : (error as Error).message;
    return {
      text,
      lineCounter,
      documents: [],
      problems: [{ kind: "limit", message: `cannot parse YAML: ${reason}`, range: FILE_START }],
      recovered: false,
    };
  }

  const problems: FileProblem[] = [];
  for (const document of documents) {
    for (const error of document.errors) {
      problems.push({
        kind: "syntax",
        message: describeYamlError(error.code, error.message),
        range: rangeOfOffsets(lineCounter, error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)),
      });
    }
  }
  return { text, lineCounter, documents, problems, recovered: false };
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
        range: rangeOfOffsets(parsed.lineCounter, firstDropped.range[0], firstDropped.range[0] + 1),
      },
    ],
  };
}

function describeYamlError(code: string, message: string): string {
  const firstLine = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  if (code === "DUPLICATE_KEY") return `${firstLine.replace(/\.$/, "")}: Kubernetes keeps only one of them; remove the duplicate`;
  const text = firstLine.charAt(0).toLowerCase() + firstLine.slice(1);
  return text.replace(/\.$/, "");
}

export function rangeOfOffsets(lineCounter: LineCounter, start: number, end: number): Range {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(end, start));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/**
 * go-yaml (and so kubectl, Kustomize and Argo CD) accepts a multi-line quoted scalar whose
 * continuation lines are not indented past their key, as in Multus's examples/sriov-pod.yml. The
 * `yaml` package rejects it. Indenting those continuation lines keeps the scalar's value (flow
 * scalars fold line breaks and strip leading spaces) and keeps every line number.
 */
export function reindentQuotedContinuations(text: string): string {
  const lines = text.split("\n");
  let changed = false;

  for (let index = 0; index < lines.length; index++) {
    const opening = /^(\s*)(?:-\s+)?[^\s#'"][^#'"]*?:\s+(['"])(.*)$/.exec(lines[index]!);
    if (!opening) continue;
    const quote = opening[2]!;
    if (closesQuote(opening[3]!, quote)) continue;

    const indent = " ".repeat(opening[1]!.length + 2);
    for (let next = index + 1; next < lines.length; next++) {
      const line = lines[next]!;
      if (line.trim() !== "" && !line.startsWith(indent)) {
        lines[next] = indent + line.replace(/^\s+/, "");
        changed = true;
      }
      if (closesQuote(line, quote)) {
        index = next;
        break;
      }
    }
  }
  return changed ? lines.join("\n") : text;
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
