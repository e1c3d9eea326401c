export const id = 350;
export const ids = [350];
export const modules = {

/***/ 3350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: colorEnabled, reachesFailOn

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/errors.ts
/** A bad command line or config: the front ends print its message on one line and exit 2. */
class UsageError extends Error {
    name = "UsageError";
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./schemas/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/config.schema.json","title":"plumbline configuration (.plumbline.yaml)","type":"object","additionalProperties":false,"properties":{"exclude":{"description":"Globs, relative to the repository root, of files that are neither linted nor part of the model","type":"array","items":{"type":"string","minLength":1}},"repoURLs":{"description":"Application repoURLs that mean this repository","type":"array","items":{"type":"string","minLength":1}},"argocd":{"type":"object","additionalProperties":false,"properties":{"namespace":{"description":"Namespace where Application objects must live","type":"string","minLength":1},"applicationNamespaces":{"description":"Extra namespaces allowed for Applications (Argo CD\'s application.namespaces setting)","type":"array","items":{"type":"string","minLength":1}},"rootApps":{"description":"Globs of the root Application manifests (app of apps)","type":"array","items":{"type":"string","minLength":1}},"projects":{"description":"AppProjects defined outside this repository","type":"array","items":{"type":"string","minLength":1}}}},"cluster":{"type":"object","additionalProperties":false,"properties":{"profile":{"enum":["generic","kind","docker-desktop"]},"cniPlugins":{"type":"array","items":{"type":"string","minLength":1}},"cniVersionMax":{"enum":["0.1.0","0.2.0","0.3.0","0.3.1","0.4.0","1.0.0","1.1.0"]},"multusNamespace":{"type":"string","minLength":1},"namespaceIsolation":{"type":"boolean"},"globalNamespaces":{"type":"array","items":{"type":"string","minLength":1}}}},"externalNetworks":{"description":"NADs that exist in the cluster but not in this repository, as namespace/name globs","type":"array","items":{"type":"string","minLength":1}},"rules":{"description":"Severity override per rule id","type":"object","additionalProperties":{"enum":["off","info","warning","error"]}},"limits":{"description":"Bounds on hostile input; the defaults are far above what real repositories need","type":"object","additionalProperties":false,"properties":{"maxFileBytes":{"type":"integer","minimum":1},"maxDocumentsPerFile":{"type":"integer","minimum":1},"maxJsonDepth":{"type":"integer","minimum":1},"maxAliasCount":{"type":"integer","minimum":0},"maxAnnotationBytes":{"type":"integer","minimum":1}}}}}');
;// CONCATENATED MODULE: ./src/config.ts
// Loads and validates `.plumbline.yaml`. Every problem becomes a UsageError that names the file,
// the line and the key, so the CLI can print one line and exit 2.






const CONFIG_FILE_NAME = ".plumbline.yaml";
// Generous bounds: a real repository meets none of them, a hostile file hits one long before it
// exhausts time or memory.
const DEFAULT_LIMITS = {
    maxFileBytes: 20 * 1024 * 1024,
    maxDocumentsPerFile: 20_000,
    maxJsonDepth: 200,
    maxAliasCount: 1_000,
    maxAnnotationBytes: 256 * 1024,
};
function defaultConfig() {
    return {
        exclude: [],
        repoURLs: [],
        argocd: { namespace: "argocd", applicationNamespaces: [], rootApps: [], projects: [] },
        cluster: {
            profile: "generic",
            multusNamespace: "kube-system",
            namespaceIsolation: false,
            globalNamespaces: ["default"],
        },
        externalNetworks: [],
        rules: {},
        limits: { ...DEFAULT_LIMITS },
    };
}
let compiledValidator;
function validator() {
    compiledValidator ??= new ajv.Ajv({ allErrors: true, strict: false }).compile(config_schema_namespaceObject);
    return compiledValidator;
}
/**
 * Reads the config at `explicitPath` (which must exist) or `.plumbline.yaml` in the root (optional).
 * Rule ids are checked against `knownRuleIds` so a typo in `rules:` is a usage error, not a silent no-op.
 */
function loadConfig(root, explicitPath, knownRuleIds) {
    const path = explicitPath ? (0,external_node_path_.resolve)(explicitPath) : (0,external_node_path_.join)(root, CONFIG_FILE_NAME);
    const shown = explicitPath ?? CONFIG_FILE_NAME;
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (explicitPath)
            throw new UsageError(`config file "${shown}" not found: check the --config path`);
        return defaultConfig();
    }
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, "utf8");
    }
    catch (error) {
        throw new UsageError(`cannot read config file "${shown}": ${error.message}`);
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, version: "1.1", prettyErrors: false });
    if (document.errors.length > 0) {
        const first = document.errors[0];
        const { line, col } = lineCounter.linePos(first.pos[0]);
        throw new UsageError(`${shown}:${line}:${col}: invalid YAML in config: ${first.message.split("\n")[0]}`);
    }
    const data = document.toJS({ maxAliasCount: 100 }) ?? {};
    const validate = validator();
    if (!validate(data)) {
        throw new UsageError(describeSchemaError(shown, document, lineCounter, validate.errors[0]));
    }
    const config = mergeWithDefaults(data);
    config.source = (0,external_node_path_.relative)(root, path).split("\\").join("/");
    for (const ruleId of Object.keys(config.rules)) {
        if (knownRuleIds.has(ruleId))
            continue;
        const node = document.getIn(["rules", ruleId], true);
        const where = positionOf(document, lineCounter, node, ["rules"]);
        const hint = closestName(ruleId, [...knownRuleIds]);
        throw new UsageError(`${shown}:${where}: unknown rule "${ruleId}" in "rules"${hint ? ` (did you mean "${hint}"?)` : ""}; run plumbline --list-rules for the ids`);
    }
    return config;
}
function mergeWithDefaults(data) {
    const base = defaultConfig();
    return {
        ...base,
        ...data,
        argocd: { ...base.argocd, ...data.argocd },
        cluster: { ...base.cluster, ...data.cluster },
        limits: { ...base.limits, ...data.limits },
        rules: { ...data.rules },
    };
}
function describeSchemaError(shown, document, lineCounter, error) {
    const path = error.instancePath.split("/").slice(1).map(unescapePointer);
    const keyPath = path.join(".");
    if (error.keyword === "additionalProperties") {
        const key = error.params.additionalProperty;
        const allowed = allowedKeysAt(path);
        const hint = closestName(key, allowed);
        const where = positionOf(document, lineCounter, findKeyNode(document, [...path, key]), path);
        const inside = keyPath ? ` in "${keyPath}"` : "";
        return `${shown}:${where}: unknown key "${key}"${inside}${hint ? ` (did you mean "${hint}"?)` : ""}; allowed keys: ${allowed.join(", ")}`;
    }
    const node = document.getIn(path, true);
    const where = positionOf(document, lineCounter, node, path);
    if (error.keyword === "enum") {
        const allowed = error.params.allowedValues.map(String);
        const got = JSON.stringify(document.getIn(path));
        return `${shown}:${where}: "${keyPath}" must be one of ${allowed.join(", ")}; got ${got}`;
    }
    return `${shown}:${where}: "${keyPath || "(top level)"}" ${error.message ?? "is invalid"}`;
}
function unescapePointer(segment) {
    return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function allowedKeysAt(path) {
    let schema = config_schema_namespaceObject;
    for (const segment of path) {
        const next = schema.properties?.[segment];
        if (!next)
            return [];
        schema = next;
    }
    return Object.keys(schema.properties ?? {});
}
function findKeyNode(document, path) {
    const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
    if (!(0,dist/* isMap */.jh)(parent))
        return undefined;
    const pair = parent.items.find((item) => item.key?.value === path.at(-1));
    return pair?.key ?? undefined;
}
function positionOf(document, lineCounter, node, fallbackPath) {
    let target = node;
    if (!target?.range) {
        const fallback = fallbackPath.length ? document.getIn(fallbackPath, true) : document.contents;
        target = (0,dist/* isMap */.jh)(fallback) || (0,dist/* isSeq */.oP)(fallback) ? fallback : undefined;
    }
    const offset = target?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return `${line}:${col}`;
}
/** Returns the candidate within a small edit distance of `name`, for "did you mean" hints. */
function closestName(name, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
    for (const candidate of candidates) {
        const distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** Levenshtein distance, O(n·m) time and O(m) memory. */
function editDistance(a, b) {
    if (a === b)
        return 0;
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/rules/argocd/index.ts
const argocdRules = [];

;// CONCATENATED MODULE: ./src/rules/attachment/index.ts
const attachmentRules = [];

;// CONCATENATED MODULE: ./src/rules/core/repo-limits.ts
const repoUnreadable = {
    id: "repo/unreadable",
    defaultSeverity: "error",
    description: "A YAML or JSON file cannot be read (permission denied, not a regular file)",
    tags: ["repo"],
    check({ workspace, report }) {
        for (const file of workspace.files.values()) {
            for (const problem of file.problems) {
                if (problem.kind === "unreadable")
                    report({ file: file.path, range: problem.range, message: problem.message });
            }
        }
    },
};
const repoLimit = {
    id: "repo/limit",
    defaultSeverity: "error",
    description: "A file exceeds one of plumbline's input limits (size, documents, nesting, aliases), so part of it was not linted",
    tags: ["repo"],
    check({ workspace, report }) {
        for (const file of workspace.files.values()) {
            for (const problem of file.problems) {
                if (problem.kind === "limit")
                    report({ file: file.path, range: problem.range, message: problem.message });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/core/suppression-unused.ts
/**
 * Registered so the id appears in --list-rules, config and SARIF. The findings come from the filter
 * step (src/suppressions.ts), the only place that knows which suppressions matched a finding.
 */
const suppressionUnused = {
    id: "suppression/unused",
    defaultSeverity: "info",
    description: "A suppression comment or plumbline.dev/ignore annotation that suppresses nothing",
    tags: ["suppression"],
    check() { },
};

;// CONCATENATED MODULE: ./src/rules/core/yaml-syntax.ts
// Roles whose parse errors are not YAML mistakes a user must fix here: JSON files (the Argo CD rules
// judge them) and files with template markers (rendered by another tool first).
const SILENT_ROLES = new Set(["json", "template", "helm-chart", "other"]);
const yamlSyntax = {
    id: "yaml/syntax",
    defaultSeverity: "error",
    description: "A YAML file fails to parse, including duplicate keys in one mapping",
    tags: ["yaml"],
    check({ workspace, report }) {
        for (const file of workspace.files.values()) {
            if (SILENT_ROLES.has(file.role))
                continue;
            for (const problem of file.problems) {
                if (problem.kind !== "syntax")
                    continue;
                report({ file: file.path, range: problem.range, message: problem.message });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/docs-url.ts
// The one place the rule documentation's base URL is set; SARIF, the job summary and the JSON
// report all link through it.
const DOCS_BASE_URL = "https://github.com/plumbline-dev/plumbline/blob/main/docs/rules/";
function docsUrlFor(ruleId) {
    return `${DOCS_BASE_URL}${ruleId}.md`;
}

;// CONCATENATED MODULE: ./src/rules/live/index.ts
const liveRules = [];

;// CONCATENATED MODULE: ./src/rules/nad/index.ts
const nadRules = [];

;// CONCATENATED MODULE: ./src/rules/index.ts








const ALL_RULES = [
    yamlSyntax,
    repoUnreadable,
    repoLimit,
    ...nadRules,
    ...attachmentRules,
    ...argocdRules,
    ...liveRules,
    suppressionUnused,
];
let registered;
function allRules() {
    if (registered)
        return registered;
    const seen = new Set();
    registered = ALL_RULES.map((rule) => {
        if (seen.has(rule.id))
            throw new Error(`rule "${rule.id}" is registered twice`);
        seen.add(rule.id);
        return { ...rule, docsUrl: docsUrlFor(rule.id) };
    });
    return registered;
}
function ruleIds() {
    return new Set(allRules().map((rule) => rule.id));
}

;// CONCATENATED MODULE: ./src/suppressions.ts
const IGNORE_ANNOTATION = "plumbline.dev/ignore";
const DIRECTIVE = /(^|\s)#\s*plumbline-disable-(next-line|file)\b([^\n]*)/;
/** Finds every suppression in the workspace's parsed files and object annotations. */
function collectSuppressions(workspace) {
    const suppressions = [];
    for (const file of workspace.files.values()) {
        if (!file.text || !file.text.includes("plumbline-disable-"))
            continue;
        const lines = file.text.split("\n");
        lines.forEach((line, index) => {
            const match = DIRECTIVE.exec(line);
            if (!match)
                return;
            const rules = parseRuleList(match[3].split(/\s--(\s|$)/)[0]);
            const column = match.index + match[1].length + 1;
            const lineNumber = index + 1;
            const kind = match[2] === "file" ? "file" : "next-line";
            const target = kind === "next-line" ? nextContentLine(lines, index) : lineNumber;
            suppressions.push({
                kind,
                file: file.path,
                rules,
                range: { line: lineNumber, column, endLine: lineNumber, endColumn: line.trimEnd().length + 1 },
                fromLine: target,
                toLine: target,
                used: new Set(),
            });
        });
    }
    for (const object of workspace.objects) {
        const annotations = object.value.metadata?.annotations;
        const value = annotations?.[IGNORE_ANNOTATION];
        if (typeof value !== "string")
            continue;
        const objectRange = workspace.rangeOfNode(object.file, object.node);
        suppressions.push({
            kind: "annotation",
            file: object.file.path,
            rules: parseRuleList(value),
            range: workspace.rangeOf(object, ["metadata", "annotations", IGNORE_ANNOTATION]),
            fromLine: objectRange.line,
            toLine: objectRange.endLine,
            used: new Set(),
        });
    }
    return suppressions;
}
/** The next line after `index` that is neither blank nor only a comment, 1-based. */
function nextContentLine(lines, index) {
    for (let next = index + 1; next < lines.length; next++) {
        const trimmed = lines[next].trim();
        if (trimmed !== "" && !trimmed.startsWith("#"))
            return next + 1;
    }
    return index + 2;
}
function parseRuleList(text) {
    const rules = text
        .split(/[\s,]+/)
        .map((rule) => rule.trim())
        .filter((rule) => rule !== "");
    return rules.length === 0 ? ["*"] : rules;
}
/** Drops the findings a suppression covers and marks the suppressions that were used. */
function applySuppressions(findings, suppressions) {
    if (suppressions.length === 0)
        return [...findings];
    const byFile = new Map();
    for (const suppression of suppressions) {
        const list = byFile.get(suppression.file) ?? [];
        list.push(suppression);
        byFile.set(suppression.file, list);
    }
    return findings.filter((finding) => {
        const candidates = byFile.get(finding.file);
        if (!candidates)
            return true;
        let suppressed = false;
        for (const suppression of candidates) {
            if (!covers(suppression, finding))
                continue;
            const rule = suppression.rules.includes(finding.ruleId) ? finding.ruleId : "*";
            suppression.used.add(rule);
            suppressed = true;
        }
        return !suppressed;
    });
}
function covers(suppression, finding) {
    if (finding.ruleId === "suppression/unused")
        return false;
    const ruleMatches = suppression.rules.includes("*") || suppression.rules.includes(finding.ruleId);
    if (!ruleMatches)
        return false;
    if (suppression.kind === "file")
        return true;
    return finding.line >= suppression.fromLine && finding.line <= suppression.toLine;
}
/** Describes each rule id of each suppression that matched nothing. */
function unusedSuppressions(suppressions, knownRuleIds) {
    const unused = [];
    for (const suppression of suppressions) {
        for (const rule of suppression.rules) {
            if (suppression.used.has(rule))
                continue;
            const what = suppression.kind === "annotation" ? `annotation ${IGNORE_ANNOTATION}` : `plumbline-disable-${suppression.kind}`;
            const message = rule !== "*" && !knownRuleIds.has(rule)
                ? `${what} names unknown rule "${rule}"; run plumbline --list-rules for the ids`
                : `${what} suppresses ${rule === "*" ? "every rule" : `"${rule}"`}, but no such finding is reported here; remove it`;
            unused.push({ file: suppression.file, range: suppression.range, message });
        }
    }
    return unused;
}

;// CONCATENATED MODULE: ./src/types.ts
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

;// CONCATENATED MODULE: ./src/argocd/application.ts
// Reads the parts of an Argo CD Application that decide what it renders and where it deploys.
// Pure: takes the object's plain value, returns a normalised shape; malformed fields become undefined.
const APPLICATION_GROUP = "argoproj.io";
function readApplication(value) {
    const object = record(value);
    const metadata = record(object.metadata);
    const spec = record(object.spec);
    const destination = record(spec.destination);
    const syncPolicy = record(spec.syncPolicy);
    const sources = [];
    if (spec.source !== undefined)
        sources.push(readSource(spec.source, undefined, ["spec", "source"]));
    if (Array.isArray(spec.sources)) {
        spec.sources.forEach((source, index) => sources.push(readSource(source, index, ["spec", "sources", index])));
    }
    return {
        name: application_text(metadata.name) ?? "",
        namespace: application_text(metadata.namespace),
        project: application_text(spec.project),
        destination: {
            server: application_text(destination.server),
            name: application_text(destination.name),
            namespace: application_text(destination.namespace),
        },
        sources,
        syncOptions: Array.isArray(syncPolicy.syncOptions) ? syncPolicy.syncOptions.filter((o) => typeof o === "string") : [],
    };
}
function readSource(value, index, yamlPath) {
    const source = record(value);
    const toolBlocks = ["directory", "helm", "kustomize", "plugin"].filter((key) => source[key] !== undefined && source[key] !== null);
    const directoryBlock = source.directory === undefined ? undefined : record(source.directory);
    return {
        index,
        yamlPath,
        repoURL: application_text(source.repoURL),
        path: typeof source.path === "string" ? source.path : undefined,
        chart: application_text(source.chart),
        targetRevision: scalarText(source.targetRevision),
        ref: application_text(source.ref),
        directory: directoryBlock
            ? {
                recurse: directoryBlock.recurse === true,
                include: application_text(directoryBlock.include),
                exclude: application_text(directoryBlock.exclude),
            }
            : undefined,
        toolBlocks,
    };
}
function record(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function application_text(value) {
    return typeof value === "string" && value !== "" ? value : undefined;
}
function scalarText(value) {
    if (typeof value === "number" || typeof value === "boolean")
        return String(value);
    return application_text(value);
}

;// CONCATENATED MODULE: ./src/argocd/glob.ts
// Argo CD's include/exclude matcher: github.com/gobwas/glob compiled with no separators
// (argo-cd util/glob/glob.go), so `*` and `?` also match `/`, braces are the only alternation, and
// the whole path relative to the app folder must match. minimatch and picomatch differ on all of
// these, which is why this matcher is plumbline's own.
const cache = new Map();
/** Compiles a pattern; an invalid one yields `ok: false`, and Argo CD then matches nothing with it. */
function compileArgoGlob(pattern) {
    const cached = cache.get(pattern);
    if (cached)
        return cached;
    const compiled = translate(pattern);
    if (cache.size > 10_000)
        cache.clear();
    cache.set(pattern, compiled);
    return compiled;
}
/** True when `relativePath` matches `pattern` as Argo CD matches include/exclude. */
function matchArgoGlob(pattern, relativePath) {
    const compiled = compileArgoGlob(pattern);
    return compiled.ok && compiled.regex.test(relativePath);
}
function translate(pattern) {
    let source = "";
    let braceDepth = 0;
    for (let index = 0; index < pattern.length; index++) {
        const char = pattern[index];
        switch (char) {
            case "\\": {
                if (index + 1 >= pattern.length)
                    return { ok: false, error: "pattern ends with an unfinished escape \"\\\"" };
                source += escapeRegex(pattern[++index]);
                break;
            }
            case "*":
                source += "[\\s\\S]*";
                while (pattern[index + 1] === "*")
                    index++;
                break;
            case "?":
                source += "[\\s\\S]";
                break;
            case "[": {
                const end = findClassEnd(pattern, index);
                if (end < 0)
                    return { ok: false, error: `unclosed "[" at position ${index + 1}` };
                let body = pattern.slice(index + 1, end);
                const negated = body.startsWith("!");
                if (negated)
                    body = body.slice(1);
                if (body === "")
                    return { ok: false, error: `empty character class at position ${index + 1}` };
                source += `[${negated ? "^" : ""}${escapeClass(body)}]`;
                index = end;
                break;
            }
            case "{":
                braceDepth++;
                source += "(?:";
                break;
            case "}":
                if (braceDepth === 0)
                    return { ok: false, error: `unmatched "}" at position ${index + 1}` };
                braceDepth--;
                source += ")";
                break;
            case ",":
                source += braceDepth > 0 ? "|" : ",";
                break;
            default:
                source += escapeRegex(char);
        }
    }
    if (braceDepth > 0)
        return { ok: false, error: "unclosed \"{\"" };
    return { ok: true, regex: new RegExp(`^${source}$`) };
}
function findClassEnd(pattern, start) {
    for (let index = start + 1; index < pattern.length; index++) {
        if (pattern[index] === "\\") {
            index++;
            continue;
        }
        if (pattern[index] === "]")
            return index;
    }
    return -1;
}
function escapeRegex(char) {
    return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}
function escapeClass(body) {
    return body.replace(/\\(.)/g, "\\$1").replace(/[\]^]/g, "\\$&");
}

;// CONCATENATED MODULE: ./src/workspace/tree.ts
// A read-only view of the repository's files and folders, so pure domain code (src/argocd) can ask
// "does this path exist" without touching the file system.

class RepoTree {
    files;
    dirs;
    symlinks;
    fileSet;
    dirSet;
    children = new Map();
    constructor(discovered) {
        this.files = discovered.files;
        this.dirs = discovered.dirs;
        this.symlinks = discovered.symlinks;
        this.fileSet = new Set(discovered.files);
        this.dirSet = new Set(discovered.dirs);
        for (const dir of discovered.dirs)
            this.children.set(dir, { files: [], dirs: [] });
        for (const dir of discovered.dirs) {
            if (dir === "")
                continue;
            this.listingOf(parentOf(dir)).dirs.push(dir);
        }
        for (const file of discovered.files)
            this.listingOf(parentOf(file)).files.push(file);
    }
    hasFile(path) {
        return this.fileSet.has(path);
    }
    hasDir(path) {
        return this.dirSet.has(path);
    }
    /** Direct children of `dir` as root-relative paths; empty for a folder that does not exist. */
    list(dir) {
        return this.children.get(dir) ?? { files: [], dirs: [] };
    }
    /** Every file below `dir` at any depth (symlinked folders are not entered). */
    filesUnder(dir) {
        if (dir === "")
            return [...this.files];
        const prefix = `${dir}/`;
        return this.files.filter((file) => file.startsWith(prefix));
    }
    listingOf(dir) {
        let listing = this.children.get(dir);
        if (!listing) {
            listing = { files: [], dirs: [] };
            this.children.set(dir, listing);
        }
        return listing;
    }
}
/** Parent folder of a root-relative path; "" for the root. */
function parentOf(path) {
    const dir = external_node_path_.posix.dirname(path);
    return dir === "." ? "" : dir;
}
/** Joins and normalises root-relative paths; returns undefined when the result leaves the root. */
function joinInsideRoot(base, relativePath) {
    if (relativePath.startsWith("/"))
        return undefined;
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(base || ".", relativePath));
    if (joined === "..")
        return undefined;
    if (joined.startsWith("../"))
        return undefined;
    if (joined === ".")
        return "";
    return joined.replace(/\/$/, "");
}

;// CONCATENATED MODULE: ./src/workspace/kustomize.ts
// The parts of a kustomization that decide which files a build reads and which namespace it sets.
// Pure: works on already parsed values and the repository tree.


/** File names kustomize recognises as a kustomization, in its lookup order. */
const KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function isKustomizationFileName(path) {
    return KUSTOMIZATION_FILE_NAMES.includes(external_node_path_.posix.basename(path));
}
/** The kustomization file kustomize would use in `dir`, or undefined. */
function kustomizationFileIn(tree, dir) {
    for (const name of KUSTOMIZATION_FILE_NAMES) {
        const candidate = dir === "" ? name : `${dir}/${name}`;
        if (tree.hasFile(candidate))
            return candidate;
    }
    return undefined;
}
/** Reads the fields of one kustomization document; unknown shapes are ignored, never thrown on. */
function readKustomization(file, value, tree) {
    const dir = parentOf(file);
    const data = isRecord(value) ? value : {};
    const result = {
        file,
        dir,
        namespace: typeof data.namespace === "string" && data.namespace !== "" ? data.namespace : undefined,
        resourceFiles: [],
        resourceDirs: [],
        remote: [],
        missing: [],
        patchFiles: [],
        generatorFiles: [],
    };
    const references = [...strings(data.resources), ...strings(data.bases), ...strings(data.components)];
    for (const reference of references) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(reference) || /^[\w.-]+@[\w.-]+:/.test(reference) || reference.startsWith("github.com/")) {
            result.remote.push(reference);
            continue;
        }
        const path = joinInsideRoot(dir, reference);
        if (path === undefined)
            result.remote.push(reference);
        else if (tree.hasDir(path))
            result.resourceDirs.push(path);
        else if (tree.hasFile(path))
            result.resourceFiles.push(path);
        else
            result.missing.push(reference);
    }
    for (const patch of patchReferences(data)) {
        const path = joinInsideRoot(dir, patch);
        if (path !== undefined && tree.hasFile(path))
            result.patchFiles.push(path);
    }
    for (const generator of [...records(data.configMapGenerator), ...records(data.secretGenerator)]) {
        for (const entry of [...strings(generator.files), ...strings(generator.envs), ...strings(generator.env ? [generator.env] : [])]) {
            const source = entry.includes("=") ? entry.slice(entry.indexOf("=") + 1) : entry;
            const path = joinInsideRoot(dir, source);
            if (path !== undefined && tree.hasFile(path))
                result.generatorFiles.push(path);
        }
    }
    return result;
}
function patchReferences(data) {
    const paths = [];
    for (const patch of records(data.patches))
        if (typeof patch.path === "string")
            paths.push(patch.path);
    for (const patch of records(data.patchesJson6902))
        if (typeof patch.path === "string")
            paths.push(patch.path);
    for (const patch of data.patchesStrategicMerge instanceof Array ? data.patchesStrategicMerge : []) {
        // An inline patch is a multi-line string; only single-line entries name files.
        if (typeof patch === "string" && !patch.includes("\n"))
            paths.push(patch);
    }
    return paths;
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function strings(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function records(value) {
    return Array.isArray(value) ? value.filter(isRecord) : [];
}
/**
 * Follows a kustomization's local resources, bases and components recursively, as `kustomize build`
 * would read them. The outermost `namespace:` wins, as kustomize's namespace transformer overrides
 * the bases'. Cycles are recorded, not followed.
 */
function buildKustomization(dir, tree, byFile) {
    const build = { files: [], namespaces: new Map(), kustomizations: [], cycles: [], remote: [] };
    const seenFiles = new Set();
    const visit = (current, namespace, stack) => {
        if (stack.includes(current)) {
            build.cycles.push(current);
            return;
        }
        const file = kustomizationFileIn(tree, current);
        const kustomization = file ? byFile.get(file) : undefined;
        if (!kustomization)
            return;
        build.kustomizations.push(kustomization.file);
        build.remote.push(...kustomization.remote);
        const effective = namespace ?? kustomization.namespace;
        for (const resource of kustomization.resourceFiles) {
            if (seenFiles.has(resource))
                continue;
            seenFiles.add(resource);
            build.files.push(resource);
            if (effective)
                build.namespaces.set(resource, effective);
        }
        for (const child of kustomization.resourceDirs)
            visit(child, effective, [...stack, current]);
    };
    visit(dir, undefined, []);
    return build;
}

;// CONCATENATED MODULE: ./src/argocd/render.ts
// What Argo CD's repo-server renders for one Application source, answered from the working tree.
// Sources: argo-cd util/app/path/path.go (path resolution), reposerver/repository/repository.go
// (tool detection, findManifests), docs/user-guide/tool_detection.md and directory.md.



/** Resolves `source.path` as argo-cd's path.Path does: cleaned, relative, inside the root, a folder. */
function resolveSourcePath(path, tree) {
    if (path.startsWith("/"))
        return { ok: false, reason: "absolute" };
    const cleaned = external_node_path_.posix.normalize(path === "" ? "." : path).replace(/\/+$/, "");
    if (cleaned === ".." || cleaned.startsWith("../"))
        return { ok: false, reason: "outside-root" };
    const dir = cleaned === "." || cleaned === "" ? "" : cleaned;
    if (tree.hasDir(dir))
        return { ok: true, dir };
    if (tree.hasFile(dir))
        return { ok: false, reason: "not-directory", cleaned: dir };
    return { ok: false, reason: "missing", cleaned: dir };
}
/** Argo CD's tool detection: one explicit block wins, then kustomize, then Helm, then Directory. */
function detectTool(source, dir, tree) {
    if (source.toolBlocks.length === 1)
        return source.toolBlocks[0];
    const names = tree.list(dir).files.map((file) => external_node_path_.posix.basename(file));
    if (kustomizationFileIn(tree, dir))
        return "kustomize";
    if (names.some((name) => name.endsWith("Chart.yaml")))
        return "helm";
    return "directory";
}
const MANIFEST_EXTENSION = /\.(yaml|yml|json|jsonnet)$/;
/**
 * The files a Directory app reads: the extension filter, then exclude, then include, matched against
 * the path relative to the app folder; `recurse` walks every subfolder, hidden ones included.
 * `hasSkipMarker` reports files containing `+argocd:skip-file-rendering`.
 */
function renderDirectory(dir, options, tree, hasSkipMarker) {
    const candidates = options.recurse ? tree.filesUnder(dir) : tree.list(dir).files;
    const result = { files: [], filteredOut: [] };
    for (const file of candidates) {
        if (!MANIFEST_EXTENSION.test(external_node_path_.posix.basename(file)))
            continue;
        const relativePath = dir === "" ? file : file.slice(dir.length + 1);
        const excluded = options.exclude !== undefined && matchArgoGlob(options.exclude, relativePath);
        const included = options.include === undefined || matchArgoGlob(options.include, relativePath);
        if (excluded || !included) {
            result.filteredOut.push(file);
            continue;
        }
        if (hasSkipMarker(file))
            continue;
        result.files.push(file);
    }
    return result;
}
/** Renders one source whose path resolved to `dir` in this repository. Helm and plugins render nothing offline. */
function renderSource(source, dir, tree, kustomizations, hasSkipMarker) {
    const tool = detectTool(source, dir, tree);
    const empty = { tool, dir, files: [], namespaces: new Map(), kustomizations: [], cycles: [] };
    if (tool === "directory") {
        const options = source.directory ?? { recurse: false };
        return { ...empty, files: renderDirectory(dir, options, tree, hasSkipMarker).files };
    }
    if (tool === "kustomize") {
        const build = buildKustomization(dir, tree, kustomizations);
        return { ...empty, files: build.files, namespaces: build.namespaces, kustomizations: build.kustomizations, cycles: build.cycles };
    }
    return empty;
}

;// CONCATENATED MODULE: ./src/argocd/repo-url.ts
// Repository URL normalisation: https and scp-like SSH spellings, `.git` and trailing slashes, and
// the host's case all name the same repository.
/** Returns `host/owner/name` in a canonical form, or undefined for something that is not a repo URL. */
function normalizeRepoURL(url) {
    let value = url.trim();
    if (value === "")
        return undefined;
    const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(value);
    if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        value = `ssh://${scp[1]}/${scp[2]}`;
    }
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        return undefined;
    }
    const host = parsed.hostname.toLowerCase();
    let path = decodeURIComponent(parsed.pathname).replace(/\/+$/, "").replace(/\.git$/, "").replace(/\/+$/, "");
    if (path.startsWith("/"))
        path = path.slice(1);
    if (host === "")
        return undefined;
    return path === "" ? host : `${host}/${path}`;
}
/** True when the two URLs name the same repository after normalisation. */
function sameRepository(a, b) {
    const left = normalizeRepoURL(a);
    return left !== undefined && left === normalizeRepoURL(b);
}

;// CONCATENATED MODULE: ./src/workspace/applications.ts
// Argo CD's part of the model: which repository URLs mean "this repository", and which files each
// Application renders. Reads only `.git/config` inside the root; the rest is pure.






const SKIP_RENDERING_MARKER = "+argocd:skip-file-rendering";
/**
 * Collects the URLs that mean "this repository": config `repoURLs`, the `origin` remote in
 * `.git/config`, and GITHUB_SERVER_URL/GITHUB_REPOSITORY. When none is known, the repoURL of the
 * configured root apps is used, then the repoURL most Applications share.
 */
function detectRepoIdentity(root, config, objects, env) {
    const urls = new Map();
    const add = (url, origin) => {
        const normalized = url ? normalizeRepoURL(url) : undefined;
        if (normalized && !urls.has(normalized))
            urls.set(normalized, origin);
    };
    for (const url of config.repoURLs)
        add(url, "config repoURLs");
    add(readGitOrigin(root), "git remote origin");
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY)
        add(`${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`, "GITHUB_REPOSITORY");
    if (urls.size > 0)
        return { urls };
    const applications = objects.filter((object) => object.group === APPLICATION_GROUP && object.kind === "Application");
    const rootApps = applications.filter((app) => config.argocd.rootApps.some((glob) => compileArgoGlob(glob).ok && matchArgoGlob(glob, app.file.path)));
    for (const app of rootApps)
        for (const source of readApplication(app.value).sources)
            if (!source.chart)
                add(source.repoURL, "root app repoURL");
    if (urls.size > 0)
        return { urls };
    const counts = new Map();
    for (const app of applications) {
        for (const source of readApplication(app.value).sources) {
            const normalized = source.repoURL && !source.chart ? normalizeRepoURL(source.repoURL) : undefined;
            if (normalized)
                counts.set(normalized, (counts.get(normalized) ?? 0) + 1);
        }
    }
    const mostCommon = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (mostCommon)
        urls.set(mostCommon[0], "most common Application repoURL");
    return { urls };
}
/** Reads the `origin` URL from `.git/config` when `.git` is a folder inside the root; never follows a gitdir file. */
function readGitOrigin(root) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, ".git", "config"), "utf8");
    }
    catch {
        return undefined;
    }
    const section = /\[remote "origin"\]([^[]*)/.exec(text);
    const url = section ? /^\s*url\s*=\s*(.+?)\s*$/m.exec(section[1]) : null;
    return url?.[1];
}
function modelApplications(workspace, objects) {
    const hasSkipMarker = (path) => workspace.files.get(path)?.text?.includes(SKIP_RENDERING_MARKER) ?? false;
    const applications = [];
    for (const object of objects) {
        if (object.group !== APPLICATION_GROUP || object.kind !== "Application")
            continue;
        const spec = readApplication(object.value);
        const model = { object, spec, sources: [], renderedFiles: [] };
        for (const source of spec.sources) {
            const normalized = source.repoURL ? normalizeRepoURL(source.repoURL) : undefined;
            const thisRepo = !source.chart && normalized !== undefined && workspace.repoIdentity.urls.has(normalized);
            if (!thisRepo || source.path === undefined) {
                model.sources.push({ source, thisRepo });
                continue;
            }
            const resolution = resolveSourcePath(source.path, workspace.tree);
            if (!resolution.ok) {
                model.sources.push({ source, thisRepo, resolution });
                continue;
            }
            const render = renderSource(source, resolution.dir, workspace.tree, workspace.kustomizations, hasSkipMarker);
            model.sources.push({ source, thisRepo, resolution, render });
            for (const file of render.files)
                if (!model.renderedFiles.includes(file))
                    model.renderedFiles.push(file);
        }
        applications.push(model);
    }
    return applications;
}

// EXTERNAL MODULE: ./node_modules/glob/dist/esm/index.min.js
var index_min = __webpack_require__(1668);
;// CONCATENATED MODULE: ./src/workspace/discover.ts
// Walks the repository root and records every file, folder and symbolic link, without following
// symlinked folders (Argo CD does not either) and without reading anything that leaves the root.



const ALWAYS_IGNORED = ["**/.git", "**/.git/**", "**/node_modules", "**/node_modules/**"];
function toPosix(path) {
    return external_node_path_.sep === "/" ? path : path.split(external_node_path_.sep).join("/");
}
/** Lists the tree under `root` (an absolute, real path); `exclude` holds globs relative to it. */
async function discover(root, exclude) {
    const entries = (await (0,index_min/* glob */.TI)("**", {
        cwd: root,
        dot: true,
        follow: false,
        withFileTypes: true,
        ignore: [...ALWAYS_IGNORED, ...exclude],
    }));
    const tree = { files: [], dirs: [""], symlinks: [], special: [] };
    for (const entry of entries) {
        const path = toPosix(entry.relative());
        if (path === "" || path === ".")
            continue;
        if (entry.isSymbolicLink()) {
            tree.symlinks.push(describeSymlink(root, entry, path));
            const link = tree.symlinks.at(-1);
            if (link.isFileInsideRoot)
                tree.files.push(path);
        }
        else if (entry.isDirectory()) {
            tree.dirs.push(path);
        }
        else if (entry.isFile()) {
            tree.files.push(path);
        }
        else {
            tree.special.push(path);
        }
    }
    tree.files.sort();
    tree.dirs.sort();
    tree.symlinks.sort((a, b) => (a.path < b.path ? -1 : 1));
    tree.special.sort();
    return tree;
}
function describeSymlink(root, entry, path) {
    const written = readLinkText(entry.fullpath());
    const absolute = written !== undefined && (written.startsWith("/") || /^[A-Za-z]:[\\/]/.test(written));
    let resolved;
    try {
        resolved = (0,external_node_fs_.realpathSync)(entry.fullpath());
    }
    catch {
        resolved = undefined;
    }
    const inside = resolved !== undefined && isInside(root, resolved);
    let isFile = false;
    let isDirectory = false;
    if (resolved !== undefined && inside) {
        try {
            const stats = (0,external_node_fs_.statSync)(resolved);
            isFile = stats.isFile();
            isDirectory = stats.isDirectory();
        }
        catch {
            // A link that vanished between the walk and the stat is treated as dangling.
        }
    }
    return {
        path,
        target: written,
        leavesRoot: absolute || !inside,
        absolute,
        isFileInsideRoot: inside && isFile && !absolute,
        isDirectory,
    };
}
function readLinkText(path) {
    try {
        return toPosix((0,external_node_fs_.readlinkSync)(path));
    }
    catch {
        return undefined;
    }
}
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === "" || (!rel.startsWith("..") && !rel.startsWith(external_node_path_.sep) && !/^[A-Za-z]:/.test(rel));
}

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
            return unreadable("not a regular file; skipped");
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
    // so the answer is accurate to within one character, which is all a position needs.
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
 * Parses YAML text into documents as YAML 1.1, which is how Kubernetes decodes manifests. Lone CR
 * line breaks are turned into LF first (same length, so offsets stay valid) because `LineCounter`
 * counts LF only.
 */
function parseYamlText(rawText, options) {
    const text = rawText.includes("\r") ? rawText.replace(/\r(?!\n)/g, "\n") : rawText;
    const first = parseOnce(text);
    if (first.problems.length === 0 || first.problems[0].kind !== "syntax")
        return limitDocuments(first, options);
    const repaired = reindentQuotedContinuations(text);
    if (repaired !== text) {
        const second = parseOnce(repaired);
        if (second.problems.length === 0) {
            // Keep the original text for display; line numbers are unchanged by the repair.
            return limitDocuments({ ...second, text, recovered: true }, options);
        }
    }
    return limitDocuments(first, options);
}
function parseOnce(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    let documents;
    try {
        documents = (0,dist/* parseAllDocuments */.hR)(text, {
            lineCounter,
            version: "1.1",
            prettyErrors: false,
            keepSourceTokens: true,
        });
    }
    catch (error) {
        // The composer recurses per nesting level, so a deeply nested flow collection overflows the stack.
        const reason = error instanceof RangeError ? "nesting is too deep to parse" : error.message;
        return {
            text,
            lineCounter,
            documents: [],
            problems: [{ kind: "limit", message: `cannot parse YAML: ${reason}`, range: FILE_START }],
            recovered: false,
        };
    }
    const problems = [];
    for (const document of documents) {
        for (const error of document.errors) {
            problems.push({
                kind: "syntax",
                message: describeYamlError(error.code, error.message),
                range: rangeOfOffsets(lineCounter, error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)),
            });
        }
    }
    return { text, lineCounter, documents, problems, recovered: false };
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
                range: rangeOfOffsets(parsed.lineCounter, firstDropped.range[0], firstDropped.range[0] + 1),
            },
        ],
    };
}
function describeYamlError(code, message) {
    const firstLine = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    if (code === "DUPLICATE_KEY")
        return `${firstLine.replace(/\.$/, "")}: Kubernetes keeps only one of them; remove the duplicate`;
    const text = firstLine.charAt(0).toLowerCase() + firstLine.slice(1);
    return text.replace(/\.$/, "");
}
function rangeOfOffsets(lineCounter, start, end) {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(end, start));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
/**
 * go-yaml (and so kubectl, Kustomize and Argo CD) accepts a multi-line quoted scalar whose
 * continuation lines are not indented past their key, as in Multus's examples/sriov-pod.yml. The
 * `yaml` package rejects it. Indenting those continuation lines keeps the scalar's value (flow
 * scalars fold line breaks and strip leading spaces) and keeps every line number.
 */
