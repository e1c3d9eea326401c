// The warm cache of `--cache`: each file's parse, keyed by a hash of its content, so a repeated lint
// re-parses only the files that changed, and each path's stat when it was read, so a repeated lint
// does not even read the files whose stat is unchanged. The index is written with node:v8 behind a
// header that names the format, plumbline's version, the parse limits and a digest of the payload.
// The parses are in a data file (cache-data.ts). A run that changed a few records appends them to
// the index as a delta with its own digest, and a run rewrites the index whole once the deltas pile
// up. An index whose header or payload does not match is ignored and rewritten, and a delta that
// does not match is ignored with the ones after it: neither is ever trusted.
import { createHash } from "node:crypto";
import { closeSync, constants, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync, type Stats } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import packageJson from "../../package.json" with { type: "json" };
import { debug, timed } from "../debug.js";
import { INDEX_FILE_NAME } from "./cache-files.js";
import { absoluteJoiner } from "./discover.js";
import { DataReader, isDataFileName, removeDataFile, removeDataFilesBut, writePieces, type Piece, type Slice } from "./cache-data.js";
import { isJsonExact, packParse, type ObjectFact, type ObjectFacts, type PackedParse, type ParseSummary } from "./packed.js";
import { parseFiles, type CachedFile, type FileParse, type ParseJobOptions, type PoolOptions } from "./parse-pool.js";
import { readTextFile, type FileProblem } from "./parse.js";

export { isJsonExact } from "./packed.js";

/** Bumped whenever the shape of a cached parse or of the index changes. */
const FORMAT = 9;
/**
 * An index grows by delta records (see `Delta`) up to this many, or up to `MAX_DELTA_BYTES`, before a
 * run rewrites it whole.
 */
const MAX_DELTAS = 32;
const MAX_DELTA_BYTES = 1024 * 1024;
/**
 * A file modified this close to the moment it was read could change again within the same time
 * stamp, on file systems with coarse time stamps too. The next run reads such a file again instead
 * of trusting its stat, as git does for "racily clean" files.
 */
const RACY_WINDOW_MS = 2000;

/** A packed parse: without its text, which the lint reads from the file when it needs it. */
type CachedParse = PackedParse;

/** The identity of a file's content without reading it: its stat when it was last read, and that content's hash. */
interface FileRecord {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  hash: string;
  /** The stat was taken far enough from a modification to be trusted. When false, the next run reads the file again. */
  settled: boolean;
}

/**
 * A cached parse, serialised on its own, so a run that rewrites the cache copies the entries it did
 * not change instead of serialising them again. `nodes` is kept apart because runs add and drop it.
 * A parse that JSON represents exactly is kept as JSON text, which decodes in about two thirds of
 * the time node:v8 takes; any other parse (one with a Date, a Map or an undefined field, say) is
 * kept as node:v8 bytes. `meta` is the JSON of the parse's summary and object facts, which a warm
 * run decodes instead of the parse: most unchanged files are never decoded in full.
 */
interface StoredEntry {
  /** The parse in the data file (cache-data.ts): UTF-8 JSON text when `json`, else node:v8 bytes. */
  parse: Slice;
  json: boolean;
  nodes?: Slice;
  meta?: string;
}

interface StoredMeta {
  summary: ParseSummary;
  facts?: ObjectFacts;
}

/** What the lint tells the cache about each file when it saves: see `CachedParses.save`. */
export interface SavedFile {
  /** The packed node trees, when the lint read them. */
  usedNodes?: Uint8Array;
  summary?: ParseSummary;
  facts?: ObjectFacts;
}

/**
 * The index of the previous run, kept as the columns it was read as, with a map from path and from
 * content hash to row. A warm run at 2,000 apps compares 10,000 stats with the columns and copies
 * the unchanged rows to the next index. It builds no record or entry object for them, where it
 * used to build 40,000.
 */
class StoredIndex {
  private readonly pathRows = new Map<string, number>();
  private readonly hashRows = new Map<string, number>();
  /** The index, then its deltas. Row numbers continue from one part to the next. */
  private readonly parts: readonly Columns[];
  private readonly fileStarts: number[] = [];
  private readonly entryStarts: number[] = [];
  readonly deltaCount: number;
  private found: Columns;
  private readonly baseFiles: number;
  private readonly baseEntries: number;

  /**
   * Reads `base` with `deltas` applied in order: a delta's row for a path or hash replaces the
   * earlier one, and its removed paths are dropped.
   */
  constructor(
    base: Columns,
    /** The digest of the index payload that `base` was read from; a delta names it. */
    readonly digest = "",
    deltas: readonly Delta[] = [],
    /**
     * The bytes the deltas take in the index file; with their number, they decide when it is
     * rewritten whole. Infinity when a delta is damaged, which also makes the next write a rewrite.
     */
    readonly deltaBytes = 0,
  ) {
    this.parts = [base, ...deltas];
    this.found = base;
    this.baseFiles = base.paths.length;
    this.baseEntries = base.entryHashes.length;
    this.deltaCount = deltas.length;
    let fileRow = 0;
    let entryRow = 0;
    this.parts.forEach((part, position) => {
      this.fileStarts.push(fileRow);
      this.entryStarts.push(entryRow);
      for (let row = 0; row < part.paths.length; row++) this.pathRows.set(part.paths[row]!, fileRow++);
      for (let row = 0; row < part.entryHashes.length; row++) this.hashRows.set(part.entryHashes[row]!, entryRow++);
      if (position > 0) for (const path of deltas[position - 1]!.removed) this.pathRows.delete(path);
    });
  }

