// The second half of the warm cache of `--cache`: each rule's findings from the previous run, with
// a fingerprint of the inputs the rule declares (`Rule.reads`). A rule whose fingerprint is the same
// in this run does not run, and its findings are reused. A restricted view of the model keeps each
// such rule to its declaration on every lint (src/workspace/view.ts), so the fingerprint covers
// everything the findings depend on:
// - the configuration, the rule settings, the repository's identity, and plumbline's build, in a key
//   shared by every rule;
// - for `{ kinds }`, each file that contains an object of those kinds: its path, the hash of its
//   content, and the namespace each of its objects resolved to (which the Applications and
//   kustomizations decide);
// - for `objects`, the same for every file with objects; for `tree`, every path discovery found;
//   for `files`, every file's path, role and content hash.
// `applications` and `kustomizations` have no fingerprint, so a rule that reads them always runs.
// The file starts with the SHA-1 of the JSON that follows, and a file that does not match is ignored.
// The per-file facts (src/workspace/file-facts.ts) are in a file of their own, with the state of
// each file they were derived from. Only a run whose rules derive or read facts opens it, and only
// a run that derived some writes it. An edit that reuses every rule skips its 1.7 MB (at 2,000 apps).
// A partitioned rule (`Rule.partition`) keeps its findings per file: the fingerprint leaves out the
// partition's kinds, each file of the partition has its own state (content hash and namespaces), and
// the rule runs again only on the files whose state changed.
// A rule that reads per-file facts (`{ facts }`) gets, for each source, a fingerprint of the facts
// themselves. The findings file keeps a digest of each file's facts, and a run derives only the
// facts of the files whose state changed, to compare their digests. So an edit that leaves the
// facts as they were, such as a replica count, changes nothing such a rule reads. A rule with
// `decidedBy` also keeps the fingerprint of those inputs, and a run of it that reported nothing is
// reused while that fingerprint is unchanged.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Config, RuleSetting } from "./config.js";
import { debug } from "./debug.js";
import type { FactSource, Finding, Rule, RuleInput } from "./types.js";
import { FACTS_FILE_NAME, FINDINGS_FILE_NAME } from "./workspace/cache-files.js";
import { deriveFacts, type FactStore } from "./workspace/file-facts.js";
import { cacheStamp, symlinkBelowRoot, writeCacheFile } from "./workspace/parse-cache.js";
import type { K8sObject, Workspace } from "./workspace/workspace.js";

const FORMAT = 8;
/** Characters of a file's facts digest: the start of the base64 SHA-1 of the facts' JSON, 72 bits. */
const FACT_DIGEST_WIDTH = 12;
/** The character code of "1", which marks a file with a digest in `StoredDigests.present`. */
const PRESENT = 0x31;
/** Files whose facts were derived again, equal to the stored ones, before the facts file is rewritten anyway. */
const FACTS_REDERIVED_BEFORE_REWRITE = 64;

/** The plan for a rule with declared reads in this run: the findings that still hold, and where to run it. */
export interface RulePlan {
  /** Findings of the previous run that still hold. */
  reused: Finding[];
  /** Files to run the rule on: undefined for all of it, empty for none. */
  rerun?: ReadonlySet<string>;
}

/** The part of a rule the cache needs. */
export type CachedRule = Pick<Rule, "id" | "partition" | "decidedBy"> & { reads: readonly RuleInput[] };

export interface RuleCache {
  /** Returns which findings of the previous run hold, and what the rule must run on. */
  plan(rule: CachedRule): RulePlan;
  /**
   * Records what the rule reported when it ran as `plan` directs, for the next run. Call it only for
   * a rule that ran without an internal error. Returns an internal error when a partitioned rule
   * reported in a file outside its partition.
   */
  record(rule: CachedRule, plan: RulePlan, findings: readonly Finding[]): string | undefined;
  /** Writes the findings recorded in this run; returns a warning when the file cannot be written. */
  save(): string | undefined;
  /** The per-file facts of earlier runs, for `setFactStore`. */
  readonly facts: FactStore;
  readonly stats: { reused: number; partly: number; ran: number };
}