function reindentQuotedContinuations(text) {
    const lines = text.split("\n");
    let changed = false;
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
                lines[next] = indent + line.replace(/^\s+/, "");
                changed = true;
            }
            if (closesQuote(line, quote)) {
                index = next;
                break;
            }
        }
    }
    return changed ? lines.join("\n") : text;
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

;// CONCATENATED MODULE: ./src/workspace/workspace.ts
// The repository model every rule reads: parsed files, Kubernetes objects indexed by group, kind,
// namespace and name, kustomizations, and the Argo CD Applications with the files they render.

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
function splitApiVersion(apiVersion) {
    const slash = apiVersion.indexOf("/");
    return slash < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
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
    applications = [];
    byKindIndex = new Map();
    byNameIndex = new Map();
    deployers = new Map();
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
        this.objects.push(object);
        push(this.byKindIndex, `${object.group}|${object.kind}`, object);
        push(this.byNameIndex, `${object.group}|${object.kind}|${object.namespace ?? ""}|${object.name}`, object);
    }
    addApplication(application) {
        this.applications.push(application);
        for (const file of application.renderedFiles)
            push(this.deployers, file, application);
    }
    /** Every object of one group and kind, in file order. */
    objectsOfKind(group, kind) {
        return this.byKindIndex.get(`${group}|${kind}`) ?? [];
    }
    /** Objects with exactly this identity (more than one means a duplicate). */
    find(group, kind, namespace, name) {
        return this.byNameIndex.get(`${group}|${kind}|${namespace ?? ""}|${name}`) ?? [];
    }
    /** Applications that render `file` from this repository. */
    deployersOf(file) {
        return this.deployers.get(file) ?? [];
    }
    /** Number of YAML documents parsed, for the report summary. */
    get documentCount() {
        let count = 0;
        for (const file of this.files.values())
            count += file.documents.length;
        return count;
    }
    /** The range of a node in a file. */
    rangeOfNode(file, node) {
        const range = node?.range;
        if (!range || !file.lineCounter)
            return { line: 1, column: 1, endLine: 1, endColumn: 1 };
        return this.rangeOfOffsets(file, range[0], range[1]);
    }
    /** The range between two character offsets of a file's text. */
    rangeOfOffsets(file, start, end) {
        if (!file.lineCounter)
            return { line: 1, column: 1, endLine: 1, endColumn: 1 };
        const from = file.lineCounter.linePos(start);
        const to = file.lineCounter.linePos(Math.max(start, end));
        return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
    }
    /**
     * The range of the value (or key) at `path` inside an object. When the path does not exist, the
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
    /** The node at `path` inside an object, or undefined. */
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
        if ((0,dist/* isMap */.jh)(current)) {
            // The last pair with the key wins, as in Kubernetes' (and Go's) decoders.
            const items = current.items;
            const pair = items.findLast((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && item.key.value === segment);
            if (!pair)
                return { complete: false, key: lastKey, value: current };
            lastKey = pair.key ?? lastKey;
            current = pair.value ?? undefined;
            if (!current)
                return { complete: true, key: lastKey };
        }
        else if ((0,dist/* isSeq */.oP)(current) && typeof segment === "number") {
            const item = current.items[segment];
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
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}

;// CONCATENATED MODULE: ./src/workspace/load.ts
// Builds the Workspace: discover, read, parse, then index objects, kustomizations and Argo CD
// Applications, and resolve every object's namespace. The only module of the model that does I/O.








const YAML_EXTENSION = /\.ya?ml$/;
const TEMPLATE_MARKER = /\{\{|\{%/;
/** Loads the repository at `root` (an absolute, real path) into a Workspace. Never throws on file content. */
async function loadWorkspace(root, config, options = {}) {
    const discovered = await discover(root, config.exclude);
    const tree = new RepoTree(discovered);
    const chartDirs = findChartDirs(tree);
    const files = new Map();
    for (const path of tree.files)
        files.set(path, readSourceFile(root, path, initialRole(path, chartDirs), config));
    const kustomizations = readKustomizations(files, tree);
    markKustomizeInputs(files, kustomizations);
    const pending = extractObjects(files);
    const identity = detectRepoIdentity(root, config, pending, options.env ?? process.env);
    const workspace = new Workspace(root, config, tree, files, kustomizations, identity);
    const applications = modelApplications(workspace, pending);
    for (const application of applications)
        workspace.addApplication(application);
    resolveNamespaces(workspace, pending);
    for (const object of pending)
        workspace.addObject(object);
    return workspace;
}
function findChartDirs(tree) {
    return tree.files.filter((file) => external_node_path_.posix.basename(file) === "Chart.yaml").map(parentOf);
}
function initialRole(path, chartDirs) {
    const name = external_node_path_.posix.basename(path);
    const chart = chartDirs.find((dir) => dir === "" || path.startsWith(`${dir}/`));
    if (chart !== undefined) {
        const inTemplates = path.slice(chart === "" ? 0 : chart.length + 1).includes("/");
        if (!inTemplates && /^values.*\.ya?ml$/.test(name))
            return "helm-values";
        return "helm-chart";
    }
    if (isKustomizationFileName(path))
        return "kustomization";
    if (YAML_EXTENSION.test(name))
        return "manifest";
    if (name.endsWith(".json"))
        return "json";
    return "other";
}
function readSourceFile(root, path, role, config) {
    const file = { path, role, documents: [], problems: [], recovered: false };
    if (role === "other" || role === "helm-chart")
        return file;
    const read = readTextFile((0,external_node_path_.join)(root, path), config.limits.maxFileBytes);
    if (!read.ok) {
        file.problems.push(read.problem);
        return file;
    }
    const parsed = parseYamlText(read.text, { maxDocuments: config.limits.maxDocumentsPerFile });
    file.text = parsed.text;
    file.lineCounter = parsed.lineCounter;
    file.documents = parsed.documents;
    file.problems = parsed.problems;
    file.recovered = parsed.recovered;
    const syntaxFailed = parsed.problems.some((problem) => problem.kind === "syntax");
    if (syntaxFailed && role === "manifest" && TEMPLATE_MARKER.test(parsed.text))
        file.role = "template";
    return file;
}
function readKustomizations(files, tree) {
    const kustomizations = new Map();
    for (const file of files.values()) {
        if (file.role !== "kustomization" || file.documents.length === 0)
            continue;
        const value = safeToJS(file, file.documents[0]);
        kustomizations.set(file.path, readKustomization(file.path, value, tree));
    }
    return kustomizations;
}
function markKustomizeInputs(files, kustomizations) {
    for (const kustomization of kustomizations.values()) {
        for (const path of kustomization.patchFiles) {
            const file = files.get(path);
            if (file && (file.role === "manifest" || file.role === "json"))
                file.role = "kustomize-patch";
        }
        for (const path of kustomization.generatorFiles) {
            const file = files.get(path);
            if (file && (file.role === "manifest" || file.role === "json"))
                file.role = "data";
        }
    }
}
/**
 * Converts a document to plain data with a bounded alias expansion. A failure (an alias bomb, say)
 * is recorded as a problem on the file and yields undefined.
 */
function safeToJS(file, document, maxAliasCount = 1_000) {
    if (document.errors.length > 0)
        return undefined;
    try {
        return document.toJS({ maxAliasCount });
    }
    catch (error) {
        const offset = document.range[0];
        const lineCounter = file.lineCounter;
        const position = lineCounter ? lineCounter.linePos(offset) : { line: 1, col: 1 };
        const problem = {
            kind: "limit",
            message: `document cannot be expanded: ${error.message.replace(/\.$/, "")}; aliases are limited to ${maxAliasCount} expansions (limits.maxAliasCount)`,
            range: { line: position.line, column: position.col, endLine: position.line, endColumn: position.col + 1 },
        };
        file.problems.push(problem);
        return undefined;
    }
}
function extractObjects(files) {
    const objects = [];
    for (const file of files.values()) {
        if (file.role !== "manifest" && file.role !== "json")
            continue;
        file.documents.forEach((document, documentIndex) => {
            if (!(0,dist/* isMap */.jh)(document.contents))
                return;
            const value = safeToJS(file, document);
            if (!load_isRecord(value))
                return;
            if (value.kind === "List" && Array.isArray(value.items)) {
                const itemsNode = document.contents.get("items", true);
                if (!(0,dist/* isSeq */.oP)(itemsNode))
                    return;
                value.items.forEach((item, index) => {
                    const node = itemsNode.items[index];
                    if (load_isRecord(item) && (0,dist/* isMap */.jh)(node))
                        pushObject(objects, file, document, documentIndex, node, item);
                });
                return;
            }
            pushObject(objects, file, document, documentIndex, document.contents, value);
        });
    }
    return objects;
}
function pushObject(objects, file, document, documentIndex, node, value) {
    if (typeof value.apiVersion !== "string" || typeof value.kind !== "string")
        return;
    const metadata = load_isRecord(value.metadata) ? value.metadata : {};
    const { group, version } = splitApiVersion(value.apiVersion);
    const declaredNamespace = typeof metadata.namespace === "string" && metadata.namespace !== "" ? metadata.namespace : undefined;
    const clusterScoped = isClusterScopedKind(value.kind);
    objects.push({
        file,
        documentIndex,
        document,
        node,
        value,
        apiVersion: value.apiVersion,
        group,
        version,
        kind: value.kind,
        name: typeof metadata.name === "string" ? metadata.name : "",
        declaredNamespace,
        namespace: clusterScoped ? undefined : declaredNamespace,
        namespaceSource: declaredNamespace && !clusterScoped ? "metadata" : "none",
        clusterScoped,
    });
}
function load_isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/**
 * Resolves each namespaced object's namespace. A kustomization that builds the file sets it (the
 * namespace transformer overrides what the manifest declares), then `metadata.namespace`, then the
 * destination namespace of the first Application that renders the file.
 */
function resolveNamespaces(workspace, objects) {
    const kustomizeNamespaces = new Map();
    for (const application of workspace.applications) {
        for (const source of application.sources) {
            for (const [file, namespace] of source.render?.namespaces ?? [])
                if (!kustomizeNamespaces.has(file))
                    kustomizeNamespaces.set(file, namespace);
        }
    }
    for (const rootKustomization of rootKustomizations(workspace)) {
        const build = buildKustomization(rootKustomization.dir, workspace.tree, workspace.kustomizations);
        for (const [file, namespace] of build.namespaces)
            if (!kustomizeNamespaces.has(file))
                kustomizeNamespaces.set(file, namespace);
    }
    for (const object of objects) {
        if (object.clusterScoped)
            continue;
        const fromKustomize = kustomizeNamespaces.get(object.file.path);
        if (fromKustomize) {
            object.namespace = fromKustomize;
            object.namespaceSource = "kustomization";
            continue;
        }
        if (object.declaredNamespace)
            continue;
        const deployer = workspace.deployersOf(object.file.path).find((app) => app.spec.destination.namespace);
        if (deployer) {
            object.namespace = deployer.spec.destination.namespace;
            object.namespaceSource = "application";
        }
    }
}
function rootKustomizations(workspace) {
    const included = new Set();
    for (const kustomization of workspace.kustomizations.values())
        for (const dir of kustomization.resourceDirs)
            included.add(dir);
    return [...workspace.kustomizations.values()].filter((kustomization) => !included.has(kustomization.dir));
}

;// CONCATENATED MODULE: ./src/lint.ts
// The single entry point of every front end: config, model, rules, filter, sort.








async function lint(options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const root = resolveRoot(options.root, cwd);
    const rules = allRules();
    const knownIds = ruleIds();
    const config = loadConfig(root, options.configPath && (0,external_node_path_.resolve)(cwd, options.configPath), knownIds);
    const settings = effectiveSettings(config, options.ruleOverrides, knownIds);
    const reportOnly = options.files ? toRootRelative(options.files, root, cwd) : undefined;
    const workspace = await loadWorkspace(root, config, { env: options.env });
    const internalErrors = [];
    const findings = [];
    for (const rule of rules) {
        if (settings.get(rule.id) === "off")
            continue;
        if (rule.live && !options.live)
            continue;
        const context = {
            workspace,
            config,
            live: options.live,
            report: (input) => {
                const finding = toFinding(rule, input, settings.get(rule.id), internalErrors);
                if (finding)
                    findings.push(finding);
            },
        };
        try {
            await rule.check(context);
        }
        catch (error) {
            internalErrors.push(`rule ${rule.id} failed: ${error.stack ?? String(error)}`);
        }
    }
    const suppressions = collectSuppressions(workspace);
    const kept = applySuppressions(findings, suppressions);
    const unusedRule = rules.find((rule) => rule.id === "suppression/unused");
    if (settings.get(unusedRule.id) !== "off") {
        for (const unused of unusedSuppressions(suppressions, knownIds)) {
            const finding = toFinding(unusedRule, unused, settings.get(unusedRule.id), internalErrors);
            if (finding)
                kept.push(finding);
        }
    }
    const reported = kept.filter((finding) => (!reportOnly || reportOnly.has(finding.file)) && (!options.reportFilter || options.reportFilter(finding, workspace)));
    reported.sort(compareFindings);
    return {
        version: 1,
        root,
        findings: reported,
        summary: {
            files: workspace.files.size,
            documents: workspace.documentCount,
            errors: reported.filter((finding) => finding.severity === "error").length,
            warnings: reported.filter((finding) => finding.severity === "warning").length,
            infos: reported.filter((finding) => finding.severity === "info").length,
        },
        rules,
        workspace,
        config,
        internalErrors,
    };
}
/** The git top level above `cwd` (a folder holding `.git`), else `cwd`; always a real path. */
function resolveRoot(root, cwd) {
    if (root !== undefined) {
        const absolute = (0,external_node_path_.resolve)(cwd, root);
        if (!(0,external_node_fs_.existsSync)(absolute) || !(0,external_node_fs_.statSync)(absolute).isDirectory()) {
            throw new UsageError(`root "${root}" is not a directory: pass an existing folder to --root`);
        }
        return (0,external_node_fs_.realpathSync)(absolute);
    }
    let current = (0,external_node_fs_.realpathSync)(cwd);
    for (;;) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(current, ".git")))
            return current;
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current)
            return (0,external_node_fs_.realpathSync)(cwd);
        current = parent;
    }
}
function effectiveSettings(config, overrides, knownIds) {
    const settings = new Map();
    for (const [id, setting] of Object.entries(config.rules))
        settings.set(id, setting);
    for (const [id, setting] of Object.entries(overrides ?? {})) {
        if (!knownIds.has(id))
            throw new UsageError(`unknown rule "${id}" in --rule; run plumbline --list-rules for the ids`);
        settings.set(id, setting);
    }
    return settings;
}
function toRootRelative(files, root, cwd) {
    const result = new Set();
    for (const file of files) {
        const absolute = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(cwd, file);
        let real = absolute;
        try {
            real = (0,external_node_path_.join)((0,external_node_fs_.realpathSync)((0,external_node_path_.dirname)(absolute)), absolute.slice((0,external_node_path_.dirname)(absolute).length + 1));
        }
        catch {
            // A file that no longer exists keeps its literal path; it simply matches no finding.
        }
        const path = (0,external_node_path_.relative)(root, real);
        if (path.startsWith("..") || (0,external_node_path_.isAbsolute)(path)) {
            throw new UsageError(`file "${file}" is outside the root "${root}": pass files inside the repository, or set --root`);
        }
        result.add(path.split(external_node_path_.sep).join("/"));
    }
    return result;
}
function toFinding(rule, input, setting, internalErrors) {
    const problem = invalidRange(input.range);
    if (problem) {
        internalErrors.push(`rule ${rule.id} reported an invalid position in ${input.file}: ${problem}`);
        return undefined;
    }
    const severity = setting && setting !== "off" ? setting : input.severity ?? rule.defaultSeverity;
    return {
        ruleId: rule.id,
        severity,
        message: input.message,
        file: input.file,
        line: input.range.line,
        column: input.range.column,
        endLine: input.range.endLine,
        endColumn: input.range.endColumn,
        ...(input.resource ? { resource: input.resource } : {}),
        docsUrl: rule.docsUrl,
    };
}
/** Positions are validated centrally, so a rule bug shows up as an internal error rather than a wrong annotation. */
function invalidRange(range) {
    const values = [range.line, range.column, range.endLine, range.endColumn];
    if (!values.every((value) => Number.isInteger(value) && value >= 1))
        return `non-positive or non-integer position ${JSON.stringify(range)}`;
    if (range.endLine < range.line || (range.endLine === range.line && range.endColumn < range.column)) {
        return `end before start ${JSON.stringify(range)}`;
    }
    return undefined;
}
function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    if (a.line !== b.line)
        return a.line - b.line;
    if (a.column !== b.column)
        return a.column - b.column;
    if (a.severity !== b.severity)
        return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
    return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/report/index.ts
