export const id = 174;
export const ids = [174,385];
export const modules = {

/***/ 1174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openRuleCache: () => (/* binding */ openRuleCache)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _debug_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2668);
/* harmony import */ var _workspace_cache_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6645);
/* harmony import */ var _workspace_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1385);
// The second half of the warm cache of `--cache`: each rule's findings from the previous run, with
// a fingerprint of the inputs the rule declares (`Rule.reads`). A rule whose fingerprint is the same
// in this run does not run, and its findings are reused. A restricted view of the model keeps each
// such rule to its declaration on every lint (src/workspace/view.ts), so the fingerprint covers
// everything the findings depend on:
// - the configuration, the rule settings, the repository's identity, and plumbline's build, in a key
//   shared by every rule;
// - for `{ kinds }`, each file that contains an object of those kinds: its path, the hash of its
//   content, and the namespace each of its objects resolved to (which the Applications and
//   kustomizations decide);
// - for `objects`, the same for every file with objects; for `tree`, every path discovery found;
//   for `files`, every file's path, role and content hash.
// `applications` and `kustomizations` have no fingerprint, so a rule that reads them always runs.
// The file starts with the SHA-1 of the JSON that follows, and a file that does not match is ignored.
// The per-file facts (src/workspace/file-facts.ts) are in a file of their own, with the state of
// each file they were derived from. Only a run whose rules derive or read facts opens it, and only
// a run that derived some writes it. An edit that reuses every rule skips its 1.7 MB (at 2,000 apps).
// A partitioned rule (`Rule.partition`) keeps its findings per file: the fingerprint leaves out the
// partition's kinds, each file of the partition has its own state (content hash and namespaces), and
// the rule runs again only on the files whose state changed.






const FORMAT = 7;
/**
 * Opens the findings of the previous run in `location`; a missing, foreign or damaged file counts
 * as empty. Returns undefined where the parse cache is not used either: below a symbolic link
 * inside the repository, which could lead out of it.
 */
