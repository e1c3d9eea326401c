export const id = 73;
export const ids = [73];
export const modules = {

/***/ 2668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   ay: () => (/* binding */ timed)
/* harmony export */ });
/* unused harmony export debugEnabled */
// Diagnostics on stderr, printed only with DEBUG=plumbline (or a DEBUG list that contains it).
// Callers pass counts, paths and timings only: never a kubeconfig, token or certificate.
const enabled = (process.env.DEBUG ?? "").split(",").map((entry) => entry.trim()).includes("plumbline");
function debugEnabled() {
    return enabled;
}
function debug(message) {
    if (enabled)
        process.stderr.write(`plumbline: ${message}\n`);
}
/** Runs `step` and logs its wall time under `label` when debugging is on. */
async function timed(label, step) {
    if (!enabled)
        return step();
    const start = performance.now();
    const result = await step();
    debug(`${label}: ${(performance.now() - start).toFixed(1)} ms`);
    return result;
}


/***/ }),

/***/ 9257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ defineLazy)
/* harmony export */ });
// Lazily computed properties on plain objects: the first read computes the value and replaces the
// getter with an ordinary property, so later reads cost nothing and the object stays plain.
/** Defines `key` on `target` as computed by `compute` on first read. */
function defineLazy(target, key, compute) {
    Object.defineProperty(target, key, {
        configurable: true,
        enumerable: true,
        get() {
            const value = compute();
            Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
        },
    });
}


/***/ }),

/***/ 5277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ packParse),
/* harmony export */   Gt: () => (/* binding */ unpackParse),
/* harmony export */   YG: () => (/* binding */ summaryOf),
/* harmony export */   iP: () => (/* binding */ isJsonExact)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lazy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9257);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4890);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8568);
// The form a file's parse travels in between threads and is kept in the cache: the values,
// problems and line starts every lint needs, and node trees only where a lint needed them. Most
// files never need their nodes (a lint reads values, and positions only for findings), so a
// document's `contents` is decoded, or parsed again from the file's text, on first read. Parsing
// again gives the same nodes because parsing is a function of the text and the options. That keeps
// the copy from a worker, and a warm run's cache, to a fraction of the full model.




function summaryOf(parse, mentions) {
    return { mentions, problems: parse.problems, recovered: parse.recovered, documents: parse.documents.length };
}
/** Packs a parse, leaving out its text and node trees. */
function packParse(parsed) {
    const { text, documents, ...rest } = parsed;
    return { ...rest, documents: documents.map(({ contents: _contents, ...document }) => document), mentions: (0,_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .markersIn */ .vU)(text) };
}
/**
 * Rebuilds a parse from its packed form and its text, or a function that reads the text when first
 * asked. `options` must be the ones the text was parsed with. On first read, node trees come from
 * `packed.nodes`, else from parsing the text again.
 */
function unpackParse(source, packed, options) {
    const { documents: plain, nodes: packedNodes, mentions: _mentions, ...rest } = packed;
    const text = typeof source === "string" ? () => source : source;
    let nodes;
    let fromPacked = false;
    const load = () => {
        if (nodes)
            return nodes;
        const decoded = packedNodes ? decodeNodes(packedNodes, plain.length) : undefined;
        fromPacked = decoded !== undefined;
        nodes = decoded ?? (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlText */ .cd)(text(), options).documents.map((parsed) => parsed.contents);
        return nodes;
    };
    const documents = plain.map((entry, index) => {
        const document = { ...entry };
        (0,_lazy_js__WEBPACK_IMPORTED_MODULE_3__/* .defineLazy */ .g)(document, "contents", () => load()[index] ?? null);
        return document;
    });
    const parsed = { ...rest, documents };
    if (typeof source === "string")
        parsed.text = source;
    else
        (0,_lazy_js__WEBPACK_IMPORTED_MODULE_3__/* .defineLazy */ .g)(parsed, "text", source);
    return {
        parsed,
        usedNodes: () => (nodes === undefined ? undefined : fromPacked ? packedNodes : (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.serialize)(nodes)),
    };
}
/** Decodes packed node trees; undefined when they are not an array of one entry per document. */
function decodeNodes(packed, count) {
    try {
        const value = (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.deserialize)(packed);
        return Array.isArray(value) && value.length === count ? value : undefined;
    }
    catch {
        return undefined;
    }
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


/***/ }),

/***/ 73:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ parseFiles),
/* harmony export */   runParseWorkerIfAsked: () => (/* binding */ runParseWorkerIfAsked)
/* harmony export */ });
/* unused harmony exports MIN_FILES_FOR_WORKERS, parseFile */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _debug_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2668);
/* harmony import */ var _packed_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5277);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4890);
// Reads and parses a list of files, on worker threads when there are many files and spare cores.
// Parsing is most of a cold lint, and each file parses independently, so the main thread and the
// workers take files from one shared counter until none is left. A worker returns each parse
// packed (packed.ts): values as plain data without node trees, which the main thread parses again
// only for the files whose positions it needs, so the copy back costs little of the time saved.






/**
 * Below this many files no worker starts. A worker first loads the bundle and the yaml package, and
 * its results are copied back: on 2 cores, one worker made 502 generated files no faster to lint
 * and 2,502 files 12% faster (bench/generate.ts repositories, docs/benchmarks.md).
 */
