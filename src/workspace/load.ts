// Builds the Workspace: discover, read, parse, then index objects, kustomizations and Argo CD
// Applications, and resolve every object's namespace. The only module of the model that does I/O.
import { realpathSync } from "node:fs";
import { isAbsolute, posix, relative, sep } from "node:path";
import type { Config } from "../config.js";
import { debug, timed } from "../debug.js";
import { defineLazy } from "../lazy.js";
import { APPLICATION_GROUP, ARGO_KINDS } from "../argocd/application.js";
import { detectRepoIdentity, modelApplications } from "./applications.js";
import { discover } from "./discover.js";
import { buildKustomization, isKustomizationFileName, readKustomization, type Kustomization } from "./kustomize.js";
import { isJsonExact, packParse, summaryOf, unpackParse, type ObjectFact, type ObjectFacts, type ParseSummary } from "./packed.js";
import { parseFiles, type FileParse, type ParseJobOptions, type PoolOptions } from "./parse-pool.js";
import { parseYamlText, type FileProblem, type ParseOptions } from "./parse.js";
import { RepoTree, parentOf } from "./tree.js";
import { isScalar, isSeq, linePos, mapGet, type YDocument, type YMap } from "./yaml-model.js";
import {
  Workspace,
  isClusterScopedKind,
  splitApiVersion,
  type FileRole,
  hasIgnoreAnnotation,
  type K8sObject,
  markersIn,
  type NamespaceSource,
  type SourceFile,
  type TextMarker,
} from "./workspace.js";