interface StoredRule {
  fingerprint: string;
  /** The fingerprint of `Rule.decidedBy` when the findings were recorded. */
  decision?: string;
  /** Every finding, for a rule without a partition. */
  findings?: Finding[];
  /** The findings of a partitioned rule, by file; a file of the partition that is missing had none. */
  byFile?: Record<string, Finding[]>;
}

/** The fields both files of this module start with: the build and the key that the rest is valid for. */
interface StoredHeader {
  format: number;
  stamp: string;
  key: string;
}

/** The state of every file with objects (see `Fingerprints.stateOf`), as two arrays in file order: JSON reads them faster than an object with 10,000 keys. */
interface StoredStates {
  paths: string[];
  states: string[];
}

/**
 * The facts of one source as digests: one of them all, and one per file. The per-file digests are
 * one string, which JSON reads much faster than an array of 4,000 strings.
 */
interface StoredDigests {
  /** The fingerprint of the paths and states of the files the facts were derived from, or "" when unknown. */
  inputs: string;
  /** The fingerprint of the facts: of every file's digest, with its path. */
  digest: string;
  /** One character per file of `files`: "1" when it has a digest in `digests`, else "0". */
  present: string;
  /** The digests of the files marked present, in order, `FACT_DIGEST_WIDTH` characters each. */
  digests: string;
}

interface StoredFile extends StoredHeader {
  /** The state of every file with objects when the findings were recorded. */
  files: StoredStates;
  /** By fact source, the digest of the facts of each file that has them. */
  factDigests: Record<string, StoredDigests>;
  rules: Record<string, StoredRule>;
}

interface StoredFacts extends StoredHeader {
  /** Each file that has facts, and its state when they were derived. */
  files: StoredStates;
  /** Per-file facts (src/workspace/file-facts.ts) by name, in the order of `files`; null where a file has none of that name. */
  facts: Record<string, (unknown[] | null)[]>;
}

export interface RuleCacheInputs {
  /** Folder of the cache. */
  location: string;
  workspace: Workspace;
  config: Config;
  settings: ReadonlyMap<string, RuleSetting | undefined>;
  /** Content hash of every file that was read, by root-relative path. */
  hashes: ReadonlyMap<string, string>;
}

/**
 * Opens the findings of the previous run in `location`; a missing, foreign or damaged file counts
 * as empty. Returns undefined where the parse cache is not used either: below a symbolic link
 * inside the repository, which could lead out of it.
 */