const MIN_FILES_FOR_WORKERS = 1_000;
const WORKER_FLAG = "plumblineParseWorker";
/** Results travel in batches, so the main thread gets few large messages. */
const BATCH_SIZE = 128;
/** Reads and parses the file at `root`/`path`. Never throws on file content. */
function parseFile(root, path, options) {
    const read = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .readTextFile */ .Gu)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path), options.maxFileBytes);
    if (!read.ok)
        return read;
    return { ok: true, parsed: (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYamlText */ .cd)(read.text, options) };
}
/** Parses `paths` (relative to `root`) and returns the results in the same order. */
async function parseFiles(root, paths, options, pool = {}) {
    const results = new Array(paths.length);
    const workers = workerCount(paths.length, pool);
    if (workers === 0) {
        if (pool.workerEntry && paths.length > 0) {
            (0,_debug_js__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz)(`parse: ${paths.length} files on the main thread${paths.length < MIN_FILES_FOR_WORKERS ? ` (workers start from ${MIN_FILES_FOR_WORKERS} files)` : ""}`);
        }
        for (let index = 0; index < paths.length; index++)
            results[index] = parseFile(root, paths[index], options);
        return results;
    }
    (0,_debug_js__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz)(`parse: ${paths.length} files on ${workers} worker thread${workers === 1 ? "" : "s"} and the main thread`);
    const counter = new SharedArrayBuffer(4);
    const claimed = new Int32Array(counter);
    const input = { [WORKER_FLAG]: true, root, paths: [...paths], options, counter };
    const finished = Array.from({ length: workers }, () => startWorker(pool.workerEntry, input, results));
    // The calling thread takes files from the same counter while the workers start and run.
    if (pool.mainThreadParses !== false) {
        for (let index = Atomics.add(claimed, 0, 1); index < paths.length; index = Atomics.add(claimed, 0, 1)) {
            results[index] = parseFile(root, paths[index], options);
        }
    }
    const failures = (await Promise.all(finished)).filter((failure) => failure !== undefined);
    // A worker that failed (it could not start, say) leaves holes; the calling thread fills them, so
    // a broken worker costs time, never findings.
    for (let index = 0; index < paths.length; index++)
        results[index] ??= parseFile(root, paths[index], options);
    if (failures.length > 0)
        (0,_debug_js__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz)(`parse worker failed, the main thread parsed its files: ${failures[0]}`);
    return results;
}
/** Workers to start besides the calling thread, so that each thread gets at least half the threshold's files. */
function workerCount(files, pool) {
    if (!pool.workerEntry || files < MIN_FILES_FOR_WORKERS)
        return 0;
    const threads = pool.threads ?? Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), 4);
    return Math.max(0, Math.min(threads, Math.floor(files / (MIN_FILES_FOR_WORKERS / 2))) - 1);
}
/** Starts one worker; resolves with undefined when it finished, or with the reason it failed. */
function startWorker(entry, input, results) {
    return new Promise((resolve) => {
        let worker;
        try {
            worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(entry instanceof URL ? entry : new URL(entry), { workerData: input, stdout: false, stderr: false });
        }
        catch (error) {
            resolve(error.message);
            return;
        }
        let settled = false;
        const settle = (failure) => {
            if (settled)
                return;
            settled = true;
            resolve(failure);
        };
        worker.on("message", (message) => {
            if ("batch" in message)
                for (const [index, result] of message.batch)
                    results[index] = result;
            else if ("error" in message)
                settle(message.error);
            else
                settle(undefined);
        });
        worker.on("error", (error) => settle(error.message));
        worker.on("exit", (code) => settle(code === 0 ? undefined : `worker exited with code ${code}`));
    });
}
/**
 * In a thread started by `parseFiles`, parses files until the shared counter runs out and returns
 * true; anywhere else returns false at once. Entry modules call it before their own work.
 */
function runParseWorkerIfAsked() {
    if (node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.isMainThread || !node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort)
        return false;
    const input = node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.workerData;
    if (!input || input[WORKER_FLAG] !== true)
        return false;
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort;
    try {
        const claimed = new Int32Array(input.counter);
        let batch = [];
        for (let index = Atomics.add(claimed, 0, 1); index < input.paths.length; index = Atomics.add(claimed, 0, 1)) {
            const result = parseFile(input.root, input.paths[index], input.options);
            batch.push([index, result.ok && "parsed" in result ? { ok: true, text: result.parsed.text, packed: (0,_packed_js__WEBPACK_IMPORTED_MODULE_4__/* .packParse */ .F1)(result.parsed) } : result]);
            if (batch.length >= BATCH_SIZE) {
                port.postMessage({ batch });
                batch = [];
            }
        }
        if (batch.length > 0)
            port.postMessage({ batch });
        port.postMessage({ done: true });
    }
    catch (error) {
        port.postMessage({ error: error.message });
    }
    return true;
}


/***/ }),

/***/ 4890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cd: () => (/* binding */ parseYamlText),
  Gu: () => (/* binding */ readTextFile),
  UX: () => (/* binding */ readTextFileInsideRoot)
});

// UNUSED EXPORTS: DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_TOKENS, MAX_NESTING_DEPTH, deepNestingOffset, rangeOfOffsets, reindentQuotedContinuations, reindentWithShifts

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/workspace/from-yaml.ts
// Converts a document of the `yaml` package into the plain model of yaml-model.ts. One walk does
// four jobs: it copies each node's kind, range and value, builds the document's plain value, records
// what the offset mapping of block scalars needs (read from the text, so the parse keeps no CST
// tokens), and reports duplicate keys.

/**
 * Converts `document` and computes its plain value with at most `maxAliasCount` alias expansions.
 * Duplicate keys are added to `document.errors` (code DUPLICATE_KEY, at the repeated key) before
 * the value is computed, so a document with one has no value.
 */