  static empty(): StoredIndex {
    return new StoredIndex(new IndexBuilder().toColumns([]));
  }

  /** The number of files the index has a record for. */
  get fileCount(): number {
    return this.pathRows.size;
  }

  get entryCount(): number {
    return this.hashRows.size;
  }

  /** Returns the paths the index has a record for. */
  filePaths(): IterableIterator<string> {
    return this.pathRows.keys();
  }

  fileRow(path: string): number | undefined {
    return this.pathRows.get(path);
  }

  entryRow(hash: string): number | undefined {
    return this.hashRows.get(hash);
  }

  /**
   * Returns a file row's place in the part that has it, and leaves the part in `found`. A field
   * rather than a returned pair, because a warm run looks up 30,000 rows.
   */
  private file(row: number): number {
    return this.locate(row, this.baseFiles, this.fileStarts);
  }

  /** Returns an entry row's place in the part that has it, and leaves the part in `found`. */
  private entry(row: number): number {
    return this.locate(row, this.baseEntries, this.entryStarts);
  }

  private locate(row: number, inBase: number, starts: readonly number[]): number {
    if (row < inBase) {
      this.found = this.parts[0]!;
      return row;
    }
    let part = this.parts.length - 1;
    while (starts[part]! > row) part--;
    this.found = this.parts[part]!;
    return row - starts[part]!;
  }

  hash(fileRow: number): string {
    const row = this.file(fileRow);
    const part = this.found;
    return part.hashes[row]!;
  }

  settled(fileRow: number): boolean {
    const row = this.file(fileRow);
    const part = this.found;
    return part.settled[row] === 1;
  }

  /** Returns whether the row's size, times and inode equal `now`'s. */
  sameStat(fileRow: number, now: StatRecord): boolean {
    const row = this.file(fileRow);
    const part = this.found;
    const at = row * 4;
    return part.stats[at] === now.size && part.stats[at + 1] === now.mtimeMs && part.stats[at + 2] === now.ctimeMs && part.stats[at + 3] === now.ino;
  }

  /** Returns whether the row equals `record` in every field. */
  sameRecord(fileRow: number | undefined, record: FileRecord): boolean {
    return fileRow !== undefined && this.sameStat(fileRow, record) && this.hash(fileRow) === record.hash && this.settled(fileRow) === record.settled;
  }

  /** Adds a file row to `next` unchanged. */
  copyFile(fileRow: number, next: IndexBuilder): void {
    const row = this.file(fileRow);
    const part = this.found;
    const at = row * 4;
    next.addRow(part.paths[row]!, part.stats[at]!, part.stats[at + 1]!, part.stats[at + 2]!, part.stats[at + 3]!, part.settled[row]!, part.hashes[row]!);
  }

  meta(entryRow: number): string | undefined {
    const row = this.entry(entryRow);
    const part = this.found;
    const meta = part.metas[row]!;
    return meta === "" ? undefined : meta;
  }

  json(entryRow: number): boolean {
    const row = this.entry(entryRow);
    const part = this.found;
    return part.json[row] === 1;
  }

  parse(entryRow: number): Slice {
    const row = this.entry(entryRow);
    const part = this.found;
    return { offset: part.slices[row * 4]!, length: part.slices[row * 4 + 1]!, digest: part.digests[row * 2]! };
  }

  nodes(entryRow: number): Slice | undefined {
    const row = this.entry(entryRow);
    const part = this.found;
    const at = row * 4;
    return part.slices[at + 2]! >= 0 ? { offset: part.slices[at + 2]!, length: part.slices[at + 3]!, digest: part.digests[row * 2 + 1]! } : undefined;
  }

  /** Returns whether `piece` is the slice of the data file where the row's node trees are. */
  sameNodes(entryRow: number | undefined, piece: Piece | undefined): boolean {
    const stored = entryRow === undefined ? undefined : this.nodes(entryRow);
    if (stored === undefined || piece === undefined) return stored === piece;
    return !(piece instanceof Uint8Array) && piece.offset === stored.offset && piece.length === stored.length && piece.digest === stored.digest;
  }

  /** Returns the stored entry of a row, for decoding its parse. */
  storedEntry(entryRow: number): StoredEntry {
    const nodes = this.nodes(entryRow);
    const meta = this.meta(entryRow);
    return { parse: this.parse(entryRow), json: this.json(entryRow), ...(nodes ? { nodes } : {}), ...(meta !== undefined ? { meta } : {}) };
  }
}

/**
 * The index as node:v8 writes it: one array per field instead of 50,000 small objects at 2,000
 * apps, which took reading it back from about 24 ms to 16 ms.
 */
interface Columns {
  paths: string[];
  /** Four numbers per path: size, mtimeMs, ctimeMs, ino. */
  stats: Float64Array;
  /** One per path: 1 when its record is settled. */
  settled: Uint8Array;
  /** One per path: the hash of its content. */
  hashes: string[];
  entryHashes: string[];
  /** One per entry: 1 when its parse is JSON text. */
  json: Uint8Array;
  /** Four numbers per entry: offset and length of the parse, then of the node trees (-1 and 0 without). */
  slices: Float64Array;
  /** Two per entry: the SHA-1 of the parse's bytes, then of the node trees' ("" without). */
  digests: string[];
  /** One per entry: the summary's JSON, "" without. */
  metas: string[];
}

