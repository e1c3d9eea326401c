// Checks a kubeconfig before the live phase. Uses only `yaml`, so the front ends can call it
// without loading @kubernetes/client-node. No message here quotes the kubeconfig's content: parse
// errors give a line number, never a snippet.
import { parseDocument } from "yaml";

export interface KubeconfigSummary {
  contexts: string[];
  currentContext?: string;
}

/**
 * Validates a kubeconfig's shape and the chosen context. Returns a problem as a message that names
 * `source` (a path or "the kubeconfig input"), or the summary when it is usable.
 */
export function checkKubeconfig(text: string, source: string, context?: string): { problem: string } | { summary: KubeconfigSummary } {
  const read = readKubeconfig(text, source);
  return "problem" in read ? read : checkKubeconfigValue(read.value, source, context);
}

/**
 * Validates kubeconfig files merged as kubectl merges the files in KUBECONFIG (see
 * `mergeKubeconfigs`). A file that is not a kubeconfig is named on its own, and a problem of the
 * merged view names `source`.
 */
export function checkKubeconfigFiles(
  files: readonly { text: string; source: string }[],
  source: string,
  context?: string,
): { problem: string } | { summary: KubeconfigSummary } {
  const values: Record<string, unknown>[] = [];
  for (const file of files) {
    const read = readKubeconfig(file.text, file.source);
    if ("problem" in read) return read;
    values.push(read.value);
  }
  return checkKubeconfigValue(mergeKubeconfigs(values), source, context);
}

/**
 * Merges kubeconfigs the way kubectl merges the files listed in KUBECONFIG. The first file to set a
 * value or a named entry wins, and a later entry of the same name is dropped whole. So the first
 * file that sets current-context chooses the context. The live client applies the same rule to
 * client-node objects (`loadKubeconfigs` in client.ts), whose relative paths are resolved per file.
 */
export function mergeKubeconfigs(values: readonly Record<string, unknown>[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const value of values) {
    for (const [key, field] of Object.entries(value)) {
      if (NAMED_LISTS.has(key)) {
        const list = Array.isArray(merged[key]) ? (merged[key] as unknown[]) : [];
        const names = new Set(namedEntries(list).map((entry) => entry.name));
        for (const entry of Array.isArray(field) ? field : []) {
          const name = isRecord(entry) && typeof entry.name === "string" ? entry.name : undefined;
          if (name !== undefined && names.has(name)) continue;
          if (name !== undefined) names.add(name);
          list.push(entry);
        }
        merged[key] = list;
      } else if (merged[key] === undefined || merged[key] === "" || merged[key] === null) {
        merged[key] = field;
      }
    }
  }
  return merged;
}

const NAMED_LISTS = new Set(["clusters", "users", "contexts"]);

function readKubeconfig(text: string, source: string): { problem: string } | { value: Record<string, unknown> } {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) {
    const line = lineOf(text, document.errors[0]!.pos[0]);
    return { problem: `${source} is not valid YAML (line ${line}): pass a kubeconfig file as kubectl writes it` };
  }

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch {
    return { problem: `${source} expands too many YAML aliases: pass a kubeconfig file as kubectl writes it` };
  }
  // client-go loads an empty file as an empty kubeconfig, which matters in a KUBECONFIG list.
  if (value === null || value === undefined) return { value: {} };
  if (!isRecord(value)) return { problem: `${source} is not a kubeconfig (expected a mapping with clusters, users and contexts)` };
  return { value };
}

function checkKubeconfigValue(value: Record<string, unknown>, source: string, context?: string): { problem: string } | { summary: KubeconfigSummary } {
  const contexts = namedEntries(value.contexts);
  const clusters = namedEntries(value.clusters);
  if (clusters.length === 0) return { problem: `${source} lists no clusters: add one under "clusters"` };
  if (contexts.length === 0) return { problem: `${source} lists no contexts: add one under "contexts"` };

  const currentContext = typeof value["current-context"] === "string" && value["current-context"] !== "" ? value["current-context"] : undefined;
  const chosen = context ?? currentContext;
  const names = contexts.map((entry) => entry.name);
  if (chosen === undefined) return { problem: `${source} sets no current-context: pass --context with one of ${quoteList(names)}` };
  const entry = contexts.find((candidate) => candidate.name === chosen);
  if (!entry) return { problem: `context "${chosen}" is not in ${source}: use one of ${quoteList(names)}` };

  const clusterName = isRecord(entry.value.context) ? entry.value.context.cluster : undefined;
  const cluster = clusters.find((candidate) => candidate.name === clusterName);
  if (!cluster) return { problem: `context "${chosen}" in ${source} names cluster "${String(clusterName ?? "")}", which is not under "clusters"` };
  const server = isRecord(cluster.value.cluster) ? cluster.value.cluster.server : undefined;
  if (typeof server !== "string" || server === "") return { problem: `cluster "${cluster.name}" in ${source} has no server URL: set clusters[].cluster.server` };

  // A context without a user sends anonymous requests, on purpose. One that names a user the file
  // lacks would send them by mistake, and client-go's validation reports it as "not found".
  const userName = isRecord(entry.value.context) ? entry.value.context.user : undefined;
  if (typeof userName === "string" && userName !== "" && !namedEntries(value.users).some((candidate) => candidate.name === userName)) {
    return { problem: `context "${chosen}" in ${source} names user "${userName}", which is not under "users": add the user or fix the name` };
  }

  return { summary: { contexts: names, currentContext } };
}

/** Names kubeconfig files in messages: one file by its path, a KUBECONFIG list by all of them. */
export function describeKubeconfigPaths(paths: readonly string[]): string {
  if (paths.length === 1) return `kubeconfig "${paths[0]}"`;
  return `the kubeconfig merged from KUBECONFIG (${paths.map((path) => `"${path}"`).join(", ")})`;
}

/** Returns whether a kubeconfig file sets nothing (empty, or comments only), so it counts as an empty kubeconfig. */
export function isEmptyKubeconfig(text: string): boolean {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  return document.errors.length === 0 && (document.contents === null || document.toJS() === null);
}

/** Describes an error thrown while loading a kubeconfig or its credentials, without its content. */
export function describeKubeconfigError(error: unknown): string {
  const name = (error as { name?: string }).name ?? "";
  // js-yaml (used by @kubernetes/client-node) puts a snippet of the text into its messages.
  if (name === "YAMLException") {
    const mark = (error as { mark?: { line?: number } }).mark;
    return `it is not valid YAML${mark?.line !== undefined ? ` (line ${mark.line + 1})` : ""}`;
  }
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "a file it names does not exist";
  if (code === "EACCES") return "a file it names is not readable";
  const message = error instanceof Error ? error.message.split("\n")[0]! : "";
  // Messages of client-node's own checks name fields ("clusters[0].cluster.server is missing"), so
  // they are kept. Anything long enough to carry a value from the file or a plugin's output is dropped.
  if (message.length > 0 && message.length <= 120 && !/[:=]\s*\S{24,}/.test(message)) return message.charAt(0).toLowerCase() + message.slice(1);
  return "its credentials could not be loaded";
}

interface NamedEntry {
  name: string;
  value: Record<string, unknown>;
}

function namedEntries(list: unknown): NamedEntry[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).filter((entry) => typeof entry.name === "string").map((entry) => ({ name: entry.name as string, value: entry }));
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index++) if (text.charCodeAt(index) === 10) line++;
  return line;
}

function quoteList(names: string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
