// The second half of the warm cache of `--cache`: each rule's findings from the previous run, with
// a fingerprint of the inputs the rule declares (`Rule.reads`). A rule whose fingerprint is the same
// in this run does not run, and its findings are reused. A restricted view of the model keeps each
// such rule to its declaration on every lint (src/workspace/view.ts), so the fingerprint covers
// everything the findings depend on:
// - the configuration, the rule settings, the repository's identity, and plumbline's build, in a key
//   shared by every rule;
// - for `{ kinds }`, each file that holds an object of those kinds: its path, the hash of its
//   content, and the namespace each of its objects resolved to (which the Applications and
//   kustomizations decide);
// - for `objects`, the same for every file with objects; for `tree`, every path discovery found;
//   for `files`, every file's path, role and content hash.
// `applications` and `kustomizations` have no fingerprint, so a rule that reads them always runs.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Config, RuleSetting } from "./config.js";
import { debug } from "./debug.js";
import type { Finding, RuleInput } from "./types.js";
import { cacheStamp, symlinkBelowRoot, writeCacheFile } from "./workspace/parse-cache.js";
import type { K8sObject, Workspace } from "./workspace/workspace.js";

const FILE_NAME = "rule-findings.json";
const FORMAT = 1;

export interface RuleCache {
  /** The findings `ruleId` reported in the previous run, when the inputs it reads are unchanged since; else undefined. */
  reuse(ruleId: string, reads: readonly RuleInput[]): Finding[] | undefined;
  /** Records what a rule reported in this run, for the next one. Only a rule that ran without an internal error is recorded. */
  record(ruleId: string, reads: readonly RuleInput[], findings: readonly Finding[]): void;
  /** Writes the findings recorded in this run; returns a warning when the file cannot be written. */
  save(): string | undefined;
  readonly stats: { reused: number; ran: number };
}

interface StoredRule {
  fingerprint: string;
  findings: Finding[];
}

interface StoredFile {
  format: number;
  stamp: string;
  key: string;
  rules: Record<string, StoredRule>;
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
  const file = join(inputs.location, FILE_NAME);
  if (symlinkBelowRoot(inputs.workspace.root, file) !== undefined) return undefined;
  const stamp = cacheStamp();
  const key = sha1(
    JSON.stringify({
      config: inputs.config,
      settings: [...inputs.settings].sort(([a], [b]) => (a < b ? -1 : 1)),
      identity: { urls: [...inputs.workspace.repoIdentity.urls], refs: refsOf(inputs.workspace) },
    }),
  );
  const previous = readStored(file, stamp, key);
  const next: StoredFile = { format: FORMAT, stamp, key, rules: {} };
  const fingerprints = new Fingerprints(inputs.workspace, inputs.hashes);
  const stats = { reused: 0, ran: 0 };
  let changed = false;

  return {
    stats,
    reuse(ruleId, reads) {
      const stored = previous?.rules[ruleId];
      const fingerprint = fingerprints.of(reads);
      if (!stored || fingerprint === undefined || stored.fingerprint !== fingerprint) return undefined;
      next.rules[ruleId] = stored;
      stats.reused++;
      return stored.findings.map((finding) => ({ ...finding, ...(finding.resource ? { resource: { ...finding.resource } } : {}) }));
    },
    record(ruleId, reads, findings) {
      stats.ran++;
      const fingerprint = fingerprints.of(reads);
      if (fingerprint === undefined) return;
      next.rules[ruleId] = { fingerprint, findings: [...findings] };
      changed = true;
    },
    save() {
      const unchanged = !changed && previous !== undefined && Object.keys(previous.rules).length === Object.keys(next.rules).length;
      if (unchanged) return undefined;
      const failure = writeCacheFile(file, Buffer.from(JSON.stringify(next)));
      return failure ? `cache ${file} not written: ${failure}; the next --cache run runs every rule again` : undefined;
    },
  };
}

function readStored(file: string, stamp: string, key: string): StoredFile | undefined {
  let stored: Partial<StoredFile>;
  try {
    stored = JSON.parse(readFileSync(file, "utf8")) as Partial<StoredFile>;
  } catch {
    return undefined;
  }
  if (typeof stored !== "object" || stored === null || stored.format !== FORMAT || stored.stamp !== stamp) return undefined;
  if (stored.key !== key) {
    debug("rule findings not reused: the configuration, the rule settings or the repository's identity changed");
    return undefined;
  }
  if (typeof stored.rules !== "object" || stored.rules === null) return undefined;
  for (const rule of Object.values(stored.rules)) {
    if (typeof rule?.fingerprint !== "string" || !Array.isArray(rule.findings) || !rule.findings.every(isFinding)) return undefined;
  }
  return stored as StoredFile;
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

  constructor(
    private readonly workspace: Workspace,
    private readonly hashes: ReadonlyMap<string, string>,
  ) {}

  /** Returns the fingerprint of all of `reads`, or undefined when one of them has none. */
  of(reads: readonly RuleInput[]): string | undefined {
    const parts: string[] = [];
    for (const input of reads) {
      const names = typeof input === "object" ? [...input.kinds].sort().map((kind) => `kind:${kind}`) : [input];
      for (const name of names) {
        const part = this.part(name);
        if (part === undefined) return undefined;
        parts.push(`${name}=${part}`);
      }
    }
    return sha1(parts.join("\n"));
  }

  private part(name: string): string | undefined {
    if (this.memo.has(name)) return this.memo.get(name);
    const value = this.compute(name);
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
        const lines: string[] = [this.part("tree")!];
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
    const byFile = new Map<string, K8sObject[]>();
    for (const object of this.workspace.objects) {
      const list = byFile.get(object.file.path);
      if (list) list.push(object);
      else byFile.set(object.file.path, [object]);
    }
    this.fileStates = new Map();
    for (const [path, objects] of byFile) {
      // A file without a hash was not read through the cache, so its state is unknown.
      const hash = this.hashes.get(path);
      this.fileStates.set(path, hash && `${hash}\t${objects.map((object) => `${object.namespace ?? ""}/${object.namespaceSource}`).join(",")}`);
    }
    return this.fileStates;
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

function sha1(text: string): string {
  return createHash("sha1").update(text).digest("base64");
}