function convertDocument(document, text, maxAliasCount) {
    const errors = document.errors;
    const converter = new Converter(errors, text);
    const contents = converter.node(document.contents, 0);
    const result = { range: document.range, contents, hasErrors: errors.length > 0 };
    if (result.hasErrors)
        return result;
    // The walk's value equals document.toJS() for documents of plain mappings, sequences and scalars.
    // Aliases, merge keys, non-string keys and tagged collections (!!set, !!omap) take the package's
    // own conversion, which expands and counts aliases.
    if (converter.plain) {
        result.value = converter.value;
        return result;
    }
    try {
        result.value = document.toJS({ maxAliasCount });
    }
    catch (error) {
        const reason = error.message.replace(/\.$/, "");
        result.valueError = { message: reason, offset: document.range[0], aliasBomb: /excessive alias count/i.test(reason), aliasLimit: maxAliasCount };
        const alias = /alias.*: (\S+)$/.exec(reason)?.[1];
        if (alias)
            result.valueError.aliasName = alias;
    }
    return result;
}
class Converter {
    errors;
    text;
    /** The plain value of the node last converted. */
    value = null;
    /** False once the document holds something only the package's toJS converts correctly. */
    plain = true;
    constructor(errors, text) {
        this.errors = errors;
        this.text = text;
    }
    /** Converts `node`, leaving its plain value in `this.value`; `indent` is its parent collection's column. */
    node(node, indent) {
        if (node === null || node === undefined) {
            this.value = null;
            return null;
        }
        const range = node.range;
        if ((0,dist/* isScalar */.jn)(node)) {
            const value = node.value;
            // Document.toJS keeps scalar values as they are (Dates, Buffers), so the walk does too.
            this.value = value;
            const type = (node.type ?? "PLAIN");
            if (type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED") {
                return { kind: "scalar", range, value, type, block: this.blockSource(range, indent) };
            }
            if (type === "PLAIN" && typeof value !== "string" && typeof node.source === "string")
                return { kind: "scalar", range, value, type, source: node.source };
            return { kind: "scalar", range, value, type };
        }
        const column = range[0] - (this.text.lastIndexOf("\n", range[0] - 1) + 1);
        if ((0,dist/* isMap */.jh)(node)) {
            if (node.tag !== undefined && node.tag !== "tag:yaml.org,2002:map")
                this.plain = false;
            const items = [];
            const object = {};
            const source = node.items;
            // Small mappings compare keys directly; larger ones use a set, so the check stays linear.
            const seen = source.length > 8 ? new Set() : undefined;
            for (let index = 0; index < source.length; index++) {
                const pair = source[index];
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                const keyNode = this.node(pair.key, column);
                const keyValue = keyNode?.kind === "scalar" ? keyNode.value : undefined;
                if (typeof keyValue !== "string" || (keyValue === "<<" && keyNode.kind === "scalar" && keyNode.type === "PLAIN"))
                    this.plain = false;
                const value = this.node(pair.value, column);
                if (typeof keyValue === "string") {
                    if (keyValue === "__proto__")
                        Object.defineProperty(object, keyValue, { value: this.value, writable: true, enumerable: true, configurable: true });
                    else
                        object[keyValue] = this.value;
                }
                if (keyNode?.kind === "scalar") {
                    let duplicate;
                    if (seen) {
                        duplicate = seen.has(keyValue);
                        seen.add(keyValue);
                    }
                    else {
                        duplicate = items.some((earlier) => earlier.key?.kind === "scalar" && earlier.key.value === keyValue);
                    }
                    if (duplicate)
                        this.errors.push(new dist/* YAMLParseError */.XT([keyNode.range[0], keyNode.range[0] + 1], "DUPLICATE_KEY", "Map keys must be unique"));
                }
                items.push({ key: keyNode, value });
            }
            this.value = object;
            return { kind: "map", range, items };
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            if (node.tag !== undefined && node.tag !== "tag:yaml.org,2002:seq")
                this.plain = false;
            const items = new Array(node.items.length);
            const array = new Array(node.items.length);
            for (let index = 0; index < node.items.length; index++) {
                items[index] = this.node(node.items[index], column);
                array[index] = this.value;
            }
            this.value = array;
            return { kind: "seq", range, items };
        }
        this.plain = false;
        this.value = undefined;
        if ((0,dist/* isAlias */.Vj)(node))
            return { kind: "alias", range, source: node.source };
        return null;
    }
    /**
     * The header and body of a block scalar at `range`. The package's range starts at the header and
     * ends after the body, and the body starts on the line after the header (which may end in a
     * comment). `indent` is what an explicit indentation indicator counts from.
     */
    blockSource(range, indent) {
        const [start, end] = range;
        const header = /^[|>][0-9+-]*/.exec(this.text.slice(start, start + 4))?.[0] ?? "";
        const lineEnd = this.text.indexOf("\n", start);
        const bodyStart = lineEnd < 0 || lineEnd >= end ? end : lineEnd + 1;
        return { header, bodyStart, bodyEnd: end, indent };
    }
}

// EXTERNAL MODULE: ./src/workspace/yaml-model.ts
var yaml_model = __webpack_require__(2782);
;// CONCATENATED MODULE: ./src/workspace/parse.ts
// Reads one file and parses it into YAML documents with positions. Never throws: every problem
// becomes a `FileProblem` that the yaml/syntax or repo rules report.





const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
/**
 * Reads a regular file as text, refusing anything larger than `maxBytes`. Opens with O_NONBLOCK so
 * a FIFO swapped in after discovery cannot block, and decodes UTF-8 (with or without BOM) and
 * UTF-16 with a BOM; invalid UTF-8 and binary content become a problem instead of mojibake.
 */
