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
import { packParse, type PackedParse } from "./packed.js";
import { parseFiles, type FileParse, type ParseJobOptions, type PoolOptions } from "./parse-pool.js";
import { readTextFile } from "./parse.js";

/** Bumped whenever the shape of a cached parse changes. */
const FORMAT = 4;
const FILE_NAME = "parse-cache.v8";
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
 * kept as node:v8 bytes.
 */
interface StoredEntry {
  parse: Uint8Array | string;
  nodes?: Uint8Array;
}

interface Payload {
  files: Map<string, FileRecord>;
  entries: Map<string, StoredEntry>;
}

interface Header {
  format: number;
  version: string;
  /** Path, size and modification time of the running code, so a rebuilt or reinstalled plumbline of the same version starts afresh. */
  build: string;
  options: string;
  digest: string;
  bytes: number;
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
  stats: CacheStats;
  /**
   * Rewrites the cache with the files of this run, keeping node trees for the files `usedNodes`
   * returns them for, and returns a warning when the cache cannot be written. Call it once the
   * lint is finished, so it knows which node trees the findings needed.
   */
  save(usedNodes: (index: number) => Uint8Array | undefined): string | undefined;
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
  const file = join(location, FILE_NAME);
  // A repository could link node_modules (or a folder below it) to a place outside the root; the
  // cache would then read and write there. Such a cache is not used at all.
  const link = symlinkBelowRoot(root, file);
  if (link !== undefined) {
    const reason = `cache not used: ${link} is a symbolic link, and a cache inside the repository is never reached through one; remove the link or pass --cache-location`;
    debug(reason);
    const results = await parseFiles(root, paths, options, pool);
    return { results, stats: { hits: 0, unread: 0, misses: paths.length, discarded: reason, warning: reason }, save: () => undefined };
  }
  const { payload: cached, discarded } = await timed("read cache", () => readCache(file, key));
  const stats: CacheStats = { hits: 0, unread: 0, misses: 0, discarded };
  const started = Date.now();

