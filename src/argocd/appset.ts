// ApplicationSet generators evaluated against the working tree, and template rendering for both
// template syntaxes. Pure: the caller passes the repository tree and a reader for parsed files.
// Sources: argo-cd applicationset/generators/git.go and list.go, applicationset/utils/utils.go
// (fasttemplate and Go template rendering), docs/operator-manual/applicationset/Generators-Git.md,
// Generators-Git-File-Globbing.md, GoTemplate.md.
import { posix } from "node:path";
import type { RepoTree } from "../workspace/tree.js";
import { doublestarMatch, gitPathspecMatch, goPathMatch, isValidGoPathPattern } from "./path-match.js";

export type Params = Record<string, unknown>;

export interface GeneratorItem {
  /** YAML path of the item's `path` value inside the ApplicationSet. */
  yamlPath: (string | number)[];
  pattern: string;
  exclude: boolean;
  /** Folders (directory generator) or files (files generator) the pattern matches. */
  matches: string[];
}

export interface GeneratorResult {
  kind: "directories" | "files" | "list" | "other";
  /** YAML path of the generator entry. */
  yamlPath: (string | number)[];
  /** The git generator reads this repository, so its items can be evaluated here. */
  thisRepo: boolean;
  items: GeneratorItem[];
  /** Files matched by a files generator that are not a mapping or a list of mappings. */
  badFiles: string[];
  pathParamPrefix?: string;
  /** One parameter set per generated Application; undefined when the generator cannot be evaluated. */
  params?: Params[];
}

export interface GeneratedApplication {
  generatorIndex: number;
  params: Params;
  /** The rendered template: `{ metadata, spec }`. */
  value: Record<string, unknown>;
  /** Some template expression could not be evaluated, so its value is left as written. */
  unresolved: boolean;
}

export interface ApplicationSetExpansion {
  goTemplate: boolean;
  generators: GeneratorResult[];
  applications: GeneratedApplication[];
  /** Every generator was evaluated, so `applications` is everything the ApplicationSet generates. */
  complete: boolean;
}

export interface ExpansionContext {
  tree: RepoTree;
  /** Plain values of a YAML or JSON file's documents, or undefined when it does not parse. */
  readData(file: string): unknown[] | undefined;
  isThisRepo(repoURL: string | undefined): boolean;
}

/** Expands an ApplicationSet's git directory, git files and list generators. */
export function expandApplicationSet(value: unknown, context: ExpansionContext): ApplicationSetExpansion {
  const spec = record(record(value).spec);
  const goTemplate = spec.goTemplate === true;
  const template = record(spec.template);
  const generators = Array.isArray(spec.generators) ? spec.generators : [];

  const results = generators.map((generator, index) => evaluateGenerator(record(generator), ["spec", "generators", index], context));
  const applications: GeneratedApplication[] = [];
  results.forEach((result, generatorIndex) => {
    for (const params of result.params ?? []) {
      const rendered = renderTemplate(template, params, goTemplate);
      applications.push({ generatorIndex, params, value: record(rendered.value), unresolved: rendered.unresolved });
    }
  });
  return { goTemplate, generators: results, applications, complete: results.length > 0 && results.every((result) => result.params !== undefined) };
}

function evaluateGenerator(generator: Record<string, unknown>, yamlPath: (string | number)[], context: ExpansionContext): GeneratorResult {
  if (generator.git !== undefined) return evaluateGit(record(generator.git), [...yamlPath, "git"], context);
  if (generator.list !== undefined) {
    const elements = record(generator.list).elements;
    const params = Array.isArray(elements) ? elements.filter(isRecord) : undefined;
    return { kind: "list", yamlPath: [...yamlPath, "list"], thisRepo: false, items: [], badFiles: [], params };
  }
  return { kind: "other", yamlPath, thisRepo: false, items: [], badFiles: [] };
}

