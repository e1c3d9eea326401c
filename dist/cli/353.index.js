export const id = 353;
export const ids = [353];
export const modules = {

/***/ 3353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseFilesCached: () => (/* binding */ parseFilesCached)
/* harmony export */ });
/* unused harmony export isJsonExact */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8330);
/* harmony import */ var _debug_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2668);
/* harmony import */ var _packed_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5277);
/* harmony import */ var _parse_pool_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4890);
// The warm cache of `--cache`: each file's parse, keyed by a hash of its content, so a repeated lint
// re-parses only the files that changed, and each path's stat when it was read, so a repeated lint
// does not even read the files whose stat is unchanged. One file contains the whole cache. It is
// written with node:v8 (the parse is plain data) behind a header that names the format, plumbline's version,
// the parse limits and a digest of the payload; a cache whose header does not match, or whose
// payload does not match its digest, is ignored and rewritten, never trusted.










/** Bumped whenever the shape of a cached parse changes. */
const FORMAT = 4;
const FILE_NAME = "parse-cache.v8";
/**
 * A file modified this close to the moment it was read could change again within the same time
 * stamp, on file systems with coarse time stamps too. The next run reads such a file again instead
 * of trusting its stat, as git does for "racily clean" files.
 */
const RACY_WINDOW_MS = 2000;
/**
 * Reads and parses `paths` like `parseFiles`, taking the parse of every file whose content is in
 * the cache at `location` (a folder). A file whose size, times and inode match the stat recorded
 * when it was last read is not read again. Any other file is read and looked up by content hash.
 */
async function parseFilesCached(root, paths, options, pool, location) {
    const key = cacheKey(options);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(location, FILE_NAME);
    // A repository could link node_modules (or a folder below it) to a place outside the root; the
    // cache would then read and write there. Such a cache is not used at all.
    const link = symlinkBelowRoot(root, file);
    if (link !== undefined) {
        const reason = `cache not used: ${link} is a symbolic link, and a cache inside the repository is never reached through one; remove the link or pass --cache-location`;
        (0,_debug_js__WEBPACK_IMPORTED_MODULE_6__/* .debug */ .Yz)(reason);
        const results = await (0,_parse_pool_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFiles */ .Bj)(root, paths, options, pool);
        return { results, stats: { hits: 0, unread: 0, misses: paths.length, discarded: reason, warning: reason }, save: () => undefined };
    }
    const { payload: cached, discarded } = await (0,_debug_js__WEBPACK_IMPORTED_MODULE_6__/* .timed */ .ay)("read cache", () => readCache(file, key));
    const stats = { hits: 0, unread: 0, misses: 0, discarded };
    const started = Date.now();
    const results = new Array(paths.length);
    const records = new Array(paths.length);
    const stored = new Array(paths.length);
    const missing = [];
    for (let index = 0; index < paths.length; index++) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, paths[index]);
        const before = statOf(absolute);
        const known = cached.files.get(paths[index]);
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
        const read = (0,_parse_js__WEBPACK_IMPORTED_MODULE_9__/* .readTextFile */ .Gu)(absolute, options.maxFileBytes);
        if (!read.ok) {
            results[index] = read;
            continue;
        }
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha1").update(read.text).digest("base64");
        // The stat taken before the read describes this content only if nothing wrote the file in
        // between, so a record from inside the racy window is unsettled and the file is read again.
        // A later write moves the modification time past a settled one. A write that sets it back
        // (touch -d) still moves the change time, so both times must be outside the window.
        if (before)
            records[index] = { ...before, hash, settled: started - Math.max(before.mtimeMs, before.ctimeMs) > RACY_WINDOW_MS };
        const hit = cached.entries.get(hash);
        const packed = hit && decodeEntry(hit);
        if (packed) {
            results[index] = { ok: true, text: read.text, packed };
            stored[index] = hit;
            stats.hits++;
        }
        else {
            missing.push(index);
        }
    }
    stats.misses = missing.length;
    const parsed = await (0,_parse_pool_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFiles */ .Bj)(root, missing.map((index) => paths[index]), options, pool);
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
            record.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha1").update(text).digest("base64");
    });
    const save = (usedNodes) => {
        const next = { files: new Map(), entries: new Map() };
        let changed = missing.length > 0 || discarded !== undefined;
        results.forEach((result, index) => {
            const record = records[index];
            if (!record || !result.ok)
                return;
            const path = paths[index];
            if (!changed && !sameRecord(cached.files.get(path), record))
                changed = true;
            next.files.set(path, record);
            if (next.entries.has(record.hash))
                return;
            const previous = stored[index];
            // Node trees stay for the files whose positions this lint needed, and no others.
            const nodes = usedNodes(index);
            if (nodes !== previous?.nodes)
                changed = true;
            const parse = previous?.parse ?? encodeParse("packed" in result ? result.packed : (0,_packed_js__WEBPACK_IMPORTED_MODULE_7__/* .packParse */ .F)(result.parsed));
            next.entries.set(record.hash, nodes ? { parse, nodes } : { parse });
        });
        // Rewriting an unchanged cache costs time for nothing.
        if (!changed && next.files.size === cached.files.size && next.entries.size === cached.entries.size)
            return undefined;
        const failure = writeCache(file, key, next);
        return failure ? `cache ${file} not written: ${failure}; the next --cache run parses every file again` : undefined;
    };
    return { results, stats, save };
}
/** Returns a regular file's stat, or undefined for anything else, including a file that cannot be reached. The read that follows reports why. */
function statOf(path) {
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
    if (!stats?.isFile())
        return undefined;
    return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
}
function sameStat(known, now) {
    return known.size === now.size && known.mtimeMs === now.mtimeMs && known.ctimeMs === now.ctimeMs && known.ino === now.ino;
}
function sameRecord(known, record) {
    return known !== undefined && sameStat(known, record) && known.hash === record.hash && known.settled === record.settled;
}
/**
 * Reads a file the cache recognised by its stat, when the lint first needs its text. A file that
 * became unreadable since then is read as empty, because the lint already has its parse. The next
 * run reports the problem.
 */