export function openRuleCache(inputs: RuleCacheInputs): RuleCache | undefined {
  const file = join(inputs.location, FINDINGS_FILE_NAME);
  const factsFile = join(inputs.location, FACTS_FILE_NAME);
  if (symlinkBelowRoot(inputs.workspace.root, file) !== undefined) return undefined;
  const header: StoredHeader = {
    format: FORMAT,
    stamp: cacheStamp(),
    key: sha1(
      JSON.stringify({
        config: inputs.config,
        settings: [...inputs.settings].sort(([a], [b]) => (a < b ? -1 : 1)),
        identity: { urls: [...inputs.workspace.repoIdentity.urls], refs: refsOf(inputs.workspace) },
      }),
    ),
  };
  const previous = readStored(file, header);
  const fingerprints = new Fingerprints(inputs.workspace, inputs.hashes, (source) => factsPart(source));
  const next: StoredFile = { ...header, files: fingerprints.allStates(), factDigests: {}, rules: {} };
  let previousRows: Map<string, number> | undefined;
  // Partly reused rules wait here until the rest of their findings are recorded.
  const pending = new Map<string, StoredRule>();
  const stats = { reused: 0, partly: 0, ran: 0 };
  // The rows whose state changed, when this run has the same files in the same order as the previous
  // one. An edit that adds or removes a file leaves this undefined.
  const changedRows = previous && changedRowsOf(previous.files, next.files);
  let changedPaths: Set<string> | undefined;
  /** Files with objects whose state differs from the previous run's, new ones and those of unknown state included. */
  const changedFiles = (): Set<string> => {
    if (changedPaths) return changedPaths;
    changedPaths = new Set(fingerprints.filesOfUnknownState());
    if (changedRows) {
      for (const row of changedRows) changedPaths.add(next.files.paths[row]!);
      return changedPaths;
    }
    for (const path of next.files.paths) if (previousState(path) !== fingerprints.stateOf(path)) changedPaths.add(path);
    return changedPaths;
  };
  /** Returns the row of `path` in the previous run's states and digests. */
  const previousRow = (path: string): number | undefined => {
    if (!previous) return undefined;
    if (!previousRows) {
      const rows = (previousRows = new Map());
      previous.files.paths.forEach((file, row) => rows.set(file, row));
    }
    return previousRows.get(path);
  };
  const previousState = (path: string): string | undefined => {
    const row = previousRow(path);
    return row === undefined ? undefined : previous!.files.states[row];
  };
  let changed = changedRows === undefined || changedRows.length > 0;

  /** Facts this run derived to fingerprint them, by source name, then path. A rule that runs reads them from here. */
  const fresh = new Map<string, ReadonlyMap<string, unknown[]>>();
  /**
   * The facts fingerprint of each source this run fingerprinted, by name. With it goes what the next
   * findings file keeps: the stored digests when they are still valid, else this run's digest of
   * each file, by path. The value is undefined where a file's state is unknown or deriving failed.
   */
  const factParts = new Map<string, ({ digest: string; inputs: string } & ({ stored: StoredDigests } | { byPath: ReadonlyMap<string, string> })) | undefined>();
  /**
   * Returns the fingerprint of `source`'s facts. While the files of its kinds are as the previous run
   * recorded them, that is the stored one. Otherwise a file whose state is unchanged keeps its stored
   * digest, and the facts of the other files are derived and kept for a rule that runs. Returns
   * undefined when a file's state is unknown or deriving fails, and the rule that then runs reports why.
   */
  const factsPart = (source: FactSource): string | undefined => {
    if (factParts.has(source.name)) return factParts.get(source.name)?.digest;
    factParts.set(source.name, undefined);
    const inputsPart = fingerprints.of([{ kinds: source.kinds }, ...source.inputs]);
    if (inputsPart === undefined) return undefined;
    const stored = previous?.factDigests[source.name];
    if (stored?.inputs === inputsPart) {
      factParts.set(source.name, { digest: stored.digest, inputs: inputsPart, stored });
      return stored.digest;
    }

    const storedDigest = stored && storedLookup(stored);
    const found = new Map<string, string>();
    const toDerive = new Set<string>();
    // Whether every file has the digest it had: true while each file found so far had one.
    let asStored = stored !== undefined && stored.digest !== "";
    let storedFiles = 0;
    for (const path of fingerprints.partitionFiles(source.kinds)) {
      const row = previousRow(path);
      const before = row === undefined ? undefined : storedDigest?.(row);
      if (before === undefined) asStored = false;
      else storedFiles++;
      const digest = before !== undefined && previous!.files.states[row!] === fingerprints.stateOf(path) ? before : undefined;
      if (digest === undefined) toDerive.add(path);
      // Set now, so the map is in file order whichever digests are derived. A derived file keeps
      // the digest it had until its own is known.
      found.set(path, before ?? "");
    }
    let derived: Map<string, unknown[]>;
    try {
      derived = deriveFacts(inputs.workspace, source, toDerive);
    } catch (error) {
      debug(`facts ${source.name} not fingerprinted: ${(error as Error).message}`);
      return undefined;
    }
    debug(`facts ${source.name} fingerprinted, ${toDerive.size} of ${found.size} files derived`);
    fresh.set(source.name, derived);
    for (const [path, list] of derived) {
      const digest = factDigest(list);
      if (digest !== found.get(path)) asStored = false;
      found.set(path, digest);
    }
    // The same files with the same facts, so the stored digests remain valid for these new states.
    if (asStored && storedFiles === stored!.present.replaceAll("0", "").length) {
      factParts.set(source.name, { digest: stored!.digest, inputs: inputsPart, stored: { ...stored!, inputs: inputsPart } });
      return stored!.digest;
    }
    // In file order, which is the same on every run.
    const lines: string[] = [];
    for (const [path, digest] of found) lines.push(`${path}\t${digest}`);
    const digest = sha1(lines.join("\n"));
    factParts.set(source.name, { digest, inputs: inputsPart, byPath: found });
    changed = true;
    return digest;
  };
  /** Returns a lookup of stored digests by row of the previous run's `files`. */
  const storedLookup = (stored: StoredDigests): ((row: number) => string | undefined) => {
    const slots = new Int32Array(stored.present.length).fill(-1);
    let slot = 0;
    for (let row = 0; row < stored.present.length; row++) if (stored.present.charCodeAt(row) === PRESENT) slots[row] = slot++;
    return (row) => (slots[row]! < 0 ? undefined : stored.digests.slice(slots[row]! * FACT_DIGEST_WIDTH, (slots[row]! + 1) * FACT_DIGEST_WIDTH));
  };
  /**
   * Builds the digests of the next findings file. A source this run did not fingerprint keeps the
   * digests of its files whose state is unchanged, without a fingerprint of its own.
   */
  const digestsToStore = (): Record<string, StoredDigests> => {
    const samePaths = previous !== undefined && previous.files.paths.length === next.files.paths.length && previous.files.paths.every((path, row) => next.files.paths[row] === path);
    const columns: Record<string, StoredDigests> = {};
    const column = (found: (path: string) => string | undefined): Omit<StoredDigests, "inputs" | "digest"> => {
      let present = "";
      const parts: string[] = [];
      next.files.paths.forEach((path) => {
        const digest = found(path);
        present += digest === undefined ? "0" : "1";
        if (digest !== undefined) parts.push(digest);
      });
      return { present, digests: parts.join("") };
    };
    for (const [name, part] of factParts) {
      if (!part) continue;
      const { inputs: inputsPart, digest } = part;
      if ("byPath" in part) {
        columns[name] = { inputs: inputsPart, digest, ...column((path) => part.byPath.get(path)) };
      } else if (samePaths) {
        columns[name] = part.stored;
      } else {
        // The source's files are unchanged, but a file elsewhere was added or removed, which moves the rows.
        const lookup = storedLookup(part.stored);
        columns[name] = {
          inputs: inputsPart,
          digest,
          ...column((path) => {
            const row = previousRow(path);
            return row === undefined ? undefined : lookup(row);
          }),
        };
      }
    }
    for (const [name, stored] of Object.entries(previous?.factDigests ?? {})) {
      if (factParts.has(name)) continue;
      const lookup = storedLookup(stored);
      columns[name] = {
        inputs: "",
        digest: "",
        ...column((path) => {
          const row = previousRow(path);
          return row !== undefined && previous!.files.states[row] === fingerprints.stateOf(path) ? lookup(row) : undefined;
        }),
      };
    }
    return columns;
  };

  // Read when a rule first requests facts; null until then. `rows` gives each stored file's position.
  let previousFacts: { stored: StoredFacts; rows: Map<string, number> } | undefined | null = null;
  const storedFacts = () => {
    if (previousFacts !== null) return previousFacts;
    const stored = readStoredFacts(factsFile, header);
    return (previousFacts = stored && { stored, rows: new Map(stored.files.paths.map((path, row) => [path, row])) });
  };
  /** Returns the stored facts `name` of `path` when the file's state is the one they were derived from. */
  const storedFactsOf = (name: string, path: string): unknown[] | undefined => {
    const found = storedFacts();
    const row = found?.rows.get(path);
    if (row === undefined || found!.stored.files.states[row] !== fingerprints.stateOf(path)) return undefined;
    return found!.stored.facts[name]?.[row] ?? undefined;
  };
  const nextFacts = new Map<string, ReadonlyMap<string, unknown[]>>();
  // The facts file is rewritten when a derived fact differs from the stored one. Facts derived again
  // but equal (a replica count changed, say, and no network reference) leave it as it is: the next
  // run derives that file's facts again, which costs little, until enough of them pile up.
  let factsChanged = false;
  let derivedCount = 0;
  const facts: FactStore = {
    reuse(name, path) {
      const derived = fresh.get(name)?.get(path);
      if (derived) return { facts: derived, derived: true };
      const stored = storedFactsOf(name, path);
      return stored && { facts: stored, derived: false };
    },
    record(name, byFile, derived) {
      nextFacts.set(name, byFile);
      derivedCount += derived.size;
      if (factsChanged) return;
      const found = storedFacts();
      for (const path of derived) {
        const row = found?.rows.get(path);
        const stored = row === undefined ? undefined : found!.stored.facts[name]?.[row];
        if (!stored || JSON.stringify(stored) !== JSON.stringify(byFile.get(path) ?? [])) {
          factsChanged = true;
          return;
        }
      }
    },
  };

  /** Writes the facts of this run, and the facts of earlier runs that no rule requested, for files whose state did not change since. */
  const saveFacts = (): string | undefined => {
    const byName = new Map(nextFacts);
    for (const [name, column] of Object.entries(storedFacts()?.stored.facts ?? {})) {
      if (byName.has(name)) continue;
      const kept = new Map<string, unknown[]>();
      storedFacts()!.stored.files.paths.forEach((path, row) => {
        const facts = column[row] ? storedFactsOf(name, path) : undefined;
        if (facts) kept.set(path, facts);
      });
      byName.set(name, kept);
    }
    const all: StoredFacts = { ...header, files: { paths: [], states: [] }, facts: {} };
    const rows = new Map<string, number>();
    for (const byFile of byName.values()) {
      for (const path of byFile.keys()) {
        const state = fingerprints.stateOf(path);
        if (state === undefined || rows.has(path)) continue;
        rows.set(path, all.files.paths.length);
        all.files.paths.push(path);
        all.files.states.push(state);
      }
    }
    for (const [name, byFile] of byName) {
      const column: (unknown[] | null)[] = new Array(rows.size).fill(null);
      for (const [path, facts] of byFile) {
        const row = rows.get(path);
        if (row !== undefined) column[row] = facts;
      }
      all.facts[name] = column;
    }
    return writeDigested(factsFile, all);
  };

  /** Returns the fingerprint of the rule's `decidedBy`, or undefined without one or when it is unknown. */
  const decisionOf = (rule: CachedRule): string | undefined => (rule.decidedBy && !rule.partition ? fingerprints.of(rule.decidedBy) : undefined);

  return {
    stats,
    facts,
    plan(rule) {
      const stored = previous?.rules[rule.id];
      const fingerprint = fingerprints.of(lookups(rule));
      const full = { reused: [] };
      if (!stored || fingerprint === undefined) {
        stats.ran++;
        return full;
      }
      if (stored.fingerprint !== fingerprint) {
        // A run that reported nothing stays valid while the inputs that decide whether to report are unchanged.
        const decision = decisionOf(rule);
        if (!rule.partition && stored.findings?.length === 0 && decision !== undefined && stored.decision === decision) {
          next.rules[rule.id] = { fingerprint, decision, findings: [] };
          changed = true;
          stats.reused++;
          return { reused: [], rerun: new Set() };
        }
        stats.ran++;
        return full;
      }
      if (!rule.partition) {
        if (!stored.findings) return full;
        next.rules[rule.id] = stored;
        stats.reused++;
        return { reused: copies(stored.findings), rerun: new Set() };
      }

      if (!stored.byFile) return full;
      // Only the files whose state changed run again; the findings of the others are kept.
      const partition = fingerprints.partitionFiles(rule.partition.kinds);
      const rerun = new Set<string>();
      for (const path of changedFiles()) if (partition.has(path)) rerun.add(path);
      const reused: Finding[] = [];
      const kept: Record<string, Finding[]> = {};
      for (const [path, findings] of Object.entries(stored.byFile)) {
        if (!partition.has(path) || rerun.has(path)) continue;
        kept[path] = findings;
        reused.push(...copies(findings));
      }
      if (rerun.size === 0) {
        next.rules[rule.id] = { fingerprint, byFile: kept };
        stats.reused++;
      } else {
        pending.set(rule.id, { fingerprint, byFile: kept });
        stats.partly++;
      }
      return { reused, rerun };
    },
    record(rule, plan, findings) {
      if (plan.rerun?.size === 0) return undefined;
      const fingerprint = fingerprints.of(lookups(rule));
      if (fingerprint === undefined) return undefined;
      changed = true;
      if (!rule.partition) {
        const decision = decisionOf(rule);
        next.rules[rule.id] = { fingerprint, ...(decision === undefined ? {} : { decision }), findings: [...findings] };
        return undefined;
      }

      const files = plan.rerun ?? fingerprints.partitionFiles(rule.partition.kinds);
      const stored = pending.get(rule.id) ?? { fingerprint, byFile: {} };
      pending.delete(rule.id);
      for (const finding of findings) {
        if (!files.has(finding.file)) {
          return `rule ${rule.id} is partitioned by ${rule.partition.kinds.join(", ")} objects, but reported in ${finding.file}, which holds none of them`;
        }
        (stored.byFile![finding.file] ??= []).push(finding);
      }
      next.rules[rule.id] = stored;
      return undefined;
    },
    save() {
      // Each file is written on its own, so one that cannot be written does not keep the other.
      if (changed) next.factDigests = digestsToStore();
      const findingsFailure = changed ? writeDigested(file, next) : undefined;
      const factsFailure = factsChanged || derivedCount > FACTS_REDERIVED_BEFORE_REWRITE ? saveFacts() : undefined;
      const failure = findingsFailure ?? factsFailure;
      return failure ? `${failure}; the next --cache run runs every rule again` : undefined;
    },
  };
}

