export const id = 385;
export const ids = [385];
export const modules = {

/***/ 1385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U1: () => (/* binding */ cacheStamp),
  parseFilesCached: () => (/* binding */ parseFilesCached),
  zt: () => (/* binding */ symlinkBelowRoot),
  kX: () => (/* binding */ writeCacheFile)
});

// UNUSED EXPORTS: isJsonExact

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/debug.ts
var debug = __webpack_require__(2668);
// EXTERNAL MODULE: ./src/workspace/cache-files.ts
var cache_files = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/workspace/discover.ts
var discover = __webpack_require__(4714);
;// CONCATENATED MODULE: ./src/workspace/cache-data.ts
// The data file of the warm cache: the bytes of each cached parse, written once and appended to as
// later runs add parses. A run rewrites only the small index (parse-cache.ts), and reads back only
// the parses it needs, one slice at a time. Each slice is checked against its SHA-1 when read. A
// slice that does not match (two runs appending at once, a damaged disk) reads as missing, and the
// file is parsed again.




// Symbolic links are never followed, so a cache folder a repository ships cannot point a write outside the root.
const READ_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
const APPEND_FLAGS = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_APPEND | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
const CREATE_FLAGS = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
/** True for a name this module gives a data file; any other name in an index is not opened. */
function isDataFileName(name) {
    return cache_files/* DATA_FILE_NAME */.Cb.test(name);
}
/** Reads slices of one data file, opened on first read and kept open for the rest of the run. */
class DataReader {
    path;
    fd;
    failed = false;
    /** The file's size when first read: no slice of the index can be longer. */
    sizeWhenOpened;
    constructor(path) {
        this.path = path;
    }
    /** Returns the slice's bytes, or undefined when they cannot be read or do not match their digest. */
    read(slice) {
        const fd = this.open();
        if (fd === undefined)
            return undefined;
        let bytes;
        try {
            // An index edited by hand can name a slice larger than any buffer, or than the file.
            this.sizeWhenOpened ??= this.size() ?? 0;
            if (slice.length > this.sizeWhenOpened)
                return undefined;
            bytes = Buffer.allocUnsafe(slice.length);
            if ((0,external_node_fs_.readSync)(fd, bytes, 0, slice.length, slice.offset) !== slice.length)
                return undefined;
        }
        catch {
            return undefined;
        }
        return digestOf(bytes) === slice.digest ? bytes : undefined;
    }
    /** Returns the size of the file, or undefined when it cannot be opened. */
    size() {
        const fd = this.open();
        if (fd === undefined)
            return undefined;
        try {
            return (0,external_node_fs_.fstatSync)(fd).size;
        }
        catch {
            return undefined;
        }
    }
    open() {
        if (this.fd !== undefined || this.failed || this.path === undefined)
            return this.fd;
        try {
            this.fd = (0,external_node_fs_.openSync)(this.path, READ_FLAGS);
        }
        catch {
            this.failed = true;
        }
        return this.fd;
    }
}
/**
 * Writes `pieces` so that each can be read back as a slice: appended to the current data file when
 * it contains little garbage, else copied into a new one. Returns the slices in order and the name of
 * the data file, or throws when nothing could be written.
 */
function writePieces(folder, current, pieces) {
    let live = 0;
    for (const piece of pieces)
        live += piece.length;
    const size = current.size();
    const appendable = current.path !== undefined && size !== undefined && size <= 2 * live + 1024 * 1024;
    if (appendable) {
        const fresh = pieces.filter((piece) => piece instanceof Uint8Array);
        const fd = (0,external_node_fs_.openSync)(current.path, APPEND_FLAGS);
        try {
            // With O_APPEND the bytes land at the end as it is when they are written. A run appending at
            // the same time moves that end; the digests then reject what this run recorded.
            let offset = (0,external_node_fs_.fstatSync)(fd).size;
            const added = new Map();
            for (const bytes of fresh) {
                added.set(bytes, { offset, length: bytes.length, digest: digestOf(bytes) });
                offset += bytes.length;
            }
            if (fresh.length > 0)
                (0,external_node_fs_.writeSync)(fd, Buffer.concat(fresh));
            return { name: (0,external_node_path_.basename)(current.path), slices: pieces.map((piece) => (piece instanceof Uint8Array ? added.get(piece) : piece)) };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    // A new file: old slices are copied (dropping the garbage of earlier runs), and checked on the way.
    const name = `parse-cache.${(0,external_node_crypto_.createHash)("sha1").update(`${process.pid}:${Date.now()}:${Math.random()}`).digest("hex").slice(0, 16)}.data`;
    const buffers = [];
    const slices = [];
    let offset = 0;
    for (const piece of pieces) {
        const bytes = piece instanceof Uint8Array ? piece : current.read(piece);
        // A slice that no longer reads back is written empty, so its entry fails its digest and is parsed again.
        const written = bytes ?? new Uint8Array(0);
        let digest = "";
        if (piece instanceof Uint8Array)
            digest = digestOf(written);
        else if (bytes)
            digest = piece.digest;
        buffers.push(written);
        slices.push({ offset, length: written.length, digest });
        offset += written.length;
    }
    const fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(folder, name), CREATE_FLAGS, 0o644);
    try {
        (0,external_node_fs_.writeSync)(fd, Buffer.concat(buffers));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return { name, slices };
}
/** Removes every data file in `folder` other than `keep`. */
function removeDataFilesBut(folder, keep) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(folder);
    }
    catch {
        return;
    }
    for (const name of names)
        if (name !== keep && isDataFileName(name))
            removeDataFile((0,external_node_path_.join)(folder, name));
}
/** Removes a data file that the index no longer names; another run still reading it reads misses. */
function removeDataFile(path) {
    try {
        (0,external_node_fs_.rmSync)(path, { force: true });
    }
    catch {
        // A file that cannot be removed is garbage only.
    }
}
function digestOf(bytes) {
    return (0,external_node_crypto_.createHash)("sha1").update(bytes).digest("base64");
}

