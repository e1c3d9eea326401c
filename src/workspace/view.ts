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

interface Allowed {
  reader: string;
  inputs: Set<Exclude<RuleInput, { kinds: readonly string[] }>>;
  kinds: Set<string>;
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
  const check = (input: Exclude<RuleInput, { kinds: readonly string[] }>): void => {
    if (!permissions.inputs.has(input)) throw new UndeclaredReadError(`${reader} reads ${input} but does not declare it in reads`);
  };
  const checkKind = (kind: string): void => {
    if (!permissions.kinds.has(kind) && !permissions.inputs.has("objects")) throw new UndeclaredReadError(`${reader} reads ${kind} objects but does not declare the kind in reads`);
  };
  const getter = (name: keyof Workspace, input: Exclude<RuleInput, { kinds: readonly string[] }>): void => {
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
      return files && partitionKinds.has(kind) ? objects.filter((object) => files.has(object.file.path)) : objects;
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

/**
 * Returns the items of a memoised list that a partitioned view may see: those whose object is not
 * of a partition kind, or is in one of the partition's files. Helpers that list objects call it.
 */
export function inPartition<T>(workspace: Workspace, items: readonly T[], objectOf: (item: T) => K8sObject): readonly T[] {
  const partition = partitions.get(workspace);
  const files = partition?.files;
  if (!files) return items;
  return items.filter((item) => {
    const object = objectOf(item);
    return !partition.kinds.includes(object.kind) || files.has(object.file.path);
  });
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
  for (const input of inputs) {
    if (typeof input === "object") {
      const missing = input.kinds.filter((kind) => !permissions.kinds.has(kind) && !permissions.inputs.has("objects"));
      if (missing.length > 0) throw new UndeclaredReadError(`${permissions.reader} uses ${helper}, which reads ${missing.join(", ")} objects, but does not declare them in reads`);
    } else if (!permissions.inputs.has(input)) {
      throw new UndeclaredReadError(`${permissions.reader} uses ${helper}, which reads ${input}, but does not declare it in reads`);
    }
  }
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
  const permissions: Allowed = { reader, inputs: new Set(), kinds: new Set() };
  for (const input of inputs) {
    if (typeof input === "object") for (const kind of input.kinds) permissions.kinds.add(kind);
    else permissions.inputs.add(input);
  }
  return permissions;
}