/**
 * The changes of one run to the index, appended to the index file instead of rewriting it. It has the
 * rows of new files and of files whose record changed, the entries that are new or whose node trees
 * or summary changed, and the paths of removed files. At 2,000 apps, a run after a one-file edit
 * appends about 1 KB instead of rewriting 5.4 MB. Each delta names the digest of the index payload
 * it extends, so a delta appended to an index that another run has since replaced is skipped.
 */
interface Delta extends Columns {
  removed: string[];
}

/** The line in front of each delta: the digest of the index payload it extends, and its own size and digest. */
interface DeltaHeader {
  base: string;
  digest: string;
  bytes: number;
}

interface Header {
  format: number;
  version: string;
  /** Path, size and modification time of the running code, so a rebuilt or reinstalled plumbline of the same version starts afresh. */
  build: string;
  options: string;
  digest: string;
  bytes: number;
  /** Name of the data file, in the same folder, that holds the entries' parses and node trees. */
  data?: string;
}

export interface CacheStats {
  hits: number;
  /** Hits recognised by their stat, without reading the file. */
  unread: number;
  misses: number;
  /** Why an existing cache was not used; undefined when it was used or there was none. */
  discarded?: string;
  /** Why the cache could not be used, for the user: the next run will parse every file again. */
  warning?: string;
}

export interface CachedParses {
  results: FileParse[];
  /** The SHA-1 of each file's content (base64), undefined for a file that could not be read. */
  hashes: (string | undefined)[];
  stats: CacheStats;
  /**
   * Rewrites the cache with the files of this run, keeping node trees for the files whose
   * `usedNodes` are given, and the summaries and object facts given, and returns a warning when the
   * cache cannot be written. Call it once the lint is finished, so it knows which node trees the
   * findings needed.
   */
  save(saved: (index: number) => SavedFile): string | undefined;
}

/**
 * Reads and parses `paths` like `parseFiles`, taking the parse of every file whose content is in
 * the cache at `location` (a folder). A file whose size, times and inode match the stat recorded
 * when it was last read is not read again. Any other file is read and looked up by content hash.
 */
