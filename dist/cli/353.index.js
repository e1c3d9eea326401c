export const id = 353;
export const ids = [353];
export const modules = {

/***/ 3353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseFilesCached: () => (/* binding */ parseFilesCached)
/* harmony export */ });
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
// re-parses only the files that changed. One file holds the whole cache. It is written with
// node:v8 (the parse is plain data) behind a header that names the format, plumbline's version,
// the parse limits and a digest of the payload; a cache whose header does not match, or whose
// payload does not match its digest, is ignored and rewritten, never trusted.










/** Bumped whenever the shape of a cached parse changes. */
const FORMAT = 2;
const FILE_NAME = "parse-cache.v8";
/**
 * Reads and parses `paths` like `parseFiles`, taking the parse of every file whose content hash is
 * in the cache at `location` (a folder).
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
        return { results: await (0,_parse_pool_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFiles */ .Bj)(root, paths, options, pool), stats: { hits: 0, misses: paths.length, discarded: reason, warning: reason }, save: () => undefined };
    }
    const { entries: cached, discarded } = await (0,_debug_js__WEBPACK_IMPORTED_MODULE_6__/* .timed */ .ay)("read cache", () => readCache(file, key));
    const stats = { hits: 0, misses: 0, discarded };
    const results = new Array(paths.length);
    const hashes = new Array(paths.length);
    const missing = [];
    for (let index = 0; index < paths.length; index++) {
        const read = (0,_parse_js__WEBPACK_IMPORTED_MODULE_9__/* .readTextFile */ .Gu)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, paths[index]), options.maxFileBytes);
        if (!read.ok) {
            results[index] = read;
            continue;
        }
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha1").update(read.text).digest("base64");
        hashes[index] = hash;
        const entry = cached.get(hash);
        if (entry) {
            results[index] = { ok: true, text: read.text, packed: entry };
            stats.hits++;
        }
        else {
            missing.push(index);
        }
    }
    stats.misses = missing.length;
    const parsed = await (0,_parse_pool_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFiles */ .Bj)(root, missing.map((index) => paths[index]), options, pool);
    missing.forEach((index, position) => (results[index] = parsed[position]));
    const save = (usedNodes) => {
        const next = new Map();
        let changed = missing.length > 0 || discarded !== undefined;
        results.forEach((result, index) => {
            const hash = hashes[index];
            if (!hash || !result.ok)
                return;
            const entry = "packed" in result ? result.packed : (0,_packed_js__WEBPACK_IMPORTED_MODULE_7__/* .packParse */ .F)(result.parsed);
            // Node trees stay for the files whose positions this lint needed, and no others.
            const nodes = usedNodes(index);
            if (nodes !== entry.nodes)
                changed = true;
            next.set(hash, nodes === entry.nodes ? entry : { ...entry, nodes });
        });
        // Rewriting an unchanged cache costs time for nothing.
        if (!changed && next.size === cached.size)
            return undefined;
        const failure = writeCache(file, key, next);
        return failure ? `cache ${file} not written: ${failure}; the next --cache run parses every file again` : undefined;
    };
    return { results, stats, save };
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
    let data;
    try {
        data = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file);
    }
    catch {
        return { entries: new Map() };
    }
    const discard = (reason) => {
        (0,_debug_js__WEBPACK_IMPORTED_MODULE_6__/* .debug */ .Yz)(`cache ${file} ignored: ${reason}`);
        return { entries: new Map(), discarded: reason };
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
    const payload = data.subarray(newline + 1);
    if (payload.length !== header.bytes || (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha1").update(payload).digest("base64") !== header.digest)
        return discard("payload does not match its digest");
    try {
        const entries = (0,node_v8__WEBPACK_IMPORTED_MODULE_4__.deserialize)(payload);
        if (!(entries instanceof Map))
            return discard("payload is not a map");
        for (const entry of entries.values())
            if (!isCachedParse(entry))
                return discard("payload holds an entry of the wrong shape");
        return { entries: entries };
    }
    catch (error) {
        return discard(`payload does not deserialise: ${error.message}`);
    }
}
function isCachedParse(value) {
    const entry = value;
    return (typeof entry === "object" &&
        entry !== null &&
        Array.isArray(entry.lineStarts) &&
        Array.isArray(entry.documents) &&
        Array.isArray(entry.problems) &&
        typeof entry.recovered === "boolean" &&
        (entry.nodes === undefined || entry.nodes instanceof Uint8Array));
}
/**
 * Writes the cache through a temporary file and a rename, so a reader never sees half a cache.
 * Returns why it failed, or undefined.
 */
function writeCache(file, key, entries) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        const payload = (0,node_v8__WEBPACK_IMPORTED_MODULE_4__.serialize)(entries);
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
