// Parses YAML text the way the engine does and returns the model node at a path, for unit tests of
// code that reads nodes (offset maps, position mapping).
import assert from "node:assert/strict";
import { parseYamlText } from "../../src/workspace/parse.js";
import { linePos, mapGet, type YNode } from "../../src/workspace/yaml-model.js";

export interface ParsedNode {
  node: YNode;
  /** The text offsets refer to. */
  text: string;
  linePos(offset: number): { line: number; col: number };
}

/** Parses `text` and returns the node at the mapping path `path` of its first document. */
export function nodeAtPath(text: string, path: readonly string[]): ParsedNode {
  const parsed = parseYamlText(text, { maxDocuments: 100 });
  let node: YNode | undefined = parsed.documents[0]?.contents ?? undefined;
  for (const key of path) node = mapGet(node, key);
  assert.ok(node, `no node at ${path.join(".")} in ${JSON.stringify(text)}`);
  return { node, text: parsed.parsedText ?? parsed.text, linePos: (offset) => linePos(parsed.lineStarts, offset) };
}