export async function parseFilesCached(
  root: string,
  paths: readonly string[],
  options: ParseJobOptions,
  pool: PoolOptions,
  location: string,
): Promise<CachedParses> {
  const key = cacheKey(options);
  const file = join(location, INDEX_FILE_NAME);
  // A repository could link node_modules (or a folder below it) to a place outside the root; the
  // cache would then read and write there. Such a cache is not used at all.
  const link = symlinkBelowRoot(root, file);
  if (link !== undefined) {
    const reason = `cache not used: ${link} is a symbolic link, and a cache inside the repository is never reached through one; remove the link or pass --cache-location`;
    debug(reason);
    const results = await parseFiles(root, paths, options, pool);
    return { results, hashes: [], stats: { hits: 0, unread: 0, misses: paths.length, discarded: reason, warning: reason }, save: () => undefined };
  }
  const { index: cached, discarded, data: dataName } = await timed("read cache", () => readCache(file, key));
  const data = new DataReader(dataName === undefined ? undefined : join(location, dataName));
  // Node trees read from the data file, so a run that keeps them does not write them again.
  const nodeSlices = new WeakMap<Uint8Array, Slice>();
  // Entries whose parse did not read back from the data file. The next index leaves them out, so
  // the next run parses their files again instead of finding the same unreadable slice.
  const unreadable = new Set<number>();
  const decode = (entryRow: number): CachedParse | undefined => {
    const parse = decodeEntry(cached.storedEntry(entryRow), data, nodeSlices);
    if (!parse) unreadable.add(entryRow);
    return parse;
  };
  const stats: CacheStats = { hits: 0, unread: 0, misses: 0, discarded };
  const started = Date.now();

  const results: FileParse[] = new Array(paths.length);
  // The record of each file that was read. A file recognised by its stat has its row in `fileRows` instead.
  const records: (FileRecord | undefined)[] = new Array(paths.length);
  const fileRows = new Int32Array(paths.length).fill(-1);
  // The row of the stored entry that each file's parse came from, or -1 for a file parsed in this run.
  const entryRows = new Int32Array(paths.length).fill(-1);
  const metas: (StoredMeta | undefined)[] = new Array(paths.length);
  const missing: number[] = [];
  // Takes a stored entry as a lazily decoded parse when it has a summary, else decodes it now.
  const reuse = (index: number, entryRow: number, text: string | (() => string)): boolean => {
    const stored = cached.meta(entryRow);
    const meta = stored === undefined ? undefined : decodeMeta(stored);
    if (meta) {
      metas[index] = meta;
      const cachedFile: CachedFile = { summary: meta.summary, ...(meta.facts ? { facts: meta.facts } : {}), packed: () => decode(entryRow) };
      results[index] = { ok: true, text, cached: cachedFile };
      return true;
    }
    const packed = decode(entryRow);
    if (packed) results[index] = { ok: true, text, packed };
    return packed !== undefined;
  };
  const absoluteOf = absoluteJoiner(root);
  // A reader for the text of a file recognised by its stat. It keeps the relative path, which the
  // run keeps anyway, rather than one more absolute path per file until the lint ends.
  const readLater = (path: string) => () => readUnchanged(absoluteOf(path), options.maxFileBytes);
  for (let index = 0; index < paths.length; index++) {
    const absolute = absoluteOf(paths[index]!);
    const before = statOf(absolute);
    const row = cached.fileRow(paths[index]!);
    const entryRow = row !== undefined && before && cached.settled(row) && cached.sameStat(row, before) ? cached.entryRow(cached.hash(row)) : undefined;
    if (entryRow !== undefined && reuse(index, entryRow, readLater(paths[index]!))) {
      fileRows[index] = row!;
      entryRows[index] = entryRow;
      stats.hits++;
      stats.unread++;
      continue;
    }

    const read = readTextFile(absolute, options.maxFileBytes);
    if (!read.ok) {
      results[index] = read;
      continue;
    }
    const hash = createHash("sha1").update(read.text).digest("base64");
    // The stat taken before the read describes this content only if nothing wrote the file in
    // between, so a record from inside the racy window is unsettled and the file is read again.
    // A later write moves the modification time past a settled one. A write that sets it back
    // (touch -d) still moves the change time, so both times must be outside the window.
    if (before) {
      const { size, mtimeMs, ctimeMs, ino } = before;
      records[index] = { size, mtimeMs, ctimeMs, ino, hash, settled: started - Math.max(mtimeMs, ctimeMs) > RACY_WINDOW_MS };
    }
    const hit = cached.entryRow(hash);
    if (hit !== undefined && reuse(index, hit, read.text)) {
      entryRows[index] = hit;
      stats.hits++;
    } else {
      missing.push(index);
    }
  }

  stats.misses = missing.length;
  const parsed = await parseFiles(root, missing.map((index) => paths[index]!), options, pool);
  missing.forEach((index, position) => {
    const result = parsed[position]!;
    results[index] = result;
    // The parse read the file again, and its entry is keyed by the text it parsed. That text
    // differs from the one hashed above when the file changed in between.
    const record = records[index];
    if (!record || !result.ok) return;
    let text: string | undefined;
    if ("parsed" in result) text = result.parsed.text;
    else if (typeof result.text === "string") text = result.text;
    if (text !== undefined) record.hash = createHash("sha1").update(text).digest("base64");
  });
  const hashOf = (index: number): string | undefined => records[index]?.hash ?? (fileRows[index]! >= 0 ? cached.hash(fileRows[index]!) : undefined);

  const save = (saved: (index: number) => SavedFile): string | undefined => {
    const next = new IndexBuilder();
    // Content hashes that already have an entry in `next`: files of equal content share one.
    const withEntry = new Set<string>();
    // What differs from the stored index, by row of `next`: the delta the run appends.
    const changedFiles: number[] = [];
    const changedEntries: number[] = [];
    // Files of this run that the stored index has a record for; fewer than it has means some are gone.
    let listed = 0;
    results.forEach((result, index) => {
      if (!result.ok) return;
      const path = paths[index]!;
      const row = fileRows[index]!;
      const record = records[index];
      let hash: string;
      // A file recognised by its stat is copied from its row.
      if (row >= 0) {
        hash = cached.hash(row);
        listed++;
        cached.copyFile(row, next);
      } else if (record) {
        hash = record.hash;
        const storedRow = cached.fileRow(path);
        if (storedRow !== undefined) listed++;
        if (!cached.sameRecord(storedRow, record)) changedFiles.push(next.fileCount);
        next.addFile(path, record);
      } else {
        return;
      }
      if (withEntry.has(hash)) return;
      withEntry.add(hash);
      const previous = entryRows[index]! >= 0 ? entryRows[index]! : undefined;
      if (previous !== undefined && unreadable.has(previous)) return;
      const file = saved(index);
      // Node trees stay for the files whose positions this lint needed, and no others.
      const nodes: Piece | undefined = file.usedNodes && (nodeSlices.get(file.usedNodes) ?? file.usedNodes);
      let changed = !cached.sameNodes(previous, nodes);
      let parse: Piece;
      let json: boolean;
      if (previous !== undefined) {
        parse = cached.parse(previous);
        json = cached.json(previous);
      } else {
        let encoded: Uint8Array | string;
        if ("parsed" in result) encoded = encodeParse(packParse(result.parsed));
        else if ("packed" in result) encoded = encodeParse(result.packed);
        else return; // A cached file always has its stored entry.
        json = typeof encoded === "string";
        parse = typeof encoded === "string" ? Buffer.from(encoded, "utf8") : encoded;
        changed = true;
      }
      // The summary and facts a run took from the cache are the same objects, so their JSON is reused.
      const before = metas[index];
      const stored = previous === undefined ? undefined : cached.meta(previous);
      let meta = stored;
      if (file.summary && (before?.summary !== file.summary || before?.facts !== file.facts)) {
        meta = JSON.stringify({ summary: file.summary, ...(file.facts ? { facts: file.facts } : {}) } satisfies StoredMeta);
      }
      if (meta !== stored) changed = true;
      if (changed) changedEntries.push(next.entryCount);
      next.addEntry(hash, { parse, json, ...(nodes ? { nodes } : {}), ...(meta !== undefined ? { meta } : {}) });
    });
    const removed = listed < cached.fileCount ? removedPaths(cached, paths) : [];
    // An unchanged index is not written at all.
    if (discarded === undefined && unreadable.size === 0 && changedFiles.length === 0 && changedEntries.length === 0 && removed.length === 0) return undefined;
    // A delta cannot take an entry out, so an index with an unreadable entry is rewritten whole.
    const delta = discarded === undefined && dataName !== undefined && unreadable.size === 0 ? { files: changedFiles, entries: changedEntries, removed } : undefined;
    const failure = writeCache(file, key, location, data, next, delta && { ...delta, base: cached });
    return failure ? `cache ${file} not written: ${failure}; the next --cache run parses every file again` : undefined;
  };
  return { results, hashes: paths.map((_, index) => hashOf(index)), stats, save };
}