function evaluateGit(git: Record<string, unknown>, yamlPath: (string | number)[], context: ExpansionContext): GeneratorResult {
  const thisRepo = context.isThisRepo(typeof git.repoURL === "string" ? git.repoURL : undefined);
  const pathParamPrefix = typeof git.pathParamPrefix === "string" && git.pathParamPrefix !== "" ? git.pathParamPrefix : undefined;
  const kind = Array.isArray(git.files) ? "files" : "directories";
  const entries = Array.isArray(git[kind]) ? (git[kind] as unknown[]) : [];
  const items: GeneratorItem[] = [];

  entries.forEach((entry, index) => {
    const item = record(entry);
    if (typeof item.path !== "string") return;
    let matches: string[] = [];
    if (thisRepo) matches = kind === "directories" ? matchDirectories(item.path, context.tree) : matchFiles(item.path, context.tree);
    items.push({ yamlPath: [...yamlPath, kind, index, "path"], pattern: item.path, exclude: item.exclude === true, matches });
  });

  const result: GeneratorResult = { kind, yamlPath, thisRepo, items, badFiles: [], pathParamPrefix };
  if (!thisRepo) return result;

  const selected = selectMatches(items);
  if (kind === "directories") {
    result.params = selected.map((dir) => withPrefix(pathParams(dir, undefined), pathParamPrefix));
    return result;
  }

  result.params = [];
  for (const file of selected) {
    const documents = context.readData(file);
    const sets = documents?.length === 1 ? paramSetsOf(documents[0]) : undefined;
    if (!sets) {
      result.badFiles.push(file);
      continue;
    }
    for (const set of sets) result.params.push({ ...set, ...withPrefix(pathParams(posix.dirname(file) === "." ? "" : posix.dirname(file), file), pathParamPrefix) });
  }
  return result;
}

/** Items that are not excluded add their matches; excluded items remove theirs, whatever the order. */
function selectMatches(items: readonly GeneratorItem[]): string[] {
  const excluded = new Set(items.filter((item) => item.exclude).flatMap((item) => item.matches));
  const selected = new Set<string>();
  for (const item of items) {
    if (item.exclude) continue;
    for (const match of item.matches) if (!excluded.has(match)) selected.add(match);
  }
  return [...selected].sort();
}

/**
 * Folders a directory generator pattern matches: every folder of the repository except the root,
 * without the hidden ones (a segment starting with `.`), tested with Go `path.Match`.
 */
export function matchDirectories(pattern: string, tree: RepoTree): string[] {
  if (!isValidGoPathPattern(pattern)) return [];
  return tree.dirs.filter((dir) => dir !== "" && !dir.split("/").some((segment) => segment.startsWith(".")) && goPathMatch(pattern, dir));
}

/** Files a files generator pattern matches with git pathspec globbing, Argo CD's default. */
export function matchFiles(pattern: string, tree: RepoTree): string[] {
  return tree.files.filter((file) => gitPathspecMatch(pattern, file));
}

/** Files the pattern matches with the opt-in doublestar globbing. */
export function matchFilesDoublestar(pattern: string, tree: RepoTree): string[] {
  return tree.files.filter((file) => doublestarMatch(pattern, file));
}

function paramSetsOf(data: unknown): Params[] | undefined {
  if (isRecord(data)) return [data];
  if (Array.isArray(data) && data.length > 0 && data.every(isRecord)) return data as Params[];
  return undefined;
}

/** Builds the `path` parameters of a folder (directory generator) or of a file's folder (files generator). */
export function pathParams(dir: string, file: string | undefined): Params {
  const segments = dir === "" ? [] : dir.split("/");
  const basename = segments.at(-1) ?? "";
  const path: Params = { path: dir, basename, basenameNormalized: normalizeName(basename), segments };
  if (file !== undefined) {
    path.filename = posix.basename(file);
    path.filenameNormalized = normalizeName(posix.basename(file));
  }
  return { path };
}

function withPrefix(params: Params, prefix: string | undefined): Params {
  return prefix ? { [prefix]: params } : params;
}

/** Argo CD's `basenameNormalized`: characters outside `[a-zA-Z0-9-.]` become `-`, then lower case. */
function normalizeName(name: string): string {
  return name.replace(/[^a-zA-Z0-9-.]/g, "-").toLowerCase();
}

/**
 * Flattens parameters into the keys of the fasttemplate syntax: nested keys joined with `.`, and
 * the `path` parameters as `path` (the folder), `path.basename` and `path[N]`.
 */