function readUnchanged(path, maxBytes) {
    const read = (0,_parse_js__WEBPACK_IMPORTED_MODULE_9__/* .readTextFile */ .Gu)(path, maxBytes);
    return read.ok ? read.text : "";
}
/** Encodes a parse as JSON text when JSON gives back exactly the same value, else with node:v8. */
function encodeParse(parse) {
    return isJsonExact(parse) ? JSON.stringify(parse) : (0,node_v8__WEBPACK_IMPORTED_MODULE_4__.serialize)(parse);
}
/**
 * True when JSON gives back what node:v8 would: only plain objects, arrays without holes,
 * strings, finite numbers other than -0, booleans and null, and no key `__proto__`, which
 * JSON.parse makes an own property where the parse has none.
 */
function isJsonExact(value) {
    switch (typeof value) {
        case "string":
        case "boolean":
            return true;
        case "number":
            return Number.isFinite(value) && !Object.is(value, -0);
        case "object": {
            if (value === null)
                return true;
            if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    if (!(index in value) || !isJsonExact(value[index]))
                        return false;
                }
                return true;
            }
            if (Object.getPrototypeOf(value) !== Object.prototype)
                return false;
            for (const key in value) {
                if (key === "__proto__" || !isJsonExact(value[key]))
                    return false;
            }
            return true;
        }
        default:
            return false;
    }
}
/** Decodes a stored entry's parse and attaches its node trees, or returns undefined when it is not a parse. */
function decodeEntry(entry) {
    try {
        const parse = (typeof entry.parse === "string" ? JSON.parse(entry.parse) : (0,node_v8__WEBPACK_IMPORTED_MODULE_4__.deserialize)(entry.parse));
        if (!isCachedParse(parse))
            return undefined;
        return entry.nodes ? { ...parse, nodes: entry.nodes } : parse;
    }
    catch {
        return undefined;
    }
}
/** The first symbolic link on the path from `root` to `file` when `file` is inside the root; undefined otherwise. */
function symlinkBelowRoot(root, file) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, file);
    if (inside === "" || inside.startsWith("..") || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(inside))
        return undefined;
    let current = root;
    for (const part of inside.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep)) {
        current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, part);
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(current).isSymbolicLink())
                return current;
        }
        catch {
            return undefined; // Nothing exists from here on, so nothing below can be a link yet.
        }
    }
    return undefined;
}
function cacheKey(options) {
    return { format: FORMAT, version: _package_json__WEBPACK_IMPORTED_MODULE_5__/* .version */ .rE, build: buildStamp(), options: JSON.stringify(options) };
}
/**
 * Identifies the running build: this module's file (a bundle chunk, or the source under tsx) and
 * the entry script, each by path, size and modification time. A release keeps its version between
 * builds from git, so the version alone would let a cache outlive a change in the parser.
 * NOTE: run from source through tsx, a change to another source file does not change the stamp.
 */
