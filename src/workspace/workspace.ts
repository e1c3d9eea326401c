// The repository model every rule reads: parsed files, Kubernetes objects indexed by group, kind,
// namespace and name, kustomizations, and the Argo CD Applications with the files they render.
import type { ApplicationSource, ApplicationSpec } from "../argocd/application.js";
import type { PathResolution, SourceRender } from "../argocd/render.js";
import type { Config } from "../config.js";
import type { Range, ResourceRef } from "../types.js";
import type { Kustomization } from "./kustomize.js";
import type { FileProblem } from "./parse.js";
import type { RepoTree } from "./tree.js";
import { isMap, isSeq, linePos, mapPair, type YDocument, type YMap, type YNode } from "./yaml-model.js";

/**
 * How a file takes part in the model:
 * - `manifest`: YAML whose documents with apiVersion and kind are Kubernetes objects;
 * - `json`: a `.json` file; objects are indexed, but a parse failure is not a `yaml/syntax` finding;
 * - `kustomization`: a kustomization file, read for the kustomize model, not an object;
 * - `kustomize-patch` and `data`: a patch or generator input, parsed for syntax only;
 * - `helm-chart`: a file of a Helm chart other than its values, never parsed (Go templates);
 * - `helm-values`: a chart's values file, parsed for syntax only;
 * - `template`: a file with `{{ }}` or `{% %}` template markers that does not parse as YAML;
 * - `other`: not YAML or JSON; listed in the tree, never read.
 */
export type FileRole =
  | "manifest"
  | "json"
  | "kustomization"
  | "kustomize-patch"
  | "data"
  | "helm-chart"
  | "helm-values"
  | "template"
  | "other";

export interface SourceFile {
  /** Root-relative path with `/` separators. */
  path: string;
  role: FileRole;
  /**
   * File content; undefined for files that were not read. A warm cache that recognises an
   * unchanged file by its size and times reads the content only when something needs it.
   */
  text?: string;
  /** The TEXT_MARKERS the content contains, recorded at parse time. `textMentions` reads them. */
  mentions?: readonly TextMarker[];
  /** Offsets where each line of `text` starts. */
  lineStarts?: number[];
  documents: YDocument[];
  /** Number of documents, known without decoding a cached parse. */
  documentCount?: number;
  problems: FileProblem[];
  /** Parsed only after re-indenting quoted scalars the way go-yaml accepts them. */
  recovered: boolean;
  /** In a recovered file, the re-indented text that node offsets refer to. */
  parsedText?: string;
  /** In a recovered file, how many columns each re-indented line (1-based) moved right in the parsed text. */
  columnShifts?: ReadonlyMap<number, number>;
}

/** Every suppression comment contains this text. */
export const SUPPRESSION_MARKER = "plumbline-disable-";
/** Argo CD skips a file that contains this text when it renders a directory. */
export const SKIP_RENDERING_MARKER = "+argocd:skip-file-rendering";
/** Texts a lint looks for in every file it reads. They are recorded at parse time, so a cached file need not be read for them. */
export const TEXT_MARKERS = [SUPPRESSION_MARKER, SKIP_RENDERING_MARKER] as const;
export type TextMarker = (typeof TEXT_MARKERS)[number];

export function markersIn(text: string): TextMarker[] {
  return TEXT_MARKERS.filter((marker) => text.includes(marker));
}

/** Returns whether a file's text contains `marker`, without reading a text that the cache skipped. */
export function textMentions(file: SourceFile, marker: TextMarker): boolean {
  return file.mentions ? file.mentions.includes(marker) : (file.text?.includes(marker) ?? false);
}

export type NamespaceSource = "metadata" | "kustomization" | "application" | "none";