function readTextFile(absolutePath, maxBytes) {
    // A FIFO, socket or device is never opened: opening some devices has side effects.
    const special = specialFileKind(absolutePath);
    if (special)
        return unreadable(`file ${special}, not a regular file, so it was not read; remove it or add it to exclude`);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(absolutePath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        return unreadable(`cannot read file: ${describeFsError(error)}`);
    }
    try {
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (!stats.isFile())
            return unreadable(`file ${describeKind(stats)}, not a regular file, so it was not read; remove it or add it to exclude`);
        if (stats.size > maxBytes) {
            return {
                ok: false,
                problem: {
                    kind: "limit",
                    message: `file is ${stats.size} bytes, above the limit of ${maxBytes} bytes (limits.maxFileBytes); it was not read`,
                    range: FILE_START,
                },
            };
        }
        const buffer = Buffer.alloc(stats.size);
        let filled = 0;
        while (filled < stats.size) {
            const count = (0,external_node_fs_.readSync)(fd, buffer, filled, stats.size - filled, null);
            if (count === 0)
                break;
            filled += count;
        }
        return decode(buffer.subarray(0, filled));
    }
    catch (error) {
        return unreadable(`cannot read file: ${describeFsError(error)}`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function decode(buffer) {
    if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) {
        return { ok: true, text: new TextDecoder("utf-16le").decode(buffer.subarray(2)) };
    }
    if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
        return { ok: true, text: new TextDecoder("utf-16be").decode(buffer.subarray(2)) };
    }
    let text;
    try {
        text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(buffer);
    }
    catch {
        const offset = firstInvalidUtf8Offset(buffer);
        const before = buffer.subarray(0, offset).toString("utf8");
        const line = before.split("\n").length;
        const column = before.length - before.lastIndexOf("\n");
        return {
            ok: false,
            problem: {
                kind: "syntax",
                message: `file is not valid UTF-8 (byte 0x${buffer[offset]?.toString(16).padStart(2, "0")} at offset ${offset}); save it as UTF-8`,
                range: { line, column, endLine: line, endColumn: column + 1 },
            },
        };
    }
    return { ok: true, text };
}
function firstInvalidUtf8Offset(buffer) {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let low = 0;
    let high = buffer.length;
    // Binary search for the shortest invalid prefix; a prefix that ends mid-character also fails,
    // so the result is accurate to within one character, which is all a position needs.
    while (low < high) {
        const middle = (low + high) >>> 1;
        try {
            decoder.decode(buffer.subarray(0, middle + 1));
            low = middle + 1;
        }
        catch {
            high = middle;
        }
    }
    return Math.min(low, buffer.length - 1);
}
/**
 * Reads `relativePath` under `root` (an absolute, real path) like `readTextFile`, and refuses it
 * when it resolves outside the root through a symbolic link. For files the loader reads beside the
 * manifests, such as `.git/config` and `.plumbline.yaml`.
 */
function readTextFileInsideRoot(root, relativePath, maxBytes) {
    const absolutePath = (0,external_node_path_.join)(root, relativePath);
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(absolutePath);
    }
    catch (error) {
        return unreadable(`cannot read file: ${describeFsError(error)}`);
    }
    const inside = (0,external_node_path_.relative)(root, real);
    if (inside === "" || inside === ".." || inside.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inside)) {
        return unreadable(`file resolves to "${real}", outside the repository root, so it was not read`);
    }
    return readTextFile(real, maxBytes);
}
function specialFileKind(absolutePath) {
    let stats;
    try {
        stats = (0,external_node_fs_.lstatSync)(absolutePath);
    }
    catch {
        return undefined;
    }
    if (stats.isFile() || stats.isSymbolicLink() || stats.isDirectory())
        return undefined;
    return describeKind(stats);
}
function describeKind(stats) {
    if (stats.isFIFO())
        return "is a FIFO (named pipe)";
    if (stats.isSocket())
        return "is a socket";
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return "is a device";
    if (stats.isDirectory())
        return "is a directory";
    return "is a special file";
}
function unreadable(message) {
    return { ok: false, problem: { kind: "unreadable", message, range: FILE_START } };
}
function describeFsError(error) {
    const code = error.code;
    if (code === "EACCES" || code === "EPERM")
        return "permission denied; make it readable or add it to exclude";
    if (code === "ENOENT")
        return "file disappeared while linting";
    if (code === "EISDIR")
        return "is a directory";
    return error.message;
}
/**
 * Default of `maxTokens`. A generated 18.6 MB ConfigMap of 290,000 entries with 30-byte keys and
 * values has about 870,000 tokens, and the CLI peaks at 580 MB while linting it, so at the limit one
 * file costs about 0.7 GB of memory.
 */
const DEFAULT_MAX_TOKENS = 1_000_000;
/** Default of `maxAliasCount`, the same as limits.maxAliasCount's. */
const DEFAULT_MAX_ALIAS_COUNT = 1_000;
/**
 * Parses YAML text into documents as YAML 1.1, which is how Kubernetes decodes manifests. Lone CR
 * line breaks are turned into LF first (same length, so offsets stay valid) because `LineCounter`
 * counts LF only.
 */
function parseYamlText(rawText, options) {
    const text = rawText.includes("\r") ? rawText.replace(/\r(?!\n)/g, "\n") : rawText;
    const control = controlCharacterProblem(text);
    if (control)
        return unparsed(text, control);
    const maxTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS;
    // Every token takes at least one character, so only a text longer than the limit can exceed it.
    if (text.length > maxTokens && exceedsTokenCount(text, maxTokens)) {
        return unparsed(text, {
            kind: "limit",
            message: `file has more than ${maxTokens} YAML tokens (limits.maxTokensPerFile); it was not parsed, so split it or add it to exclude`,
            range: FILE_START,
        });
    }
    const maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
    const deep = deepNestingOffset(text, MAX_NESTING_DEPTH);
    if (deep >= 0) {
        return unparsed(text, {
            kind: "limit",
            message: `cannot parse YAML: nesting is too deep (more than ${MAX_NESTING_DEPTH} levels of indentation, "- " items and [ or { here, far beyond any manifest); it was not parsed, so flatten it or add the file to exclude`,
            range: rangeOfOffsets((0,yaml_model/* lineStartsOf */.xV)(text), deep, deep + 1),
        });
    }
    const first = parseOnce(text, maxAliasCount);
    if (first.problems.length === 0 || first.problems[0].kind !== "syntax")
        return limitDocuments(first, options);
    const repaired = reindentWithShifts(text);
    if (repaired.columnShifts.size > 0) {
        const second = parseOnce(repaired.text, maxAliasCount);
        if (second.problems.length === 0) {
            // Keep the original text for display; line numbers are unchanged by the repair, and
            // Workspace.rangeOfOffsets undoes the column shifts.
            return limitDocuments({ ...second, text, parsedText: second.text, recovered: true, columnShifts: repaired.columnShifts }, options);
        }
    }
    return limitDocuments(first, options);
}
/**
 * Nesting that the pre-check refuses. The parser recurses per level and overflows its stack a few
 * hundred levels further (600 to 1,000 levels on Node 20, depending on the JIT). Near that point V8
 * can also fail to compile a regular expression and abort the process, which no catch can handle:
 * a file nested 10,005 levels and then one nested 5,007 levels crashed the lint. So nothing deeper
 * than this reaches the parser.
 */
const MAX_NESTING_DEPTH = 400;
/**
 * Returns the offset where the nesting depth may first exceed `limit`, or -1. The estimate errs
 * high: a line's indentation, plus two for each leading "- " or "? " indicator, plus the [ and { still
 * open at that point, outside comments and quoted scalars. Brackets in plain scalars count too, so a
 * rare legitimate file can be refused rather than a deep one let through.
 */
