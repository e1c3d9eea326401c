// Restricted views of the model. A rule that declares what it reads (`Rule.reads`) gets the
// workspace through a view that throws when the rule reads anything else. The declaration is so
// checked on every lint, and a warm cache can rely on it: the rule's findings depend on those inputs
// only, and are reused while the inputs are unchanged.
import type { RuleInput } from "../types.js";
import type { K8sObject, Workspace } from "./workspace.js";

const bases = new WeakMap<Workspace, Workspace>();
const allowed = new WeakMap<Workspace, Allowed>();
const partitions = new WeakMap<Workspace, Partition>();

/** The files a partitioned rule runs on, and the kinds its partitions are made of. */
export interface Partition {
  kinds: readonly string[];
  /** Files to run on; undefined runs on every file. */
  files?: ReadonlySet<string>;
}

/** The inputs named by a string. */
type NamedInput = Extract<RuleInput, string>;

interface Allowed {
  reader: string;
  inputs: Set<NamedInput>;
  kinds: Set<string>;
  /** The names of the fact sources declared. */
  facts: Set<string>;
}

/** Thrown when a rule or helper reads a part of the model it did not declare: a bug in plumbline. */
export class UndeclaredReadError extends Error {}

/**
 * Returns a view of `workspace` that lets `reader` (a rule id, say) read only `inputs`. With a
 * partition, objects of the partition's kinds cannot be looked up, and only those in its files are
 * listed.
 */
export function restrictedWorkspace(workspace: Workspace, reader: string, inputs: readonly RuleInput[], partition?: Partition): Workspace {
  const base = baseWorkspace(workspace);
  const permissions = toAllowed(reader, inputs);
  const partitionKinds = new Set(partition?.kinds ?? []);
  if (partition && (permissions.inputs.has("objects") || permissions.inputs.has("files"))) {
    throw new UndeclaredReadError(`${reader} is partitioned by file, so it cannot read every object or every file`);
  }
  const view = Object.create(base) as Workspace;
  const check = (input: NamedInput): void => {
    if (!permissions.inputs.has(input)) throw new UndeclaredReadError(`${reader} reads ${input} but does not declare it in reads`);
  };
  const checkKind = (kind: string): void => {
    if (!permissions.kinds.has(kind) && !permissions.inputs.has("objects")) throw new UndeclaredReadError(`${reader} reads ${kind} objects but does not declare the kind in reads`);
  };
  const getter = (name: keyof Workspace, input: NamedInput): void => {
    Object.defineProperty(view, name, {
      get() {
        check(input);
        return base[name];
      },
    });
  };
  getter("objects", "objects");
  getter("applications", "applications");
  getter("files", "files");
  getter("tree", "tree");
  getter("kustomizations", "kustomizations");
  Object.defineProperty(view, "documentCount", {
    get() {
      check("files");
      return base.documentCount;
    },
  });
  Object.assign(view, {
    objectsOfKind: (group: string, kind: string) => {
      checkKind(kind);
      const objects = base.objectsOfKind(group, kind);
      const files = partition?.files;
      return files && partitionKinds.has(kind) ? visibleItems(objects, (object) => object, partition.kinds, files) : objects;
    },
    find: (group: string, kind: string, namespace: string | undefined, name: string) => {
      checkKind(kind);
      if (partitionKinds.has(kind)) throw new UndeclaredReadError(`${reader} is partitioned by its ${kind} objects, so it cannot look one up`);
      return base.find(group, kind, namespace, name);
    },
    deployersOf: (file: string) => {
      check("applications");
      return base.deployersOf(file);
    },
  } satisfies Partial<Workspace>);
  bases.set(view, base);
  allowed.set(view, permissions);
  if (partition) partitions.set(view, partition);
  return view;
}

/** The positions of a list's items by file, and of those outside each set of partition kinds. */
interface ListIndex {
  /** The list's length when indexed. A list that grew since then is indexed again. */
  length: number;
  byFile: Map<string, number[]>;
  /** By the partition kinds, joined with NUL. */
  outside: Map<string, number[]>;
}

const listIndexes = new WeakMap<readonly unknown[], ListIndex>();

/**
 * Returns the items of a memoised list that a partitioned view may see: those whose object is not
 * of a partition kind, or is in one of the partition's files, in list order. Helpers that list
 * objects call it.
 */
export function inPartition<T>(workspace: Workspace, items: readonly T[], objectOf: (item: T) => K8sObject): readonly T[] {
  const partition = partitions.get(workspace);
  return partition?.files ? visibleItems(items, objectOf, partition.kinds, partition.files) : items;
}

