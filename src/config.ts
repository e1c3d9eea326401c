// Loads and validates `.plumbline.yaml`. Every problem becomes a UsageError that names the file,
// the line and the key, so the CLI can print one line and exit 2.
import { existsSync } from "node:fs";
import { join, resolve, relative } from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv";
import { validators } from "./generated/config-validator.js";
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from "yaml";
import configSchema from "../schemas/config.schema.json" with { type: "json" };
import { UsageError } from "./errors.js";
import { readTextFile, readTextFileInsideRoot } from "./workspace/parse.js";
import type { Severity } from "./types.js";

export type RuleSetting = Severity | "off";

export interface Limits {
  maxFileBytes: number;
  maxDocumentsPerFile: number;
  maxJsonDepth: number;
  maxAliasCount: number;
  maxAnnotationBytes: number;
  maxTokensPerFile: number;
}

export interface Config {
  exclude: string[];
  repoURLs: string[];
  argocd: {
    namespace: string;
    applicationNamespaces: string[];
    rootApps: string[];
    projects: string[];
  };
  cluster: {
    profile: "generic" | "kind" | "docker-desktop";
    cniPlugins?: string[];
    cniVersionMax?: string;
    multusNamespace: string;
    namespaceIsolation: boolean;
    globalNamespaces: string[];
  };
  externalNetworks: string[];
  rules: Record<string, RuleSetting>;
  limits: Limits;
  /** Path of the config file relative to the root, when one was read. */
  source?: string;
}

export const CONFIG_FILE_NAME = ".plumbline.yaml";

const MAX_CONFIG_BYTES = 1024 * 1024;

// Generous bounds: a real repository meets none of them, a hostile file hits one long before it
// exhausts time or memory.
export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxDocumentsPerFile: 20_000,
  maxJsonDepth: 200,
  maxAliasCount: 1_000,
  maxAnnotationBytes: 256 * 1024,
  // A lint costs about 0.7 KB of memory per token, so this bounds one file near 0.7 GB.
  maxTokensPerFile: 1_000_000,
};

export function defaultConfig(): Config {
  return {
    exclude: [],
    repoURLs: [],
    argocd: { namespace: "argocd", applicationNamespaces: [], rootApps: [], projects: [] },
    cluster: {
      profile: "generic",
      multusNamespace: "kube-system",
      namespaceIsolation: false,
      globalNamespaces: ["default"],
    },
    externalNetworks: [],
    rules: {},
    limits: { ...DEFAULT_LIMITS },
  };
}

function validator(): ValidateFunction {
  // Compiled ahead of time by scripts/compile-schemas.ts, so start-up does not run the ajv compiler.
  return validators.config as unknown as ValidateFunction;
}

/**
 * Reads the config at `explicitPath` (which must exist) or `.plumbline.yaml` in the root (optional).
 * Rule ids are checked against `knownRuleIds` so a typo in `rules:` is a usage error, not a silent no-op.
 */