const loaders = {
    stylish: async () => (await __webpack_require__.e(/* import() */ 552).then(__webpack_require__.bind(__webpack_require__, 1552))).stylishReporter,
    json: async () => (await __webpack_require__.e(/* import() */ 794).then(__webpack_require__.bind(__webpack_require__, 2794))).jsonReporter,
};
function formatNames() {
    return Object.keys(loaders);
}
/** Registers a format; used by modules that add formats (SARIF, GitHub, Markdown, Mermaid). */
function registerFormat(name, loader) {
    loaders[name] = loader;
}
async function loadReporter(name) {
    const loader = loaders[name];
    return loader ? loader() : undefined;
}

;// CONCATENATED MODULE: ./src/cli-main.ts
// The command line front end: parse flags, run lint(), print the report, choose the exit code.








const HELP = `Usage: plumbline [options] [FILE...]

Lints a GitOps repository: Multus NetworkAttachmentDefinitions, pod network annotations and
Argo CD Applications. FILE arguments restrict which files findings are reported for; the whole
repository is always read.

Options:
  --root DIR            repository root (default: the git top level above the working directory)
  --config FILE         config file (default: .plumbline.yaml in the root, if present)
  --format NAME         output format: ${"%FORMATS%"} (default: stylish)
  --output FILE         write the report to FILE instead of standard output
  --fail-on LEVEL       exit 1 when a finding is at least LEVEL: error, warning, info, none (default: error)
  --rule ID=LEVEL       set one rule to off, info, warning or error; repeatable
  --kubeconfig FILE     also check the live cluster with this kubeconfig (read-only)
  --live                check the live cluster with the kubeconfig in KUBECONFIG or ~/.kube/config
  --context NAME        kubeconfig context for the live checks
  --live-timeout SEC    timeout of each live request in seconds (default: 10)
  --list-rules          print every rule with its id, default severity and description
  --version             print the version
  --help                print this help

Exit codes: 0 no finding reaches --fail-on, 1 one does, 2 usage, config or internal error.
`;
const LEVELS = ["off", "info", "warning", "error"];
const FAIL_ON = ["error", "warning", "info", "none"];
async function main(argv, env) {
    try {
        return await run(argv, env);
    }
    catch (error) {
        if (error instanceof UsageError) {
            process.stderr.write(`plumbline: ${error.message}\n`);
            return 2;
        }
        const debug = (env.DEBUG ?? "").split(",").includes("plumbline");
        const detail = debug ? error.stack : error.message;
        process.stderr.write(`plumbline: internal error: ${detail}\n${debug ? "" : "Set DEBUG=plumbline for the stack trace, and report it as a bug.\n"}`);
        return 2;
    }
}
async function run(argv, env) {
    const args = parseArguments(argv);
    if (args.values.help) {
        process.stdout.write(HELP.replace("%FORMATS%", formatNames().join(", ")));
        return 0;
    }
    if (args.values.version) {
        process.stdout.write(`${package_namespaceObject.rE}\n`);
        return 0;
    }
    if (args.values["list-rules"]) {
        process.stdout.write(listRules());
        return 0;
    }
    const format = args.values.format ?? "stylish";
    const reporter = await loadReporter(format);
    if (!reporter)
        throw new UsageError(`unknown format "${format}": use one of ${formatNames().join(", ")}`);
    const failOn = args.values["fail-on"] ?? "error";
    if (!FAIL_ON.includes(failOn))
        throw new UsageError(`invalid --fail-on "${failOn}": use one of ${FAIL_ON.join(", ")}`);
    const result = await lint({
        root: args.values.root,
        configPath: args.values.config,
        files: args.positionals.length > 0 ? args.positionals : undefined,
        ruleOverrides: parseRuleOverrides(args.values.rule ?? []),
        live: liveOptions(args.values, env),
        env,
    });
    const toFile = args.values.output !== undefined;
    const color = !toFile && colorEnabled(env, process.stdout.isTTY === true);
    const output = reporter.render(result, { color });
    if (toFile) {
        try {
            (0,external_node_fs_.writeFileSync)(args.values.output, output);
        }
        catch (error) {
            throw new UsageError(`cannot write --output "${args.values.output}": ${error.message}`);
        }
    }
    else {
        process.stdout.write(output);
    }
    if (result.internalErrors.length > 0) {
        const debug = (env.DEBUG ?? "").split(",").includes("plumbline");
        for (const message of result.internalErrors) {
            process.stderr.write(`plumbline: internal error: ${debug ? message : message.split("\n")[0]}\n`);
        }
        return 2;
    }
    return reachesFailOn(result.findings.map((finding) => finding.severity), failOn) ? 1 : 0;
}
function parseArguments(argv) {
    try {
        return (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                root: { type: "string" },
                config: { type: "string" },
                format: { type: "string" },
                output: { type: "string" },
                "fail-on": { type: "string" },
                rule: { type: "string", multiple: true },
                kubeconfig: { type: "string" },
                live: { type: "boolean" },
                context: { type: "string" },
                "live-timeout": { type: "string" },
                "list-rules": { type: "boolean" },
                version: { type: "boolean" },
                help: { type: "boolean" },
            },
        });
    }
    catch (error) {
        const message = error.message.split("\n")[0].replace(/\. To specify.*$/, "");
        throw new UsageError(`${message.charAt(0).toLowerCase()}${message.slice(1)}; run plumbline --help for the options`);
    }
}
function parseRuleOverrides(values) {
    const overrides = {};
    for (const value of values) {
        const match = /^([^=\s]+)=(\w+)$/.exec(value);
        if (!match || !LEVELS.includes(match[2])) {
            throw new UsageError(`invalid --rule "${value}": write ID=LEVEL with LEVEL one of ${LEVELS.join(", ")}, e.g. --rule nad/unused=off`);
        }
        overrides[match[1]] = match[2];
    }
    return overrides;
}
function liveOptions(values, env) {
    if (values.kubeconfig === undefined && !values.live) {
        if (values.context !== undefined)
            throw new UsageError("--context needs --kubeconfig or --live");
        return undefined;
    }
    let timeoutMs = 10_000;
    if (values["live-timeout"] !== undefined) {
        const seconds = Number(values["live-timeout"]);
        if (!Number.isFinite(seconds) || seconds <= 0) {
            throw new UsageError(`invalid --live-timeout "${values["live-timeout"]}": give a positive number of seconds`);
        }
        timeoutMs = Math.round(seconds * 1000);
    }
    const kubeconfigPath = values.kubeconfig ?? env.KUBECONFIG?.split(":")[0] ?? (env.HOME ? `${env.HOME}/.kube/config` : undefined);
    if (!kubeconfigPath)
        throw new UsageError("--live found no kubeconfig: set KUBECONFIG or pass --kubeconfig FILE");
    return { kubeconfigPath, context: values.context, timeoutMs };
}
/** Colour follows FORCE_COLOR, then NO_COLOR, then whether the output is a terminal. */
function colorEnabled(env, isTTY) {
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false")
        return true;
    if (env.FORCE_COLOR === "0" || env.FORCE_COLOR === "false")
        return false;
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== "")
        return false;
    if (env.NODE_DISABLE_COLORS !== undefined)
        return false;
    return isTTY && env.TERM !== "dumb";
}
function reachesFailOn(severities, failOn) {
    if (failOn === "none")
        return false;
    const threshold = SEVERITY_ORDER[failOn];
    return severities.some((severity) => SEVERITY_ORDER[severity] <= threshold);
}
function listRules() {
    const rules = allRules();
    const idWidth = Math.max(...rules.map((rule) => rule.id.length));
    return `${rules.map((rule) => `${rule.id.padEnd(idWidth)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}`).join("\n")}\n`;
}


/***/ })

};