export interface K8sObject {
  file: SourceFile;
  documentIndex: number;
  /** For an item of `kind: List`, its index in `items`. */
  itemIndex?: number;
  document: YDocument;
  /** The object's mapping node; for an item of `kind: List`, the item. */
  node: YMap;
  /** Plain value of the object. */
  value: Record<string, unknown>;
  apiVersion: string;
  /** API group, "" for the core group. */
  group: string;
  version: string;
  kind: string;
  name: string;
  /** `metadata.namespace` as written. */
  declaredNamespace?: string;
  /** The namespace the object lands in, resolved from metadata, kustomize, then the deploying Application. */
  namespace?: string;
  namespaceSource: NamespaceSource;
  clusterScoped: boolean;
  /**
   * Whether the object carries a `plumbline.dev/ignore` annotation with a string value, recorded when
   * it was extracted so that finding suppressions needs no value; undefined when not recorded.
   */
  ignoreAnnotation?: boolean;
}

/** The annotation that suppresses findings on one object. */
export const IGNORE_ANNOTATION = "plumbline.dev/ignore";

/** Whether an object's value carries a string `plumbline.dev/ignore` annotation. */
export function hasIgnoreAnnotation(value: Record<string, unknown>): boolean {
  const metadata = value.metadata as { annotations?: unknown } | undefined;
  const annotations = typeof metadata === "object" && metadata !== null ? metadata.annotations : undefined;
  return typeof annotations === "object" && annotations !== null && typeof (annotations as Record<string, unknown>)[IGNORE_ANNOTATION] === "string";
}

export interface ApplicationSourceModel {
  source: ApplicationSource;
  /** The source is a git path in the linted repository. */
  thisRepo: boolean;
  resolution?: PathResolution;
  render?: SourceRender;
}

export interface ApplicationModel {
  /** The Application manifest, or for a generated Application the ApplicationSet that generates it. */
  object: K8sObject;
  spec: ApplicationSpec;
  sources: ApplicationSourceModel[];
  /** Every file the Application renders from this repository, root-relative. */
  renderedFiles: string[];
  /** Set for an Application that an ApplicationSet generator would create from this working tree. */
  generated?: GeneratedFrom;
  /**
   * YAML path of the Application's own mapping inside `object`: [] for a manifest,
   * ["spec", "template"] for a generated Application, so positions point into the template.
   */
  yamlPrefix: (string | number)[];
}

export interface GeneratedFrom {
  /** Index of the generator in `spec.generators`. */
  generatorIndex: number;
  /** The generator's parameters for this Application. */
  params: Record<string, unknown>;
  /** Some template expression could not be evaluated, so the spec contains it unrendered. */
  unresolved: boolean;
}

// Kinds that have no namespace; an object of another kind without one gets its namespace from
// kustomize or the deploying Application.
const CLUSTER_SCOPED_KINDS = new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "StorageClass",
  "CustomResourceDefinition",
  "ClusterRole",
  "ClusterRoleBinding",
  "APIService",
  "MutatingWebhookConfiguration",
  "ValidatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "PriorityClass",
  "RuntimeClass",
  "CSIDriver",
  "CSINode",
  "VolumeAttachment",
  "IngressClass",
  "ClusterIssuer",
  "ClusterSecretStore",
]);

export function isClusterScopedKind(kind: string): boolean {
  return CLUSTER_SCOPED_KINDS.has(kind);
}

// A repository usually repeats a few dozen apiVersions, and a warm run splits one per object.
const splitApiVersions = new Map<string, Readonly<{ group: string; version: string }>>();

export function splitApiVersion(apiVersion: string): Readonly<{ group: string; version: string }> {
  let split = splitApiVersions.get(apiVersion);
  if (split) return split;
  const slash = apiVersion.indexOf("/");
  split = slash < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
  // The memo stops growing at 1,000 entries, for a repository with many distinct apiVersions.
  if (splitApiVersions.size < 1000) splitApiVersions.set(apiVersion, split);
  return split;
}

/** The text a file's node offsets refer to: its content, or in a recovered file the re-indented content. */
export function parsedTextOf(file: SourceFile): string {
  return file.parsedText ?? file.text ?? "";
}

export function resourceRefOf(object: K8sObject): ResourceRef {
  return { kind: object.kind, namespace: object.namespace, name: object.name };
}