function deepNestingOffset(text, limit) {
    const length = text.length;
    let flow = 0;
    let index = 0;
    while (index < length) {
        // Indentation and compact indicators at the start of the line.
        let depth = 0;
        while (index < length && text.charCodeAt(index) === 0x20) {
            index++;
            depth++;
        }
        if (text.startsWith("---", index) || text.startsWith("...", index))
            flow = 0;
        while (index + 1 < length && (text[index] === "-" || text[index] === "?") && (text[index + 1] === " " || text[index + 1] === "\t")) {
            index += 2;
            depth += 2;
            while (index < length && text.charCodeAt(index) === 0x20)
                index++;
        }
        // A blank or comment-only line nests nothing, however far it is indented.
        const first = text[index];
        if (depth + flow > limit && first !== undefined && first !== "\n" && first !== "\r" && first !== "#")
            return index;
        // The rest of the line: count flow brackets, skip comments and quoted scalars.
        let tokenStart = true;
        while (index < length && text[index] !== "\n") {
            const char = text[index];
            if (char === "#" && (tokenStart || text[index - 1] === " " || text[index - 1] === "\t")) {
                while (index < length && text[index] !== "\n")
                    index++;
                break;
            }
            if ((char === '"' || char === "'") && tokenStart) {
                index = skipQuoted(text, index);
                tokenStart = false;
                continue;
            }
            if (char === "[" || char === "{") {
                flow++;
                if (depth + flow > limit)
                    return index;
            }
            else if ((char === "]" || char === "}") && flow > 0) {
                flow--;
            }
            // A quoted scalar starts a token only after an indicator or white space.
            tokenStart = char === " " || char === "\t" || char === "[" || char === "{" || char === "," || char === ":" || char === "-" || char === "?";
            index++;
        }
        index++;
    }
    return -1;
}
/** Returns the offset after the quoted scalar that starts at `start`, or the text's end when it is not closed. */
function skipQuoted(text, start) {
    const quote = text[start];
    for (let index = start + 1; index < text.length; index++) {
        const char = text[index];
        if (quote === '"' && char === "\\") {
            index++;
        }
        else if (char === quote) {
            if (quote === "'" && text[index + 1] === "'")
                index++;
            else
                return index + 1;
        }
    }
    return text.length;
}
// The YAML 1.1 printable set (production c-printable). go-yaml's reader, and so kubectl, rejects a
// file with any other character ("control characters are not allowed", gopkg.in/yaml.v2 readerc.go).
const NON_PRINTABLE = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
/** Finds the first character outside YAML's printable set and describes it as a syntax problem. */
function controlCharacterProblem(text) {
    const match = NON_PRINTABLE.exec(text);
    if (!match)
        return undefined;
    const lineStarts = (0,yaml_model/* lineStartsOf */.xV)(text);
    const codePoint = match[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
    return {
        kind: "syntax",
        message: `file contains the control character U+${codePoint}, which kubectl rejects; remove it, or write it as an escape such as "\\u${codePoint}" inside a double-quoted string`,
        range: rangeOfOffsets(lineStarts, match.index, match.index + match[0].length),
    };
}
/**
 * True when the file has more than `limit` lexer tokens other than white space and comments. The
 * lexer streams its tokens, so this check needs no memory beyond the text, and it stops at the limit.
 */
function exceedsTokenCount(text, limit) {
    let count = 0;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        // Tokens starting below U+0021 are white space, line breaks or the lexer's own markers.
        const first = token.charCodeAt(0);
        if (first <= 0x20 || first === 0x23)
            continue;
        count++;
        if (count > limit)
            return true;
    }
    return false;
}
/** Builds the result for a file that is not parsed: no documents, one problem, working positions. */
function unparsed(text, problem) {
    return { text, lineStarts: (0,yaml_model/* lineStartsOf */.xV)(text), documents: [], problems: [problem], recovered: false };
}
function parseOnce(text, maxAliasCount) {
    const lineStarts = (0,yaml_model/* lineStartsOf */.xV)(text);
    let parsed;
    let documents;
    try {
        // uniqueKeys is off because the package compares every key with every earlier key of its
        // mapping: a mapping of 260,000 keys took more than ten minutes. convertDocument does the same
        // check in linear time.
        parsed = (0,dist/* parseAllDocuments */.hR)(text, {
            version: "1.1",
            prettyErrors: false,
            uniqueKeys: false,
        });
        documents = parsed.map((document) => convertDocument(document, text, maxAliasCount));
    }
    catch (error) {
        // The composer recurses per nesting level, so a deeply nested flow collection overflows the stack.
        const reason = error instanceof RangeError ? "nesting is too deep to parse" : error.message;
        return {
            text,
            lineStarts,
            documents: [],
            problems: [{ kind: "limit", message: `cannot parse YAML: ${reason}`, range: FILE_START }],
            recovered: false,
        };
    }
    const problems = [];
    for (const document of parsed) {
        for (const error of document.errors) {
            if (error.code === "RESOURCE_EXHAUSTION") {
                // The composer recurses per nesting level and reports a stack overflow under this code.
                problems.push({
                    kind: "limit",
                    message: "cannot parse YAML: nesting is too deep (the parser stops at several hundred levels, far beyond any manifest); flatten this value",
                    range: rangeOfOffsets(lineStarts, error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)),
                });
                continue;
            }
            // One mistake often trips several parser errors at one spot; the first names it best.
            const problem = describeYamlError(text, lineStarts, error.code, error.message, error.pos);
            const previous = problems.at(-1);
            if (previous && previous.range.line === problem.range.line && previous.range.column === problem.range.column)
                continue;
            problems.push(problem);
        }
    }
    return { text, lineStarts, documents, problems, recovered: false };
}
function limitDocuments(parsed, options) {
    if (parsed.documents.length <= options.maxDocuments)
        return parsed;
    const kept = parsed.documents.slice(0, options.maxDocuments);
    const firstDropped = parsed.documents[options.maxDocuments];
    return {
        ...parsed,
        documents: kept,
        problems: [
            ...parsed.problems,
            {
                kind: "limit",
                message: `file has ${parsed.documents.length} documents, above the limit of ${options.maxDocuments} (limits.maxDocumentsPerFile); documents after the limit were not linted`,
                range: rangeOfOffsets(parsed.lineStarts, firstDropped.range[0], firstDropped.range[0] + 1),
            },
        ],
    };
}
function describeYamlError(text, lineStarts, code, message, pos) {
    const range = rangeOfOffsets(lineStarts, pos[0], Math.max(pos[1], pos[0] + 1));
    if (code === "DUPLICATE_KEY") {
        const key = /^\s*["']?([^"':\n]*)/.exec(text.slice(pos[0], pos[0] + 200))?.[1]?.trim() ?? "";
        return { kind: "syntax", message: `duplicate key "${key}" in one mapping: strict field validation rejects the file and lenient decoders keep only one of the values; remove the duplicate`, range };
    }
    if (code === "MISSING_CHAR" && /quote/.test(message)) {
        const opening = findUnclosedQuote(text, pos[0]);
        if (opening !== undefined) {
            const quote = text[opening];
            return {
                kind: "syntax",
                message: `quoted string opened with ${quote} is never closed; add the closing ${quote}`,
                range: rangeOfOffsets(lineStarts, opening, opening + 1),
            };
        }
    }
    const firstLine = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
    const hint = INDENTATION_CODES.has(code) ? "; check the indentation of this line and the next against their parent key" : "";
    return { kind: "syntax", message: `${firstLine.charAt(0).toLowerCase()}${firstLine.slice(1)}${hint}`, range };
}
// Parser errors whose usual cause is a line indented one or two spaces off.
const INDENTATION_CODES = new Set(["BAD_INDENT", "BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY"]);
// One linear scan per text, shared by all its errors: scanning from the start of the file for every
// error took 25 s on a file of 20,000 documents with one unclosed quote each.
let unclosedQuoteCache;
/** Offset of the last quote on a line starting before `limit` that opens a scalar and is not closed on its line. */
function findUnclosedQuote(text, limit) {
    if (unclosedQuoteCache?.text !== text)
        unclosedQuoteCache = scanUnclosedQuotes(text);
    const { lineStarts, quoteOffsets } = unclosedQuoteCache;
    // Binary search for the last line that starts before `limit`.
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (lineStarts[middle] < limit)
            low = middle + 1;
        else
            high = middle;
    }
    return low === 0 ? undefined : quoteOffsets[low - 1];
}
function scanUnclosedQuotes(text) {
    const result = { text, lineStarts: [], quoteOffsets: [] };
    let lineStart = 0;
    for (;;) {
        const lineEnd = text.indexOf("\n", lineStart);
        const end = lineEnd < 0 ? text.length : lineEnd;
        const line = text.slice(lineStart, end);
        const opening = /(?:^|:\s+|-\s+|^\s+)(["'])/.exec(line);
        if (opening && !line.trimStart().startsWith("#")) {
            const quoteIndex = opening.index + opening[0].length - 1;
            if (!closesQuote(line.slice(quoteIndex + 1), opening[1])) {
                result.lineStarts.push(lineStart);
                result.quoteOffsets.push(lineStart + quoteIndex);
            }
        }
        if (lineEnd < 0)
            break;
        lineStart = lineEnd + 1;
    }
    return result;
}
function rangeOfOffsets(lineStarts, start, end) {
    const from = (0,yaml_model/* linePos */.dR)(lineStarts, start);
    const to = (0,yaml_model/* linePos */.dR)(lineStarts, Math.max(end, start));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
/**
 * go-yaml (and so kubectl, Kustomize and Argo CD) accepts a multi-line quoted scalar whose
 * continuation lines are not indented past their key, as in Multus's examples/sriov-pod.yml. The
 * `yaml` package rejects it. Indenting those continuation lines keeps the scalar's value (flow
 * scalars fold line breaks and strip leading spaces) and keeps every line number.
 */
function reindentQuotedContinuations(text) {
    return reindentWithShifts(text).text;
}
/** Re-indents as `reindentQuotedContinuations` does and returns how many columns each changed line (1-based) moved right. */
function reindentWithShifts(text) {
    const lines = text.split("\n");
    const columnShifts = new Map();
    for (let index = 0; index < lines.length; index++) {
        const opening = /^(\s*)(?:-\s+)?[^\s#'"][^#'"]*?:\s+(['"])(.*)$/.exec(lines[index]);
        if (!opening)
            continue;
        const quote = opening[2];
        if (closesQuote(opening[3], quote))
            continue;
        const indent = " ".repeat(opening[1].length + 2);
        for (let next = index + 1; next < lines.length; next++) {
            const line = lines[next];
            if (line.trim() !== "" && !line.startsWith(indent)) {
                const stripped = line.replace(/^\s+/, "");
                lines[next] = indent + stripped;
                columnShifts.set(next + 1, indent.length - (line.length - stripped.length));
            }
            if (closesQuote(line, quote)) {
                index = next;
                break;
            }
        }
    }
    return columnShifts.size > 0 ? { text: lines.join("\n"), columnShifts } : { text, columnShifts };
}
function closesQuote(rest, quote) {
    for (let index = 0; index < rest.length; index++) {
        const char = rest[index];
        if (quote === '"' && char === "\\") {
            index++;
            continue;
        }
        if (char !== quote)
            continue;
        if (quote === "'" && rest[index + 1] === "'") {
            index++;
            continue;
        }
        return true;
    }
    return false;
}


/***/ }),

/***/ 8568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Np: () => (/* binding */ splitApiVersion),
/* harmony export */   Z: () => (/* binding */ IGNORE_ANNOTATION),
/* harmony export */   aR: () => (/* binding */ Workspace),
/* harmony export */   e0: () => (/* binding */ hasIgnoreAnnotation),
/* harmony export */   hT: () => (/* binding */ SUPPRESSION_MARKER),
/* harmony export */   jR: () => (/* binding */ textMentions),
/* harmony export */   ks: () => (/* binding */ parsedTextOf),
/* harmony export */   nY: () => (/* binding */ resourceRefOf),
/* harmony export */   px: () => (/* binding */ isClusterScopedKind),
/* harmony export */   q_: () => (/* binding */ SKIP_RENDERING_MARKER),
/* harmony export */   vU: () => (/* binding */ markersIn)
/* harmony export */ });
/* unused harmony export TEXT_MARKERS */
/* harmony import */ var _yaml_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2782);

