// Restricted views of the model. A rule that declares what it reads (`Rule.reads`) gets the
// workspace through a view that throws when the rule reads anything else. The declaration is so
// checked on every lint, and a warm cache can rely on it: the rule's findings depend on those inputs
// only, and are reused while the inputs are unchanged.
import type { RuleInput } from "../types.js";
import type { Workspace } from "./workspace.js";

const bases = new WeakMap<Workspace, Workspace>();
const allowed = new WeakMap<Workspace, Allowed>();

interface Allowed {
  reader: string;
  inputs: Set<Exclude<RuleInput, { kinds: readonly string[] }>>;
  kinds: Set<string>;
}

/** Thrown when a rule or helper reads a part of the model it did not declare: a bug in plumbline. */
export class UndeclaredReadError extends Error {}

/** Returns a view of `workspace` that lets `reader` (a rule id, say) read only `inputs`. */
export function restrictedWorkspace(workspace: Workspace, reader: string, inputs: readonly RuleInput[]): Workspace {
  const base = baseWorkspace(workspace);
  const permissions = toAllowed(reader, inputs);
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
      return base.objectsOfKind(group, kind);
    },
    find: (group: string, kind: string, namespace: string | undefined, name: string) => {
      checkKind(kind);
      return base.find(group, kind, namespace, name);
    },
    deployersOf: (file: string) => {
      check("applications");
      return base.deployersOf(file);
    },
  } satisfies Partial<Workspace>);
  bases.set(view, base);
  allowed.set(view, permissions);
  return view;
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
