// Reads and parses a list of files, on worker threads when there are many files and spare cores.
// Parsing is most of a cold lint, and each file parses independently, so the main thread and the
// workers take files from one shared counter until none is left. A worker returns each parse
// packed (packed.ts): values as plain data without node trees, which the main thread parses again
// only for the files whose positions it needs, so the copy back costs little of the time saved.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker, isMainThread, workerData, parentPort } from "node:worker_threads";
import { debug } from "../debug.js";
import { packParse, type ObjectFacts, type PackedParse, type ParseSummary } from "./packed.js";
import { parseYamlText, readTextFile, type FileProblem, type ParsedText, type ParseOptions } from "./parse.js";

/** What parsing one file produced: its parse, packed or not, or the problem that stopped it from being read. */
export type FileParse =
  | { ok: true; parsed: ParsedText }
  /** `text` is a function, which reads the file, when the cache recognised the file without reading it. */
  | { ok: true; text: string | (() => string); packed: PackedParse }
  /** A cached parse that is decoded only when something reads more than its summary. */
  | { ok: true; text: string | (() => string); cached: CachedFile }
  | { ok: false; problem: FileProblem };

/** A file's entry in the warm cache, of which only the summary and the object facts are decoded up front. */
export interface CachedFile {
  summary: ParseSummary;
  /** Present when the run that wrote the entry extracted the file's objects. */
  facts?: ObjectFacts;
  /** Decodes the full parse; undefined when the entry does not decode. */
  packed(): PackedParse | undefined;
}

export interface ParseJobOptions extends ParseOptions {
  maxFileBytes: number;
}

export interface PoolOptions {
  /**
   * File URL or path of a module that calls `runParseWorkerIfAsked()` before anything else: the
   * entry of the CLI or the Action. Without it every file is parsed on the calling thread.
   */
  workerEntry?: string | URL;
  /** Threads to use in all, the calling one included; 1 parses on the calling thread. Default: the cores, at most 4. */
  threads?: number;
  /** False leaves every file to the workers, so a test can check what they return; default true. */
  mainThreadParses?: boolean;
}

/**
 * Below this many files no worker starts. A worker first loads the bundle and the yaml package, and
 * its results are copied back: on 2 cores, one worker made 502 generated files no faster to lint
 * and 2,502 files 12% faster (bench/generate.ts repositories, docs/benchmarks.md).
 */
export const MIN_FILES_FOR_WORKERS = 1_000;

const WORKER_FLAG = "plumblineParseWorker";
/** Results travel in batches, so the main thread gets few large messages. */
const BATCH_SIZE = 128;

interface WorkerInput {
  [WORKER_FLAG]: true;
  root: string;
  paths: string[];
  options: ParseJobOptions;
  counter: SharedArrayBuffer;
}

type WorkerMessage = { batch: [number, FileParse][] } | { done: true } | { error: string };

/** Reads and parses the file at `root`/`path`. Never throws on file content. */
export function parseFile(root: string, path: string, options: ParseJobOptions): FileParse {
  const read = readTextFile(join(root, path), options.maxFileBytes);
  if (!read.ok) return read;
  return { ok: true, parsed: parseYamlText(read.text, options) };
}

/** Parses `paths` (relative to `root`) and returns the results in the same order. */
export async function parseFiles(root: string, paths: readonly string[], options: ParseJobOptions, pool: PoolOptions = {}): Promise<FileParse[]> {
  const results: FileParse[] = new Array(paths.length);
  const workers = workerCount(paths.length, pool);
  if (workers === 0) {
    if (pool.workerEntry && paths.length > 0) {
      debug(`parse: ${paths.length} files on the main thread${paths.length < MIN_FILES_FOR_WORKERS ? ` (workers start from ${MIN_FILES_FOR_WORKERS} files)` : ""}`);
    }
    for (let index = 0; index < paths.length; index++) results[index] = parseFile(root, paths[index]!, options);
    return results;
  }

  debug(`parse: ${paths.length} files on ${workers} worker thread${workers === 1 ? "" : "s"} and the main thread`);
  const counter = new SharedArrayBuffer(4);
  const claimed = new Int32Array(counter);
  const input: WorkerInput = { [WORKER_FLAG]: true, root, paths: [...paths], options, counter };
  const finished = Array.from({ length: workers }, () => startWorker(pool.workerEntry!, input, results));

  // The calling thread takes files from the same counter while the workers start and run.
  if (pool.mainThreadParses !== false) {
    for (let index = Atomics.add(claimed, 0, 1); index < paths.length; index = Atomics.add(claimed, 0, 1)) {
      results[index] = parseFile(root, paths[index]!, options);
    }
  }

  const failures = (await Promise.all(finished)).filter((failure): failure is string => failure !== undefined);
  // A worker that failed (it could not start, say) leaves holes; the calling thread fills them, so
  // a broken worker costs time, never findings.
  for (let index = 0; index < paths.length; index++) results[index] ??= parseFile(root, paths[index]!, options);
  if (failures.length > 0) debug(`parse worker failed, the main thread parsed its files: ${failures[0]}`);
  return results;
}

/** Workers to start besides the calling thread, so that each thread gets at least half the threshold's files. */
function workerCount(files: number, pool: PoolOptions): number {
  if (!pool.workerEntry || files < MIN_FILES_FOR_WORKERS) return 0;
  const threads = pool.threads ?? Math.min(availableParallelism(), 4);
  return Math.max(0, Math.min(threads, Math.floor(files / (MIN_FILES_FOR_WORKERS / 2))) - 1);
}

/** Starts one worker; resolves with undefined when it finished, or with the reason it failed. */
function startWorker(entry: string | URL, input: WorkerInput, results: FileParse[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(entry instanceof URL ? entry : new URL(entry), { workerData: input, stdout: false, stderr: false });
    } catch (error) {
      resolve((error as Error).message);
      return;
    }
    let settled = false;
    const settle = (failure: string | undefined): void => {
      if (settled) return;
      settled = true;
      resolve(failure);
    };
    worker.on("message", (message: WorkerMessage) => {
      if ("batch" in message) for (const [index, result] of message.batch) results[index] = result;
      else if ("error" in message) settle(message.error);
      else settle(undefined);
    });
    worker.on("error", (error) => settle(error.message));
    worker.on("exit", (code) => settle(code === 0 ? undefined : `worker exited with code ${code}`));
  });
}

/**
 * In a thread started by `parseFiles`, parses files until the shared counter runs out and returns
 * true; anywhere else returns false at once. Entry modules call it before their own work.
 */
export function runParseWorkerIfAsked(): boolean {
  if (isMainThread || !parentPort) return false;
  const input = workerData as WorkerInput | undefined;
  if (!input || input[WORKER_FLAG] !== true) return false;

  const port = parentPort;
  try {
    const claimed = new Int32Array(input.counter);
    let batch: [number, FileParse][] = [];
    for (let index = Atomics.add(claimed, 0, 1); index < input.paths.length; index = Atomics.add(claimed, 0, 1)) {
      const result = parseFile(input.root, input.paths[index]!, input.options);
      batch.push([index, result.ok && "parsed" in result ? { ok: true, text: result.parsed.text, packed: packParse(result.parsed) } : result]);
      if (batch.length >= BATCH_SIZE) {
        port.postMessage({ batch } satisfies WorkerMessage);
        batch = [];
      }
    }
    if (batch.length > 0) port.postMessage({ batch } satisfies WorkerMessage);
    port.postMessage({ done: true } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage({ error: (error as Error).message } satisfies WorkerMessage);
  }
  return true;
}