/** Decodes a stored summary and object facts, or returns undefined when they are not of this format. */
function decodeMeta(text: string): StoredMeta | undefined {
  try {
    const meta = JSON.parse(text) as Partial<StoredMeta> | null;
    const summary = meta?.summary as Partial<ParseSummary> | undefined;
    if (!summary || !Array.isArray(summary.mentions) || !Array.isArray(summary.problems) || typeof summary.recovered !== "boolean" || typeof summary.documents !== "number") return undefined;
    if (!Number.isInteger(summary.documents) || summary.documents < 0 || !summary.problems.every(isFileProblem)) return undefined;
    const facts = meta!.facts;
    if (facts !== undefined) {
      if (!Array.isArray(facts.objects) || !Array.isArray(facts.problems) || !facts.problems.every(isFileProblem)) return undefined;
      if (!facts.objects.every((fact) => isObjectFact(fact, summary.documents!))) return undefined;
    }
    return meta as StoredMeta;
  } catch {
    return undefined;
  }
}

/** Checks a stored file problem, which rules read as they read a problem the parse found. */
function isFileProblem(value: unknown): value is FileProblem {
  const problem = value as Partial<FileProblem> | null;
  if (typeof problem !== "object" || problem === null || typeof problem.message !== "string") return false;
  if (problem.kind !== "syntax" && problem.kind !== "unreadable" && problem.kind !== "limit") return false;
  const range = problem.range as Partial<FileProblem["range"]> | undefined;
  return typeof range === "object" && range !== null && [range.line, range.column, range.endLine, range.endColumn].every((field) => Number.isInteger(field) && (field as number) >= 1);
}

/** Checks an object fact, so that an index damaged by hand is not trusted where a digest cannot tell. */
function isObjectFact(value: unknown, documents: number): value is ObjectFact {
  const fact = value as Partial<ObjectFact> | null;
  if (typeof fact !== "object" || fact === null) return false;
  if (!Number.isInteger(fact.documentIndex) || fact.documentIndex! < 0 || fact.documentIndex! >= documents) return false;
  if (fact.itemIndex !== undefined && (!Number.isInteger(fact.itemIndex) || fact.itemIndex < 0)) return false;
  if (typeof fact.apiVersion !== "string" || typeof fact.kind !== "string" || typeof fact.name !== "string") return false;
  if (fact.value !== undefined && (typeof fact.value !== "object" || fact.value === null || Array.isArray(fact.value))) return false;
  return fact.declaredNamespace === undefined || typeof fact.declaredNamespace === "string";
}

type StatRecord = Omit<FileRecord, "hash" | "settled">;

