// The data file of the warm cache: the bytes of each cached parse, written once and appended to as
// later runs add parses. A run rewrites only the small index (parse-cache.ts), and reads back only
// the parses it needs, one slice at a time. Each slice is checked against its SHA-1 when read. A
// slice that does not match (two runs appending at once, a damaged disk) reads as missing, and the
// file is parsed again.
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, rmSync, writeSync } from "node:fs";
import { basename, join } from "node:path";
import { DATA_FILE_NAME } from "./cache-files.js";

/** The position of an entry's bytes in the data file, and their SHA-1 (base64). */
export interface Slice {
  offset: number;
  length: number;
  digest: string;
}

// Symbolic links are never followed, so a cache folder a repository ships cannot point a write outside the root.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);
const APPEND_FLAGS = constants.O_WRONLY | constants.O_APPEND | (constants.O_NOFOLLOW ?? 0);
const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** True for a name this module gives a data file; any other name in an index is not opened. */
export function isDataFileName(name: string): boolean {
  return DATA_FILE_NAME.test(name);
}

/** Reads slices of one data file, opened on first read and kept open for the rest of the run. */
export class DataReader {
  private fd?: number;
  private failed = false;
  /** The file's size when first read: no slice of the index can be longer. */
  private sizeWhenOpened?: number;

  constructor(readonly path: string | undefined) {}

  /** Returns the slice's bytes, or undefined when they cannot be read or do not match their digest. */
  read(slice: Slice): Buffer | undefined {
    const fd = this.open();
    if (fd === undefined) return undefined;
    let bytes: Buffer;
    try {
      // An index edited by hand can name a slice larger than any buffer, or than the file.
      this.sizeWhenOpened ??= this.size() ?? 0;
      if (slice.length > this.sizeWhenOpened) return undefined;
      bytes = Buffer.allocUnsafe(slice.length);
      if (readSync(fd, bytes, 0, slice.length, slice.offset) !== slice.length) return undefined;
    } catch {
      return undefined;
    }
    return digestOf(bytes) === slice.digest ? bytes : undefined;
  }

  /** Returns the size of the file, or undefined when it cannot be opened. */
  size(): number | undefined {
    const fd = this.open();
    if (fd === undefined) return undefined;
    try {
      return fstatSync(fd).size;
    } catch {
      return undefined;
    }
  }

  private open(): number | undefined {
    if (this.fd !== undefined || this.failed || this.path === undefined) return this.fd;
    try {
      this.fd = openSync(this.path, READ_FLAGS);
    } catch {
      this.failed = true;
    }
    return this.fd;
  }
}

/** A piece of the next data file: a slice of the current one, or new bytes. */
export type Piece = Slice | Uint8Array;

/**
 * Writes `pieces` so that each can be read back as a slice: appended to the current data file when
 * it contains little garbage, else copied into a new one. Returns the slices in order and the name of
 * the data file, or throws when nothing could be written.
 */
export function writePieces(folder: string, current: DataReader, pieces: readonly Piece[]): { name: string; slices: Slice[] } {
  let live = 0;
  for (const piece of pieces) live += piece.length;
  const size = current.size();
  const appendable = current.path !== undefined && size !== undefined && size <= 2 * live + 1024 * 1024;

  if (appendable) {
    const fresh = pieces.filter((piece): piece is Uint8Array => piece instanceof Uint8Array);
    const fd = openSync(current.path!, APPEND_FLAGS);
    try {
      // With O_APPEND the bytes land at the end as it is when they are written. A run appending at
      // the same time moves that end; the digests then reject what this run recorded.
      let offset = fstatSync(fd).size;
      const added = new Map<Uint8Array, Slice>();
      for (const bytes of fresh) {
        added.set(bytes, { offset, length: bytes.length, digest: digestOf(bytes) });
        offset += bytes.length;
      }
      if (fresh.length > 0) writeSync(fd, Buffer.concat(fresh));
      return { name: basename(current.path!), slices: pieces.map((piece) => (piece instanceof Uint8Array ? added.get(piece)! : piece)) };
    } finally {
      closeSync(fd);
    }
  }

  // A new file: old slices are copied (dropping the garbage of earlier runs), and checked on the way.
  const name = `parse-cache.${createHash("sha1").update(`${process.pid}:${Date.now()}:${Math.random()}`).digest("hex").slice(0, 16)}.data`;
  const buffers: Uint8Array[] = [];
  const slices: Slice[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const bytes = piece instanceof Uint8Array ? piece : current.read(piece);
    // A slice that no longer reads back is written empty, so its entry fails its digest and is parsed again.
    const written = bytes ?? new Uint8Array(0);
    let digest = "";
    if (piece instanceof Uint8Array) digest = digestOf(written);
    else if (bytes) digest = piece.digest;
    buffers.push(written);
    slices.push({ offset, length: written.length, digest });
    offset += written.length;
  }
  const fd = openSync(join(folder, name), CREATE_FLAGS, 0o644);
  try {
    writeSync(fd, Buffer.concat(buffers));
  } finally {
    closeSync(fd);
  }
  return { name, slices };
}

/** Removes every data file in `folder` other than `keep`. */
export function removeDataFilesBut(folder: string, keep: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (name !== keep && isDataFileName(name)) removeDataFile(join(folder, name));
}

/** Removes a data file that the index no longer names; another run still reading it reads misses. */
export function removeDataFile(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // A file that cannot be removed is garbage only.
  }
}

function digestOf(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("base64");
}