export interface RepoIdentity {
  /** Normalised URLs that mean this repository, and where each came from. */
  urls: Map<string, string>;
  /** Branch and tag names found in the root's `.git` folder; undefined when there is none. */
  gitRefs?: { branches: Set<string>; tags: Set<string> };
}

export class Workspace {
  readonly objects: K8sObject[] = [];
  // The same list under a name that restricted views (view.ts) do not guard, so an index built on
  // first use reads every object, whichever view calls first.
  private readonly allObjects = this.objects;
  readonly applications: ApplicationModel[] = [];
  /** Objects by group, then kind. */
  private readonly byKindIndex = new Map<string, Map<string, K8sObject[]>>();
  private readonly deployers = new Map<string, ApplicationModel[]>();
  /**
   * Indexes built on first use, since a warm run whose rules are reused often needs neither. They are
   * fields of one shared object, because a restricted view (view.ts) that sets a field of its own
   * would build them again for each rule.
   */
  private readonly lazy: {
    /** For each group and kind that `find` looked up, its objects by namespace, then name. */
    byName: Map<string, Map<string, Map<string, Map<string, K8sObject[]>>>>;
    /** Each object's place in `objects`, for `inModelOrder` when `inPlaceOrder` is false. */
    sequence?: Map<K8sObject, number>;
  } = { byName: new Map() };
  /**
   * True while every object was added after the one before it in path, document and item order,
   * as the loader adds them. `inModelOrder` then sorts by those fields and needs no index.
   */
  private inPlaceOrder = true;

  constructor(
    /** Absolute, real path of the repository root. */
    readonly root: string,
    readonly config: Config,
    readonly tree: RepoTree,
    readonly files: ReadonlyMap<string, SourceFile>,
    readonly kustomizations: ReadonlyMap<string, Kustomization>,
    readonly repoIdentity: RepoIdentity,
  ) {}

  /** Adds an object to the indexes; the loader calls it once namespaces are resolved. */
  addObject(object: K8sObject): void {
    this.lazy.sequence?.set(object, this.allObjects.length);
    const last = this.allObjects[this.allObjects.length - 1];
    if (last && comparePlaces(last, object) >= 0) this.inPlaceOrder = false;
    this.allObjects.push(object);
    let kinds = this.byKindIndex.get(object.group);
    if (!kinds) this.byKindIndex.set(object.group, (kinds = new Map()));
    push(kinds, object.kind, object);
    const named = this.lazy.byName.size > 0 ? this.lazy.byName.get(object.group)?.get(object.kind) : undefined;
    if (named) addByName(named, object);
  }

  addApplication(application: ApplicationModel): void {
    this.applications.push(application);
    for (const file of application.renderedFiles) push(this.deployers, file, application);
  }

  /** Returns every object of one group and kind, in file order. */
  objectsOfKind(group: string, kind: string): readonly K8sObject[] {
    return this.byKindIndex.get(group)?.get(kind) ?? [];
  }

  /** Returns `objects` sorted as in `objects`: file order, then document order. */
  inModelOrder(objects: readonly K8sObject[]): K8sObject[] {
    if (this.inPlaceOrder) return [...objects].sort(comparePlaces);
    let sequence = this.lazy.sequence;
    if (!sequence) {
      const built = (sequence = this.lazy.sequence = new Map());
      this.allObjects.forEach((object, index) => built.set(object, index));
    }
    return [...objects].sort((a, b) => (sequence.get(a) ?? 0) - (sequence.get(b) ?? 0));
  }

  /** Objects with exactly this identity (more than one means a duplicate). */
  find(group: string, kind: string, namespace: string | undefined, name: string): readonly K8sObject[] {
    let kinds = this.lazy.byName.get(group);
    if (!kinds) this.lazy.byName.set(group, (kinds = new Map()));
    let named = kinds.get(kind);
    if (!named) {
      named = new Map();
      // The index itself, not `objectsOfKind`, which a partitioned view filters.
      for (const object of this.byKindIndex.get(group)?.get(kind) ?? []) addByName(named, object);
      kinds.set(kind, named);
    }
    return named.get(namespace ?? "")?.get(name) ?? [];
  }

