// Builds the Workspace: discover, read, parse, then index objects, kustomizations and Argo CD
// Applications, and resolve every object's namespace. The only module of the model that does I/O.
import { join, posix } from "node:path";
import { isCollection, isMap, isPair, isScalar, isSeq, type Document, type YAMLMap } from "yaml";
import type { Config } from "../config.js";
import { detectRepoIdentity, modelApplications } from "./applications.js";
import { discover } from "./discover.js";
import { buildKustomization, isKustomizationFileName, readKustomization, type Kustomization } from "./kustomize.js";
import { parseYamlText, readTextFile, type FileProblem } from "./parse.js";
import { RepoTree, parentOf } from "./tree.js";
import {
  Workspace,
  isClusterScopedKind,
  splitApiVersion,
  type FileRole,
  type K8sObject,
  type SourceFile,
} from "./workspace.js";

const YAML_EXTENSION = /\.ya?ml$/;
const TEMPLATE_MARKER = /\{\{|\{%/;

export interface LoadOptions {
  /** Environment used to recognise this repository (GITHUB_SERVER_URL, GITHUB_REPOSITORY). */
  env?: NodeJS.ProcessEnv;
}

/** Loads the repository at `root` (an absolute, real path) into a Workspace. Never throws on file content. */
export async function loadWorkspace(root: string, config: Config, options: LoadOptions = {}): Promise<Workspace> {
  const discovered = await discover(root, config.exclude);
  const tree = new RepoTree(discovered);
  const chartDirs = findChartDirs(tree);

  const files = new Map<string, SourceFile>();
  for (const path of tree.files) files.set(path, readSourceFile(root, path, initialRole(path, chartDirs), config));

  const kustomizations = readKustomizations(files, tree);
  markKustomizeInputs(files, kustomizations);

  const pending = extractObjects(files);
  const identity = detectRepoIdentity({ root, config, objects: pending, env: options.env ?? process.env, tree, files, kustomizations });
  const workspace = new Workspace(root, config, tree, files, kustomizations, identity);

  const applications = modelApplications(workspace, pending);
  for (const application of applications) workspace.addApplication(application);

  resolveNamespaces(workspace, pending);
  for (const object of pending) workspace.addObject(object);
  return workspace;
}

function findChartDirs(tree: RepoTree): string[] {
  return tree.files.filter((file) => posix.basename(file) === "Chart.yaml").map(parentOf);
}

function initialRole(path: string, chartDirs: readonly string[]): FileRole {
  const name = posix.basename(path);
  const chart = chartDirs.find((dir) => dir === "" || path.startsWith(`${dir}/`));
  if (chart !== undefined) {
    const inTemplates = path.slice(chart === "" ? 0 : chart.length + 1).includes("/");
    if (!inTemplates && /^values.*\.ya?ml$/.test(name)) return "helm-values";
    return "helm-chart";
  }
  if (isKustomizationFileName(path)) return "kustomization";
  if (YAML_EXTENSION.test(name)) return "manifest";
  if (name.endsWith(".json")) return "json";
  return "other";
}

function readSourceFile(root: string, path: string, role: FileRole, config: Config): SourceFile {
  const file: SourceFile = { path, role, documents: [], problems: [], recovered: false };
  if (role === "other" || role === "helm-chart") return file;

  const read = readTextFile(join(root, path), config.limits.maxFileBytes);
  if (!read.ok) {
    file.problems.push(read.problem);
    return file;
  }

  const parsed = parseYamlText(read.text, { maxDocuments: config.limits.maxDocumentsPerFile, maxTokens: config.limits.maxTokensPerFile });
  aliasLimits.set(file, config.limits.maxAliasCount);
  file.text = parsed.text;
  file.lineCounter = parsed.lineCounter;
  file.documents = parsed.documents;
  for (const document of parsed.documents) dropSourceTokens(document.contents);
  file.problems = parsed.problems;
  file.recovered = parsed.recovered;
  file.columnShifts = parsed.columnShifts;

  const syntaxFailed = parsed.problems.some((problem) => problem.kind === "syntax");
  if (syntaxFailed && role === "manifest" && TEMPLATE_MARKER.test(parsed.text)) file.role = "template";
  return file;
}

/**
 * Drops the CST tokens that `keepSourceTokens` attaches to collections, pairs and mapping keys.
 * They hold a token for every space, indicator and line break of the file, which more than doubled
 * the peak memory of a lint (bench/run.ts). Value scalars keep theirs, because the position mapping
 * of annotation values and CNI configs decodes a scalar's own token. The field is set to undefined
 * rather than deleted so node shapes stay stable, and the walk is iterative so deep nesting cannot
 * overflow the stack.
 */
function dropSourceTokens(contents: unknown): void {
  const stack: unknown[] = [contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isCollection(node)) continue;
    (node as { srcToken?: unknown }).srcToken = undefined;
    for (const item of node.items) {
      if (isPair(item)) {
        (item as { srcToken?: unknown }).srcToken = undefined;
        if (isScalar(item.key)) (item.key as { srcToken?: unknown }).srcToken = undefined;
        stack.push(item.key, item.value);
      } else {
        stack.push(item);
      }
    }
  }
}

function readKustomizations(files: Map<string, SourceFile>, tree: RepoTree): Map<string, Kustomization> {
  const kustomizations = new Map<string, Kustomization>();
  for (const file of files.values()) {
    if (file.role !== "kustomization" || file.documents.length === 0) continue;
    const value = safeToJS(file, file.documents[0]!);
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

/** limits.maxAliasCount of the config each file was read with, the default of `safeToJS`. */
const aliasLimits = new WeakMap<SourceFile, number>();

/**
 * Converts a document to plain data with a bounded alias expansion. A failure (an alias bomb, say)
 * is recorded as a problem on the file and yields undefined.
 */
export function safeToJS(file: SourceFile, document: Document.Parsed, maxAliasCount = aliasLimits.get(file) ?? 1_000): unknown {
  if (document.errors.length > 0) return undefined;
  try {
    return document.toJS({ maxAliasCount });
  } catch (error) {
    let offset = document.range[0];
    const alias = /alias.*: (\S+)$/.exec((error as Error).message)?.[1];
    if (alias && file.text) {
      const found = file.text.slice(document.range[0], document.range[2]).indexOf(`*${alias}`);
      if (found >= 0) offset += found;
    }
    const lineCounter = file.lineCounter;
    const position = lineCounter ? lineCounter.linePos(offset) : { line: 1, col: 1 };
    const reason = (error as Error).message.replace(/\.$/, "");
    const aliasBomb = /excessive alias count/i.test(reason);
    const problem: FileProblem = {
      kind: aliasBomb ? "limit" : "syntax",
      message: aliasBomb
        ? `document expands more than ${maxAliasCount} aliases, which looks like an alias bomb; it was not linted (limits.maxAliasCount)`
        : `invalid document: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
      range: { line: position.line, column: position.col, endLine: position.line, endColumn: position.col + 1 },
    };
    file.problems.push(problem);
    return undefined;
  }
}

function extractObjects(files: ReadonlyMap<string, SourceFile>): K8sObject[] {
  const objects: K8sObject[] = [];
  for (const file of files.values()) {
    if (file.role !== "manifest" && file.role !== "json") continue;
    file.documents.forEach((document, documentIndex) => {
      if (!isMap(document.contents)) return;
      const value = safeToJS(file, document);
      if (!isRecord(value)) return;

      if (value.kind === "List" && Array.isArray(value.items)) {
        const itemsNode = document.contents.get("items", true);
        if (!isSeq(itemsNode)) return;
        value.items.forEach((item, index) => {
          const node = itemsNode.items[index];
          if (isRecord(item) && isMap(node)) pushObject(objects, file, document, documentIndex, node, item);
        });
        return;
      }
      pushObject(objects, file, document, documentIndex, document.contents, value);
    });
  }
  return objects;
}

function pushObject(
  objects: K8sObject[],
  file: SourceFile,
  document: Document.Parsed,
  documentIndex: number,
  node: YAMLMap,
  value: Record<string, unknown>,
): void {
  if (typeof value.apiVersion !== "string" || typeof value.kind !== "string") return;
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  restorePlainStrings(node, metadata);
  const { group, version } = splitApiVersion(value.apiVersion);
  const declaredNamespace = typeof metadata.namespace === "string" && metadata.namespace !== "" ? metadata.namespace : undefined;
  const clusterScoped = isClusterScopedKind(value.kind);

  objects.push({
    file,
    documentIndex,
    document,
    node,
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
  });
}

/**
 * Puts back the written text of `metadata.name` and `metadata.namespace` where YAML 1.1 turned a
 * plain scalar into a boolean or number (`namespace: n` is false there). Kubernetes decodes these
 * string fields against their Go type with sigs.k8s.io/yaml, which keeps the text as written.
 */
function restorePlainStrings(node: YAMLMap, metadata: Record<string, unknown>): void {
  for (const field of ["name", "namespace"]) {
    if (metadata[field] === undefined || typeof metadata[field] === "string") continue;
    const scalar = node.getIn(["metadata", field], true);
    if (isScalar(scalar) && scalar.type === "PLAIN" && typeof scalar.source === "string") metadata[field] = scalar.source;
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