function openRuleCache(inputs) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(inputs.location, _workspace_cache_files_js__WEBPACK_IMPORTED_MODULE_5__/* .FINDINGS_FILE_NAME */ .EB);
    const factsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(inputs.location, _workspace_cache_files_js__WEBPACK_IMPORTED_MODULE_5__/* .FACTS_FILE_NAME */ .ri);
    if ((0,_workspace_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .symlinkBelowRoot */ .zt)(inputs.workspace.root, file) !== undefined)
        return undefined;
    const header = {
        format: FORMAT,
        stamp: (0,_workspace_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .cacheStamp */ .U1)(),
        key: sha1(JSON.stringify({
            config: inputs.config,
            settings: [...inputs.settings].sort(([a], [b]) => (a < b ? -1 : 1)),
            identity: { urls: [...inputs.workspace.repoIdentity.urls], refs: refsOf(inputs.workspace) },
        })),
    };
    const previous = readStored(file, header);
    const fingerprints = new Fingerprints(inputs.workspace, inputs.hashes);
    const next = { ...header, files: fingerprints.allStates(), rules: {} };
    let previousStates;
    // Partly reused rules wait here until the rest of their findings are recorded.
    const pending = new Map();
    const stats = { reused: 0, partly: 0, ran: 0 };
    let changedPaths;
    /** Files with objects whose state differs from the previous run's, new ones and those of unknown state included. */
    const changedFiles = () => {
        if (changedPaths)
            return changedPaths;
        changedPaths = new Set();
        for (const path of fingerprints.filesWithObjects()) {
            const state = fingerprints.stateOf(path);
            if (state === undefined || previousState(path) !== state)
                changedPaths.add(path);
        }
        return changedPaths;
    };
    const previousState = (path) => {
        if (!previous)
            return undefined;
        if (!previousStates) {
            previousStates = new Map();
            previous.files.paths.forEach((file, index) => previousStates.set(file, previous.files.states[index]));
        }
        return previousStates.get(path);
    };
    let changed = previous === undefined || !sameStates(previous.files, next.files);
    // Read when a rule first requests facts; null until then. `rows` gives each stored file's position.
    let previousFacts = null;
    const storedFacts = () => {
        if (previousFacts !== null)
            return previousFacts;
        const stored = readStoredFacts(factsFile, header);
        return (previousFacts = stored && { stored, rows: new Map(stored.files.paths.map((path, row) => [path, row])) });
    };
    /** Returns the stored facts `name` of `path` when the file's state is the one they were derived from. */
    const storedFactsOf = (name, path) => {
        const found = storedFacts();
        const row = found?.rows.get(path);
        if (row === undefined || found.stored.files.states[row] !== fingerprints.stateOf(path))
            return undefined;
        return found.stored.facts[name]?.[row] ?? undefined;
    };
    const nextFacts = new Map();
    let derivedFacts = false;
    const facts = {
        reuse: storedFactsOf,
        record(name, byFile, derived) {
            nextFacts.set(name, byFile);
            if (derived)
                derivedFacts = true;
        },
    };
    /** Writes the facts of this run, and the facts of earlier runs that no rule requested, for files whose state did not change since. */
    const saveFacts = () => {
        const byName = new Map(nextFacts);
        for (const [name, column] of Object.entries(storedFacts()?.stored.facts ?? {})) {
            if (byName.has(name))
                continue;
            const kept = new Map();
            storedFacts().stored.files.paths.forEach((path, row) => {
                const facts = column[row] ? storedFactsOf(name, path) : undefined;
                if (facts)
                    kept.set(path, facts);
            });
            byName.set(name, kept);
        }
        const all = { ...header, files: { paths: [], states: [] }, facts: {} };
        const rows = new Map();
        for (const byFile of byName.values()) {
            for (const path of byFile.keys()) {
                const state = fingerprints.stateOf(path);
                if (state === undefined || rows.has(path))
                    continue;
                rows.set(path, all.files.paths.length);
                all.files.paths.push(path);
                all.files.states.push(state);
            }
        }
        for (const [name, byFile] of byName) {
            const column = new Array(rows.size).fill(null);
            for (const [path, facts] of byFile) {
                const row = rows.get(path);
                if (row !== undefined)
                    column[row] = facts;
            }
            all.facts[name] = column;
        }
        return writeDigested(factsFile, all);
    };
    return {
        stats,
        facts,
        plan(rule) {
            const stored = previous?.rules[rule.id];
            const fingerprint = fingerprints.of(lookups(rule));
            const full = { reused: [] };
            if (!stored || fingerprint === undefined || stored.fingerprint !== fingerprint) {
                stats.ran++;
                return full;
            }
            if (!rule.partition) {
                if (!stored.findings)
                    return full;
                next.rules[rule.id] = stored;
                stats.reused++;
                return { reused: copies(stored.findings), rerun: new Set() };
            }
            if (!stored.byFile)
                return full;
            // Only the files whose state changed run again; the findings of the others are kept.
            const partition = fingerprints.partitionFiles(rule.partition.kinds);
            const rerun = new Set();
            for (const path of changedFiles())
                if (partition.has(path))
                    rerun.add(path);
            const reused = [];
            const kept = {};
            for (const [path, findings] of Object.entries(stored.byFile)) {
                if (!partition.has(path) || rerun.has(path))
                    continue;
                kept[path] = findings;
                reused.push(...copies(findings));
            }
            if (rerun.size === 0) {
                next.rules[rule.id] = { fingerprint, byFile: kept };
                stats.reused++;
            }
            else {
                pending.set(rule.id, { fingerprint, byFile: kept });
                stats.partly++;
            }
            return { reused, rerun };
        },
        record(rule, plan, findings) {
            if (plan.rerun?.size === 0)
                return undefined;
            const fingerprint = fingerprints.of(lookups(rule));
            if (fingerprint === undefined)
                return undefined;
            changed = true;
            if (!rule.partition) {
                next.rules[rule.id] = { fingerprint, findings: [...findings] };
                return undefined;
            }
            const files = plan.rerun ?? fingerprints.partitionFiles(rule.partition.kinds);
            const stored = pending.get(rule.id) ?? { fingerprint, byFile: {} };
            pending.delete(rule.id);
            for (const finding of findings) {
                if (!files.has(finding.file)) {
                    return `rule ${rule.id} is partitioned by ${rule.partition.kinds.join(", ")} objects, but reported in ${finding.file}, which holds none of them`;
                }
                (stored.byFile[finding.file] ??= []).push(finding);
            }
            next.rules[rule.id] = stored;
            return undefined;
        },
        save() {
            const failure = (changed ? writeDigested(file, next) : undefined) ?? (derivedFacts ? saveFacts() : undefined);
            return failure ? `${failure}; the next --cache run runs every rule again` : undefined;
        },
    };
}
/** Writes `value` as JSON behind the SHA-1 of that JSON, so a file damaged on disk is not trusted; returns a warning when it fails. */
function writeDigested(file, value) {
    const body = JSON.stringify(value);
    const failure = (0,_workspace_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .writeCacheFile */ .kX)(file, Buffer.from(`${sha1(body)}\n${body}`));
    return failure ? `cache ${file} not written: ${failure}` : undefined;
}
function sameStates(a, b) {
    if (a.paths.length !== b.paths.length)
        return false;
    for (let index = 0; index < a.paths.length; index++) {
        if (a.paths[index] !== b.paths[index] || a.states[index] !== b.states[index])
            return false;
    }
    return true;
}
/** Returns the reads whose fingerprint decides whether anything is reused: for a partitioned rule, all but its partition's kinds. */
function lookups(rule) {
    if (!rule.partition)
        return rule.reads;
    const partitioned = new Set(rule.partition.kinds);
    return rule.reads.map((input) => (typeof input === "object" ? { kinds: input.kinds.filter((kind) => !partitioned.has(kind)) } : input));
}
function copies(findings) {
    return findings.map((finding) => ({ ...finding, ...(finding.resource ? { resource: { ...finding.resource } } : {}) }));
}
/** Reads a file that `writeDigested` wrote for this build and key; undefined when it is missing, damaged or foreign. */
function readDigested(file, header) {
    let stored;
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, "utf8");
        const newline = text.indexOf("\n");
        if (newline < 0 || sha1(text.slice(newline + 1)) !== text.slice(0, newline)) {
            (0,_debug_js__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz)(`${file} ignored: it does not match its digest`);
            return undefined;
        }
        stored = JSON.parse(text.slice(newline + 1));
    }
    catch {
        return undefined;
    }
    if (typeof stored !== "object" || stored === null || stored.format !== header.format || stored.stamp !== header.stamp)
        return undefined;
    if (stored.key !== header.key) {
        (0,_debug_js__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz)(`${file} not used: the configuration, the rule settings or the repository's identity changed`);
        return undefined;
    }
    return stored;
}
function isStoredStates(value) {
    const files = value;
    if (typeof files !== "object" || files === null || !Array.isArray(files.paths) || !Array.isArray(files.states))
        return false;
    return files.paths.length === files.states.length && files.paths.every((path) => typeof path === "string") && files.states.every((state) => typeof state === "string");
}
function readStored(file, header) {
    const stored = readDigested(file, header);
    if (!stored || typeof stored.rules !== "object" || stored.rules === null || !isStoredStates(stored.files))
        return undefined;
    for (const rule of Object.values(stored.rules)) {
        if (typeof rule?.fingerprint !== "string")
            return undefined;
        if (rule.findings !== undefined && !(Array.isArray(rule.findings) && rule.findings.every(isFinding)))
            return undefined;
        if (rule.byFile !== undefined) {
            if (typeof rule.byFile !== "object" || rule.byFile === null)
                return undefined;
            for (const findings of Object.values(rule.byFile))
                if (!Array.isArray(findings) || !findings.every(isFinding))
                    return undefined;
        }
    }
    return stored;
}
/** Reads the facts file. Each fact is checked by the rule that reads it (`factsByFile`), so only the outer shape is checked here. */
function readStoredFacts(file, header) {
    const stored = readDigested(file, header);
    if (!stored || !isStoredStates(stored.files) || typeof stored.facts !== "object" || stored.facts === null)
        return undefined;
    const rows = stored.files.paths.length;
    for (const column of Object.values(stored.facts)) {
        if (!Array.isArray(column) || column.length !== rows || !column.every((facts) => facts === null || Array.isArray(facts)))
            return undefined;
    }
    return stored;
}
function isFinding(value) {
    const finding = value;
    return (typeof finding === "object" &&
        finding !== null &&
        typeof finding.ruleId === "string" &&
        typeof finding.message === "string" &&
        typeof finding.file === "string" &&
        typeof finding.severity === "string" &&
        typeof finding.docsUrl === "string" &&
        [finding.line, finding.column, finding.endLine, finding.endColumn].every((field) => Number.isInteger(field) && field >= 1));
}
function refsOf(workspace) {
    const refs = workspace.repoIdentity.gitRefs;
    return refs ? { branches: [...refs.branches].sort(), tags: [...refs.tags].sort() } : null;
}
/** Fingerprints of the inputs a rule can declare, each computed once per run. */
class Fingerprints {
    workspace;
    hashes;
    memo = new Map();
    fileStates;
    filesByKind;
    partitions = new Map();
    constructor(workspace, hashes) {
        this.workspace = workspace;
        this.hashes = hashes;
    }
    /** Returns the fingerprint of all of `reads`, or undefined when one of them has none. */
    of(reads) {
        const parts = [];
        for (const input of reads) {
            const names = typeof input === "object" ? [...input.kinds].sort().map((kind) => `kind:${kind}`) : [input];
            for (const name of names) {
                const part = this.part(name);
                if (part === undefined)
                    return undefined;
                parts.push(`${name}=${part}`);
            }
        }
        return sha1(parts.join("\n"));
    }
    part(name) {
        if (this.memo.has(name))
            return this.memo.get(name);
        const value = this.compute(name);
        this.memo.set(name, value);
        return value;
    }
    compute(name) {
        if (name.startsWith("kind:"))
            return this.filesDigest(this.kindIndex().get(name.slice("kind:".length)) ?? []);
        switch (name) {
            case "objects":
                return this.filesDigest([...this.states().keys()]);
            case "tree": {
                const tree = this.workspace.tree;
                return sha1(JSON.stringify([tree.files, tree.dirs, tree.symlinks, tree.special, tree.unreadableDirs, tree.excluded]));
            }
            case "files": {
                const lines = [this.part("tree")];
                for (const file of this.workspace.files.values()) {
                    lines.push(`${file.path}\t${file.role}\t${this.hashes.get(file.path) ?? JSON.stringify(file.problems)}`);
                }
                return sha1(lines.join("\n"));
            }
            default:
                return undefined;
        }
    }
    /** Returns, for each file with objects, its content hash and the namespaces its objects resolved to. */
    states() {
        if (this.fileStates)
            return this.fileStates;
        const byFile = new Map();
        for (const object of this.workspace.objects) {
            const list = byFile.get(object.file.path);
            if (list)
                list.push(object);
            else
                byFile.set(object.file.path, [object]);
        }
        this.fileStates = new Map();
        for (const [path, objects] of byFile) {
            // A file without a hash was not read through the cache, so its state is unknown.
            const hash = this.hashes.get(path);
            this.fileStates.set(path, hash && `${hash}\t${objects.map((object) => `${object.namespace ?? ""}/${object.namespaceSource}`).join(",")}`);
        }
        return this.fileStates;
    }
    /** Returns the files that contain an object of one of `kinds`, the partition of a rule partitioned by them. */
    partitionFiles(kinds) {
        const key = [...kinds].sort().join("|");
        let files = this.partitions.get(key);
        if (!files) {
            const index = this.kindIndex();
            this.partitions.set(key, (files = new Set(kinds.flatMap((kind) => index.get(kind) ?? []))));
        }
        return files;
    }
    /** Returns every file with objects. */
    filesWithObjects() {
        return this.states().keys();
    }
    /** Returns the known state of every file with objects, in file order. */
    allStates() {
        const files = { paths: [], states: [] };
        for (const [path, state] of this.states()) {
            if (state === undefined)
                continue;
            files.paths.push(path);
            files.states.push(state);
        }
        return files;
    }
    /** Returns a file's content hash and the namespaces its objects resolved to; undefined when unknown. */
    stateOf(path) {
        return this.states().get(path);
    }
    kindIndex() {
        if (this.filesByKind)
            return this.filesByKind;
        this.filesByKind = new Map();
        for (const object of this.workspace.objects) {
            const files = this.filesByKind.get(object.kind);
            if (!files)
                this.filesByKind.set(object.kind, [object.file.path]);
            else if (files[files.length - 1] !== object.file.path)
                files.push(object.file.path);
        }
        return this.filesByKind;
    }
    /** Returns the digest of these files' states, or undefined when one of them is unknown. */
    filesDigest(paths) {
        const states = this.states();
        const lines = [];
        for (const path of [...new Set(paths)].sort()) {
            const state = states.get(path);
            if (state === undefined)
                return undefined;
            lines.push(`${path}\t${state}`);
        }
        return sha1(lines.join("\n"));
    }
}
function sha1(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha1").update(text).digest("base64");
}