/** Writes `value` as JSON behind the SHA-1 of that JSON, so a file damaged on disk is not trusted; returns a warning when it fails. */
function writeDigested(file: string, value: StoredHeader): string | undefined {
  const body = JSON.stringify(value);
  const failure = writeCacheFile(file, Buffer.from(`${sha1(body)}\n${body}`));
  return failure ? `cache ${file} not written: ${failure}` : undefined;
}

/** Returns the rows whose state differs between `before` and `after`, or undefined when they list other paths. */
function changedRowsOf(before: StoredStates, after: StoredStates): number[] | undefined {
  if (before.paths.length !== after.paths.length) return undefined;
  const rows: number[] = [];
  for (let row = 0; row < before.paths.length; row++) {
    if (before.paths[row] !== after.paths[row]) return undefined;
    if (before.states[row] !== after.states[row]) rows.push(row);
  }
  return rows;
}

/** Returns the reads whose fingerprint decides whether anything is reused: for a partitioned rule, all but its partition's kinds. */
function lookups(rule: CachedRule): readonly RuleInput[] {
  if (!rule.partition) return rule.reads;
  const partitioned = new Set(rule.partition.kinds);
  return rule.reads.map((input) => (typeof input === "object" && "kinds" in input ? { kinds: input.kinds.filter((kind) => !partitioned.has(kind)) } : input));
}

