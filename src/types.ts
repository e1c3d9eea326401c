// Contracts shared by the engine, the rules and the reporters.
import type { Config } from "./config.js";
import type { Workspace } from "./workspace/workspace.js";

export type Severity = "error" | "warning" | "info";

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A span in a file: 1-based lines and columns, columns in UTF-16 code units, end exclusive. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The Kubernetes object a finding is about. */
export interface ResourceRef {
  kind: string;
  namespace?: string;
  name: string;
}

export interface Finding extends Range {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the repository root, with `/` separators. */
  file: string;
  resource?: ResourceRef;
  docsUrl: string;
}

/** Input of `context.report`; the engine adds the rule id, severity and docs URL. */
export interface ReportInput {
  message: string;
  file: string;
  range: Range;
  resource?: ResourceRef;
  /** Overrides the rule's default severity for this finding (a user's config override still wins). */
  severity?: Severity;
}

export interface RuleContext {
  readonly workspace: Workspace;
  readonly config: Config;
  report(finding: ReportInput): void;
}

/**
 * Options of the live cluster phase; rules with `live: true` run only when these are present.
 * `kubeconfigText` contains the kubeconfig's content and must never be printed.
 */
export interface LiveOptions {
  kubeconfigPath?: string;
  /**
   * Kubeconfig files merged as kubectl merges the files in KUBECONFIG: the first file to set a
   * value or a named cluster, user or context wins. Used in place of `kubeconfigPath` when set.
   */
  kubeconfigPaths?: readonly string[];
  /** Kubeconfig files with the text already read from them, so a pipe is read once. They win over the paths. */
  kubeconfigFiles?: readonly { path: string; text: string }[];
  kubeconfigText?: string;
  context?: string;
  timeoutMs: number;
}

export interface LiveRuleContext extends RuleContext {
  readonly live: LiveOptions;
}

/**
 * A part of the model a rule reads:
 * - `{ kinds }`: objects of these kinds (any API group), through `objectsOfKind` and `find`, with
 *   everything in the files that hold them and the namespaces they resolve to;
 * - `objects`: every object;
 * - `applications`: the Argo CD Applications, what they render and who deploys a file;
 * - `kustomizations`, `tree` (files and folders that exist), `files` (every file's parse);
 * - `{ facts }`: the per-file facts of one source (src/workspace/file-facts.ts), through
 *   `factsByFile`. `--cache` compares the facts themselves, so an edit that leaves a file's facts as
 *   they were changes nothing the rule reads.
 * The configuration and the repository's identity are always readable.
 */
export type RuleInput = { kinds: readonly string[] } | { facts: FactSource } | "objects" | "applications" | "kustomizations" | "tree" | "files";

/**
 * Facts derived from one file at a time, such as the network references of its workloads, which a
 * rule over the whole repository aggregates. Every file that contains an object of `kinds` has
 * facts, an empty list included.
 */
export interface FactSource<T = unknown> {
  /** Unique among sources; the cache keeps the facts under it. */
  name: string;
  kinds: readonly string[];
  /** The inputs `derive` reads. They must not include anything that other files change. */
  inputs: readonly RuleInput[];
  /**
   * Returns the facts of each file of the view, as plain JSON data, by path. The view reads only
   * `inputs`, and lists only the objects of `kinds` in the files to derive. The facts must depend
   * on each file alone: on its content, the namespaces of its objects and the configuration.
   */
  derive(view: Workspace): ReadonlyMap<string, T[]>;
  /** Checks a fact read back from the cache. */
  isFact(value: unknown): value is T;
  /**
   * Checks the facts of a file read back from the cache against this run's model, on a view that
   * reads only `inputs`. Facts that fail are derived again. Facts that point at objects need it,
   * because a cache edited by hand behind a recomputed checksum could move them.
   */
  matchesModel?(view: Workspace, path: string, facts: readonly T[]): boolean;
}

export interface Rule {
  /** Public, stable id such as `nad/config-json`; see docs/rules/<id>.md. */
  id: string;
  defaultSeverity: Severity;
  /** One sentence: what the rule reports. */
  description: string;
  /** Tags for SARIF and the docs index, e.g. `multus`, `cni`, `argocd`. */
  tags?: string[];
  /** Live rules run only with a kubeconfig, after the static rules, and may be async. */
  live?: boolean;
  /**
   * The parts of the model the rule reads. The rule then gets the model through a view that throws
   * on any other read, and `--cache` reuses its findings while these inputs are unchanged. A rule
   * without it reads everything and runs on every lint.
   */
  reads?: readonly RuleInput[];
  /**
   * Set when the rule's findings in a file depend only on that file's objects of these kinds, and
   * on the rule's other reads. The rule then cannot look up objects of these kinds (the view
   * throws), it reports only in the files that hold them, and `--cache` runs it again only on the
   * files that changed. Needs `reads`, without `objects` or `files`.
   */
  partition?: { kinds: readonly string[] };
  /**
   * Set when whether the rule reports anything at all depends only on these inputs, a part of
   * `reads`. The rest of `reads` then only shapes what it reports, such as a message or a range. While
   * these inputs are unchanged, `--cache` reuses a run that reported nothing, whatever else changed.
   * Not for a partitioned rule.
   */
  decidedBy?: readonly RuleInput[];
  check(context: RuleContext | LiveRuleContext): void | Promise<void>;
}

/** A registered rule with its docs URL filled in from the one base URL. */
export interface RegisteredRule extends Rule {
  docsUrl: string;
}

export interface Summary {
  files: number;
  documents: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report {
  version: 1;
  root: string;
  findings: Finding[];
  summary: Summary;
  rules: RegisteredRule[];
}