  /** Applications that render `file` from this repository. */
  deployersOf(file: string): readonly ApplicationModel[] {
    return this.deployers.get(file) ?? [];
  }

  /** Number of YAML documents parsed, for the report summary. */
  get documentCount(): number {
    let count = 0;
    for (const file of this.files.values()) count += file.documentCount ?? file.documents.length;
    return count;
  }

  /** Returns the range of a node in a file. */
  rangeOfNode(file: SourceFile, node: YNode | null | undefined): Range {
    const range = node?.range;
    if (!range || !file.lineStarts) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return this.rangeOfOffsets(file, range[0], range[1]);
  }

  /** Returns the range between two character offsets of a file's text. */
  rangeOfOffsets(file: SourceFile, start: number, end: number): Range {
    if (!file.lineStarts) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const from = linePos(file.lineStarts, start);
    const to = linePos(file.lineStarts, Math.max(start, end));
    const range = { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
    if (!file.columnShifts) return range;

    // Offsets of a recovered file count the indentation the repair added; the file has none there.
    const shift = (line: number): number => file.columnShifts!.get(line) ?? 0;
    range.column = Math.max(1, range.column - shift(range.line));
    range.endColumn = Math.max(range.line === range.endLine ? range.column : 1, range.endColumn - shift(range.endLine));
    return range;
  }

  /**
   * Returns the range of the value (or key) at `path` inside an object. When the path does not exist, the
   * key of the deepest existing ancestor is used, so a finding about a missing field points at its
   * parent.
   */
  rangeOf(object: K8sObject, path: readonly (string | number)[], part: "value" | "key" = "value"): Range {
    const found = locate(object.node, path);
    if (found.complete) {
      const node = part === "key" && found.key ? found.key : found.value ?? found.key;
      return this.rangeOfNode(object.file, node);
    }
    return this.rangeOfNode(object.file, found.key ?? found.value ?? object.node);
  }

  /** Returns the node at `path` inside an object, or undefined. */
  nodeAt(object: K8sObject, path: readonly (string | number)[]): YNode | undefined {
    const found = locate(object.node, path);
    return found.complete ? found.value : undefined;
  }

  /** Range of the object's `kind` value, used for findings about the object as a whole. */
  rangeOfObject(object: K8sObject): Range {
    const name = this.nodeAt(object, ["metadata", "name"]);
    return name ? this.rangeOfNode(object.file, name) : this.rangeOf(object, ["kind"]);
  }
}

interface Located {
  complete: boolean;
  key?: YNode;
  value?: YNode;
}

function locate(start: YNode, path: readonly (string | number)[]): Located {
  let current: YNode | undefined = start;
  let lastKey: YNode | undefined;

  for (const segment of path) {
    if (isMap(current)) {
      // The last pair with the key wins, as in Kubernetes' (and Go's) decoders.
      const pair = mapPair(current, segment);
      if (!pair) return { complete: false, key: lastKey, value: current };
      lastKey = pair.key ?? lastKey;
      current = pair.value ?? undefined;
      if (!current) return { complete: true, key: lastKey };
    } else if (isSeq(current) && typeof segment === "number") {
      const item: YNode | undefined = current.items[segment] ?? undefined;
      if (!item) return { complete: false, key: lastKey, value: current };
      current = item;
      lastKey = item;
    } else {
      return { complete: false, key: lastKey, value: current };
    }
  }
  return { complete: true, key: lastKey, value: current };
}

/** Orders objects by file path, then document, then item of a List. */
function comparePlaces(a: K8sObject, b: K8sObject): number {
  if (a.file.path !== b.file.path) return a.file.path < b.file.path ? -1 : 1;
  return a.documentIndex - b.documentIndex || (a.itemIndex ?? -1) - (b.itemIndex ?? -1);
}

/** Adds an object to an index by namespace, then name; an object without namespace counts as in "". */
function addByName(named: Map<string, Map<string, K8sObject[]>>, object: K8sObject): void {
  let names = named.get(object.namespace ?? "");
  if (!names) named.set(object.namespace ?? "", (names = new Map()));
  push(names, object.name, object);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