/** Every suppression comment contains this text. */
const SUPPRESSION_MARKER = "plumbline-disable-";
/** Argo CD skips a file that contains this text when it renders a directory. */
const SKIP_RENDERING_MARKER = "+argocd:skip-file-rendering";
/** Texts a lint looks for in every file it reads. They are recorded at parse time, so a cached file need not be read for them. */
const TEXT_MARKERS = [SUPPRESSION_MARKER, SKIP_RENDERING_MARKER];
function markersIn(text) {
    return TEXT_MARKERS.filter((marker) => text.includes(marker));
}
/** Returns whether a file's text contains `marker`, without reading a text that the cache skipped. */
function textMentions(file, marker) {
    return file.mentions ? file.mentions.includes(marker) : (file.text?.includes(marker) ?? false);
}
/** The annotation that suppresses findings on one object. */
const IGNORE_ANNOTATION = "plumbline.dev/ignore";
/** Whether an object's value carries a string `plumbline.dev/ignore` annotation. */
function hasIgnoreAnnotation(value) {
    const metadata = value.metadata;
    const annotations = typeof metadata === "object" && metadata !== null ? metadata.annotations : undefined;
    return typeof annotations === "object" && annotations !== null && typeof annotations[IGNORE_ANNOTATION] === "string";
}
// Kinds that have no namespace; an object of another kind without one gets its namespace from
// kustomize or the deploying Application.
const CLUSTER_SCOPED_KINDS = new Set([
    "Namespace",
    "Node",
    "PersistentVolume",
    "StorageClass",
    "CustomResourceDefinition",
    "ClusterRole",
    "ClusterRoleBinding",
    "APIService",
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration",
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding",
    "PriorityClass",
    "RuntimeClass",
    "CSIDriver",
    "CSINode",
    "VolumeAttachment",
    "IngressClass",
    "ClusterIssuer",
    "ClusterSecretStore",
]);
function isClusterScopedKind(kind) {
    return CLUSTER_SCOPED_KINDS.has(kind);
}
// A repository usually repeats a few dozen apiVersions, and a warm run splits one per object.
const splitApiVersions = new Map();
function splitApiVersion(apiVersion) {
    let split = splitApiVersions.get(apiVersion);
    if (split)
        return split;
    const slash = apiVersion.indexOf("/");
    split = slash < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
    // The memo stops growing at 1,000 entries, for a repository with many distinct apiVersions.
    if (splitApiVersions.size < 1000)
        splitApiVersions.set(apiVersion, split);
    return split;
}
/** The text a file's node offsets refer to: its content, or in a recovered file the re-indented content. */
function parsedTextOf(file) {
    return file.parsedText ?? file.text ?? "";
}
function resourceRefOf(object) {
    return { kind: object.kind, namespace: object.namespace, name: object.name };
}
class Workspace {
    root;
    config;
    tree;
    files;
    kustomizations;
    repoIdentity;
    objects = [];
    // The same list under a name that restricted views (view.ts) do not guard, so an index built on
    // first use reads every object, whichever view calls first.
    allObjects = this.objects;
    applications = [];
    /** Objects by group, then kind. */
    byKindIndex = new Map();
    deployers = new Map();
    /**
     * Indexes built on first use, since a warm run whose rules are reused often needs neither. They are
     * fields of one shared object, because a restricted view (view.ts) that sets a field of its own
     * would build them again for each rule.
     */
    lazy = { byName: new Map() };
    /**
     * True while every object was added after the one before it in path, document and item order,
     * as the loader adds them. `inModelOrder` then sorts by those fields and needs no index.
     */
    inPlaceOrder = true;
    constructor(
    /** Absolute, real path of the repository root. */
    root, config, tree, files, kustomizations, repoIdentity) {
        this.root = root;
        this.config = config;
        this.tree = tree;
        this.files = files;
        this.kustomizations = kustomizations;
        this.repoIdentity = repoIdentity;
    }
    /** Adds an object to the indexes; the loader calls it once namespaces are resolved. */
    addObject(object) {
        this.lazy.sequence?.set(object, this.allObjects.length);
        const last = this.allObjects[this.allObjects.length - 1];
        if (last && comparePlaces(last, object) >= 0)
            this.inPlaceOrder = false;
        this.allObjects.push(object);
        let kinds = this.byKindIndex.get(object.group);
        if (!kinds)
            this.byKindIndex.set(object.group, (kinds = new Map()));
        push(kinds, object.kind, object);
        const named = this.lazy.byName.size > 0 ? this.lazy.byName.get(object.group)?.get(object.kind) : undefined;
        if (named)
            addByName(named, object);
    }
    addApplication(application) {
        this.applications.push(application);
        for (const file of application.renderedFiles)
            push(this.deployers, file, application);
    }
    /** Returns every object of one group and kind, in file order. */
    objectsOfKind(group, kind) {
        return this.byKindIndex.get(group)?.get(kind) ?? [];
    }
    /** Returns `objects` sorted as in `objects`: file order, then document order. */
    inModelOrder(objects) {
        if (this.inPlaceOrder)
            return [...objects].sort(comparePlaces);
        let sequence = this.lazy.sequence;
        if (!sequence) {
            const built = (sequence = this.lazy.sequence = new Map());
            this.allObjects.forEach((object, index) => built.set(object, index));
        }
        return [...objects].sort((a, b) => (sequence.get(a) ?? 0) - (sequence.get(b) ?? 0));
    }
    /** Objects with exactly this identity (more than one means a duplicate). */
    find(group, kind, namespace, name) {
        let kinds = this.lazy.byName.get(group);
        if (!kinds)
            this.lazy.byName.set(group, (kinds = new Map()));
        let named = kinds.get(kind);
        if (!named) {
            named = new Map();
            // The index itself, not `objectsOfKind`, which a partitioned view filters.
            for (const object of this.byKindIndex.get(group)?.get(kind) ?? [])
                addByName(named, object);
            kinds.set(kind, named);
        }
        return named.get(namespace ?? "")?.get(name) ?? [];
    }
    /** Applications that render `file` from this repository. */
    deployersOf(file) {
        return this.deployers.get(file) ?? [];
    }
    /** Number of YAML documents parsed, for the report summary. */
    get documentCount() {
        let count = 0;
        for (const file of this.files.values())
            count += file.documentCount ?? file.documents.length;
        return count;
    }
    /** Returns the range of a node in a file. */
    rangeOfNode(file, node) {
        const range = node?.range;
        if (!range || !file.lineStarts)
            return { line: 1, column: 1, endLine: 1, endColumn: 1 };
        return this.rangeOfOffsets(file, range[0], range[1]);
    }
    /** Returns the range between two character offsets of a file's text. */
    rangeOfOffsets(file, start, end) {
        if (!file.lineStarts)
            return { line: 1, column: 1, endLine: 1, endColumn: 1 };
        const from = (0,_yaml_model_js__WEBPACK_IMPORTED_MODULE_0__/* .linePos */ .dR)(file.lineStarts, start);
        const to = (0,_yaml_model_js__WEBPACK_IMPORTED_MODULE_0__/* .linePos */ .dR)(file.lineStarts, Math.max(start, end));
        const range = { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
        if (!file.columnShifts)
            return range;
        // Offsets of a recovered file count the indentation the repair added; the file has none there.
        const shift = (line) => file.columnShifts.get(line) ?? 0;
        range.column = Math.max(1, range.column - shift(range.line));
        range.endColumn = Math.max(range.line === range.endLine ? range.column : 1, range.endColumn - shift(range.endLine));
        return range;
    }
    /**
     * Returns the range of the value (or key) at `path` inside an object. When the path does not exist, the
     * key of the deepest existing ancestor is used, so a finding about a missing field points at its
     * parent.
     */
    rangeOf(object, path, part = "value") {
        const found = locate(object.node, path);
        if (found.complete) {
            const node = part === "key" && found.key ? found.key : found.value ?? found.key;
            return this.rangeOfNode(object.file, node);
        }
        return this.rangeOfNode(object.file, found.key ?? found.value ?? object.node);
    }
    /** Returns the node at `path` inside an object, or undefined. */
    nodeAt(object, path) {
        const found = locate(object.node, path);
        return found.complete ? found.value : undefined;
    }
    /** Range of the object's `kind` value, used for findings about the object as a whole. */
    rangeOfObject(object) {
        const name = this.nodeAt(object, ["metadata", "name"]);
        return name ? this.rangeOfNode(object.file, name) : this.rangeOf(object, ["kind"]);
    }
}
function locate(start, path) {
    let current = start;
    let lastKey;
    for (const segment of path) {
        if ((0,_yaml_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(current)) {
            // The last pair with the key wins, as in Kubernetes' (and Go's) decoders.
            const pair = (0,_yaml_model_js__WEBPACK_IMPORTED_MODULE_0__/* .mapPair */ .Dp)(current, segment);
            if (!pair)
                return { complete: false, key: lastKey, value: current };
            lastKey = pair.key ?? lastKey;
            current = pair.value ?? undefined;
            if (!current)
                return { complete: true, key: lastKey };
        }
        else if ((0,_yaml_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(current) && typeof segment === "number") {
            const item = current.items[segment] ?? undefined;
            if (!item)
                return { complete: false, key: lastKey, value: current };
            current = item;
            lastKey = item;
        }
        else {
            return { complete: false, key: lastKey, value: current };
        }
    }
    return { complete: true, key: lastKey, value: current };
}
/** Orders objects by file path, then document, then item of a List. */
function comparePlaces(a, b) {
    if (a.file.path !== b.file.path)
        return a.file.path < b.file.path ? -1 : 1;
    return a.documentIndex - b.documentIndex || (a.itemIndex ?? -1) - (b.itemIndex ?? -1);
}
/** Adds an object to an index by namespace, then name; an object without namespace counts as in "". */
function addByName(named, object) {
    let names = named.get(object.namespace ?? "");
    if (!names)
        named.set(object.namespace ?? "", (names = new Map()));
    push(names, object.name, object);
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}


/***/ }),

/***/ 2782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ mapPair),
/* harmony export */   V5: () => (/* binding */ mapHas),
/* harmony export */   ZX: () => (/* binding */ mapGet),
/* harmony export */   dR: () => (/* binding */ linePos),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   jn: () => (/* binding */ isScalar),
/* harmony export */   md: () => (/* binding */ scalarToken),
/* harmony export */   oP: () => (/* binding */ isSeq),
/* harmony export */   xV: () => (/* binding */ lineStartsOf)
/* harmony export */ });
// The parsed form of a YAML file that rules read: plain objects with source offsets, no classes and
// no methods. Plain data is what lets a file's parse travel between worker threads and live in the
// cache (node:v8 serialisation), and it holds far less memory than the parser's own node objects.
// Every parser front end (src/workspace/parse.ts) produces exactly this shape.
function isMap(node) {
    return node?.kind === "map";
}
function isSeq(node) {
    return node?.kind === "seq";
}
function isScalar(node) {
    return node?.kind === "scalar";
}
/**
 * The value node of `key` in a mapping, or undefined. The last pair with the key wins, as in
 * Kubernetes' (and Go's) decoders.
 */