export function loadConfig(root: string, explicitPath: string | undefined, knownRuleIds: ReadonlySet<string>, cwd = process.cwd()): Config {
  const path = explicitPath ? resolve(cwd, explicitPath) : join(root, CONFIG_FILE_NAME);
  const displayPath = explicitPath ?? CONFIG_FILE_NAME;

  if (!existsSync(path)) {
    if (explicitPath) throw new UsageError(`config file "${displayPath}" not found: check the --config path`);
    return defaultConfig();
  }

  // The default config is read like a manifest: a regular file inside the root, never through a
  // link that leaves it, and never a FIFO that would block. An explicit --config is the user's choice.
  const read = explicitPath ? readTextFile(path, MAX_CONFIG_BYTES) : readTextFileInsideRoot(root, CONFIG_FILE_NAME, MAX_CONFIG_BYTES);
  // The advice to remove or exclude an unreadable repository file does not fit the config itself.
  if (!read.ok) {
    const fix = explicitPath ? "pass a regular file to --config" : `make ${CONFIG_FILE_NAME} a regular file`;
    const reason = read.problem.message.replace(/; remove it or add it to exclude$/, `; ${fix}`).replace(/ or add it to exclude$/, "");
    throw new UsageError(`cannot read config file "${displayPath}": ${reason}`);
  }
  const text = read.text;

  const lineCounter = new LineCounter();
  // plumbline's own file is read as YAML 1.2, so `nad/unused: off` stays the string "off" (YAML 1.1,
  // which manifests use, would turn it into false).
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new UsageError(`${displayPath}:${line}:${col}: invalid YAML in config: ${first.message.split("\n")[0]}`);
  }

  // An unquoted value that starts with "!" is a YAML tag, and the value after it is empty; the
  // schema would then report an empty string at the end of the line.
  const unknownTag = document.warnings.find((warning) => warning.code === "TAG_RESOLVE_FAILED");
  if (unknownTag) {
    const { line, col } = lineCounter.linePos(unknownTag.pos[0]);
    // A tag ends at white space or, in a flow collection, at a flow indicator.
    const tag = /^![^\s,[\]{}]*/.exec(text.slice(unknownTag.pos[0]))?.[0] ?? "!";
    const inExclude = isSeq(document.get("exclude", true)) && (document.get("exclude", true) as { items: Node[] }).items.some((item) => item.tag === tag);
    const hint = inExclude ? ' exclude patterns have no "!" negation; list only the paths to leave out' : "";
    throw new UsageError(`${displayPath}:${line}:${col}: YAML reads "${tag}" as a tag, not a value; quote it.${hint}`);
  }

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new UsageError(`${displayPath}: invalid config: ${(error as Error).message.replace(/\.$/, "")}`);
  }
  const validate = validator();
  if (!validate(data)) {
    throw new UsageError(describeSchemaError(displayPath, document, lineCounter, validate.errors![0]!));
  }

  const config = mergeWithDefaults(data as Partial<Config>);
  config.source = relative(root, path).split("\\").join("/");

  for (const ruleId of Object.keys(config.rules)) {
    if (knownRuleIds.has(ruleId)) continue;
    const node = document.getIn(["rules", ruleId], true) as Node | undefined;
    const where = positionOf(document, lineCounter, node, ["rules"]);
    const hint = closestName(ruleId, [...knownRuleIds]);
    throw new UsageError(
      `${displayPath}:${where}: unknown rule "${ruleId}" in "rules"${hint ? ` (did you mean "${hint}"?)` : ""}; run plumbline --list-rules for the ids`,
    );
  }

  config.exclude.forEach((written, index) => {
    const where = () => positionOf(document, lineCounter, document.getIn(["exclude", index], true) as Node | undefined, ["exclude"]);
    const pattern = written.length > 120 ? `${written.slice(0, 117)}...` : written;
    // A gitignore habit: `!` re-includes there, but glob patterns have no negation, so the pattern
    // would silently name a path that starts with "!".
    if (written.startsWith("!")) {
      throw new UsageError(`${displayPath}:${where()}: exclude pattern "${pattern}" starts with "!", but exclude has no negation; list only the paths to leave out`);
    }
    // Leading "/" and "./" anchor at the root. Anywhere else, "." and ".." segments are not
    // resolved by the matcher, so a pattern with one would silently match another path or none.
    const segments = written.replace(/^(\.?\/)+/, "").split("/");
    if (segments.every((segment) => segment === "" || segment === ".")) {
      throw new UsageError(`${displayPath}:${where()}: exclude pattern "${pattern}" names the repository root, which is always read; remove it, or name the folders to leave out`);
    }
    if (segments.some((segment) => segment === "." || segment === "..")) {
      throw new UsageError(`${displayPath}:${where()}: exclude pattern "${pattern}" contains a "." or ".." segment; write the path from the root without them`);
    }
  });
  excludeLocations.set(
    config,
    config.exclude.map((_, index) => `${displayPath}:${positionOf(document, lineCounter, document.getIn(["exclude", index], true) as Node | undefined, ["exclude"])}`),
  );

  return config;
}

/** Where each `exclude` pattern of a loaded config is written, as `file:line:column`, for `checkExcludeGlobs`. */
const excludeLocations = new WeakMap<Config, string[]>();

/**
 * Rejects an `exclude` pattern that glob's matcher cannot compile, naming where it is written.
 * Apart from `loadConfig` because glob loads only for a config with `exclude`, and only
 * asynchronously in an ES module.
 */