function copies(findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => ({ ...finding, ...(finding.resource ? { resource: { ...finding.resource } } : {}) }));
}

/** Reads a file that `writeDigested` wrote for this build and key; undefined when it is missing, damaged or foreign. */
function readDigested(file: string, header: StoredHeader): Record<string, unknown> | undefined {
  let stored: Partial<StoredHeader> | null;
  try {
    const text = readFileSync(file, "utf8");
    const newline = text.indexOf("\n");
    if (newline < 0 || sha1(text.slice(newline + 1)) !== text.slice(0, newline)) {
      debug(`${file} ignored: it does not match its digest`);
      return undefined;
    }
    stored = JSON.parse(text.slice(newline + 1)) as Partial<StoredHeader> | null;
  } catch {
    return undefined;
  }
  if (typeof stored !== "object" || stored === null || stored.format !== header.format || stored.stamp !== header.stamp) return undefined;
  if (stored.key !== header.key) {
    debug(`${file} not used: the configuration, the rule settings or the repository's identity changed`);
    return undefined;
  }
  return stored as Record<string, unknown>;
}

function isStoredStates(value: unknown): value is StoredStates {
  const files = value as Partial<StoredStates> | null;
  if (typeof files !== "object" || files === null || !Array.isArray(files.paths) || !Array.isArray(files.states)) return false;
  return files.paths.length === files.states.length && files.paths.every((path) => typeof path === "string") && files.states.every((state) => typeof state === "string");
}

