// Facts derived from one file at a time, such as the network references of its workloads, that a
// rule over the whole repository aggregates (`FactSource`). With `--cache`, the facts of files whose
// state (content hash and namespaces) did not change come from the previous run, so a rule that
// reads every workload's references builds only the changed files' workloads.
import { debug } from "../debug.js";
import type { FactSource } from "../types.js";
import { baseWorkspace, requireInputs, restrictedWorkspace } from "./view.js";
import type { Workspace } from "./workspace.js";

/** The facts of the previous run, where the rule cache keeps them. */
export interface FactStore {
  /**
   * Returns the facts `name` of `path` that this run derived already to fingerprint them, with
   * `derived` set. Otherwise returns the previous run's, when the file's state is unchanged since,
   * or undefined.
   */
  reuse(name: string, path: string): { facts: unknown[]; derived: boolean } | undefined;
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
 * Returns the facts of `source` for each file that contains an object of its kinds, by path, in
 * file order. The caller declares `{ facts: source }` or the source's inputs. Facts of unchanged
 * files are reused from the cache, and checked with `source.isFact` first.
 */
export function factsByFile<T>(workspace: Workspace, source: FactSource<T>): ReadonlyMap<string, readonly T[]> {
  requireInputs(workspace, source.name, [{ facts: source as FactSource }]);
  const base = baseWorkspace(workspace);
  let memo = memos.get(base);
  if (!memo) memos.set(base, (memo = new Map()));
  const known = memo.get(source.name);
  if (known) return known as ReadonlyMap<string, readonly T[]>;

  const store = stores.get(base);
  // Each file with objects of the kinds, in file order, so a caller that takes the first match gets
  // what a run without the cache gets. A file to derive keeps its place with no facts until derived.
  const facts = new Map<string, T[]>();
  const missing = new Set<string>();
  const derived = new Set<string>();
  let checkView: Workspace | undefined;
  const storedFactsMatch = (path: string, list: readonly T[]): boolean => {
    if (!source.matchesModel) return true;
    checkView ??= restrictedWorkspace(base, `${source.name} check`, source.inputs);
    return source.matchesModel(checkView, path, list);
  };
  for (const path of filesOfKinds(base, source.kinds)) {
    // Facts from the cache are checked, so a damaged entry is derived again instead of failing a rule.
    const previous = store?.reuse(source.name, path);
    if (previous && previous.facts.every(source.isFact) && (previous.derived || storedFactsMatch(path, previous.facts as T[]))) {
      facts.set(path, previous.facts);
      if (previous.derived) derived.add(path);
    } else {
      missing.add(path);
      facts.set(path, []);
    }
  }
  for (const [path, list] of deriveFacts(base, source, missing)) facts.set(path, list);
  for (const path of missing) derived.add(path);
  debug(`facts ${source.name}: ${derived.size} of ${facts.size} files derived`);
  store?.record(source.name, facts, derived);
  memo.set(source.name, facts);
  return facts;
}

/** Returns the files that contain an object of one of `kinds`, in file order. */
function filesOfKinds(workspace: Workspace, kinds: readonly string[]): string[] {
  const kindSet = new Set(kinds);
  const files = new Set<string>();
  for (const object of baseWorkspace(workspace).objects) if (kindSet.has(object.kind)) files.add(object.file.path);
  return [...files];
}

/**
 * Derives the facts of `source` for `files`, on a view that reads only the source's inputs and
 * lists only the objects of its kinds in those files. Each file gets a list, an empty one included.
 */
export function deriveFacts<T>(workspace: Workspace, source: FactSource<T>, files: ReadonlySet<string>): Map<string, T[]> {
  const found = new Map<string, T[]>();
  if (files.size === 0) return found;
  const base = baseWorkspace(workspace);
  const derived = source.derive(restrictedWorkspace(base, `${source.name} facts`, source.inputs, { kinds: source.kinds, files }));
  for (const path of files) found.set(path, derived.get(path) ?? []);
  return found;
}