export async function checkExcludeGlobs(config: Config): Promise<void> {
  if (config.exclude.length === 0) return;
  const { Ignore } = await import("glob");
  config.exclude.forEach((written, index) => {
    try {
      new Ignore([written], { platform: process.platform });
    } catch (error) {
      const pattern = written.length > 120 ? `${written.slice(0, 117)}...` : written;
      const where = excludeLocations.get(config)?.[index] ?? (config.source || CONFIG_FILE_NAME);
      throw new UsageError(`${where}: exclude pattern "${pattern}" is not a valid glob (${(error as Error).message}); fix or remove it`);
    }
  });
}

function mergeWithDefaults(data: Partial<Config>): Config {
  const base = defaultConfig();
  return {
    ...base,
    ...data,
    argocd: { ...base.argocd, ...data.argocd },
    cluster: { ...base.cluster, ...data.cluster },
    limits: { ...base.limits, ...data.limits },
    rules: { ...data.rules },
  };
}

function describeSchemaError(displayPath: string, document: Document, lineCounter: LineCounter, error: ErrorObject): string {
  const path = error.instancePath.split("/").slice(1).map(unescapePointer);
  const keyPath = path.join(".");

  if (error.keyword === "additionalProperties") {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    const allowed = allowedKeysAt(path);
    const hint = closestName(key, allowed);
    const where = positionOf(document, lineCounter, findKeyNode(document, [...path, key]), path);
    const inside = keyPath ? ` in "${keyPath}"` : "";
    return `${displayPath}:${where}: unknown key "${key}"${inside}${hint ? ` (did you mean "${hint}"?)` : ""}; allowed keys: ${allowed.join(", ")}`;
  }

  const node = document.getIn(path, true) as Node | undefined;
  const where = positionOf(document, lineCounter, node, path);
  if (error.keyword === "enum") {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
    const value = document.getIn(path);
    const quoteHint = typeof value === "number" ? ` (write the version in quotes, e.g. "${allowed.at(-2) ?? allowed[0]}")` : "";
    return `${displayPath}:${where}: "${keyPath}" must be one of ${allowed.join(", ")}; got ${JSON.stringify(value)}${quoteHint}`;
  }
  if (error.keyword === "type") {
    const expected = (error.params as { type: string }).type;
    const value = document.getIn(path);
    const got = value === undefined || value === null ? "nothing" : JSON.stringify(value);
    return `${displayPath}:${where}: "${keyPath || "(top level)"}" must be ${TYPE_NAMES[expected] ?? expected}; got ${got}`;
  }
  return `${displayPath}:${where}: "${keyPath || "(top level)"}" ${error.message ?? "is invalid"}`;
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list, e.g. ["a", "b"]',
  object: "a mapping of keys to values",
  string: "a string",
  boolean: "true or false",
  integer: "a whole number",
};

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

function allowedKeysAt(path: string[]): string[] {
  let schema: { properties?: Record<string, unknown> } = configSchema as never;
  for (const segment of path) {
    const next = schema.properties?.[segment] as typeof schema | undefined;
    if (!next) return [];
    schema = next;
  }
  return Object.keys(schema.properties ?? {});
}

function findKeyNode(document: Document, path: string[]): Node | undefined {
  const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === path.at(-1));
  return (pair?.key as Node | undefined) ?? undefined;
}

function positionOf(document: Document, lineCounter: LineCounter, node: Node | undefined, fallbackPath: string[]): string {
  let target: Node | undefined = node;
  if (!target?.range) {
    const fallback = fallbackPath.length ? document.getIn(fallbackPath, true) : document.contents;
    target = isMap(fallback) || isSeq(fallback) ? (fallback as Node) : undefined;
  }
  const offset = target?.range?.[0] ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return `${line}:${col}`;
}

/** Returns the candidate within a small edit distance of `name`, for "did you mean" hints. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Levenshtein distance, O(n·m) time and O(m) memory. With `limit`, stops as soon as the distance
 * cannot be below it and returns `limit`, so a search for the closest of many names stays cheap.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, index) => index);
  let current: number[] = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    // Every later row is at least this row's minimum, so the distance cannot drop below it.
    if (rowMinimum >= limit) return limit;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