/** Returns a regular file's stat, or undefined for anything else, including a file that cannot be reached. The read that follows reports why. */
function statOf(path: string): StatRecord | undefined {
  let stats: Stats | undefined;
  try {
    stats = statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  // The Stats object itself: only a file that is read gets a record made from it.
  return stats?.isFile() ? stats : undefined;
}

/**
 * Reads a file the cache recognised by its stat, when the lint first needs its text. A file that
 * became unreadable since then is read as empty, because the lint already has its parse. The next
 * run reports the problem.
 */
function readUnchanged(path: string, maxBytes: number): string {
  const read = readTextFile(path, maxBytes);
  return read.ok ? read.text : "";
}

/** Encodes a parse as JSON text when JSON gives back exactly the same value, else with node:v8. */
function encodeParse(parse: CachedParse): Uint8Array | string {
  return isJsonExact(parse) ? JSON.stringify(parse) : serialize(parse);
}

/** An entry of the next index, whose bytes are still to be placed in the data file. */
interface PendingEntry extends Omit<StoredEntry, "parse" | "nodes"> {
  parse: Piece;
  nodes?: Piece;
}

/** The next index: its file columns, filled row by row, and its entries, whose bytes `writeCache` places in the data file. */
class IndexBuilder {
  readonly paths: string[] = [];
  readonly stats: number[] = [];
  readonly settled: number[] = [];
  readonly hashes: string[] = [];
  readonly entryHashes: string[] = [];
  readonly entries: PendingEntry[] = [];

  get fileCount(): number {
    return this.paths.length;
  }

  get entryCount(): number {
    return this.entries.length;
  }

  addFile(path: string, record: FileRecord): void {
    this.addRow(path, record.size, record.mtimeMs, record.ctimeMs, record.ino, record.settled ? 1 : 0, record.hash);
  }

  /** Adds a file row from its fields. */
  addRow(path: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, settled: number, hash: string): void {
    this.paths.push(path);
    this.stats.push(size, mtimeMs, ctimeMs, ino);
    this.settled.push(settled);
    this.hashes.push(hash);
  }

  /** Adds a file row of another builder. */
  copyBuilt(other: IndexBuilder, row: number): void {
    const at = row * 4;
    this.addRow(other.paths[row]!, other.stats[at]!, other.stats[at + 1]!, other.stats[at + 2]!, other.stats[at + 3]!, other.settled[row]!, other.hashes[row]!);
  }

  addEntry(hash: string, entry: PendingEntry): void {
    this.entryHashes.push(hash);
    this.entries.push(entry);
  }

  /**
   * Returns the columns, given the slices where the entries' pieces were written, in order. A slice
   * without a digest is one that a new data file could not copy, because it no longer read back. An
   * entry with such a parse is left out, so the next run parses its file again. Such node trees are
   * dropped.
   */
  toColumns(slices: readonly Slice[]): Columns {
    const readable: { entry: PendingEntry; hash: string; parse: Slice; nodes?: Slice }[] = [];
    let next = 0;
    this.entries.forEach((entry, row) => {
      const parse = slices[next++]!;
      const nodes = entry.nodes ? slices[next++]! : undefined;
      if (parse.digest === "") return;
      readable.push({ entry, hash: this.entryHashes[row]!, parse, ...(nodes && nodes.digest !== "" ? { nodes } : {}) });
    });
    const columns: Columns = {
      paths: this.paths,
      stats: Float64Array.from(this.stats),
      settled: Uint8Array.from(this.settled),
      hashes: this.hashes,
      entryHashes: readable.map(({ hash }) => hash),
      json: new Uint8Array(readable.length),
      slices: new Float64Array(readable.length * 4),
      digests: [],
      metas: [],
    };
    readable.forEach(({ entry, parse, nodes }, row) => {
      columns.json[row] = entry.json ? 1 : 0;
      columns.slices.set([parse.offset, parse.length, nodes?.offset ?? -1, nodes?.length ?? 0], row * 4);
      columns.digests.push(parse.digest, nodes?.digest ?? "");
      columns.metas.push(entry.meta ?? "");
    });
    return columns;
  }
}

/**
 * Decodes a stored entry's parse from the data file and attaches its node trees, or returns
 * undefined when the bytes cannot be read back or are not a parse.
 */
function decodeEntry(entry: StoredEntry, data: DataReader, nodeSlices: WeakMap<Uint8Array, Slice>): CachedParse | undefined {
  const bytes = data.read(entry.parse);
  if (!bytes) return undefined;
  try {
    const parse = (entry.json ? JSON.parse(bytes.toString("utf8")) : deserialize(bytes)) as unknown;
    if (!isCachedParse(parse)) return undefined;
    const nodes = entry.nodes && data.read(entry.nodes);
    if (!nodes) return parse;
    nodeSlices.set(nodes, entry.nodes!);
    return { ...parse, nodes };
  } catch {
    return undefined;
  }
}

/** The first symbolic link on the path from `root` to `file` when `file` is inside the root; undefined otherwise. */
export function symlinkBelowRoot(root: string, file: string): string | undefined {
  const inside = relative(root, file);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return undefined;
  let current = root;
  for (const part of inside.split(sep)) {
    current = join(current, part);
    try {
      if (lstatSync(current).isSymbolicLink()) return current;
    } catch {
      return undefined; // Nothing exists from here on, so nothing below can be a link yet.
    }
  }
  return undefined;
}

function cacheKey(options: ParseJobOptions): Omit<Header, "digest" | "bytes"> {
  return { format: FORMAT, version: packageJson.version, build: buildStamp(), options: JSON.stringify(options) };
}

/**
 * Identifies the running build: this module's file (a bundle chunk, or the source under tsx) and
 * the entry script, each by path, size and modification time. A release keeps its version between
 * builds from git, so the version alone would let a cache outlive a change in the parser.
 * NOTE: run from source through tsx, a change to another source file does not change the stamp.
 */
function buildStamp(): string {
  const files = [fileURLToPath(import.meta.url), process.argv[1]].filter((path): path is string => typeof path === "string");
  return files
    .map((path) => {
      try {
        const stats = statSync(path);
        return `${path}:${stats.size}:${stats.mtimeMs}`;
      } catch {
        return path;
      }
    })
    .join("|");
}

function readCache(file: string, key: Omit<Header, "digest" | "bytes">): { index: StoredIndex; discarded?: string; data?: string } {
  const empty = (): StoredIndex => StoredIndex.empty();
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return { index: empty() };
  }
  const discard = (reason: string) => {
    debug(`cache ${file} ignored: ${reason}`);
    return { index: empty(), discarded: reason };
  };

  const newline = data.indexOf(0x0a);
  if (newline < 0) return discard("no header");
  let header: Header;
  try {
    header = JSON.parse(data.subarray(0, newline).toString("utf8")) as Header;
  } catch {
    return discard("unreadable header");
  }
  if (header.format !== key.format) return discard(`format ${header.format}, expected ${key.format}`);
  if (header.version !== key.version) return discard(`written by plumbline ${header.version}, this is ${key.version}`);
  if (header.build !== key.build) return discard("written by another build of plumbline");
  if (header.options !== key.options) return discard("written with other limits");

  if (!Number.isSafeInteger(header.bytes) || header.bytes < 0) return discard("payload does not match its digest");
  const bytes = data.subarray(newline + 1, newline + 1 + header.bytes);
  if (bytes.length !== header.bytes || createHash("sha1").update(bytes).digest("base64") !== header.digest) return discard("payload does not match its digest");
  if (header.data === undefined || !isDataFileName(header.data)) return discard("no data file named");
  let columns: unknown;
  try {
    columns = deserialize(bytes);
  } catch (error) {
    return discard(`payload does not deserialise: ${(error as Error).message}`);
  }
  if (!isColumns(columns)) return discard("payload is not a cache of this format");
  const tail = data.subarray(newline + 1 + header.bytes);
  const { deltas, damaged } = readDeltas(file, tail, header.digest);
  // Deltas appended after a damaged one would never be read, so the next write replaces the file.
  return { index: new StoredIndex(columns, header.digest, deltas, damaged ? Infinity : tail.length), data: header.data };
}