function readStored(file: string, header: StoredHeader): StoredFile | undefined {
  const stored = readDigested(file, header) as Partial<StoredFile> | undefined;
  if (!stored || typeof stored.rules !== "object" || stored.rules === null || !isStoredStates(stored.files)) return undefined;
  if (typeof stored.factDigests !== "object" || stored.factDigests === null || !Object.values(stored.factDigests).every((column) => isStoredDigests(column, stored.files!.paths.length))) return undefined;
  for (const rule of Object.values(stored.rules)) {
    if (typeof rule?.fingerprint !== "string" || (rule.decision !== undefined && typeof rule.decision !== "string")) return undefined;
    if (rule.findings !== undefined && !(Array.isArray(rule.findings) && rule.findings.every(isFinding))) return undefined;
    if (rule.byFile !== undefined) {
      if (typeof rule.byFile !== "object" || rule.byFile === null) return undefined;
      for (const findings of Object.values(rule.byFile)) if (!Array.isArray(findings) || !findings.every(isFinding)) return undefined;
    }
  }
  return stored as StoredFile;
}

/** Checks one source's digests: a mark for each file, and a digest for each file marked. */
function isStoredDigests(value: unknown, files: number): value is StoredDigests {
  const column = value as Partial<StoredDigests> | null;
  if (typeof column !== "object" || column === null) return false;
  if (typeof column.inputs !== "string" || typeof column.digest !== "string" || typeof column.present !== "string" || typeof column.digests !== "string") return false;
  if (column.present.length !== files || !/^[01]*$/.test(column.present)) return false;
  return column.digests.length === column.present.replaceAll("0", "").length * FACT_DIGEST_WIDTH;
}