export function flattenParams(params: Params): Map<string, string> {
  const flat = new Map<string, string>();
  const visit = (value: unknown, key: string): void => {
    if (isRecord(value)) {
      for (const [child, childValue] of Object.entries(value)) visit(childValue, key === "" ? child : `${key}.${child}`);
      return;
    }
    if (Array.isArray(value)) {
      if (key.endsWith("segments")) value.forEach((item, index) => flat.set(`${key.slice(0, -".segments".length)}[${index}]`, String(item)));
      else flat.set(key, JSON.stringify(value));
      return;
    }
    flat.set(key, value === null || value === undefined ? "" : String(value));
  };
  visit(params, "");

  // In the flat syntax `path` is the folder itself, not a mapping.
  for (const [key, value] of [...flat]) {
    if (key !== "path.path" && !key.endsWith(".path.path")) continue;
    flat.set(key.slice(0, -".path".length), value);
    flat.delete(key);
  }
  return flat;
}

/** Lists every dotted key path a Go template may reference: `.path`, `.path.basename`, `.cluster.name`. */
export function goParamPaths(params: Params): Set<string> {
  const paths = new Set<string>();
  const visit = (value: unknown, key: string): void => {
    if (key !== "") paths.add(key);
    if (isRecord(value)) for (const [child, childValue] of Object.entries(value)) visit(childValue, key === "" ? child : `${key}.${child}`);
  };
  visit(params, "");
  return paths;
}

const EXPRESSION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;

export interface TemplateExpression {
  /** The text between the braces, trimmed. */
  body: string;
  /** Offset of `{{` in the string. */
  start: number;
  end: number;
}

/** Finds the `{{ ... }}` expressions of a template string. */
export function templateExpressions(text: string): TemplateExpression[] {
  const found: TemplateExpression[] = [];
  for (const match of text.matchAll(EXPRESSION)) found.push({ body: match[1]!, start: match.index!, end: match.index! + match[0].length });
  return found;
}

/** True for an expression in Go template syntax (`.field`, a function call, a keyword). */
export function isGoSyntax(body: string): boolean {
  return /^[.$(]/.test(body) || /\s/.test(body) || /^(if|else|end|range|with|index|default|lower|upper|toJson|printf|normalize|trunc)\b/.test(body);
}

/** True for a fasttemplate key such as `path`, `path.basename`, `path[1]`, `cluster.name`. */
export function isFlatKey(body: string): boolean {
  return /^[A-Za-z_][\w-]*(?:\.[\w-]+|\[\d+\])*$/.test(body) && !/^(else|end|nil|true|false)$/.test(body);
}

/** Renders every string of the template with one parameter set. */
export function renderTemplate(template: unknown, params: Params, goTemplate: boolean): { value: unknown; unresolved: boolean } {
  let unresolved = false;
  const flat = goTemplate ? undefined : flattenParams(params);

  const renderString = (text: string): string =>
    text.replace(EXPRESSION, (whole, body: string) => {
      if (flat) {
        const value = flat.get(body.trim());
        if (value === undefined) unresolved = true;
        return value ?? whole;
      }
      const value = evaluateGoExpression(body.trim(), params);
      if (value === undefined) unresolved = true;
      return value ?? whole;
    });

  const walk = (value: unknown): unknown => {
    if (typeof value === "string") return renderString(value);
    if (Array.isArray(value)) return value.map(walk);
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, child]) => [renderString(key), walk(child)]));
    return value;
  };
  return { value: walk(template), unresolved };
}

/**
 * Evaluates the Go template expressions plumbline understands: a field chain (`.path.basename`) and
 * `index .path.segments N`. Anything else returns undefined, and the value is left unrendered.
 */
export function evaluateGoExpression(body: string, params: Params): string | undefined {
  const field = /^\.([\w-]+(?:\.[\w-]+)*)$/.exec(body);
  if (field) return stringify(lookup(params, field[1]!.split(".")));

  const index = /^index\s+\.([\w-]+(?:\.[\w-]+)*)\s+(\d+)$/.exec(body);
  if (index) {
    const list = lookup(params, index[1]!.split("."));
    return Array.isArray(list) ? stringify(list[Number(index[2])]) : undefined;
  }
  return undefined;
}

function lookup(params: Params, keys: string[]): unknown {
  let current: unknown = params;
  for (const key of keys) {
    if (!isRecord(current) || !(key in current)) return undefined;
    current = current[key];
  }
  return current;
}

function stringify(value: unknown): string | undefined {
  if (value === undefined || isRecord(value) || Array.isArray(value)) return undefined;
  return value === null ? "" : String(value);
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