/**
 * Returns the items whose object is not of one of `kinds`, or is in one of `files`, in list order.
 * A warm run reruns a dozen partitioned rules on the one file that changed, so each list is indexed
 * once, rather than filtered in full for each rule. A list may grow, as the model's lists of a kind
 * do while it loads, but must not otherwise change.
 */
function visibleItems<T>(items: readonly T[], objectOf: (item: T) => K8sObject, kinds: readonly string[], files: ReadonlySet<string>): readonly T[] {
  let index = listIndexes.get(items);
  if (index?.length !== items.length) {
    const byFile = new Map<string, number[]>();
    items.forEach((item, position) => {
      const path = objectOf(item).file.path;
      const positions = byFile.get(path);
      if (positions) positions.push(position);
      else byFile.set(path, [position]);
    });
    listIndexes.set(items, (index = { length: items.length, byFile, outside: new Map() }));
  }
  const kindSet = new Set(kinds);
  const key = kinds.join("\u0000");
  let outside = index.outside.get(key);
  if (!outside) {
    const found: number[] = [];
    items.forEach((item, position) => {
      if (!kindSet.has(objectOf(item).kind)) found.push(position);
    });
    index.outside.set(key, (outside = found));
  }
  const positions = [...outside];
  for (const path of files) {
    for (const position of index.byFile.get(path) ?? []) if (kindSet.has(objectOf(items[position]!).kind)) positions.push(position);
  }
  if (positions.length === items.length) return items;
  positions.sort((a, b) => a - b);
  return positions.map((position) => items[position]!);
}

/** Returns the full workspace behind a view, or the workspace itself. Helpers key their memos by it. */
export function baseWorkspace(workspace: Workspace): Workspace {
  return bases.get(workspace) ?? workspace;
}

/**
 * Throws unless the reader behind `workspace` declared every input in `inputs`. A helper that
 * memoises what it derives calls this on each call, because a caller that gets the memo reads
 * those inputs without touching the view.
 */
export function requireInputs(workspace: Workspace, helper: string, inputs: readonly RuleInput[]): void {
  const permissions = allowed.get(workspace);
  if (!permissions) return;
  const missing = undeclared(permissions, inputs);
  if (missing) throw new UndeclaredReadError(`${permissions.reader} uses ${helper}, which reads ${missing}, but does not declare ${missing.endsWith("objects") ? "them" : "it"} in reads`);
}

/** Describes the first of `inputs` that `permissions` do not cover; undefined when they cover all. */
function undeclared(permissions: Allowed, inputs: readonly RuleInput[]): string | undefined {
  for (const input of inputs) {
    if (typeof input === "string") {
      if (!permissions.inputs.has(input)) return input;
    } else if ("kinds" in input) {
      const missing = input.kinds.filter((kind) => !permissions.kinds.has(kind) && !permissions.inputs.has("objects"));
      if (missing.length > 0) return `${missing.join(", ")} objects`;
    } else if (!permissions.facts.has(input.facts.name) && undeclared(permissions, input.facts.inputs) !== undefined) {
      // Facts are derived from their source's inputs, so a reader that declares those may read them.
      return `the facts "${input.facts.name}"`;
    }
  }
  return undefined;
}

/**
 * Returns what `derive` computes from `workspace`, memoised per base workspace in `memo`. `derive`
 * runs on a view restricted to `inputs`, and every caller must declare them, so a memo never
 * carries an input to a rule that did not declare it.
 */
export function derived<T>(memo: WeakMap<Workspace, T>, workspace: Workspace, helper: string, inputs: readonly RuleInput[], derive: (view: Workspace) => T): T {
  requireInputs(workspace, helper, inputs);
  const base = baseWorkspace(workspace);
  if (memo.has(base)) return memo.get(base)!;
  const value = derive(restrictedWorkspace(base, helper, inputs));
  memo.set(base, value);
  return value;
}

function toAllowed(reader: string, inputs: readonly RuleInput[]): Allowed {
  const permissions: Allowed = { reader, inputs: new Set(), kinds: new Set(), facts: new Set() };
  for (const input of inputs) {
    if (typeof input === "string") permissions.inputs.add(input);
    else if ("kinds" in input) for (const kind of input.kinds) permissions.kinds.add(kind);
    else permissions.facts.add(input.facts.name);
  }
  return permissions;
}