/**
 * Reads the deltas appended to an index whose payload has the digest `base`. A delta appended to
 * another index (one that a run replaced in the meantime) is skipped. Reading stops at the first
 * delta that is damaged or not of this format, so a delta cut short by a crash is dropped, and so
 * are the deltas after it.
 */
function readDeltas(file: string, tail: Buffer, base: string): { deltas: Delta[]; damaged: boolean } {
  const deltas: Delta[] = [];
  let at = 0;
  while (at < tail.length) {
    const start = at;
    const ignore = (reason: string) => {
      debug(`cache ${file}: deltas from byte ${start} of the appended part ignored: ${reason}`);
      return { deltas, damaged: true };
    };

    const newline = tail.indexOf(0x0a, start);
    let header: Partial<DeltaHeader> | null = null;
    try {
      if (newline >= 0) header = JSON.parse(tail.subarray(start, newline).toString("utf8")) as Partial<DeltaHeader> | null;
    } catch {
      // A header that is not JSON is rejected below.
    }
    if (!isDeltaHeader(header)) return ignore("invalid delta header");
    const body = tail.subarray(newline + 1, newline + 1 + header.bytes);
    if (body.length !== header.bytes || createHash("sha1").update(body).digest("base64") !== header.digest) return ignore("a delta does not match its digest");
    at = newline + 1 + header.bytes;
    if (header.base !== base) continue;

    let delta: unknown;
    try {
      delta = deserialize(body);
    } catch {
      delta = undefined;
    }
    if (!isDelta(delta)) return ignore("a delta is not of this format");
    deltas.push(delta);
  }
  return { deltas, damaged: false };
}

function isDeltaHeader(value: Partial<DeltaHeader> | null): value is DeltaHeader {
  if (typeof value !== "object" || value === null) return false;
  return typeof value.base === "string" && typeof value.digest === "string" && Number.isSafeInteger(value.bytes) && value.bytes! >= 0;
}

function isDelta(value: unknown): value is Delta {
  const removed = (value as Partial<Delta> | null)?.removed;
  return isColumns(value) && Array.isArray(removed) && removed.every((path) => typeof path === "string");
}

/** Checks the shape of the columns and each slice. Each entry's parse is checked when it is decoded. */
function isColumns(value: unknown): value is Columns {
  const columns = value as Partial<Columns> | null;
  if (typeof columns !== "object" || columns === null) return false;
  const { paths, stats, settled, hashes, entryHashes, json, slices, digests, metas } = columns;
  if (![paths, hashes, entryHashes, digests, metas].every((list) => Array.isArray(list) && list.every((item) => typeof item === "string"))) return false;
  if (!(stats instanceof Float64Array && settled instanceof Uint8Array && json instanceof Uint8Array && slices instanceof Float64Array)) return false;
  const files = paths!.length;
  const entries = entryHashes!.length;
  if (stats.length !== files * 4 || settled.length !== files || hashes!.length !== files) return false;
  if (json.length !== entries || slices.length !== entries * 4 || digests!.length !== entries * 2 || metas!.length !== entries) return false;
  for (let at = 0; at < slices.length; at += 4) {
    if (!Number.isSafeInteger(slices[at]) || slices[at]! < 0 || !Number.isSafeInteger(slices[at + 1]) || slices[at + 1]! < 0) return false;
    if (slices[at + 2] !== -1 && (!Number.isSafeInteger(slices[at + 2]) || slices[at + 2]! < 0 || !Number.isSafeInteger(slices[at + 3]) || slices[at + 3]! < 0)) return false;
  }
  return true;
}

function isCachedParse(value: unknown): value is CachedParse {
  const entry = value as Partial<CachedParse> | null;
  return (
    typeof entry === "object" &&
    entry !== null &&
    Array.isArray(entry.lineStarts) &&
    Array.isArray(entry.documents) &&
    Array.isArray(entry.problems) &&
    typeof entry.recovered === "boolean" &&
    Array.isArray(entry.mentions) &&
    entry.nodes === undefined
  );
}

/** The rows of the next index that differ from the stored one, for a delta. */
interface DeltaRows {
  base: StoredIndex;
  /** Rows of the next index's files. */
  files: readonly number[];
  /** Rows of the next index's entries. */
  entries: readonly number[];
  removed: string[];
}

/**
 * Places the entries' bytes in the data file (cache-data.ts), then writes the index that names it:
 * as a delta appended to the index file when `delta` is given and the index has room for one, else
 * whole. A data file that a new index replaced is removed once the index is in place.
 */