// EXTERNAL MODULE: ./src/workspace/packed.ts
var packed = __webpack_require__(5277);
// EXTERNAL MODULE: ./src/workspace/parse-pool.ts
var parse_pool = __webpack_require__(73);
// EXTERNAL MODULE: ./src/workspace/parse.ts + 1 modules
var parse = __webpack_require__(4890);
;// CONCATENATED MODULE: ./src/workspace/parse-cache.ts
// The warm cache of `--cache`: each file's parse, keyed by a hash of its content, so a repeated lint
// re-parses only the files that changed, and each path's stat when it was read, so a repeated lint
// does not even read the files whose stat is unchanged. The index is written with node:v8 behind a
// header that names the format, plumbline's version, the parse limits and a digest of the payload.
// The parses are in a data file (cache-data.ts). A run that changed a few records appends them to
// the index as a delta with its own digest, and a run rewrites the index whole once the deltas pile
// up. An index whose header or payload does not match is ignored and rewritten, and a delta that
// does not match is ignored with the ones after it: neither is ever trusted.














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
/**
 * The index of the previous run, kept as the columns it was read as, with a map from path and from
 * content hash to row. A warm run at 2,000 apps compares 10,000 stats with the columns and copies
 * the unchanged rows to the next index. It builds no record or entry object for them, where it
 * used to build 40,000.
 */