/** Reads the facts file. Each fact is checked by the rule that reads it (`factsByFile`), so only the outer shape is checked here. */
function readStoredFacts(file: string, header: StoredHeader): StoredFacts | undefined {
  const stored = readDigested(file, header) as Partial<StoredFacts> | undefined;
  if (!stored || !isStoredStates(stored.files) || typeof stored.facts !== "object" || stored.facts === null) return undefined;
  const rows = stored.files.paths.length;
  for (const column of Object.values(stored.facts)) {
    if (!Array.isArray(column) || column.length !== rows || !column.every((facts) => facts === null || Array.isArray(facts))) return undefined;
  }
  return stored as StoredFacts;
}

function isFinding(value: unknown): value is Finding {
  const finding = value as Partial<Finding> | null;
  return (
    typeof finding === "object" &&
    finding !== null &&
    typeof finding.ruleId === "string" &&
    typeof finding.message === "string" &&
    typeof finding.file === "string" &&
    typeof finding.severity === "string" &&
    typeof finding.docsUrl === "string" &&
    [finding.line, finding.column, finding.endLine, finding.endColumn].every((field) => Number.isInteger(field) && (field as number) >= 1)
  );
}

function refsOf(workspace: Workspace): unknown {
  const refs = workspace.repoIdentity.gitRefs;
  return refs ? { branches: [...refs.branches].sort(), tags: [...refs.tags].sort() } : null;
}

/** Fingerprints of the inputs a rule can declare, each computed once per run. */
class Fingerprints {
  private readonly memo = new Map<string, string | undefined>();
  private fileStates?: Map<string, string | undefined>;
  private filesByKind?: Map<string, string[]>;
  private readonly partitions = new Map<string, ReadonlySet<string>>();
  /** The number of files with a known state, once `allStates` has counted them. */
  private knownStates = -1;

  constructor(
    private readonly workspace: Workspace,
    private readonly hashes: ReadonlyMap<string, string>,
    /** The fingerprint of a source's facts; undefined when unknown. */
    private readonly factsPart: (source: FactSource) => string | undefined,
  ) {}

  /** Returns the fingerprint of all of `reads`, or undefined when one of them has none. */
  of(reads: readonly RuleInput[]): string | undefined {
    const parts: string[] = [];
    for (const input of reads) {
      if (typeof input === "object" && "facts" in input) {
        const name = `facts:${input.facts.name}`;
        const part = this.part(name, () => this.factsPart(input.facts));
        if (part === undefined) return undefined;
        parts.push(`${name}=${part}`);
        continue;
      }
      const names = typeof input === "object" ? [...input.kinds].sort().map((kind) => `kind:${kind}`) : [input];
      for (const name of names) {
        const part = this.part(name, () => this.compute(name));
        if (part === undefined) return undefined;
        parts.push(`${name}=${part}`);
      }
    }
    return sha1(parts.join("\n"));
  }

  private part(name: string, compute: () => string | undefined): string | undefined {
    if (this.memo.has(name)) return this.memo.get(name);
    const value = compute();
    this.memo.set(name, value);
    return value;
  }

