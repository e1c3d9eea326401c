// The form a file's parse travels in between threads and is kept in the cache: the plain values
// and positions every lint needs, with the node trees serialised into one buffer. Most files never
// need their nodes (a lint reads values, and positions only for findings), so the main thread
// decodes a file's nodes only when something first reads a document's `contents`. That keeps the
// copy from a worker, and a warm run's cache read, to a fraction of the full model.
import { deserialize, serialize } from "node:v8";
import { defineLazy } from "../lazy.js";
import type { ParsedText } from "./parse.js";
import type { YDocument, YNode } from "./yaml-model.js";

export interface PackedParse extends Omit<ParsedText, "text" | "documents"> {
  documents: Omit<YDocument, "contents">[];
  /** `documents.map((document) => document.contents)`, serialised with node:v8. */
  nodes: Uint8Array;
}

/** Packs a parse, leaving out its text. */
export function packParse(parsed: ParsedText): PackedParse {
  const { text: _text, documents, ...rest } = parsed;
  const plain: Omit<YDocument, "contents">[] = documents.map(({ contents: _contents, ...document }) => document);
  return { ...rest, documents: plain, nodes: serialize(documents.map((document) => document.contents)) };
}

/** Rebuilds a parse from its packed form and its text; node trees decode on first read. */
export function unpackParse(text: string, packed: PackedParse): ParsedText {
  const { nodes, documents: plain, ...rest } = packed;
  let decoded: (YNode | null)[] | undefined;
  const documents = plain.map((entry, index) => {
    const document = { ...entry } as YDocument;
    defineLazy(document, "contents", () => {
      decoded ??= decodeNodes(nodes, plain.length);
      return decoded[index] ?? null;
    });
    return document;
  });
  return { ...rest, text, documents };
}

function decodeNodes(nodes: Uint8Array, count: number): (YNode | null)[] {
  const value = deserialize(nodes) as unknown;
  // A cache that passed its digest check still cannot crash the lint with a wrong shape.
  return Array.isArray(value) && value.length === count ? (value as (YNode | null)[]) : new Array(count).fill(null);
}
