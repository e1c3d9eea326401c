// The form a file's parse travels in between threads and is kept in the cache: the values,
// problems and line starts every lint needs, without the node trees. Most files never need their
// nodes (a lint reads values, and positions only for findings), so a document's `contents` is
// rebuilt on first read by parsing the file's text again, which gives the same nodes because
// parsing is a function of the text and the options. That keeps the copy from a worker, and a
// warm run's cache, to a fraction of the full model.
import { defineLazy } from "../lazy.js";
import { parseYamlText, type ParsedText, type ParseOptions } from "./parse.js";
import type { YDocument, YNode } from "./yaml-model.js";

export interface PackedParse extends Omit<ParsedText, "text" | "documents"> {
  documents: Omit<YDocument, "contents">[];
}

/** Packs a parse, leaving out its text and node trees. */
export function packParse(parsed: ParsedText): PackedParse {
  const { text: _text, documents, ...rest } = parsed;
  return { ...rest, documents: documents.map(({ contents: _contents, ...document }) => document) };
}

/**
 * Rebuilds a parse from its packed form and its text. `options` must be the ones the text was
 * parsed with; node trees are parsed again from the text when something first reads them.
 */
export function unpackParse(text: string, packed: PackedParse, options: ParseOptions): ParsedText {
  const { documents: plain, ...rest } = packed;
  let nodes: (YNode | null)[] | undefined;
  const documents = plain.map((entry, index) => {
    const document = { ...entry } as YDocument;
    defineLazy(document, "contents", () => {
      nodes ??= parseYamlText(text, options).documents.map((parsed) => parsed.contents);
      return nodes[index] ?? null;
    });
    return document;
  });
  return { ...rest, text, documents };
}