class StoredIndex {
    digest;
    deltaBytes;
    pathRows = new Map();
    hashRows = new Map();
    /** The index, then its deltas. Row numbers continue from one part to the next. */
    parts;
    fileStarts = [];
    entryStarts = [];
    deltaCount;
    found;
    baseFiles;
    baseEntries;
    /**
     * Reads `base` with `deltas` applied in order: a delta's row for a path or hash replaces the
     * earlier one, and its removed paths are dropped.
     */
    constructor(base, 
    /** The digest of the index payload that `base` was read from; a delta names it. */
    digest = "", deltas = [], 
    /**
     * The bytes the deltas take in the index file; with their number, they decide when it is
     * rewritten whole. Infinity when a delta is damaged, which also makes the next write a rewrite.
     */
    deltaBytes = 0) {
        this.digest = digest;
        this.deltaBytes = deltaBytes;
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
            for (let row = 0; row < part.paths.length; row++)
                this.pathRows.set(part.paths[row], fileRow++);
            for (let row = 0; row < part.entryHashes.length; row++)
                this.hashRows.set(part.entryHashes[row], entryRow++);
            if (position > 0)
                for (const path of deltas[position - 1].removed)
                    this.pathRows.delete(path);
        });
    }
    static empty() {
        return new StoredIndex(new IndexBuilder().toColumns([]));
    }
    /** The number of files the index has a record for. */
    get fileCount() {
        return this.pathRows.size;
    }
    get entryCount() {
        return this.hashRows.size;
    }
    /** Returns the paths the index has a record for. */
    filePaths() {
        return this.pathRows.keys();
    }
    fileRow(path) {
        return this.pathRows.get(path);
    }
    entryRow(hash) {
        return this.hashRows.get(hash);
    }
    /**
     * Returns a file row's place in the part that has it, and leaves the part in `found`. A field
     * rather than a returned pair, because a warm run looks up 30,000 rows.
     */
    file(row) {
        return this.locate(row, this.baseFiles, this.fileStarts);
    }
    /** Returns an entry row's place in the part that has it, and leaves the part in `found`. */
    entry(row) {
        return this.locate(row, this.baseEntries, this.entryStarts);
    }
    locate(row, inBase, starts) {
        if (row < inBase) {
            this.found = this.parts[0];
            return row;
        }
        let part = this.parts.length - 1;
        while (starts[part] > row)
            part--;
        this.found = this.parts[part];
        return row - starts[part];
    }
    hash(fileRow) {
        const row = this.file(fileRow);
        const part = this.found;
        return part.hashes[row];
    }
    settled(fileRow) {
        const row = this.file(fileRow);
        const part = this.found;
        return part.settled[row] === 1;
    }
    /** Returns whether the row's size, times and inode equal `now`'s. */
    sameStat(fileRow, now) {
        const row = this.file(fileRow);
        const part = this.found;
        const at = row * 4;
        return part.stats[at] === now.size && part.stats[at + 1] === now.mtimeMs && part.stats[at + 2] === now.ctimeMs && part.stats[at + 3] === now.ino;
    }
    /** Returns whether the row equals `record` in every field. */
    sameRecord(fileRow, record) {
        return fileRow !== undefined && this.sameStat(fileRow, record) && this.hash(fileRow) === record.hash && this.settled(fileRow) === record.settled;
    }
    /** Adds a file row to `next` unchanged. */
    copyFile(fileRow, next) {
        const row = this.file(fileRow);
        const part = this.found;
        const at = row * 4;
        next.addRow(part.paths[row], part.stats[at], part.stats[at + 1], part.stats[at + 2], part.stats[at + 3], part.settled[row], part.hashes[row]);
    }
    meta(entryRow) {
        const row = this.entry(entryRow);
        const part = this.found;
        const meta = part.metas[row];
        return meta === "" ? undefined : meta;
    }
    json(entryRow) {
        const row = this.entry(entryRow);
        const part = this.found;
        return part.json[row] === 1;
    }
    parse(entryRow) {
        const row = this.entry(entryRow);
        const part = this.found;
        return { offset: part.slices[row * 4], length: part.slices[row * 4 + 1], digest: part.digests[row * 2] };
    }
    nodes(entryRow) {
        const row = this.entry(entryRow);
        const part = this.found;
        const at = row * 4;
        return part.slices[at + 2] >= 0 ? { offset: part.slices[at + 2], length: part.slices[at + 3], digest: part.digests[row * 2 + 1] } : undefined;
    }
    /** Returns whether `piece` is the slice of the data file where the row's node trees are. */
    sameNodes(entryRow, piece) {
        const stored = entryRow === undefined ? undefined : this.nodes(entryRow);
        if (stored === undefined || piece === undefined)
            return stored === piece;
        return !(piece instanceof Uint8Array) && piece.offset === stored.offset && piece.length === stored.length && piece.digest === stored.digest;
    }
    /** Returns the stored entry of a row, for decoding its parse. */
    storedEntry(entryRow) {
        const nodes = this.nodes(entryRow);
        const meta = this.meta(entryRow);
        return { parse: this.parse(entryRow), json: this.json(entryRow), ...(nodes ? { nodes } : {}), ...(meta !== undefined ? { meta } : {}) };
    }
}
/**
 * Reads and parses `paths` like `parseFiles`, taking the parse of every file whose content is in
 * the cache at `location` (a folder). A file whose size, times and inode match the stat recorded
 * when it was last read is not read again. Any other file is read and looked up by content hash.
 */