const YAML_EXTENSION = /\.ya?ml$/;
const TEMPLATE_MARKER = /\{\{|\{%/;

export interface LoadOptions {
  /** Environment used to recognise this repository (GITHUB_SERVER_URL, GITHUB_REPOSITORY). */
  env?: NodeJS.ProcessEnv;
  /** Where parse workers come from and how many to use; without it all parsing is on this thread. */
  pool?: PoolOptions;
  /** Folder of the warm cache (`--cache`); without it every file is parsed. */
  cacheLocation?: string;
  /** Receives problems of the run itself, such as a cache that could not be written. */
  notices?: string[];
  /** Receives steps to run once the lint is finished, such as writing the cache. */
  finishers?: (() => void)[];
  /** Receives the SHA-1 of each file's content, by path, when the cache is used. */
  contentHashes?: Map<string, string>;
}

/** Loads the repository at `root` (an absolute, real path) into a Workspace. Never throws on file content. */
export async function loadWorkspace(root: string, config: Config, options: LoadOptions = {}): Promise<Workspace> {
  const cacheFolder = options.cacheLocation === undefined ? undefined : folderInside(root, options.cacheLocation);
  const discovered = await timed("discover", () => discover(root, config.exclude, cacheFolder));
  const tree = new RepoTree(discovered);
  const chartDirs = findChartDirs(tree);

  const files = new Map<string, SourceFile>();
  const toParse: LoadedFile[] = [];
  for (const path of tree.files) {
    const file = new LoadedFile(path, initialRole(path, chartDirs));
    files.set(path, file);
    if (file.role !== "other" && file.role !== "helm-chart") toParse.push(file);
  }
  const facts = new Map<SourceFile, ObjectFacts>();
  await parseSourceFiles(root, toParse, config, options, facts);

  const kustomizations = readKustomizations(files, tree);
  markKustomizeInputs(files, kustomizations);

  const pending = await timed("extract objects", () => extractObjects(files, facts));
  const identity = detectRepoIdentity({ root, config, objects: pending, env: options.env ?? process.env, tree, files, kustomizations });
  const workspace = new Workspace(root, config, tree, files, kustomizations, identity);

  const applications = await timed("model Applications", () => modelApplications(workspace, pending));
  for (const application of applications) workspace.addApplication(application);

  resolveNamespaces(workspace, pending);
  for (const object of pending) workspace.addObject(object);
  return workspace;
}

/** Returns `folder` relative to `root`, with `/`, when it is the root or inside it; else undefined. */
function folderInside(root: string, folder: string): string | undefined {
  let real = folder;
  try {
    real = realpathSync(folder);
  } catch {
    // A folder that does not exist yet holds no files to leave out.
  }
  const inside = relative(root, real);
  if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  return inside.split(sep).join("/");
}

function findChartDirs(tree: RepoTree): string[] {
  return tree.files.filter((file) => file.endsWith("Chart.yaml") && posix.basename(file) === "Chart.yaml").map(parentOf);
}

function initialRole(path: string, chartDirs: readonly string[]): FileRole {
  // Discovery's paths are normalised, so the name follows the last slash.
  const name = path.slice(path.lastIndexOf("/") + 1);
  const chart = chartDirs.find((dir) => dir === "" || path.startsWith(`${dir}/`));
  if (chart !== undefined) {
    const inTemplates = path.slice(chart === "" ? 0 : chart.length + 1).includes("/");
    if (!inTemplates && /^values.*\.ya?ml$/.test(name)) return "helm-values";
    return "helm-chart";
  }
  if (isKustomizationFileName(name)) return "kustomization";
  if (YAML_EXTENSION.test(name)) return "manifest";
  if (name.endsWith(".json")) return "json";
  return "other";
}

/**
 * Reads and parses `files` in place, through the cache when `options.cacheLocation` is set. The
 * cache is written by a finisher once the lint is done, so it can keep the node trees that the
 * findings needed.
 */
async function parseSourceFiles(
  root: string,
  files: readonly LoadedFile[],
  config: Config,
  options: LoadOptions,
  facts: Map<SourceFile, ObjectFacts>,
): Promise<void> {
  const paths = files.map((file) => file.path);
  const parseOptions: ParseJobOptions = {
    maxFileBytes: config.limits.maxFileBytes,
    maxDocuments: config.limits.maxDocumentsPerFile,
    maxTokens: config.limits.maxTokensPerFile,
    maxAliasCount: config.limits.maxAliasCount,
  };

  const cacheLocation = options.cacheLocation;
  if (!cacheLocation) {
    const parses = await timed("read and parse", () => parseFiles(root, paths, parseOptions, options.pool));
    await timed("fill files from their parses", () => files.forEach((file, index) => applyParse(file, parses[index]!, parseOptions)));
    return;
  }

  // Loaded only with --cache: a run without it does not pay for node:crypto and node:v8.
  const { parseFilesCached } = await import("./parse-cache.js");
  const cached = await timed("read and parse with the cache", () => parseFilesCached(root, paths, parseOptions, options.pool ?? {}, cacheLocation));
  debug(`cache: ${cached.stats.hits} files reused (${cached.stats.unread} of them recognised by their stat, without reading), ${cached.stats.misses} parsed`);
  if (cached.stats.warning) options.notices?.push(cached.stats.warning);

  const applied: (AppliedParse | undefined)[] = [];
  await timed("fill files from their parses", () =>
    files.forEach((file, index) => {
      const result = cached.results[index]!;
      if ("cached" in result && result.cached.facts) facts.set(file, result.cached.facts);
      applied[index] = applyParse(file, result, parseOptions);
    }),
  );
  cached.hashes.forEach((hash, index) => hash !== undefined && options.contentHashes?.set(files[index]!.path, hash));
  options.finishers?.push(() => {
    const warning = cached.save((index) => {
      const file = files[index]!;
      const done = applied[index];
      return { usedNodes: done?.usedNodes?.(), summary: done?.summary, facts: facts.get(file) };
    });
    if (warning) options.notices?.push(warning);
  });
}

/** The result of filling a file from its parse, for the cache: the summary to keep, and whether its node trees were read. */
interface AppliedParse {
  summary: ParseSummary;
  usedNodes?: () => Uint8Array | undefined;
}

/**
 * Fills a file from its parse, and marks a manifest that fails to parse because of template
 * markers. A parse from the cache is decoded only when something reads more than its summary.
 */
function applyParse(file: LoadedFile, result: FileParse, options: ParseOptions): AppliedParse | undefined {
  if (!result.ok) {
    file.problems.push(result.problem);
    return undefined;
  }

  let summary: ParseSummary;
  let usedNodes: (() => Uint8Array | undefined) | undefined;
  if ("cached" in result) {
    const { cached } = result;
    summary = cached.summary;
    const source = result.text;
    const text = typeof source === "string" ? () => source : source;
    let unpacked: ReturnType<typeof unpackParse> | undefined;
    // An entry that does not decode is parsed again from the text, which gives the same parse.
    file.deferParse(() => (unpacked ??= unpackParse(source, cached.packed() ?? packParse(parseYamlText(text(), options)), options)).parsed);
    file.deferText(text);
    usedNodes = () => unpacked?.usedNodes();
  } else {
    const unpacked = "packed" in result ? unpackParse(result.text, result.packed, options) : undefined;
    const parsed = "packed" in result ? unpacked!.parsed : result.parsed;
    summary = summaryOf(parsed, "packed" in result ? result.packed.mentions : markersIn(parsed.text));
    // A text the cache did not read stays unread until something needs it.
    file.deferText(() => parsed.text);
    file.parsedText = parsed.parsedText;
    file.lineStarts = parsed.lineStarts;
    file.documents = parsed.documents;
    file.columnShifts = parsed.columnShifts;
    usedNodes = unpacked?.usedNodes;
  }
  file.mentions = summary.mentions;
  // A copy: the lint adds problems (an alias bomb found when a value is read) that are not the parse's.
  file.problems = [...summary.problems];
  file.recovered = summary.recovered;
  file.documentCount = summary.documents;

  const syntaxFailed = summary.problems.some((problem) => problem.kind === "syntax");
  if (syntaxFailed && file.role === "manifest" && TEMPLATE_MARKER.test(file.text ?? "")) file.role = "template";
  return { summary, usedNodes };
}

type ParsedFields = Pick<SourceFile, "lineStarts" | "documents" | "parsedText" | "columnShifts">;

/**
 * A file of the model whose text and parse can be read on first use: a warm run decodes a cached
 * parse only when something needs more than its summary. A class rather than lazy properties
 * defined per file, because a warm run makes one per file of the repository.
 */
class LoadedFile implements SourceFile {
  role: FileRole;
  mentions?: readonly TextMarker[];
  documentCount?: number;
  problems: FileProblem[] = [];
  recovered = false;
  private textValue?: string;
  private textSource?: () => string;
  private parsed: ParsedFields = { documents: [] };
  private parseSource?: () => ParsedFields;

  constructor(
    readonly path: string,
    role: FileRole,
  ) {
    this.role = role;
  }

  deferText(read: () => string): void {
    this.textSource = read;
  }

  deferParse(decode: () => ParsedFields): void {
    this.parseSource = decode;
  }

  get text(): string | undefined {
    if (this.textSource) {
      this.textValue = this.textSource();
      this.textSource = undefined;
    }
    return this.textValue;
  }

  set text(value: string | undefined) {
    this.textSource = undefined;
    this.textValue = value;
  }

  get lineStarts(): number[] | undefined {
    return this.fields().lineStarts;
  }

  set lineStarts(value: number[] | undefined) {
    this.fields().lineStarts = value;
  }

  get documents(): YDocument[] {
    return this.fields().documents;
  }

  set documents(value: YDocument[]) {
    this.fields().documents = value;
  }

  get parsedText(): string | undefined {
    return this.fields().parsedText;
  }

  set parsedText(value: string | undefined) {
    this.fields().parsedText = value;
  }

  get columnShifts(): ReadonlyMap<number, number> | undefined {
    return this.fields().columnShifts;
  }

  set columnShifts(value: ReadonlyMap<number, number> | undefined) {
    this.fields().columnShifts = value;
  }

  private fields(): ParsedFields {
    if (this.parseSource) {
      const decoded = this.parseSource();
      this.parseSource = undefined;
      this.parsed = { lineStarts: decoded.lineStarts, documents: decoded.documents, parsedText: decoded.parsedText, columnShifts: decoded.columnShifts };
    }
    return this.parsed;
  }
}

function readKustomizations(files: Map<string, SourceFile>, tree: RepoTree): Map<string, Kustomization> {
  const kustomizations = new Map<string, Kustomization>();
  for (const file of files.values()) {
    if (file.role !== "kustomization" || file.documents.length === 0) continue;
    const value = documentValue(file, file.documents[0]!);
    kustomizations.set(file.path, readKustomization(file.path, value, tree));
  }
  return kustomizations;
}

function markKustomizeInputs(files: Map<string, SourceFile>, kustomizations: ReadonlyMap<string, Kustomization>): void {
  for (const kustomization of kustomizations.values()) {
    for (const path of kustomization.patchFiles) {
      const file = files.get(path);
      if (file && (file.role === "manifest" || file.role === "json")) file.role = "kustomize-patch";
    }
    for (const path of kustomization.generatorFiles) {
      const file = files.get(path);
      if (file && (file.role === "manifest" || file.role === "json")) file.role = "data";
    }
  }
}

/**
 * The plain value of a document, or undefined when it has errors or could not be converted. A
 * conversion failure (an alias bomb, say) is recorded as a problem on the file the first time the
 * value is asked for, so only files read as manifests or kustomizations report it.
 */
export function documentValue(file: SourceFile, document: YDocument): unknown {
  if (document.hasErrors) return undefined;
  const failure = document.valueError;
  if (!failure) return document.value;
  if (reported.has(document)) return undefined;
  reported.add(document);

  let offset = failure.offset;
  if (failure.aliasName && file.text) {
    const found = file.text.slice(document.range[0], document.range[2]).indexOf(`*${failure.aliasName}`);
    if (found >= 0) offset += found;
  }
  const position = file.lineStarts ? linePos(file.lineStarts, offset) : { line: 1, col: 1 };
  const problem: FileProblem = {
    kind: failure.aliasBomb ? "limit" : "syntax",
    message: failure.aliasBomb
      ? `document expands more than ${failure.aliasLimit} aliases, which looks like an alias bomb; it was not linted (limits.maxAliasCount)`
      : `invalid document: ${failure.message.charAt(0).toLowerCase()}${failure.message.slice(1)}`,
    range: { line: position.line, column: position.col, endLine: position.line, endColumn: position.col + 1 },
  };
  file.problems.push(problem);
  return undefined;
}

const reported = new WeakSet<YDocument>();

/**
 * Finds the Kubernetes objects of every manifest, and records in `facts` what it found in each. A
 * file that has facts from the cache gets its objects from them, and its values are decoded only
 * when something reads them.
 */
function extractObjects(files: ReadonlyMap<string, SourceFile>, facts: Map<SourceFile, ObjectFacts>): K8sObject[] {
  const objects: K8sObject[] = [];
  for (const file of files.values()) {
    if (file.role !== "manifest" && file.role !== "json") {
      facts.delete(file);
      continue;
    }
    const known = facts.get(file);
    if (known) {
      file.problems.push(...known.problems);
      for (const fact of known.objects) objects.push(objectFromFact(file, fact));
      continue;
    }
    const first = objects.length;
    const problemsBefore = file.problems.length;
    // Objects are found from document values alone, so a file's node trees are not decoded
    // (packed.ts) until a finding or an offset map needs a position.
    file.documents.forEach((document, documentIndex) => {
      const value = documentValue(file, document);
      if (!isRecord(value)) return;

      if (value.kind === "List" && Array.isArray(value.items)) {
        value.items.forEach((item, index) => {
          const node = (): YMap => {
            const itemsNode = mapGet(document.contents, "items");
            return (isSeq(itemsNode) ? itemsNode.items[index] : undefined) as YMap;
          };
          if (isRecord(item)) pushObject(objects, file, document, documentIndex, index, node, item);
        });
        return;
      }
      pushObject(objects, file, document, documentIndex, undefined, () => document.contents as YMap, value);
    });
    facts.set(file, { objects: objects.slice(first).map(factOf), problems: file.problems.slice(problemsBefore) });
  }
  return objects;
}

const VALUE_KINDS = new Set<string>(Object.values(ARGO_KINDS));

function factOf(object: K8sObject): ObjectFact {
  const fact: ObjectFact = { documentIndex: object.documentIndex, apiVersion: object.apiVersion, kind: object.kind, name: object.name };
  if (object.itemIndex !== undefined) fact.itemIndex = object.itemIndex;
  if (object.declaredNamespace !== undefined) fact.declaredNamespace = object.declaredNamespace;
  if (object.ignoreAnnotation) fact.ignoreAnnotation = true;
  // A value that JSON would change (a YAML 1.1 timestamp, say) is decoded from the file instead.
  if (object.group === APPLICATION_GROUP && VALUE_KINDS.has(object.kind) && isJsonExact(object.value)) fact.value = object.value;
  return fact;
}

/** Creates an object from its facts; its document, node and value are decoded on first read. */
function objectFromFact(file: SourceFile, fact: ObjectFact): K8sObject {
  return new FactObject(file, fact);
}

// A class rather than lazy properties defined per object: a warm run creates one per object of the
// repository, and getters on a prototype cost nothing to set up.
class FactObject implements K8sObject {
  readonly documentIndex: number;
  readonly itemIndex?: number;
  readonly apiVersion: string;
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly name: string;
  readonly declaredNamespace?: string;
  namespace?: string;
  namespaceSource: NamespaceSource;
  readonly clusterScoped: boolean;
  readonly ignoreAnnotation: boolean;
  private decodedNode?: YMap;
  private decodedValue?: Record<string, unknown>;

  constructor(
    readonly file: SourceFile,
    fact: ObjectFact,
  ) {
    const { group, version } = splitApiVersion(fact.apiVersion);
    this.documentIndex = fact.documentIndex;
    if (fact.itemIndex !== undefined) this.itemIndex = fact.itemIndex;
    this.apiVersion = fact.apiVersion;
    this.group = group;
    this.version = version;
    this.kind = fact.kind;
    this.name = fact.name;
    this.declaredNamespace = fact.declaredNamespace;
    this.clusterScoped = isClusterScopedKind(fact.kind);
    this.namespace = this.clusterScoped ? undefined : fact.declaredNamespace;
    this.namespaceSource = fact.declaredNamespace && !this.clusterScoped ? "metadata" : "none";
    this.ignoreAnnotation = fact.ignoreAnnotation === true;
    if (fact.value) this.decodedValue = fact.value;
  }

  get document(): YDocument {
    return this.file.documents[this.documentIndex]!;
  }

  get node(): YMap {
    if (this.decodedNode) return this.decodedNode;
    const contents = this.document.contents;
    if (this.itemIndex === undefined) return (this.decodedNode = contents as YMap);
    const itemsNode = mapGet(contents, "items");
    return (this.decodedNode = (isSeq(itemsNode) ? itemsNode.items[this.itemIndex] : undefined) as YMap);
  }

  get value(): Record<string, unknown> {
    if (this.decodedValue) return this.decodedValue;
    const whole = documentValue(this.file, this.document);
    const found = this.itemIndex === undefined ? whole : isRecord(whole) && Array.isArray(whole.items) ? whole.items[this.itemIndex] : undefined;
    // Facts come from a cache entry of this very text, so the value is a mapping; an empty one stands in for a damaged entry.
    const value = isRecord(found) ? found : {};
    if (isRecord(value.metadata)) restorePlainStrings(() => this.node, value.metadata);
    return (this.decodedValue = value);
  }
}

function pushObject(
  objects: K8sObject[],
  file: SourceFile,
  document: YDocument,
  documentIndex: number,
  itemIndex: number | undefined,
  node: () => YMap,
  value: Record<string, unknown>,
): void {
  if (typeof value.apiVersion !== "string" || typeof value.kind !== "string") return;
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  restorePlainStrings(node, metadata);
  const { group, version } = splitApiVersion(value.apiVersion);
  const declaredNamespace = typeof metadata.namespace === "string" && metadata.namespace !== "" ? metadata.namespace : undefined;
  const clusterScoped = isClusterScopedKind(value.kind);

  const object: K8sObject = {
    file,
    documentIndex,
    itemIndex,
    document,
    node: undefined as unknown as YMap,
    value,
    apiVersion: value.apiVersion,
    group,
    version,
    kind: value.kind,
    name: typeof metadata.name === "string" ? metadata.name : "",
    declaredNamespace,
    namespace: clusterScoped ? undefined : declaredNamespace,
    namespaceSource: declaredNamespace && !clusterScoped ? "metadata" : "none",
    clusterScoped,
    ignoreAnnotation: hasIgnoreAnnotation(value),
  };
  defineLazy(object, "node", node);
  objects.push(object);
}

/**
 * Puts back the written text of `metadata.name` and `metadata.namespace` where YAML 1.1 turned a
 * plain scalar into a boolean or number (`namespace: n` is false there). Kubernetes decodes these
 * string fields against their Go type with sigs.k8s.io/yaml, which keeps the text as written.
 */
function restorePlainStrings(node: () => YMap, metadata: Record<string, unknown>): void {
  for (const field of ["name", "namespace"]) {
    if (metadata[field] === undefined || typeof metadata[field] === "string") continue;
    const scalar = mapGet(mapGet(node(), "metadata"), field);
    if (isScalar(scalar) && scalar.type === "PLAIN" && scalar.source !== undefined) metadata[field] = scalar.source;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Resolves each namespaced object's namespace. A kustomization that builds the file sets it (the
 * namespace transformer overrides what the manifest declares), then `metadata.namespace`, then the
 * destination namespace of the first Application that renders the file.
 */
function resolveNamespaces(workspace: Workspace, objects: readonly K8sObject[]): void {
  const kustomizeNamespaces = new Map<string, string>();
  for (const application of workspace.applications) {
    for (const source of application.sources) {
      for (const [file, namespace] of source.render?.namespaces ?? []) if (!kustomizeNamespaces.has(file)) kustomizeNamespaces.set(file, namespace);
    }
  }
  for (const rootKustomization of rootKustomizations(workspace)) {
    const build = buildKustomization(rootKustomization.dir, workspace.tree, workspace.kustomizations);
    for (const [file, namespace] of build.namespaces) if (!kustomizeNamespaces.has(file)) kustomizeNamespaces.set(file, namespace);
  }

  for (const object of objects) {
    if (object.clusterScoped) continue;
    const fromKustomize = kustomizeNamespaces.get(object.file.path);
    if (fromKustomize) {
      object.namespace = fromKustomize;
      object.namespaceSource = "kustomization";
      continue;
    }
    if (object.declaredNamespace) continue;

    const deployer = workspace.deployersOf(object.file.path).find((app) => app.spec.destination.namespace);
    if (deployer) {
      object.namespace = deployer.spec.destination.namespace;
      object.namespaceSource = "application";
    }
  }
}

function rootKustomizations(workspace: Workspace): Kustomization[] {
  const included = new Set<string>();
  for (const kustomization of workspace.kustomizations.values()) for (const dir of kustomization.resourceDirs) included.add(dir);
  return [...workspace.kustomizations.values()].filter((kustomization) => !included.has(kustomization.dir));
}
