// Facts derived from one file at a time, such as the network references of its workloads, that a
// rule over the whole repository aggregates. With `--cache`, the facts of files whose state (content
// hash and namespaces) did not change come from the previous run, so a rule that reads every
// workload's references builds only the changed files' workloads.
import { debug } from "../debug.js";
import type { RuleInput } from "../types.js";
import { baseWorkspace, requireInputs, restrictedWorkspace } from "./view.js";
import type { Workspace } from "./workspace.js";

/** The facts of the previous run, where the rule cache keeps them. */
export interface FactStore {
  /** Returns the facts `name` of `path` from the previous run when the file's state is unchanged since; else undefined. */
  reuse(name: string, path: string): unknown[] | undefined;
  /** Records the facts `name` of every file of this run; `derived` lists the files whose facts were derived rather than reused. */
  record(name: string, facts: ReadonlyMap<string, unknown[]>, derived: ReadonlySet<string>): void;
}

const stores = new WeakMap<Workspace, FactStore>();
const memos = new WeakMap<Workspace, Map<string, ReadonlyMap<string, readonly unknown[]>>>();

/** Lets `factsByFile` reuse facts from `store` for this workspace. */
export function setFactStore(workspace: Workspace, store: FactStore): void {
  stores.set(baseWorkspace(workspace), store);
}

/**
 * Returns the facts `name` of each file that contains an object of `kinds`, by path; `isFact` checks
 * each fact the cache gives back. `derive` gets a
 * view that reads only `inputs` and lists the objects of `kinds` in the files to derive. It returns
 * the facts of each of those files, as plain JSON data. The caller declares `inputs`.
 * Facts of unchanged files are reused from the cache, so `derive` must depend on each file alone:
 * its `inputs` cannot include anything that other files change, and the view forbids looking up
 * objects of `kinds`.
 */
export function factsByFile<T>(
  workspace: Workspace,
  name: string,
  kinds: readonly string[],
  inputs: readonly RuleInput[],
  derive: (view: Workspace) => ReadonlyMap<string, T[]>,
  isFact: (value: unknown) => value is T,
): ReadonlyMap<string, readonly T[]> {
  requireInputs(workspace, name, inputs);
  const base = baseWorkspace(workspace);
  let memo = memos.get(base);
  if (!memo) memos.set(base, (memo = new Map()));
  const known = memo.get(name);
  if (known) return known as ReadonlyMap<string, readonly T[]>;

  const kindSet = new Set(kinds);
  const store = stores.get(base);
  // Each file with objects of `kinds`, in file order, so a caller that takes the first match gets
  // what a run without the cache gets. A file to derive keeps its place with no facts until derived.
  const facts = new Map<string, T[]>();
  const missing = new Set<string>();
  for (const object of base.objects) {
    const path = object.file.path;
    if (!kindSet.has(object.kind) || facts.has(path)) continue;
    // Facts from the cache are checked, so a damaged entry is derived again instead of failing a rule.
    const previous = store?.reuse(name, path);
    if (previous && previous.every(isFact)) {
      facts.set(path, previous as T[]);
    } else {
      missing.add(path);
      facts.set(path, []);
    }
  }
  debug(`facts ${name}: ${missing.size} of ${facts.size} files derived`);
  if (missing.size > 0) {
    const derived = derive(restrictedWorkspace(base, `${name} facts`, inputs, { kinds, files: missing }));
    for (const path of missing) facts.set(path, derived.get(path) ?? []);
  }
  store?.record(name, facts, missing);
  memo.set(name, facts);
  return facts;
}