async function parseFilesCached(root, paths, options, pool, location) {
    const key = cacheKey(options);
    const file = (0,external_node_path_.join)(location, cache_files/* INDEX_FILE_NAME */.qM);
    // A repository could link node_modules (or a folder below it) to a place outside the root; the
    // cache would then read and write there. Such a cache is not used at all.
    const link = symlinkBelowRoot(root, file);
    if (link !== undefined) {
        const reason = `cache not used: ${link} is a symbolic link, and a cache inside the repository is never reached through one; remove the link or pass --cache-location`;
        (0,debug/* debug */.Yz)(reason);
        const results = await (0,parse_pool/* parseFiles */.Bj)(root, paths, options, pool);
        return { results, hashes: [], stats: { hits: 0, unread: 0, misses: paths.length, discarded: reason, warning: reason }, save: () => undefined };
    }
    const { index: cached, discarded, data: dataName } = await (0,debug/* timed */.ay)("read cache", () => readCache(file, key));
    const data = new DataReader(dataName === undefined ? undefined : (0,external_node_path_.join)(location, dataName));
    // Node trees read from the data file, so a run that keeps them does not write them again.
    const nodeSlices = new WeakMap();
    // Entries whose parse did not read back from the data file. The next index leaves them out, so
    // the next run parses their files again instead of finding the same unreadable slice.
    const unreadable = new Set();
    const decode = (entryRow) => {
        const parse = decodeEntry(cached.storedEntry(entryRow), data, nodeSlices);
        if (!parse)
            unreadable.add(entryRow);
        return parse;
    };
    const stats = { hits: 0, unread: 0, misses: 0, discarded };
    const started = Date.now();
    const results = new Array(paths.length);
    // The record of each file that was read. A file recognised by its stat has its row in `fileRows` instead.
    const records = new Array(paths.length);
    const fileRows = new Int32Array(paths.length).fill(-1);
    // The row of the stored entry that each file's parse came from, or -1 for a file parsed in this run.
    const entryRows = new Int32Array(paths.length).fill(-1);
    const metas = new Array(paths.length);
    const missing = [];
    // Takes a stored entry as a lazily decoded parse when it has a summary, else decodes it now.
    const reuse = (index, entryRow, text) => {
        const stored = cached.meta(entryRow);
        const meta = stored === undefined ? undefined : decodeMeta(stored);
        if (meta) {
            metas[index] = meta;
            const cachedFile = { summary: meta.summary, ...(meta.facts ? { facts: meta.facts } : {}), packed: () => decode(entryRow) };
            results[index] = { ok: true, text, cached: cachedFile };
            return true;
        }
        const packed = decode(entryRow);
        if (packed)
            results[index] = { ok: true, text, packed };
        return packed !== undefined;
    };
    const absoluteOf = (0,discover/* absoluteJoiner */.xV)(root);
    // A reader for the text of a file recognised by its stat. It keeps the relative path, which the
    // run keeps anyway, rather than one more absolute path per file until the lint ends.
    const readLater = (path) => () => readUnchanged(absoluteOf(path), options.maxFileBytes);
    for (let index = 0; index < paths.length; index++) {
        const absolute = absoluteOf(paths[index]);
        const before = statOf(absolute);
        const row = cached.fileRow(paths[index]);
        const entryRow = row !== undefined && before && cached.settled(row) && cached.sameStat(row, before) ? cached.entryRow(cached.hash(row)) : undefined;
        if (entryRow !== undefined && reuse(index, entryRow, readLater(paths[index]))) {
            fileRows[index] = row;
            entryRows[index] = entryRow;
            stats.hits++;
            stats.unread++;
            continue;
        }
        const read = (0,parse/* readTextFile */.Gu)(absolute, options.maxFileBytes);
        if (!read.ok) {
            results[index] = read;
            continue;
        }
        const hash = (0,external_node_crypto_.createHash)("sha1").update(read.text).digest("base64");
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
        }
        else {
            missing.push(index);
        }
    }
    stats.misses = missing.length;
    const parsed = await (0,parse_pool/* parseFiles */.Bj)(root, missing.map((index) => paths[index]), options, pool);
    missing.forEach((index, position) => {
        const result = parsed[position];
        results[index] = result;
        // The parse read the file again, and its entry is keyed by the text it parsed. That text
        // differs from the one hashed above when the file changed in between.
        const record = records[index];
        if (!record || !result.ok)
            return;
        let text;
        if ("parsed" in result)
            text = result.parsed.text;
        else if (typeof result.text === "string")
            text = result.text;
        if (text !== undefined)
            record.hash = (0,external_node_crypto_.createHash)("sha1").update(text).digest("base64");
    });
    const hashOf = (index) => records[index]?.hash ?? (fileRows[index] >= 0 ? cached.hash(fileRows[index]) : undefined);
    const save = (saved) => {
        const next = new IndexBuilder();
        // Content hashes that already have an entry in `next`: files of equal content share one.
        const withEntry = new Set();
        // What differs from the stored index, by row of `next`: the delta the run appends.
        const changedFiles = [];
        const changedEntries = [];
        // Files of this run that the stored index has a record for; fewer than it has means some are gone.
        let listed = 0;
        results.forEach((result, index) => {
            if (!result.ok)
                return;
            const path = paths[index];
            const row = fileRows[index];
            const record = records[index];
            let hash;
            // A file recognised by its stat is copied from its row.
            if (row >= 0) {
                hash = cached.hash(row);
                listed++;
                cached.copyFile(row, next);
            }
            else if (record) {
                hash = record.hash;
                const storedRow = cached.fileRow(path);
                if (storedRow !== undefined)
                    listed++;
                if (!cached.sameRecord(storedRow, record))
                    changedFiles.push(next.fileCount);
                next.addFile(path, record);
            }
            else {
                return;
            }
            if (withEntry.has(hash))
                return;
            withEntry.add(hash);
            const previous = entryRows[index] >= 0 ? entryRows[index] : undefined;
            if (previous !== undefined && unreadable.has(previous))
                return;
            const file = saved(index);
            // Node trees stay for the files whose positions this lint needed, and no others.
            const nodes = file.usedNodes && (nodeSlices.get(file.usedNodes) ?? file.usedNodes);
            let changed = !cached.sameNodes(previous, nodes);
            let parse;
            let json;
            if (previous !== undefined) {
                parse = cached.parse(previous);
                json = cached.json(previous);
            }
            else {
                let encoded;
                if ("parsed" in result)
                    encoded = encodeParse((0,packed/* packParse */.F1)(result.parsed));
                else if ("packed" in result)
                    encoded = encodeParse(result.packed);
                else
                    return; // A cached file always has its stored entry.
                json = typeof encoded === "string";
                parse = typeof encoded === "string" ? Buffer.from(encoded, "utf8") : encoded;
                changed = true;
            }
            // The summary and facts a run took from the cache are the same objects, so their JSON is reused.
            const before = metas[index];
            const stored = previous === undefined ? undefined : cached.meta(previous);
            let meta = stored;
            if (file.summary && (before?.summary !== file.summary || before?.facts !== file.facts)) {
                meta = JSON.stringify({ summary: file.summary, ...(file.facts ? { facts: file.facts } : {}) });
            }
            if (meta !== stored)
                changed = true;
            if (changed)
                changedEntries.push(next.entryCount);
            next.addEntry(hash, { parse, json, ...(nodes ? { nodes } : {}), ...(meta !== undefined ? { meta } : {}) });
        });
        const removed = listed < cached.fileCount ? removedPaths(cached, paths) : [];
        // An unchanged index is not written at all.
        if (discarded === undefined && unreadable.size === 0 && changedFiles.length === 0 && changedEntries.length === 0 && removed.length === 0)
            return undefined;
        // A delta cannot take an entry out, so an index with an unreadable entry is rewritten whole.
        const delta = discarded === undefined && dataName !== undefined && unreadable.size === 0 ? { files: changedFiles, entries: changedEntries, removed } : undefined;
        const failure = writeCache(file, key, location, data, next, delta && { ...delta, base: cached });
        return failure ? `cache ${file} not written: ${failure}; the next --cache run parses every file again` : undefined;
    };
    return { results, hashes: paths.map((_, index) => hashOf(index)), stats, save };
}
/** Decodes a stored summary and object facts, or returns undefined when they are not of this format. */
function decodeMeta(text) {
    try {
        const meta = JSON.parse(text);
        const summary = meta?.summary;
        if (!summary || !Array.isArray(summary.mentions) || !Array.isArray(summary.problems) || typeof summary.recovered !== "boolean" || typeof summary.documents !== "number")
            return undefined;
        if (!Number.isInteger(summary.documents) || summary.documents < 0 || !summary.problems.every(isFileProblem))
            return undefined;
        const facts = meta.facts;
        if (facts !== undefined) {
            if (!Array.isArray(facts.objects) || !Array.isArray(facts.problems) || !facts.problems.every(isFileProblem))
                return undefined;
            if (!facts.objects.every((fact) => isObjectFact(fact, summary.documents)))
                return undefined;
        }
        return meta;
    }
    catch {
        return undefined;
    }
}
/** Checks a stored file problem, which rules read as they read a problem the parse found. */
function isFileProblem(value) {
    const problem = value;
    if (typeof problem !== "object" || problem === null || typeof problem.message !== "string")
        return false;
    if (problem.kind !== "syntax" && problem.kind !== "unreadable" && problem.kind !== "limit")
        return false;
    const range = problem.range;
    return typeof range === "object" && range !== null && [range.line, range.column, range.endLine, range.endColumn].every((field) => Number.isInteger(field) && field >= 1);
}
/** Checks an object fact, so that an index damaged by hand is not trusted where a digest cannot tell. */
function isObjectFact(value, documents) {
    const fact = value;
    if (typeof fact !== "object" || fact === null)
        return false;
    if (!Number.isInteger(fact.documentIndex) || fact.documentIndex < 0 || fact.documentIndex >= documents)
        return false;
    if (fact.itemIndex !== undefined && (!Number.isInteger(fact.itemIndex) || fact.itemIndex < 0))
        return false;
    if (typeof fact.apiVersion !== "string" || typeof fact.kind !== "string" || typeof fact.name !== "string")
        return false;
    if (fact.value !== undefined && (typeof fact.value !== "object" || fact.value === null || Array.isArray(fact.value)))
        return false;
    return fact.declaredNamespace === undefined || typeof fact.declaredNamespace === "string";
}
/** Returns a regular file's stat, or undefined for anything else, including a file that cannot be reached. The read that follows reports why. */
function statOf(path) {
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
    }
    catch {
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
function readUnchanged(path, maxBytes) {
    const read = (0,parse/* readTextFile */.Gu)(path, maxBytes);
    return read.ok ? read.text : "";
}
/** Encodes a parse as JSON text when JSON gives back exactly the same value, else with node:v8. */
function encodeParse(parse) {
    return (0,packed/* isJsonExact */.iP)(parse) ? JSON.stringify(parse) : (0,external_node_v8_.serialize)(parse);
}
/** The next index: its file columns, filled row by row, and its entries, whose bytes `writeCache` places in the data file. */
class IndexBuilder {
    paths = [];
    stats = [];
    settled = [];
    hashes = [];
    entryHashes = [];
    entries = [];
    get fileCount() {
        return this.paths.length;
    }
    get entryCount() {
        return this.entries.length;
    }
    addFile(path, record) {
        this.addRow(path, record.size, record.mtimeMs, record.ctimeMs, record.ino, record.settled ? 1 : 0, record.hash);
    }
    /** Adds a file row from its fields. */
    addRow(path, size, mtimeMs, ctimeMs, ino, settled, hash) {
        this.paths.push(path);
        this.stats.push(size, mtimeMs, ctimeMs, ino);
        this.settled.push(settled);
        this.hashes.push(hash);
    }
    /** Adds a file row of another builder. */
    copyBuilt(other, row) {
        const at = row * 4;
        this.addRow(other.paths[row], other.stats[at], other.stats[at + 1], other.stats[at + 2], other.stats[at + 3], other.settled[row], other.hashes[row]);
    }
    addEntry(hash, entry) {
        this.entryHashes.push(hash);
        this.entries.push(entry);
    }
    /**
     * Returns the columns, given the slices where the entries' pieces were written, in order. A slice
     * without a digest is one that a new data file could not copy, because it no longer read back. An
     * entry with such a parse is left out, so the next run parses its file again. Such node trees are
     * dropped.
     */
    toColumns(slices) {
        const readable = [];
        let next = 0;
        this.entries.forEach((entry, row) => {
            const parse = slices[next++];
            const nodes = entry.nodes ? slices[next++] : undefined;
            if (parse.digest === "")
                return;
            readable.push({ entry, hash: this.entryHashes[row], parse, ...(nodes && nodes.digest !== "" ? { nodes } : {}) });
        });
        const columns = {
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
function decodeEntry(entry, data, nodeSlices) {
    const bytes = data.read(entry.parse);
    if (!bytes)
        return undefined;
    try {
        const parse = (entry.json ? JSON.parse(bytes.toString("utf8")) : (0,external_node_v8_.deserialize)(bytes));
        if (!isCachedParse(parse))
            return undefined;
        const nodes = entry.nodes && data.read(entry.nodes);
        if (!nodes)
            return parse;
        nodeSlices.set(nodes, entry.nodes);
        return { ...parse, nodes };
    }
    catch {
        return undefined;
    }
}
/** The first symbolic link on the path from `root` to `file` when `file` is inside the root; undefined otherwise. */
function symlinkBelowRoot(root, file) {
    const inside = (0,external_node_path_.relative)(root, file);
    if (inside === "" || inside.startsWith("..") || (0,external_node_path_.isAbsolute)(inside))
        return undefined;
    let current = root;
    for (const part of inside.split(external_node_path_.sep)) {
        current = (0,external_node_path_.join)(current, part);
        try {
            if ((0,external_node_fs_.lstatSync)(current).isSymbolicLink())
                return current;
        }
        catch {
            return undefined; // Nothing exists from here on, so nothing below can be a link yet.
        }
    }
    return undefined;
}
function cacheKey(options) {
    return { format: FORMAT, version: package_0/* version */.rE, build: buildStamp(), options: JSON.stringify(options) };
}
/**
 * Identifies the running build: this module's file (a bundle chunk, or the source under tsx) and
 * the entry script, each by path, size and modification time. A release keeps its version between
 * builds from git, so the version alone would let a cache outlive a change in the parser.
 * NOTE: run from source through tsx, a change to another source file does not change the stamp.
 */
function buildStamp() {
    const files = [(0,external_node_url_.fileURLToPath)(import.meta.url), process.argv[1]].filter((path) => typeof path === "string");
    return files
        .map((path) => {
        try {
            const stats = (0,external_node_fs_.statSync)(path);
            return `${path}:${stats.size}:${stats.mtimeMs}`;
        }
        catch {
            return path;
        }
    })
        .join("|");
}
function readCache(file, key) {
    const empty = () => StoredIndex.empty();
    let data;
    try {
        data = (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        return { index: empty() };
    }
    const discard = (reason) => {
        (0,debug/* debug */.Yz)(`cache ${file} ignored: ${reason}`);
        return { index: empty(), discarded: reason };
    };
    const newline = data.indexOf(0x0a);
    if (newline < 0)
        return discard("no header");
    let header;
    try {
        header = JSON.parse(data.subarray(0, newline).toString("utf8"));
    }
    catch {
        return discard("unreadable header");
    }
    if (header.format !== key.format)
        return discard(`format ${header.format}, expected ${key.format}`);
    if (header.version !== key.version)
        return discard(`written by plumbline ${header.version}, this is ${key.version}`);
    if (header.build !== key.build)
        return discard("written by another build of plumbline");
    if (header.options !== key.options)
        return discard("written with other limits");
    if (!Number.isSafeInteger(header.bytes) || header.bytes < 0)
        return discard("payload does not match its digest");
    const bytes = data.subarray(newline + 1, newline + 1 + header.bytes);
    if (bytes.length !== header.bytes || (0,external_node_crypto_.createHash)("sha1").update(bytes).digest("base64") !== header.digest)
        return discard("payload does not match its digest");
    if (header.data === undefined || !isDataFileName(header.data))
        return discard("no data file named");
    let columns;
    try {
        columns = (0,external_node_v8_.deserialize)(bytes);
    }
    catch (error) {
        return discard(`payload does not deserialise: ${error.message}`);
    }
    if (!isColumns(columns))
        return discard("payload is not a cache of this format");
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
function readDeltas(file, tail, base) {
    const deltas = [];
    let at = 0;
    while (at < tail.length) {
        const start = at;
        const ignore = (reason) => {
            (0,debug/* debug */.Yz)(`cache ${file}: deltas from byte ${start} of the appended part ignored: ${reason}`);
            return { deltas, damaged: true };
        };
        const newline = tail.indexOf(0x0a, start);
        let header = null;
        try {
            if (newline >= 0)
                header = JSON.parse(tail.subarray(start, newline).toString("utf8"));
        }
        catch {
            // A header that is not JSON is rejected below.
        }
        if (!isDeltaHeader(header))
            return ignore("invalid delta header");
        const body = tail.subarray(newline + 1, newline + 1 + header.bytes);
        if (body.length !== header.bytes || (0,external_node_crypto_.createHash)("sha1").update(body).digest("base64") !== header.digest)
            return ignore("a delta does not match its digest");
        at = newline + 1 + header.bytes;
        if (header.base !== base)
            continue;
        let delta;
        try {
            delta = (0,external_node_v8_.deserialize)(body);
        }
        catch {
            delta = undefined;
        }
        if (!isDelta(delta))
            return ignore("a delta is not of this format");
        deltas.push(delta);
    }
    return { deltas, damaged: false };
}
function isDeltaHeader(value) {
    if (typeof value !== "object" || value === null)
        return false;
    return typeof value.base === "string" && typeof value.digest === "string" && Number.isSafeInteger(value.bytes) && value.bytes >= 0;
}
function isDelta(value) {
    const removed = value?.removed;
    return isColumns(value) && Array.isArray(removed) && removed.every((path) => typeof path === "string");
}
/** Checks the shape of the columns and each slice. Each entry's parse is checked when it is decoded. */
function isColumns(value) {
    const columns = value;
    if (typeof columns !== "object" || columns === null)
        return false;
    const { paths, stats, settled, hashes, entryHashes, json, slices, digests, metas } = columns;
    if (![paths, hashes, entryHashes, digests, metas].every((list) => Array.isArray(list) && list.every((item) => typeof item === "string")))
        return false;
    if (!(stats instanceof Float64Array && settled instanceof Uint8Array && json instanceof Uint8Array && slices instanceof Float64Array))
        return false;
    const files = paths.length;
    const entries = entryHashes.length;
    if (stats.length !== files * 4 || settled.length !== files || hashes.length !== files)
        return false;
    if (json.length !== entries || slices.length !== entries * 4 || digests.length !== entries * 2 || metas.length !== entries)
        return false;
    for (let at = 0; at < slices.length; at += 4) {
        if (!Number.isSafeInteger(slices[at]) || slices[at] < 0 || !Number.isSafeInteger(slices[at + 1]) || slices[at + 1] < 0)
            return false;
        if (slices[at + 2] !== -1 && (!Number.isSafeInteger(slices[at + 2]) || slices[at + 2] < 0 || !Number.isSafeInteger(slices[at + 3]) || slices[at + 3] < 0))
            return false;
    }
    return true;
}
function isCachedParse(value) {
    const entry = value;
    return (typeof entry === "object" &&
        entry !== null &&
        Array.isArray(entry.lineStarts) &&
        Array.isArray(entry.documents) &&
        Array.isArray(entry.problems) &&
        typeof entry.recovered === "boolean" &&
        Array.isArray(entry.mentions) &&
        entry.nodes === undefined);
}
/**
 * Places the entries' bytes in the data file (cache-data.ts), then writes the index that names it:
 * as a delta appended to the index file when `delta` is given and the index has room for one, else
 * whole. A data file that a new index replaced is removed once the index is in place.
 */
function writeCache(file, key, location, data, next, delta) {
    const pieces = [];
    // The position in `pieces` of each entry's parse; its node trees, when it has some, follow it.
    const firstPiece = [];
    for (const entry of next.entries) {
        firstPiece.push(pieces.length);
        pieces.push(entry.parse);
        if (entry.nodes)
            pieces.push(entry.nodes);
    }
    let written;
    try {
        prepareFolder(location);
        written = writePieces(location, data, pieces);
    }
    catch (error) {
        (0,debug/* debug */.Yz)(`cache ${file} not written: ${error.message}`);
        return error.code === "EACCES" ? "permission denied" : error.message;
    }
    const created = (0,external_node_path_.join)(location, written.name) !== data.path;
    // A delta can only extend an index whose data file the new slices are in.
    if (delta && !created && delta.base.deltaCount < MAX_DELTAS && appendDelta(file, next, delta, written.slices, firstPiece))
        return undefined;
    let payload;
    try {
        payload = (0,external_node_v8_.serialize)(next.toColumns(written.slices));
    }
    catch (error) {
        (0,debug/* debug */.Yz)(`cache ${file} not written: ${error.message}`);
        return error.message;
    }
    const header = { ...key, digest: (0,external_node_crypto_.createHash)("sha1").update(payload).digest("base64"), bytes: payload.length, data: written.name };
    const failure = writeCacheFile(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]));
    // The index that is in place names either the old file or the new one; the other is garbage.
    // Once the new index is in place, every other data file is garbage: the one it replaced, and those
    // that an index from another version or build named. A run still reading one reads misses.
    if (created && !failure)
        removeDataFilesBut(location, written.name);
    if (created && failure)
        removeDataFile((0,external_node_path_.join)(location, written.name));
    return failure;
}
/**
 * Appends the rows of `delta` to the index file, and returns whether it did. It does not when the
 * deltas would outgrow `MAX_DELTA_BYTES`, or the file cannot be opened for appending; the caller
 * then rewrites the index whole.
 */
function appendDelta(file, next, delta, slices, firstPiece) {
    const part = new IndexBuilder();
    for (const row of delta.files)
        part.copyBuilt(next, row);
    const partSlices = [];
    for (const row of delta.entries) {
        const entry = next.entries[row];
        part.addEntry(next.entryHashes[row], entry);
        partSlices.push(slices[firstPiece[row]]);
        if (entry.nodes)
            partSlices.push(slices[firstPiece[row] + 1]);
    }
    const body = (0,external_node_v8_.serialize)({ ...part.toColumns(partSlices), removed: delta.removed });
    const header = { base: delta.base.digest, digest: (0,external_node_crypto_.createHash)("sha1").update(body).digest("base64"), bytes: body.length };
    const record = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]);
    if (delta.base.deltaBytes + record.length > MAX_DELTA_BYTES)
        return false;
    let fd;
    try {
        // O_NOFOLLOW: a link planted in place of the index is not followed.
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_APPEND | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
        // One write, so that a delta appended at the same time by another run does not interleave with it.
        (0,external_node_fs_.writeSync)(fd, record);
        return true;
    }
    catch (error) {
        (0,debug/* debug */.Yz)(`cache ${file}: delta not appended: ${error.message}`);
        return false;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** Returns the paths the index has a record for that are not among `paths`. */
function removedPaths(index, paths) {
    const present = new Set(paths);
    return [...index.filePaths()].filter((path) => !present.has(path));
}
/** Identifies the running plumbline, for the other files of the cache: its version and build. */
function cacheStamp() {
    return `${package_0/* version */.rE}|${buildStamp()}`;
}
/**
 * Writes a file of the cache through a temporary file and a rename, so a reader never sees half of
 * it, and creates the cache folder when needed. Returns why it failed, or undefined.
 */
function writeCacheFile(file, contents) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        prepareFolder((0,external_node_path_.dirname)(file));
        // "wx" fails on an existing path, a planted symbolic link included.
        (0,external_node_fs_.writeFileSync)(temporary, contents, { flag: "wx" });
        (0,external_node_fs_.renameSync)(temporary, file);
        return undefined;
    }
    catch (error) {
        // A cache that cannot be written (a read-only checkout, say) only costs the next run its speed.
        (0,debug/* debug */.Yz)(`cache ${file} not written: ${error.message}`);
        try {
            (0,external_node_fs_.rmSync)(temporary, { force: true });
        }
        catch {
            // Nothing was created where nothing can be written.
        }
        return error.code === "EACCES" ? "permission denied" : error.message;
    }
}
/**
 * Creates the cache folder when it is missing. A folder the cache created holds nothing to commit;
 * its .gitignore keeps it out of `git status` in repositories that do not ignore node_modules. A
 * folder that existed is the user's, and is left alone.
 */
function prepareFolder(folder) {
    if (makeFolders(folder) !== undefined)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(folder, ".gitignore"), "# Created by plumbline --cache.\n*\n");
}
/**
 * Creates `folder` and its missing parents, one level at a time, and returns the first folder it
 * created. Node's recursive mkdirSync retries forever when a parent exists but the child cannot be
 * created with ENOENT, as below /proc, so each level is tried once here.
 */
function makeFolders(folder) {
    const missing = [];
    for (let current = folder;; current = (0,external_node_path_.dirname)(current)) {
        try {
            if (!(0,external_node_fs_.statSync)(current).isDirectory())
                throw Object.assign(new Error(`${current} is not a folder`), { code: "ENOTDIR" });
            break;
        }
        catch (error) {
            if (error.code !== "ENOENT" || (0,external_node_path_.dirname)(current) === current)
                throw error;
            missing.push(current);
        }
    }
    for (const path of missing.reverse())
        (0,external_node_fs_.mkdirSync)(path);
    return missing[0];
}


/***/ })

};
