// The warm cache of `--cache`: each file's parse, keyed by a hash of its content, so a repeated lint
// re-parses only the files that changed. One file holds the whole cache. It is written with
// node:v8 (the parse is plain data) behind a header that names the format, plumbline's version,
// the parse limits and a digest of the payload; a cache whose header does not match, or whose
// payload does not match its digest, is ignored and rewritten, never trusted.
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import packageJson from "../../package.json" with { type: "json" };
import { debug, timed } from "../debug.js";
import { packParse, type PackedParse } from "./packed.js";
import { parseFiles, type FileParse, type ParseJobOptions, type PoolOptions } from "./parse-pool.js";
import { readTextFile } from "./parse.js";

/** Bumped whenever the shape of a cached parse changes. */
const FORMAT = 2;
const FILE_NAME = "parse-cache.v8";

/** A packed parse: without its text, which the lint reads from the file anyway. */
type CachedParse = PackedParse;

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
 * Reads and parses `paths` like `parseFiles`, taking the parse of every file whose content hash is
 * in the cache at `location` (a folder).
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
    return { results: await parseFiles(root, paths, options, pool), stats: { hits: 0, misses: paths.length, discarded: reason, warning: reason }, save: () => undefined };
  }
  const { entries: cached, discarded } = await timed("read cache", () => readCache(file, key));
  const stats: CacheStats = { hits: 0, misses: 0, discarded };

  const results: FileParse[] = new Array(paths.length);
  const hashes: (string | undefined)[] = new Array(paths.length);
  const missing: number[] = [];
  for (let index = 0; index < paths.length; index++) {
    const read = readTextFile(join(root, paths[index]!), options.maxFileBytes);
    if (!read.ok) {
      results[index] = read;
      continue;
    }
    const hash = createHash("sha1").update(read.text).digest("base64");
    hashes[index] = hash;
    const entry = cached.get(hash);
    if (entry) {
      results[index] = { ok: true, text: read.text, packed: entry };
      stats.hits++;
    } else {
      missing.push(index);
    }
  }

  stats.misses = missing.length;
  const parsed = await parseFiles(root, missing.map((index) => paths[index]!), options, pool);
  missing.forEach((index, position) => (results[index] = parsed[position]!));

  const save = (usedNodes: (index: number) => Uint8Array | undefined): string | undefined => {
    const next = new Map<string, CachedParse>();
    let changed = missing.length > 0 || discarded !== undefined;
    results.forEach((result, index) => {
      const hash = hashes[index];
      if (!hash || !result.ok) return;
      const entry = "packed" in result ? result.packed : packParse(result.parsed);
      // Node trees stay for the files whose positions this lint needed, and no others.
      const nodes = usedNodes(index);
      if (nodes !== entry.nodes) changed = true;
      next.set(hash, nodes === entry.nodes ? entry : { ...entry, nodes });
    });
    // Rewriting an unchanged cache costs time for nothing.
    if (!changed && next.size === cached.size) return undefined;
    const failure = writeCache(file, key, next);
    return failure ? `cache ${file} not written: ${failure}; the next --cache run parses every file again` : undefined;
  };
  return { results, stats, save };
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

function readCache(file: string, key: Omit<Header, "digest" | "bytes">): { entries: Map<string, CachedParse>; discarded?: string } {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return { entries: new Map() };
  }
  const discard = (reason: string) => {
    debug(`cache ${file} ignored: ${reason}`);
    return { entries: new Map<string, CachedParse>(), discarded: reason };
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

  const payload = data.subarray(newline + 1);
  if (payload.length !== header.bytes || createHash("sha1").update(payload).digest("base64") !== header.digest) return discard("payload does not match its digest");
  try {
    const entries = deserialize(payload) as unknown;
    if (!(entries instanceof Map)) return discard("payload is not a map");
    for (const entry of entries.values()) if (!isCachedParse(entry)) return discard("payload holds an entry of the wrong shape");
    return { entries: entries as Map<string, CachedParse> };
  } catch (error) {
    return discard(`payload does not deserialise: ${(error as Error).message}`);
  }
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
    (entry.nodes === undefined || entry.nodes instanceof Uint8Array)
  );
}

/**
 * Writes the cache through a temporary file and a rename, so a reader never sees half a cache.
 * Returns why it failed, or undefined.
 */
function writeCache(file: string, key: Omit<Header, "digest" | "bytes">, entries: Map<string, CachedParse>): string | undefined {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const payload = serialize(entries);
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
