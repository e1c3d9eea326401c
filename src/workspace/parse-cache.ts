// The warm cache of `--cache`: each file's parse, keyed by a hash of its content, so a repeated lint
// re-parses only the files that changed, and each path's stat when it was read, so a repeated lint
// does not even read the files whose stat is unchanged. One file contains the whole cache. It is
// written with node:v8 (the parse is plain data) behind a header that names the format, plumbline's version,
// the parse limits and a digest of the payload; a cache whose header does not match, or whose
// payload does not match its digest, is ignored and rewritten, never trusted.
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import packageJson from "../../package.json" with { type: "json" };
import { debug, timed } from "../debug.js";
import { INDEX_FILE_NAME } from "./cache-files.js";
import { DataReader, isDataFileName, removeDataFile, removeDataFilesBut, writePieces, type Piece, type Slice } from "./cache-data.js";
import { isJsonExact, packParse, type ObjectFact, type ObjectFacts, type PackedParse, type ParseSummary } from "./packed.js";
import { parseFiles, type CachedFile, type FileParse, type ParseJobOptions, type PoolOptions } from "./parse-pool.js";
import { readTextFile } from "./parse.js";

export { isJsonExact } from "./packed.js";

/** Bumped whenever the shape of a cached parse or of the index changes. */
const FORMAT = 8;
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

  constructor(readonly columns: Columns) {
    const { paths, entryHashes } = columns;
    for (let row = 0; row < paths.length; row++) this.pathRows.set(paths[row]!, row);
    for (let row = 0; row < entryHashes.length; row++) this.hashRows.set(entryHashes[row]!, row);
  }

  static empty(): StoredIndex {
    return new StoredIndex(new IndexBuilder().toColumns([]));
  }

  get fileCount(): number {
    return this.columns.paths.length;
  }

  get entryCount(): number {
    return this.columns.entryHashes.length;
  }

  fileRow(path: string): number | undefined {
    return this.pathRows.get(path);
  }

  entryRow(hash: string): number | undefined {
    return this.hashRows.get(hash);
  }

  hash(fileRow: number): string {
    return this.columns.hashes[fileRow]!;
  }

  settled(fileRow: number): boolean {
    return this.columns.settled[fileRow] === 1;
  }

  /** Returns whether the row's size, times and inode equal `now`'s. */
  sameStat(fileRow: number, now: StatRecord): boolean {
    const { stats } = this.columns;
    const at = fileRow * 4;
    return stats[at] === now.size && stats[at + 1] === now.mtimeMs && stats[at + 2] === now.ctimeMs && stats[at + 3] === now.ino;
  }

  /** Returns whether the row equals `record` in every field. */
  sameRecord(fileRow: number | undefined, record: FileRecord): boolean {
    return fileRow !== undefined && this.sameStat(fileRow, record) && this.hash(fileRow) === record.hash && this.settled(fileRow) === record.settled;
  }

  meta(entryRow: number): string | undefined {
    const meta = this.columns.metas[entryRow]!;
    return meta === "" ? undefined : meta;
  }

  json(entryRow: number): boolean {
    return this.columns.json[entryRow] === 1;
  }

  parse(entryRow: number): Slice {
    const { slices, digests } = this.columns;
    return { offset: slices[entryRow * 4]!, length: slices[entryRow * 4 + 1]!, digest: digests[entryRow * 2]! };
  }

  nodes(entryRow: number): Slice | undefined {
    const { slices, digests } = this.columns;
    const at = entryRow * 4;
    return slices[at + 2]! >= 0 ? { offset: slices[at + 2]!, length: slices[at + 3]!, digest: digests[entryRow * 2 + 1]! } : undefined;
  }

  /** Returns whether `piece` is the slice of the data file where the row's node trees are. */
  sameNodes(entryRow: number | undefined, piece: Piece | undefined): boolean {
    if (entryRow === undefined || this.columns.slices[entryRow * 4 + 2]! < 0) return piece === undefined;
    if (piece === undefined || piece instanceof Uint8Array) return false;
    const at = entryRow * 4;
    return piece.offset === this.columns.slices[at + 2] && piece.length === this.columns.slices[at + 3] && piece.digest === this.columns.digests[entryRow * 2 + 1];
  }

  entry(entryRow: number): StoredEntry {
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
  const decode = (entryRow: number): CachedParse | undefined => decodeEntry(cached.entry(entryRow), data, nodeSlices);
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
  // Discovery gives normalised paths with `/`. Where that is the separator, concatenating gives
  // the same path as join, without normalising 10,000 paths at 2,000 apps.
  const prefix = root.endsWith(sep) ? root : `${root}${sep}`;
  const absoluteOf = sep === "/" ? (path: string) => prefix + path : (path: string) => join(root, path);
  for (let index = 0; index < paths.length; index++) {
    const absolute = absoluteOf(paths[index]!);
    const before = statOf(absolute);
    const row = cached.fileRow(paths[index]!);
    const entryRow = row !== undefined && before && cached.settled(row) && cached.sameStat(row, before) ? cached.entryRow(cached.hash(row)) : undefined;
    if (entryRow !== undefined && reuse(index, entryRow, () => readUnchanged(absolute, options.maxFileBytes))) {
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
    const entryOf = new Set<string>();
    let changed = missing.length > 0 || discarded !== undefined;
    results.forEach((result, index) => {
      if (!result.ok) return;
      const path = paths[index]!;
      const row = fileRows[index]!;
      const record = records[index];
      let hash: string;
      // A file recognised by its stat is copied from its row.
      if (row >= 0) {
        hash = cached.hash(row);
        next.copyFile(cached.columns, row);
      } else if (record) {
        hash = record.hash;
        if (!changed && !cached.sameRecord(cached.fileRow(path), record)) changed = true;
        next.addFile(path, record);
      } else {
        return;
      }
      if (entryOf.has(hash)) return;
      entryOf.add(hash);
      const previous = entryRows[index]! >= 0 ? entryRows[index]! : undefined;
      const file = saved(index);
      // Node trees stay for the files whose positions this lint needed, and no others.
      const nodes: Piece | undefined = file.usedNodes && (nodeSlices.get(file.usedNodes) ?? file.usedNodes);
      if (!cached.sameNodes(previous, nodes)) changed = true;
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
      }
      // The summary and facts a run took from the cache are the same objects, so their JSON is reused.
      const before = metas[index];
      const stored = previous === undefined ? undefined : cached.meta(previous);
      let meta = stored;
      if (file.summary && (before?.summary !== file.summary || before?.facts !== file.facts)) {
        meta = JSON.stringify({ summary: file.summary, ...(file.facts ? { facts: file.facts } : {}) } satisfies StoredMeta);
      }
      if (meta !== stored) changed = true;
      next.addEntry(hash, { parse, json, ...(nodes ? { nodes } : {}), ...(meta !== undefined ? { meta } : {}) });
    });
    // Rewriting an unchanged cache costs time for nothing.
    if (!changed && next.fileCount === cached.fileCount && next.entryCount === cached.entryCount) return undefined;
    const failure = writeCache(file, key, location, data, next);
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
    if (!Number.isInteger(summary.documents) || summary.documents < 0) return undefined;
    const facts = meta!.facts;
    if (facts !== undefined) {
      if (!Array.isArray(facts.objects) || !Array.isArray(facts.problems)) return undefined;
      if (!facts.objects.every((fact) => isObjectFact(fact, summary.documents!))) return undefined;
    }
    return meta as StoredMeta;
  } catch {
    return undefined;
  }
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
    this.paths.push(path);
    this.stats.push(record.size, record.mtimeMs, record.ctimeMs, record.ino);
    this.settled.push(record.settled ? 1 : 0);
    this.hashes.push(record.hash);
  }

  /** Adds a row of the previous index unchanged. */
  copyFile(columns: Columns, row: number): void {
    this.paths.push(columns.paths[row]!);
    const at = row * 4;
    this.stats.push(columns.stats[at]!, columns.stats[at + 1]!, columns.stats[at + 2]!, columns.stats[at + 3]!);
    this.settled.push(columns.settled[row]!);
    this.hashes.push(columns.hashes[row]!);
  }

  addEntry(hash: string, entry: PendingEntry): void {
    this.entryHashes.push(hash);
    this.entries.push(entry);
  }

  /** Returns the columns, given the slices where the entries' pieces were written, in order. */
  toColumns(slices: readonly Slice[]): Columns {
    const columns: Columns = {
      paths: this.paths,
      stats: Float64Array.from(this.stats),
      settled: Uint8Array.from(this.settled),
      hashes: this.hashes,
      entryHashes: this.entryHashes,
      json: new Uint8Array(this.entries.length),
      slices: new Float64Array(this.entries.length * 4),
      digests: [],
      metas: [],
    };
    let next = 0;
    this.entries.forEach((entry, row) => {
      const parse = slices[next++]!;
      const nodes = entry.nodes ? slices[next++]! : undefined;
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

  const bytes = data.subarray(newline + 1);
  if (bytes.length !== header.bytes || createHash("sha1").update(bytes).digest("base64") !== header.digest) return discard("payload does not match its digest");
  if (header.data === undefined || !isDataFileName(header.data)) return discard("no data file named");
  try {
    const columns = deserialize(bytes) as unknown;
    return isColumns(columns) ? { index: new StoredIndex(columns), data: header.data } : discard("payload is not a cache of this format");
  } catch (error) {
    return discard(`payload does not deserialise: ${(error as Error).message}`);
  }
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

/**
 * Places the entries' bytes in the data file (cache-data.ts), then writes the index that names it.
 * A data file that the new index replaced is removed once the index is in place.
 */
function writeCache(file: string, key: Omit<Header, "digest" | "bytes">, location: string, data: DataReader, next: IndexBuilder): string | undefined {
  const pieces: Piece[] = [];
  for (const entry of next.entries) {
    pieces.push(entry.parse);
    if (entry.nodes) pieces.push(entry.nodes);
  }
  let written: ReturnType<typeof writePieces>;
  let payload: Buffer;
  try {
    prepareFolder(location);
    written = writePieces(location, data, pieces);
    payload = serialize(next.toColumns(written.slices));
  } catch (error) {
    debug(`cache ${file} not written: ${(error as Error).message}`);
    return (error as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : (error as Error).message;
  }
  const header: Header = { ...key, digest: createHash("sha1").update(payload).digest("base64"), bytes: payload.length, data: written.name };
  const failure = writeCacheFile(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]));
  const created = join(location, written.name) !== data.path;
  // The index that is in place names either the old file or the new one; the other is garbage.
  // Once the new index is in place, every other data file is garbage: the one it replaced, and those
  // that an index from another version or build named. A run still reading one reads misses.
  if (created && !failure) removeDataFilesBut(location, written.name);
  if (created && failure) removeDataFile(join(location, written.name));
  return failure;
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