function buildStamp() {
    const files = [(0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url), process.argv[1]].filter((path) => typeof path === "string");
    return files
        .map((path) => {
        try {
            const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path);
            return `${path}:${stats.size}:${stats.mtimeMs}`;
        }
        catch {
            return path;
        }
    })
        .join("|");
}
function readCache(file, key) {
    const empty = () => ({ files: new Map(), entries: new Map() });
    let data;
    try {
        data = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file);
    }
    catch {
        return { payload: empty() };
    }
    const discard = (reason) => {
        (0,_debug_js__WEBPACK_IMPORTED_MODULE_6__/* .debug */ .Yz)(`cache ${file} ignored: ${reason}`);
        return { payload: empty(), discarded: reason };
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
    const bytes = data.subarray(newline + 1);
    if (bytes.length !== header.bytes || (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha1").update(bytes).digest("base64") !== header.digest)
        return discard("payload does not match its digest");
    try {
        const payload = (0,node_v8__WEBPACK_IMPORTED_MODULE_4__.deserialize)(bytes);
        return isPayload(payload) ? { payload } : discard("payload is not a cache of this format");
    }
    catch (error) {
        return discard(`payload does not deserialise: ${error.message}`);
    }
}
/** Checks the payload's outer shape. Each entry's parse is checked when it is decoded. */
function isPayload(value) {
    const payload = value;
    if (typeof payload !== "object" || payload === null || !(payload.files instanceof Map) || !(payload.entries instanceof Map))
        return false;
    for (const record of payload.files.values()) {
        const fields = record;
        if (typeof fields !== "object" || fields === null || typeof fields.hash !== "string" || typeof fields.settled !== "boolean")
            return false;
        if (![fields.size, fields.mtimeMs, fields.ctimeMs, fields.ino].every((field) => typeof field === "number"))
            return false;
    }
    for (const entry of payload.entries.values()) {
        const stored = entry;
        if (typeof stored !== "object" || stored === null || !(stored.parse instanceof Uint8Array || typeof stored.parse === "string"))
            return false;
        if (stored.nodes !== undefined && !(stored.nodes instanceof Uint8Array))
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
 * Writes the cache through a temporary file and a rename, so a reader never sees half a cache.
 * Returns why it failed, or undefined.
 */
function writeCache(file, key, contents) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        const payload = (0,node_v8__WEBPACK_IMPORTED_MODULE_4__.serialize)(contents);
        const header = { ...key, digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha1").update(payload).digest("base64"), bytes: payload.length };
        const created = makeFolders((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file));
        // A folder the cache created holds nothing to commit; its .gitignore keeps it out of
        // `git status` in repositories that do not ignore node_modules. A folder that existed is the
        // user's, and is left alone.
        if (created !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), ".gitignore"), "# Created by plumbline --cache.\n*\n");
        // "wx" fails on an existing path, a planted symbolic link included.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]), { flag: "wx" });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, file);
        return undefined;
    }
    catch (error) {
        // A cache that cannot be written (a read-only checkout, say) only costs the next run its speed.
        (0,_debug_js__WEBPACK_IMPORTED_MODULE_6__/* .debug */ .Yz)(`cache ${file} not written: ${error.message}`);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary, { force: true });
        }
        catch {
            // Nothing was created where nothing can be written.
        }
        return error.code === "EACCES" ? "permission denied" : error.message;
    }
}
/**
 * Creates `folder` and its missing parents, one level at a time, and returns the first folder it
 * created. Node's recursive mkdirSync retries forever when a parent exists but the child cannot be
 * created with ENOENT, as below /proc, so each level is tried once here.
 */
function makeFolders(folder) {
    const missing = [];
    for (let current = folder;; current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current)) {
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(current).isDirectory())
                throw Object.assign(new Error(`${current} is not a folder`), { code: "ENOTDIR" });
            break;
        }
        catch (error) {
            if (error.code !== "ENOENT" || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current) === current)
                throw error;
            missing.push(current);
        }
    }
    for (const path of missing.reverse())
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(path);
    return missing[0];
}


/***/ })

};