/***/ }),

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
    constructor(path) {
        this.path = path;
    }
    /** Returns the slice's bytes, or undefined when they cannot be read or do not match their digest. */
    read(slice) {
        const fd = this.open();
        if (fd === undefined)
            return undefined;
        const bytes = Buffer.allocUnsafe(slice.length);
        try {
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
// does not even read the files whose stat is unchanged. One file contains the whole cache. It is
// written with node:v8 (the parse is plain data) behind a header that names the format, plumbline's version,
// the parse limits and a digest of the payload; a cache whose header does not match, or whose
// payload does not match its digest, is ignored and rewritten, never trusted.













/** Bumped whenever the shape of a cached parse or of the index changes. */
const FORMAT = 8;
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
    const { payload: cached, discarded, data: dataName } = await (0,debug/* timed */.ay)("read cache", () => readCache(file, key));
    const data = new DataReader(dataName === undefined ? undefined : (0,external_node_path_.join)(location, dataName));
    // Node trees read from the data file, so a run that keeps them does not write them again.
    const nodeSlices = new WeakMap();
    const decode = (entry) => decodeEntry(entry, data, nodeSlices);
    const stats = { hits: 0, unread: 0, misses: 0, discarded };
    const started = Date.now();
    const results = new Array(paths.length);
    const records = new Array(paths.length);
    const stored = new Array(paths.length);
    const metas = new Array(paths.length);
    const missing = [];
    // Takes a stored entry as a lazily decoded parse when it has a summary, else decodes it now.
    const reuse = (index, entry, text) => {
        const meta = entry.meta === undefined ? undefined : decodeMeta(entry.meta);
        if (meta) {
            metas[index] = meta;
            const cachedFile = { summary: meta.summary, ...(meta.facts ? { facts: meta.facts } : {}), packed: () => decode(entry) };
            results[index] = { ok: true, text, cached: cachedFile };
            return true;
        }
        const packed = decode(entry);
        if (packed)
            results[index] = { ok: true, text, packed };
        return packed !== undefined;
    };
    for (let index = 0; index < paths.length; index++) {
        const absolute = (0,external_node_path_.join)(root, paths[index]);
        const before = statOf(absolute);
        const known = cached.files.get(paths[index]);
        const entry = known && known.settled && before && sameStat(known, before) ? cached.entries.get(known.hash) : undefined;
        if (entry && reuse(index, entry, () => readUnchanged(absolute, options.maxFileBytes))) {
            records[index] = known;
            stored[index] = entry;
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
        if (before)
            records[index] = { ...before, hash, settled: started - Math.max(before.mtimeMs, before.ctimeMs) > RACY_WINDOW_MS };
        const hit = cached.entries.get(hash);
        if (hit && reuse(index, hit, read.text)) {
            stored[index] = hit;
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
    const save = (saved) => {
        const files = new Map();
        const entries = new Map();
        let changed = missing.length > 0 || discarded !== undefined;
        results.forEach((result, index) => {
            const record = records[index];
            if (!record || !result.ok)
                return;
            const path = paths[index];
            if (!changed && !sameRecord(cached.files.get(path), record))
                changed = true;
            files.set(path, record);
            if (entries.has(record.hash))
                return;
            const previous = stored[index];
            const file = saved(index);
            // Node trees stay for the files whose positions this lint needed, and no others.
            const nodes = file.usedNodes && (nodeSlices.get(file.usedNodes) ?? file.usedNodes);
            if (!sameSlice(nodes, previous?.nodes))
                changed = true;
            let parse = previous?.parse;
            let json = previous?.json ?? false;
            if (parse === undefined) {
                let encoded;
                if ("parsed" in result)
                    encoded = encodeParse((0,packed/* packParse */.F1)(result.parsed));
                else if ("packed" in result)
                    encoded = encodeParse(result.packed);
                else
                    return; // A cached file always has its stored entry.
                json = typeof encoded === "string";
                parse = typeof encoded === "string" ? Buffer.from(encoded, "utf8") : encoded;
            }
            // The summary and facts a run took from the cache are the same objects, so their JSON is reused.
            const before = metas[index];
            let meta = previous?.meta;
            if (file.summary && (before?.summary !== file.summary || before?.facts !== file.facts)) {
                meta = JSON.stringify({ summary: file.summary, ...(file.facts ? { facts: file.facts } : {}) });
            }
            if (meta !== previous?.meta)
                changed = true;
            entries.set(record.hash, { parse, json, ...(nodes ? { nodes } : {}), ...(meta !== undefined ? { meta } : {}) });
        });
        // Rewriting an unchanged cache costs time for nothing.
        if (!changed && files.size === cached.files.size && entries.size === cached.entries.size)
            return undefined;
        const failure = writeCache(file, key, location, data, files, entries);
        return failure ? `cache ${file} not written: ${failure}; the next --cache run parses every file again` : undefined;
    };
    return { results, hashes: records.map((record) => record?.hash), stats, save };
}
/** Decodes a stored summary and object facts, or returns undefined when they are not of this format. */
function decodeMeta(text) {
    try {
        const meta = JSON.parse(text);
        const summary = meta?.summary;
        if (!summary || !Array.isArray(summary.mentions) || !Array.isArray(summary.problems) || typeof summary.recovered !== "boolean" || typeof summary.documents !== "number")
            return undefined;
        if (!Number.isInteger(summary.documents) || summary.documents < 0)
            return undefined;
        const facts = meta.facts;
        if (facts !== undefined) {
            if (!Array.isArray(facts.objects) || !Array.isArray(facts.problems))
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
    const read = (0,parse/* readTextFile */.Gu)(path, maxBytes);
    return read.ok ? read.text : "";
}
/** Encodes a parse as JSON text when JSON gives back exactly the same value, else with node:v8. */
function encodeParse(parse) {
    return (0,packed/* isJsonExact */.iP)(parse) ? JSON.stringify(parse) : (0,external_node_v8_.serialize)(parse);
}
function sameSlice(piece, slice) {
    if (piece === undefined || slice === undefined)
        return piece === slice;
    return !(piece instanceof Uint8Array) && piece.offset === slice.offset && piece.length === slice.length && piece.digest === slice.digest;
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
    const empty = () => ({ files: new Map(), entries: new Map() });
    let data;
    try {
        data = (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        return { payload: empty() };
    }
    const discard = (reason) => {
        (0,debug/* debug */.Yz)(`cache ${file} ignored: ${reason}`);
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
    if (bytes.length !== header.bytes || (0,external_node_crypto_.createHash)("sha1").update(bytes).digest("base64") !== header.digest)
        return discard("payload does not match its digest");
    if (header.data === undefined || !isDataFileName(header.data))
        return discard("no data file named");
    try {
        const columns = (0,external_node_v8_.deserialize)(bytes);
        return isColumns(columns) ? { payload: fromColumns(columns), data: header.data } : discard("payload is not a cache of this format");
    }
    catch (error) {
        return discard(`payload does not deserialise: ${error.message}`);
    }
}
function toColumns(files, entries) {
    const columns = {
        paths: [...files.keys()],
        stats: new Float64Array(files.size * 4),
        settled: new Uint8Array(files.size),
        hashes: [],
        entryHashes: [...entries.keys()],
        json: new Uint8Array(entries.size),
        slices: new Float64Array(entries.size * 4),
        digests: [],
        metas: [],
    };
    let row = 0;
    for (const record of files.values()) {
        columns.stats.set([record.size, record.mtimeMs, record.ctimeMs, record.ino], row * 4);
        columns.settled[row++] = record.settled ? 1 : 0;
        columns.hashes.push(record.hash);
    }
    row = 0;
    for (const entry of entries.values()) {
        columns.json[row] = entry.json ? 1 : 0;
        columns.slices.set([entry.parse.offset, entry.parse.length, entry.nodes?.offset ?? -1, entry.nodes?.length ?? 0], row++ * 4);
        columns.digests.push(entry.parse.digest, entry.nodes?.digest ?? "");
        columns.metas.push(entry.meta ?? "");
    }
    return columns;
}
function fromColumns(columns) {
    const files = new Map();
    columns.paths.forEach((path, row) => {
        const [size, mtimeMs, ctimeMs, ino] = columns.stats.subarray(row * 4, row * 4 + 4);
        files.set(path, { size, mtimeMs, ctimeMs, ino, hash: columns.hashes[row], settled: columns.settled[row] === 1 });
    });
    const entries = new Map();
    columns.entryHashes.forEach((hash, row) => {
        const at = row * 4;
        const entry = { parse: { offset: columns.slices[at], length: columns.slices[at + 1], digest: columns.digests[row * 2] }, json: columns.json[row] === 1 };
        if (columns.slices[at + 2] >= 0)
            entry.nodes = { offset: columns.slices[at + 2], length: columns.slices[at + 3], digest: columns.digests[row * 2 + 1] };
        if (columns.metas[row] !== "")
            entry.meta = columns.metas[row];
        entries.set(hash, entry);
    });
    return { files, entries };
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
 * Places the entries' bytes in the data file (cache-data.ts), then writes the index that names it.
 * A data file that the new index replaced is removed once the index is in place.
 */
function writeCache(file, key, location, data, files, pending) {
    const pieces = [];
    for (const entry of pending.values()) {
        pieces.push(entry.parse);
        if (entry.nodes)
            pieces.push(entry.nodes);
    }
    let written;
    let payload;
    try {
        prepareFolder(location);
        written = writePieces(location, data, pieces);
        let next = 0;
        const entries = new Map();
        for (const [hash, entry] of pending) {
            const parse = written.slices[next++];
            const nodes = entry.nodes ? written.slices[next++] : undefined;
            entries.set(hash, { parse, json: entry.json, ...(nodes ? { nodes } : {}), ...(entry.meta !== undefined ? { meta: entry.meta } : {}) });
        }
        payload = (0,external_node_v8_.serialize)(toColumns(files, entries));
    }
    catch (error) {
        (0,debug/* debug */.Yz)(`cache ${file} not written: ${error.message}`);
        return error.code === "EACCES" ? "permission denied" : error.message;
    }
    const header = { ...key, digest: (0,external_node_crypto_.createHash)("sha1").update(payload).digest("base64"), bytes: payload.length, data: written.name };
    const failure = writeCacheFile(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]));
    const created = (0,external_node_path_.join)(location, written.name) !== data.path;
    // The index that is in place names either the old file or the new one; the other is garbage.
    // Once the new index is in place, every other data file is garbage: the one it replaced, and those
    // that an index from another version or build named. A run still reading one reads misses.
    if (created && !failure)
        removeDataFilesBut(location, written.name);
    if (created && failure)
        removeDataFile((0,external_node_path_.join)(location, written.name));
    return failure;
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