  private compute(name: string): string | undefined {
    if (name.startsWith("kind:")) return this.filesDigest(this.kindIndex().get(name.slice("kind:".length)) ?? []);
    switch (name) {
      case "objects":
        return this.filesDigest([...this.states().keys()]);
      case "tree": {
        const tree = this.workspace.tree;
        return sha1(JSON.stringify([tree.files, tree.dirs, tree.symlinks, tree.special, tree.unreadableDirs, tree.excluded]));
      }
      case "files": {
        const lines: string[] = [this.part("tree", () => this.compute("tree"))!];
        for (const file of this.workspace.files.values()) {
          lines.push(`${file.path}\t${file.role}\t${this.hashes.get(file.path) ?? JSON.stringify(file.problems)}`);
        }
        return sha1(lines.join("\n"));
      }
      default:
        return undefined;
    }
  }

  /** Returns, for each file with objects, its content hash and the namespaces its objects resolved to. */
  private states(): Map<string, string | undefined> {
    if (this.fileStates) return this.fileStates;
    // The namespaces of each file's objects, joined with commas, in object order.
    const namespaces = new Map<string, string>();
    for (const object of this.workspace.objects) {
      const part = `${object.namespace ?? ""}/${object.namespaceSource}`;
      const before = namespaces.get(object.file.path);
      namespaces.set(object.file.path, before === undefined ? part : `${before},${part}`);
    }
    this.fileStates = new Map();
    for (const [path, parts] of namespaces) {
      // A file without a hash was not read through the cache, so its state is unknown.
      const hash = this.hashes.get(path);
      this.fileStates.set(path, hash && `${hash}\t${parts}`);
    }
    return this.fileStates;
  }

  /** Returns the files that contain an object of one of `kinds`, the partition of a rule partitioned by them. */
  partitionFiles(kinds: readonly string[]): ReadonlySet<string> {
    const key = [...kinds].sort().join("|");
    let files = this.partitions.get(key);
    if (!files) {
      const index = this.kindIndex();
      this.partitions.set(key, (files = new Set(kinds.flatMap((kind) => index.get(kind) ?? []))));
    }
    return files;
  }

  /** Returns the files with objects whose state is unknown, which `allStates` leaves out. */
  filesOfUnknownState(): string[] {
    const unknown: string[] = [];
    // Most runs know every state, and then each file with objects is in `allStates`.
    if (this.knownStates === this.states().size) return unknown;
    for (const [path, state] of this.states()) if (state === undefined) unknown.push(path);
    return unknown;
  }

  /** Returns the known state of every file with objects, in file order. */
  allStates(): StoredStates {
    const files: StoredStates = { paths: [], states: [] };
    for (const [path, state] of this.states()) {
      if (state === undefined) continue;
      files.paths.push(path);
      files.states.push(state);
    }
    this.knownStates = files.paths.length;
    return files;
  }

  /** Returns a file's content hash and the namespaces its objects resolved to; undefined when unknown. */
  stateOf(path: string): string | undefined {
    return this.states().get(path);
  }

  private kindIndex(): Map<string, string[]> {
    if (this.filesByKind) return this.filesByKind;
    this.filesByKind = new Map();
    for (const object of this.workspace.objects) {
      const files = this.filesByKind.get(object.kind);
      if (!files) this.filesByKind.set(object.kind, [object.file.path]);
      else if (files[files.length - 1] !== object.file.path) files.push(object.file.path);
    }
    return this.filesByKind;
  }

  /** Returns the digest of these files' states, or undefined when one of them is unknown. */
  private filesDigest(paths: readonly string[]): string | undefined {
    const states = this.states();
    const lines: string[] = [];
    for (const path of [...new Set(paths)].sort()) {
      const state = states.get(path);
      if (state === undefined) return undefined;
      lines.push(`${path}\t${state}`);
    }
    return sha1(lines.join("\n"));
  }
}

/** Computes the digest of one file's facts, as `StoredFile.factDigests` keeps it. */
function factDigest(facts: readonly unknown[]): string {
  return sha1(JSON.stringify(facts)).slice(0, FACT_DIGEST_WIDTH);
}

function sha1(text: string): string {
  return createHash("sha1").update(text).digest("base64");
}