  const results: FileParse[] = new Array(paths.length);
  const records: (FileRecord | undefined)[] = new Array(paths.length);
  const stored: (StoredEntry | undefined)[] = new Array(paths.length);
  const missing: number[] = [];
  for (let index = 0; index < paths.length; index++) {
    const absolute = join(root, paths[index]!);
    const before = statOf(absolute);
    const known = cached.files.get(paths[index]!);
    const entry = known && known.settled && before && sameStat(known, before) ? cached.entries.get(known.hash) : undefined;
    const unread = entry && decodeEntry(entry);
    if (unread) {
      results[index] = { ok: true, text: () => readUnchanged(absolute, options.maxFileBytes), packed: unread };
      records[index] = known;
      stored[index] = entry;
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
    if (before) records[index] = { ...before, hash, settled: started - Math.max(before.mtimeMs, before.ctimeMs) > RACY_WINDOW_MS };
    const hit = cached.entries.get(hash);
    const packed = hit && decodeEntry(hit);
    if (packed) {
      results[index] = { ok: true, text: read.text, packed };
      stored[index] = hit;
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

  const save = (usedNodes: (index: number) => Uint8Array | undefined): string | undefined => {
    const next: Payload = { files: new Map(), entries: new Map() };
    let changed = missing.length > 0 || discarded !== undefined;
    results.forEach((result, index) => {
      const record = records[index];
      if (!record || !result.ok) return;
      const path = paths[index]!;
      if (!changed && !sameRecord(cached.files.get(path), record)) changed = true;
      next.files.set(path, record);
      if (next.entries.has(record.hash)) return;
      const previous = stored[index];
      // Node trees stay for the files whose positions this lint needed, and no others.
      const nodes = usedNodes(index);
      if (nodes !== previous?.nodes) changed = true;
      const parse = previous?.parse ?? encodeParse("packed" in result ? result.packed : packParse(result.parsed));
      next.entries.set(record.hash, nodes ? { parse, nodes } : { parse });
    });
    // Rewriting an unchanged cache costs time for nothing.
    if (!changed && next.files.size === cached.files.size && next.entries.size === cached.entries.size) return undefined;
    const failure = writeCache(file, key, next);
    return failure ? `cache ${file} not written: ${failure}; the next --cache run parses every file again` : undefined;
  };
  return { results, stats, save };
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
  if (!stats?.isFile()) return undefined;
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
}

function sameStat(known: FileRecord, now: StatRecord): boolean {
  return known.size === now.size && known.mtimeMs === now.mtimeMs && known.ctimeMs === now.ctimeMs && known.ino === now.ino;
}

function sameRecord(known: FileRecord | undefined, record: FileRecord): boolean {
  return known !== undefined && sameStat(known, record) && known.hash === record.hash && known.settled === record.settled;
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

/**
 * True when JSON gives back what node:v8 would: only plain objects, arrays without holes,
 * strings, finite numbers other than -0, booleans and null, and no key `__proto__`, which
 * JSON.parse makes an own property where the parse has none.
 */
export function isJsonExact(value: unknown): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object": {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index++) {
          if (!(index in value) || !isJsonExact(value[index])) return false;
        }
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      for (const key in value) {
        if (key === "__proto__" || !isJsonExact((value as Record<string, unknown>)[key])) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** Decodes a stored entry's parse and attaches its node trees, or returns undefined when it is not a parse. */
function decodeEntry(entry: StoredEntry): CachedParse | undefined {
  try {
    const parse = (typeof entry.parse === "string" ? JSON.parse(entry.parse) : deserialize(entry.parse)) as unknown;
    if (!isCachedParse(parse)) return undefined;
    return entry.nodes ? { ...parse, nodes: entry.nodes } : parse;
  } catch {
    return undefined;
  }
}

/** The first symbolic link on the path from `root` to `file` when `file` is inside the root; undefined otherwise. */
function symlinkBelowRoot(root: string, file: string): string | undefined {
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

function readCache(file: string, key: Omit<Header, "digest" | "bytes">): { payload: Payload; discarded?: string } {
  const empty = (): Payload => ({ files: new Map(), entries: new Map() });
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return { payload: empty() };
  }
  const discard = (reason: string) => {
    debug(`cache ${file} ignored: ${reason}`);
    return { payload: empty(), discarded: reason };
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
  try {
    const payload = deserialize(bytes) as unknown;
    return isPayload(payload) ? { payload } : discard("payload is not a cache of this format");
  } catch (error) {
    return discard(`payload does not deserialise: ${(error as Error).message}`);
  }
}

/** Checks the payload's outer shape. Each entry's parse is checked when it is decoded. */
function isPayload(value: unknown): value is Payload {
  const payload = value as Partial<Payload> | null;
  if (typeof payload !== "object" || payload === null || !(payload.files instanceof Map) || !(payload.entries instanceof Map)) return false;
  for (const record of payload.files.values()) {
    const fields = record as Partial<FileRecord> | null;
    if (typeof fields !== "object" || fields === null || typeof fields.hash !== "string" || typeof fields.settled !== "boolean") return false;
    if (![fields.size, fields.mtimeMs, fields.ctimeMs, fields.ino].every((field) => typeof field === "number")) return false;
  }
  for (const entry of payload.entries.values()) {
    const stored = entry as Partial<StoredEntry> | null;
    if (typeof stored !== "object" || stored === null || !(stored.parse instanceof Uint8Array || typeof stored.parse === "string")) return false;
    if (stored.nodes !== undefined && !(stored.nodes instanceof Uint8Array)) return false;
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
 * Writes the cache through a temporary file and a rename, so a reader never sees half a cache.
 * Returns why it failed, or undefined.
 */
function writeCache(file: string, key: Omit<Header, "digest" | "bytes">, contents: Payload): string | undefined {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const payload = serialize(contents);
    const header: Header = { ...key, digest: createHash("sha1").update(payload).digest("base64"), bytes: payload.length };
    const created = makeFolders(dirname(file));
    // A folder the cache created holds nothing to commit; its .gitignore keeps it out of
    // `git status` in repositories that do not ignore node_modules. A folder that existed is the
    // user's, and is left alone.
    if (created !== undefined) writeFileSync(join(dirname(file), ".gitignore"), "# Created by plumbline --cache.\n*\n");
    // "wx" fails on an existing path, a planted symbolic link included.
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]), { flag: "wx" });
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