function writeCache(file: string, key: Omit<Header, "digest" | "bytes">, location: string, data: DataReader, next: IndexBuilder, delta?: DeltaRows): string | undefined {
  const pieces: Piece[] = [];
  // The position in `pieces` of each entry's parse; its node trees, when it has some, follow it.
  const firstPiece: number[] = [];
  for (const entry of next.entries) {
    firstPiece.push(pieces.length);
    pieces.push(entry.parse);
    if (entry.nodes) pieces.push(entry.nodes);
  }
  let written: ReturnType<typeof writePieces>;
  try {
    prepareFolder(location);
    written = writePieces(location, data, pieces);
  } catch (error) {
    debug(`cache ${file} not written: ${(error as Error).message}`);
    return (error as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : (error as Error).message;
  }
  const created = join(location, written.name) !== data.path;

  // A delta can only extend an index whose data file the new slices are in.
  if (delta && !created && delta.base.deltaCount < MAX_DELTAS && appendDelta(file, next, delta, written.slices, firstPiece)) return undefined;

  let payload: Buffer;
  try {
    payload = serialize(next.toColumns(written.slices));
  } catch (error) {
    debug(`cache ${file} not written: ${(error as Error).message}`);
    return (error as Error).message;
  }
  const header: Header = { ...key, digest: createHash("sha1").update(payload).digest("base64"), bytes: payload.length, data: written.name };
  const failure = writeCacheFile(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]));
  // The index that is in place names either the old file or the new one; the other is garbage.
  // Once the new index is in place, every other data file is garbage: the one it replaced, and those
  // that an index from another version or build named. A run still reading one reads misses.
  if (created && !failure) removeDataFilesBut(location, written.name);
  if (created && failure) removeDataFile(join(location, written.name));
  return failure;
}

/**
 * Appends the rows of `delta` to the index file, and returns whether it did. It does not when the
 * deltas would outgrow `MAX_DELTA_BYTES`, or the file cannot be opened for appending; the caller
 * then rewrites the index whole.
 */
function appendDelta(file: string, next: IndexBuilder, delta: DeltaRows, slices: readonly Slice[], firstPiece: readonly number[]): boolean {
  const part = new IndexBuilder();
  for (const row of delta.files) part.copyBuilt(next, row);
  const partSlices: Slice[] = [];
  for (const row of delta.entries) {
    const entry = next.entries[row]!;
    part.addEntry(next.entryHashes[row]!, entry);
    partSlices.push(slices[firstPiece[row]!]!);
    if (entry.nodes) partSlices.push(slices[firstPiece[row]! + 1]!);
  }
  const body = serialize({ ...part.toColumns(partSlices), removed: delta.removed } satisfies Delta);
  const header: DeltaHeader = { base: delta.base.digest, digest: createHash("sha1").update(body).digest("base64"), bytes: body.length };
  const record = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]);
  if (delta.base.deltaBytes + record.length > MAX_DELTA_BYTES) return false;
  let fd: number | undefined;
  try {
    // O_NOFOLLOW: a link planted in place of the index is not followed.
    fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | (constants.O_NOFOLLOW ?? 0));
    // One write, so that a delta appended at the same time by another run does not interleave with it.
    writeSync(fd, record);
    return true;
  } catch (error) {
    debug(`cache ${file}: delta not appended: ${(error as Error).message}`);
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Returns the paths the index has a record for that are not among `paths`. */
function removedPaths(index: StoredIndex, paths: readonly string[]): string[] {
  const present = new Set(paths);
  return [...index.filePaths()].filter((path) => !present.has(path));
}

/** Identifies the running plumbline, for the other files of the cache: its version and build. */
export function cacheStamp(): string {
  return `${packageJson.version}|${buildStamp()}`;
}

/**
 * Writes a file of the cache through a temporary file and a rename, so a reader never sees half of
 * it, and creates the cache folder when needed. Returns why it failed, or undefined.
 */
export function writeCacheFile(file: string, contents: Buffer): string | undefined {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    prepareFolder(dirname(file));
    // "wx" fails on an existing path, a planted symbolic link included.
    writeFileSync(temporary, contents, { flag: "wx" });
    renameSync(temporary, file);
    return undefined;
  } catch (error) {
    // A cache that cannot be written (a read-only checkout, say) only costs the next run its speed.
    debug(`cache ${file} not written: ${(error as Error).message}`);
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was created where nothing can be written.
    }
    return (error as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : (error as Error).message;
  }
}

/**
 * Creates the cache folder when it is missing. A folder the cache created holds nothing to commit;
 * its .gitignore keeps it out of `git status` in repositories that do not ignore node_modules. A
 * folder that existed is the user's, and is left alone.
 */
function prepareFolder(folder: string): void {
  if (makeFolders(folder) !== undefined) writeFileSync(join(folder, ".gitignore"), "# Created by plumbline --cache.\n*\n");
}

/**
 * Creates `folder` and its missing parents, one level at a time, and returns the first folder it
 * created. Node's recursive mkdirSync retries forever when a parent exists but the child cannot be
 * created with ENOENT, as below /proc, so each level is tried once here.
 */
function makeFolders(folder: string): string | undefined {
  const missing: string[] = [];
  for (let current = folder; ; current = dirname(current)) {
    try {
      if (!statSync(current).isDirectory()) throw Object.assign(new Error(`${current} is not a folder`), { code: "ENOTDIR" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || dirname(current) === current) throw error;
      missing.push(current);
    }
  }
  for (const path of missing.reverse()) mkdirSync(path);
  return missing[0];
}
