// The form a file's parse travels in between threads and is kept in the cache: the values,
// problems and line starts every lint needs, and node trees only where a lint needed them. Most
// files never need their nodes (a lint reads values, and positions only for findings), so a
// document's `contents` is decoded, or parsed again from the file's text, on first read. Parsing
// again gives the same nodes because parsing is a function of the text and the options. That keeps
// the copy from a worker, and a warm run's cache, to a fraction of the full model.
import { deserialize, serialize } from "node:v8";
import { defineLazy } from "../lazy.js";
import { parseYamlText, type FileProblem, type ParsedText, type ParseOptions } from "./parse.js";
import { markersIn, type TextMarker } from "./workspace.js";
import type { YDocument, YNode } from "./yaml-model.js";

export interface PackedParse extends Omit<ParsedText, "text" | "documents"> {
  documents: Omit<YDocument, "contents">[];
  /** The text markers the text contains, recorded so that a lint which skips reading the text still has them. */
  mentions: TextMarker[];
  /** The documents' node trees, serialised with node:v8; kept for files whose positions a lint needed. */
  nodes?: Uint8Array;
}

/** What every lint reads from a file's parse, kept apart in the cache so that an unchanged file is not decoded. */
export interface ParseSummary {
  mentions: TextMarker[];
  /** The problems the parse found; a lint adds its own to a copy. */
  problems: FileProblem[];
  recovered: boolean;
  documents: number;
}

/** One Kubernetes object as extraction found it: enough to index it without the file's values. */
export interface ObjectFact {
  documentIndex: number;
  /** For an item of `kind: List`, its index in `items`. */
  itemIndex?: number;
  apiVersion: string;
  kind: string;
  name: string;
  declaredNamespace?: string;
  /** The object carries a `plumbline.dev/ignore` annotation. */
  ignoreAnnotation?: true;
  /**
   * The object's value, kept for Argo CD's kinds only: every lint models the Applications, and
   * reading their values from here spares it decoding 2,000 files at 2,000 apps.
   */
  value?: Record<string, unknown>;
}

/** What extracting a manifest's objects found, so that a warm run indexes them without decoding the file. */
export interface ObjectFacts {
  objects: ObjectFact[];
  /** Problems that reading the documents' values added, such as an alias bomb. */
  problems: FileProblem[];
}

export function summaryOf(parse: Pick<ParsedText, "problems" | "recovered" | "documents">, mentions: TextMarker[]): ParseSummary {
  return { mentions, problems: parse.problems, recovered: parse.recovered, documents: parse.documents.length };
}

/** A parse rebuilt from its packed form, and what became of its node trees. */
export interface UnpackedParse {
  parsed: ParsedText;
  /** The packed node trees when the lint read them, so a cache can keep them for the next run; undefined when nothing read them. */
  usedNodes(): Uint8Array | undefined;
}

/** Packs a parse, leaving out its text and node trees. */
export function packParse(parsed: ParsedText): PackedParse {
  const { text, documents, ...rest } = parsed;
  return { ...rest, documents: documents.map(({ contents: _contents, ...document }) => document), mentions: markersIn(text) };
}

/**
 * Rebuilds a parse from its packed form and its text, or a function that reads the text when first
 * asked. `options` must be the ones the text was parsed with. On first read, node trees come from
 * `packed.nodes`, else from parsing the text again.
 */
export function unpackParse(source: string | (() => string), packed: PackedParse, options: ParseOptions): UnpackedParse {
  const { documents: plain, nodes: packedNodes, mentions: _mentions, ...rest } = packed;
  const text = typeof source === "string" ? () => source : source;
  let nodes: (YNode | null)[] | undefined;
  let fromPacked = false;
  const load = (): (YNode | null)[] => {
    if (nodes) return nodes;
    const decoded = packedNodes ? decodeNodes(packedNodes, plain.length) : undefined;
    fromPacked = decoded !== undefined;
    nodes = decoded ?? parseYamlText(text(), options).documents.map((parsed) => parsed.contents);
    return nodes;
  };

  const documents = plain.map((entry, index) => {
    const document = { ...entry } as YDocument;
    defineLazy(document, "contents", () => load()[index] ?? null);
    return document;
  });
  const parsed = { ...rest, documents } as ParsedText;
  if (typeof source === "string") parsed.text = source;
  else defineLazy(parsed, "text", source);
  return {
    parsed,
    usedNodes: () => (nodes === undefined ? undefined : fromPacked ? packedNodes : serialize(nodes)),
  };
}

/** Decodes packed node trees; undefined when they are not an array of one entry per document. */
function decodeNodes(packed: Uint8Array, count: number): (YNode | null)[] | undefined {
  try {
    const value = deserialize(packed) as unknown;
    return Array.isArray(value) && value.length === count ? (value as (YNode | null)[]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when JSON gives back what node:v8 would: only plain objects, arrays without holes,
 * strings, finite numbers other than -0, booleans and null, and no key `__proto__`, which
 * JSON.parse makes an own property where the parse has none.
 */
export function isJsonExact(value: unknown): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object": {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index++) {
          if (!(index in value) || !isJsonExact(value[index])) return false;
        }
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      for (const key in value) {
        if (key === "__proto__" || !isJsonExact((value as Record<string, unknown>)[key])) return false;
      }
      return true;
    }
    default:
      return false;
  }
}