function mapGet(node, key) {
    if (!isMap(node))
        return undefined;
    for (let index = node.items.length - 1; index >= 0; index--) {
        const pair = node.items[index];
        if (isScalar(pair.key) && pair.key.value === key)
            return pair.value ?? undefined;
    }
    return undefined;
}
/** The pair of `key` in a mapping (the last one, as `mapGet`), or undefined. */
function mapPair(node, key) {
    if (!isMap(node))
        return undefined;
    for (let index = node.items.length - 1; index >= 0; index--) {
        const pair = node.items[index];
        if (isScalar(pair.key) && pair.key.value === key)
            return pair;
    }
    return undefined;
}
/** True when a mapping has `key`. */
function mapHas(node, key) {
    return mapPair(node, key) !== undefined;
}
/**
 * Line starts of a text, for turning offsets into 1-based lines and columns (UTF-16 code units).
 * Counts LF only; the parser front end turns lone CR into LF before parsing.
 */
function lineStartsOf(text) {
    const starts = [0];
    for (let offset = text.indexOf("\n"); offset >= 0; offset = text.indexOf("\n", offset + 1))
        starts.push(offset + 1);
    return starts;
}
/** The 1-based line and column of `offset`, with the same results as the `yaml` package's LineCounter. */
function linePos(lineStarts, offset) {
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (offset < lineStarts[middle])
            high = middle;
        else
            low = middle + 1;
    }
    if (low === 0)
        return { line: 0, col: offset };
    const start = lineStarts[low - 1];
    return { line: low, col: offset - start + 1 };
}
/** Rebuilds a scalar's source token from `text`, the text its document was parsed from. */
function scalarToken(node, text) {
    const [start, end] = node.range;
    switch (node.type) {
        case "PLAIN":
            return { type: "scalar", offset: start, source: text.slice(start, end) };
        case "QUOTE_SINGLE":
            return { type: "single-quoted-scalar", offset: start, source: text.slice(start, end) };
        case "QUOTE_DOUBLE":
            return { type: "double-quoted-scalar", offset: start, source: text.slice(start, end) };
        default: {
            const block = node.block;
            if (!block)
                return undefined;
            return {
                type: "block-scalar",
                offset: start,
                indent: block.indent,
                source: text.slice(block.bodyStart, block.bodyEnd),
                props: [
                    { type: "block-scalar-header", offset: start, source: block.header },
                    { type: "body-start", offset: block.bodyStart, source: "" },
                ],
            };
        }
    }
}


/***/ })

};
