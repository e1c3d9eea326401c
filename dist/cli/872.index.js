export const id = 872;
export const ids = [872];
export const modules = {

/***/ 1388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MX: () => (/* binding */ clusterKey),
/* harmony export */   Zq: () => (/* binding */ createsNamespace),
/* harmony export */   nZ: () => (/* binding */ readApplication),
/* harmony export */   y8: () => (/* binding */ ARGO_KINDS),
/* harmony export */   zp: () => (/* binding */ APPLICATION_GROUP)
/* harmony export */ });
// Reads the parts of an Argo CD Application that decide what it renders and where it deploys.
// Pure: takes the object's plain value, returns a normalised shape; malformed fields become undefined.
// Field names follow argo-cd manifests/crds/application-crd.yaml.
const APPLICATION_GROUP = "argoproj.io";
/** The API group and kinds of Argo CD's own objects. */
const ARGO_KINDS = { application: "Application", applicationSet: "ApplicationSet", appProject: "AppProject" };
/**
 * Reads an Application's metadata and spec. `prefix` is prepended to every YAML path, so an
 * ApplicationSet template (`spec.template`) can be read with positions inside the ApplicationSet.
 */
function readApplication(value, prefix = []) {
    const object = record(value);
    const metadata = record(object.metadata);
    const spec = record(object.spec);
    const destination = record(spec.destination);
    const syncPolicy = record(spec.syncPolicy);
    const hasSources = Array.isArray(spec.sources) && spec.sources.length > 0;
    const sources = [];
    if (hasSources) {
        spec.sources.forEach((source, index) => sources.push(readSource(source, index, [...prefix, "spec", "sources", index])));
    }
    else if (spec.source !== undefined && spec.source !== null) {
        sources.push(readSource(spec.source, undefined, [...prefix, "spec", "source"]));
    }
    return {
        name: text(metadata.name) ?? "",
        namespace: text(metadata.namespace),
        project: text(spec.project),
        hasProject: spec.project !== undefined && spec.project !== null,
        destination: {
            server: text(destination.server),
            name: text(destination.name),
            namespace: text(destination.namespace),
        },
        hasDestination: spec.destination !== undefined && spec.destination !== null,
        sources,
        sourceAndSources: hasSources && spec.source !== undefined && spec.source !== null,
        syncOptions: Array.isArray(syncPolicy.syncOptions) ? syncPolicy.syncOptions.filter((o) => typeof o === "string") : [],
    };
}
function readSource(value, index, yamlPath) {
    const source = record(value);
    const toolBlocks = ["directory", "helm", "kustomize", "plugin"].filter((key) => source[key] !== undefined && source[key] !== null);
    const directoryBlock = source.directory === undefined || source.directory === null ? undefined : record(source.directory);
    const helmBlock = source.helm === undefined || source.helm === null ? undefined : record(source.helm);
    return {
        index,
        yamlPath,
        repoURL: text(source.repoURL),
        path: typeof source.path === "string" ? source.path : undefined,
        chart: text(source.chart),
        targetRevision: scalarText(source.targetRevision),
        ref: text(source.ref),
        hasRef: source.ref !== undefined && source.ref !== null,
        directory: directoryBlock
            ? {
                recurse: directoryBlock.recurse === true,
                include: text(directoryBlock.include),
                exclude: text(directoryBlock.exclude),
            }
            : undefined,
        helm: helmBlock
            ? {
                valueFiles: Array.isArray(helmBlock.valueFiles) ? helmBlock.valueFiles.filter((file) => typeof file === "string") : [],
                ignoreMissingValueFiles: helmBlock.ignoreMissingValueFiles === true,
            }
            : undefined,
        toolBlocks,
    };
}
/** True when the sync options turn on `CreateNamespace=true`. */
function createsNamespace(spec) {
    return spec.syncOptions.some((option) => option.replace(/\s+/g, "") === "CreateNamespace=true");
}
/** The names Argo CD gives its local cluster; they all mean the cluster Argo CD runs in. */
const IN_CLUSTER = new Set(["https://kubernetes.default.svc", "https://kubernetes.default.svc/", "in-cluster"]);
/** A key that is equal for two destinations that name the same cluster, as far as the repo can tell. */
function clusterKey(destination) {
    const value = destination.server ?? destination.name ?? "";
    return IN_CLUSTER.has(value) ? "in-cluster" : value;
}
function record(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function text(value) {
    return typeof value === "string" && value !== "" ? value : undefined;
}
function scalarText(value) {
    if (typeof value === "number" || typeof value === "boolean")
        return String(value);
    return text(value);
}


/***/ }),

/***/ 6042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ starCrossesFolder),
/* harmony export */   DY: () => (/* binding */ buildMatcher),
/* harmony export */   HB: () => (/* binding */ hasCommaOutsideBraces),
/* harmony export */   ad: () => (/* binding */ isLiteralPattern),
/* harmony export */   ae: () => (/* binding */ runMatcher),
/* harmony export */   lo: () => (/* binding */ matchArgoGlob),
/* harmony export */   pM: () => (/* binding */ hasStarBeforeSlash),
/* harmony export */   t_: () => (/* binding */ compileArgoGlob)
/* harmony export */ });
// Argo CD's include/exclude matcher: github.com/gobwas/glob compiled with no separators
// (argo-cd util/glob/glob.go), so `*` and `?` also match `/`, braces are the only alternation, and
// the whole path relative to the app folder must match. minimatch and picomatch differ on all of
// these, which is why this matcher is plumbline's own. Patterns compile to a small automaton that
// is simulated state set by state set, so matching takes time proportional to the pattern length
// times the path length, with no backtracking.
const cache = new Map();
/** Compiles a pattern; an invalid one yields `ok: false`, and Argo CD then matches nothing with it. */
function compileArgoGlob(pattern) {
    const cached = cache.get(pattern);
    if (cached)
        return cached;
    const compiled = compile(pattern, false);
    if (cache.size > 10_000)
        cache.clear();
    cache.set(pattern, compiled);
    return compiled;
}
/** True when `relativePath` matches `pattern` as Argo CD matches include/exclude. */
function matchArgoGlob(pattern, relativePath) {
    const compiled = compileArgoGlob(pattern);
    return compiled.ok && run(compiled.matcher, relativePath);
}
// True when `relativePath` matches `pattern` only because a `*` written before a `/` in the pattern
// spans a `/` of the path, as `*/app.yaml` taking `a/b/app.yaml`. Authors of such patterns usually
// mean one folder level, as in a shell.
function starCrossesFolder(pattern, relativePath) {
    if (!matchArgoGlob(pattern, relativePath))
        return false;
    const bound = compile(pattern, true);
    return bound.ok && !run(bound.matcher, relativePath);
}
/** True when some `*` in the pattern is followed by a `/`, so it can span folders unexpectedly. */
function hasStarBeforeSlash(pattern) {
    const star = pattern.indexOf("*");
    return star >= 0 && pattern.indexOf("/", star) > star;
}
/** True when a `,` is outside braces, where Argo CD reads it as a literal comma, not as a list. */
function hasCommaOutsideBraces(pattern) {
    let depth = 0;
    for (let index = 0; index < pattern.length; index++) {
        const char = pattern[index];
        if (char === "\\")
            index++;
        else if (char === "{")
            depth++;
        else if (char === "}")
            depth = Math.max(0, depth - 1);
        else if (char === "," && depth === 0)
            return true;
    }
    return false;
}
/** True when the pattern has no wildcard, class or alternation, so it matches one literal path. */
function isLiteralPattern(pattern) {
    return !/[*?[{\\]/.test(pattern);
}
// With `boundStars`, a `*` that has a `/` after it in the pattern stays inside one folder; that
// variant only serves `starCrossesFolder`.
function compile(pattern, boundStars) {
    const parser = new Parser(pattern, boundStars);
    const parsed = parser.parseSequence(0);
    if (typeof parsed === "string")
        return { ok: false, error: parsed };
    if (parser.position < pattern.length)
        return { ok: false, error: `unmatched "}" at position ${parser.position + 1}` };
    return { ok: true, matcher: buildMatcher(parsed) };
}
/** Builds the automaton of a parsed pattern. */
function buildMatcher(items) {
    const states = [{ kind: "match" }];
    const start = compileSequence(items, 0, states);
    return { states, start };
}
class Parser {
    pattern;
    boundStars;
    position = 0;
    constructor(pattern, boundStars) {
        this.pattern = pattern;
        this.boundStars = boundStars;
    }
    /** Parses items up to the end, or up to a `,` or `}` when inside `depth` braces. */
    parseSequence(depth) {
        const items = [];
        const pattern = this.pattern;
        while (this.position < pattern.length) {
            const char = pattern[this.position];
            if (depth > 0 && (char === "," || char === "}"))
                return items;
            if (depth === 0 && char === "}")
                return `unmatched "}" at position ${this.position + 1}`;
            this.position++;
            if (char === "\\") {
                if (this.position >= pattern.length)
                    return 'pattern ends with an unfinished escape "\\"';
                items.push({ kind: "char", char: pattern[this.position++] });
            }
            else if (char === "*") {
                while (pattern[this.position] === "*")
                    this.position++;
                items.push({ kind: "star", crossesSlash: !(this.boundStars && pattern.indexOf("/", this.position) >= 0) });
            }
            else if (char === "?") {
                items.push({ kind: "any", crossesSlash: true });
            }
            else if (char === "[") {
                const parsed = this.parseClass();
                if (typeof parsed === "string")
                    return parsed;
                items.push(parsed);
            }
            else if (char === "{") {
                const parsed = this.parseAlternation(depth + 1);
                if (typeof parsed === "string")
                    return parsed;
                items.push(parsed);
            }
            else {
                items.push({ kind: "char", char });
            }
        }
        return depth > 0 ? 'unclosed "{"' : items;
    }
    parseAlternation(depth) {
        const options = [];
        for (;;) {
            const option = this.parseSequence(depth);
            if (typeof option === "string")
                return option;
            options.push(option);
            const closer = this.pattern[this.position++];
            if (closer === "}")
                return { kind: "alternation", options };
        }
    }
    // A class: `[abc]`, `[a-z]`, `[!abc]`. An empty class is invalid. NOTE: a range whose end precedes
    // its start is treated as invalid, after gobwas's range parser check "hi character should be
    // greater than lo"; mixed classes such as `[a-z0-9]` are accepted without checking gobwas on them.
    parseClass() {
        const opened = this.position;
        const pattern = this.pattern;
        const negated = pattern[this.position] === "!";
        if (negated)
            this.position++;
        const ranges = [];
        while (this.position < pattern.length && pattern[this.position] !== "]") {
            let low = pattern[this.position++];
            if (low === "\\" && this.position < pattern.length)
                low = pattern[this.position++];
            let high = low;
            if (pattern[this.position] === "-" && this.position + 1 < pattern.length && pattern[this.position + 1] !== "]") {
                this.position++;
                high = pattern[this.position++];
                if (high === "\\" && this.position < pattern.length)
                    high = pattern[this.position++];
                if (high < low)
                    return `range "${low}-${high}" at position ${opened} ends before it starts`;
            }
            ranges.push([low, high]);
        }
        if (this.position >= pattern.length)
            return `unclosed "[" at position ${opened}`;
        this.position++;
        if (ranges.length === 0)
            return `empty character class at position ${opened}`;
        return { kind: "class", ranges, negated, crossesSlash: true };
    }
}
/** Adds the states of `items` to `states`, ending in `next`; returns the first state's index. */
function compileSequence(items, next, states) {
    let target = next;
    for (let index = items.length - 1; index >= 0; index--)
        target = compileItem(items[index], target, states);
    return target;
}
function compileItem(item, next, states) {
    switch (item.kind) {
        case "char":
            return states.push({ kind: "char", char: item.char, next }) - 1;
        case "any":
            return states.push({ kind: "any", crossesSlash: item.crossesSlash, next }) - 1;
        case "class":
            return states.push({ kind: "class", ranges: item.ranges, negated: item.negated, crossesSlash: item.crossesSlash, next }) - 1;
        case "star": {
            // A loop: the split either consumes one more character and returns, or moves on.
            const split = states.push({ kind: "split", targets: [] }) - 1;
            const step = states.push({ kind: "any", crossesSlash: item.crossesSlash, next: split }) - 1;
            states[split].targets = [step, next];
            return split;
        }
        case "alternation": {
            const targets = item.options.map((option) => compileSequence(option, next, states));
            return states.push({ kind: "split", targets }) - 1;
        }
    }
}
/** Simulates the automaton over `text`, keeping the set of live states. */
function runMatcher(matcher, text) {
    return run(matcher, text);
}
function run(matcher, text) {
    const { states } = matcher;
    let current = closure(states, [matcher.start]);
    for (const char of text) {
        const advanced = [];
        for (const index of current) {
            const state = states[index];
            if (consumes(state, char))
                advanced.push(state.next);
        }
        if (advanced.length === 0)
            return false;
        current = closure(states, advanced);
    }
    return current.some((index) => states[index].kind === "match");
}
function consumes(state, char) {
    switch (state.kind) {
        case "char":
            return state.char === char;
        case "any":
            return state.crossesSlash || char !== "/";
        case "class": {
            if (char === "/" && !state.crossesSlash)
                return false;
            const inClass = state.ranges.some(([low, high]) => char >= low && char <= high);
            return inClass !== state.negated;
        }
        default:
            return false;
    }
}
/** The states reachable from `seeds` through splits, without consuming a character. */
function closure(states, seeds) {
    const seen = new Set();
    const result = [];
    const stack = [...seeds];
    while (stack.length > 0) {
        const index = stack.pop();
        if (seen.has(index))
            continue;
        seen.add(index);
        const state = states[index];
        if (state.kind === "split")
            stack.push(...state.targets);
        else
            result.push(index);
    }
    return result;
}


/***/ }),

/***/ 2990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nb: () => (/* binding */ usesArgoCD),
/* harmony export */   Ng: () => (/* binding */ compareNodes),
/* harmony export */   y0: () => (/* binding */ appGraph)
/* harmony export */ });
/* unused harmony export GRAPH_READS */
/* harmony import */ var _workspace_view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5028);
/* harmony import */ var _application_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1388);
/* harmony import */ var _path_match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2531);



const graphs = new WeakMap();
/** What `appGraph` reads. A rule that calls it declares these. */
const GRAPH_READS = ["applications", "objects"];
function appGraph(workspace) {
    return (0,_workspace_view_js__WEBPACK_IMPORTED_MODULE_0__/* .derived */ .un)(graphs, workspace, "appGraph", GRAPH_READS, buildGraph);
}
function buildGraph(workspace) {
    const argoNamespace = workspace.config.argocd.namespace;
    const nodes = [];
    const nodeOfApp = new Map();
    const appSetNodes = new Map();
    for (const object of workspace.objectsOfKind(_application_js__WEBPACK_IMPORTED_MODULE_1__/* .APPLICATION_GROUP */ .zp, _application_js__WEBPACK_IMPORTED_MODULE_1__/* .ARGO_KINDS */ .y8.applicationSet)) {
        const node = { kind: "ApplicationSet", object, generated: false, name: object.name, namespace: object.namespace ?? argoNamespace };
        nodes.push(node);
        appSetNodes.set(object, node);
    }
    for (const app of workspace.applications) {
        // A generated Application lands in its ApplicationSet's namespace, and `object` is that ApplicationSet.
        const node = {
            kind: "Application",
            object: app.object,
            app,
            generated: app.generated !== undefined,
            name: app.spec.name,
            namespace: app.object.namespace ?? argoNamespace,
        };
        nodes.push(node);
        nodeOfApp.set(app, node);
    }
    const manifestNodesByFile = new Map();
    for (const node of nodes)
        if (!node.generated)
            push(manifestNodesByFile, node.object.file.path, node);
    const children = new Map();
    const parents = new Map();
    const selfIncluding = new Set();
    // An app of apps has thousands of children, so links are deduplicated through a set.
    const linked = new Map();
    const link = (parent, child) => {
        if (parent === child) {
            selfIncluding.add(parent);
            return;
        }
        let childSet = linked.get(parent);
        if (!childSet)
            linked.set(parent, (childSet = new Set()));
        if (childSet.has(child))
            return;
        childSet.add(child);
        push(children, parent, child);
        push(parents, child, parent);
    };
    for (const node of nodes) {
        if (!node.app)
            continue;
        for (const file of node.app.renderedFiles)
            for (const child of manifestNodesByFile.get(file) ?? [])
                link(node, child);
        if (node.generated) {
            const owner = appSetNodes.get(node.object);
            if (owner)
                link(owner, node);
        }
    }
    const rootGlobs = workspace.config.argocd.rootApps;
    const rootsFromConfig = rootGlobs.length > 0;
    const roots = new Set();
    for (const node of nodes) {
        if (node.generated)
            continue;
        if (rootsFromConfig) {
            if (rootGlobs.some((glob) => (0,_path_match_js__WEBPACK_IMPORTED_MODULE_2__/* .doublestarMatch */ .lW)(glob, node.object.file.path)))
                roots.add(node);
        }
        else if ((parents.get(node) ?? []).length === 0 && ((children.get(node) ?? []).length > 0 || selfIncluding.has(node))) {
            roots.add(node);
        }
    }
    const reachable = new Set();
    const queue = [...roots];
    while (queue.length > 0) {
        const node = queue.pop();
        if (reachable.has(node))
            continue;
        reachable.add(node);
        queue.push(...(children.get(node) ?? []));
    }
    const objectsByFile = new Map();
    for (const object of workspace.objects)
        push(objectsByFile, object.file.path, object);
    return {
        nodes,
        nodeOfApp,
        children,
        parents,
        selfIncluding,
        roots,
        rootsFromConfig,
        reachable,
        cycles: stronglyConnected(nodes, children),
        objectsByFile,
    };
}
/** Tarjan's algorithm; returns the components with two or more nodes. */
function stronglyConnected(nodes, children) {
    const index = new Map();
    const low = new Map();
    const onStack = new Set();
    const stack = [];
    const components = [];
    let counter = 0;
    const visit = (node) => {
        index.set(node, counter);
        low.set(node, counter);
        counter++;
        stack.push(node);
        onStack.add(node);
        for (const child of children.get(node) ?? []) {
            if (!index.has(child)) {
                visit(child);
                low.set(node, Math.min(low.get(node), low.get(child)));
            }
            else if (onStack.has(child)) {
                low.set(node, Math.min(low.get(node), index.get(child)));
            }
        }
        if (low.get(node) === index.get(node)) {
            const component = [];
            let member;
            do {
                member = stack.pop();
                onStack.delete(member);
                component.push(member);
            } while (member !== node);
            if (component.length > 1)
                components.push(component.sort(compareNodes));
        }
    };
    for (const node of nodes)
        if (!index.has(node))
            visit(node);
    return components;
}
function compareNodes(a, b) {
    if (a.object.file.path !== b.object.file.path)
        return a.object.file.path < b.object.file.path ? -1 : 1;
    // Document and item order is source order, and reading it needs no node tree.
    return a.object.documentIndex - b.object.documentIndex || (a.object.itemIndex ?? -1) - (b.object.itemIndex ?? -1);
}
/** True when the repository deploys with Argo CD: some Application or ApplicationSet reads it. */
function usesArgoCD(workspace) {
    return (workspace.applications.some((app) => app.sources.some((source) => source.thisRepo)) ||
        workspace.objectsOfKind(_application_js__WEBPACK_IMPORTED_MODULE_1__/* .APPLICATION_GROUP */ .zp, _application_js__WEBPACK_IMPORTED_MODULE_1__/* .ARGO_KINDS */ .y8.applicationSet).length > 0);
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}


/***/ }),

/***/ 2531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ isValidGoPathPattern),
/* harmony export */   Ml: () => (/* binding */ gitPathspecMatch),
/* harmony export */   V: () => (/* binding */ goPathMatch),
/* harmony export */   lW: () => (/* binding */ doublestarMatch)
/* harmony export */ });
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6042);
// Path matchers other than the include/exclude glob: Go's `path.Match` (ApplicationSet git
// directory generator), git pathspec globbing (the files generator's default, `git ls-files -- <pattern>`),
// and doublestar globs (the files generator's opt-in "new globbing", and plumbline's config globs).
// Sources: argo-cd reposerver/repository/repository.go `GetGitDirectories`, util/git/client.go `LsFiles`,
// docs/operator-manual/applicationset/Generators-Git-File-Globbing.md. Each syntax is parsed into
// the automaton of ./glob.ts, so no pattern can make matching backtrack.

const GLOB_CHARS = /[*?[\\]/;
/**
 * Go `path.Match`: `*` is any run of non-`/` characters, `?` one non-`/` character, `[...]` a class
 * (negated with `^`), `\` escapes; there are no braces and no recursive `**`. A malformed pattern
 * matches nothing, as Argo CD logs and skips it.
 */
function goPathMatch(pattern, name) {
    const matcher = cached(goCache, pattern, () => parseGoPattern(pattern));
    return matcher !== undefined && (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .runMatcher */ .ae)(matcher, name);
}
/** True when `pattern` is well formed for Go `path.Match`. */
function isValidGoPathPattern(pattern) {
    return cached(goCache, pattern, () => parseGoPattern(pattern)) !== undefined;
}
function parseGoPattern(pattern) {
    const items = [];
    for (let index = 0; index < pattern.length; index++) {
        const char = pattern[index];
        if (char === "\\") {
            if (index + 1 >= pattern.length)
                return undefined;
            items.push({ kind: "char", char: pattern[++index] });
        }
        else if (char === "*") {
            items.push({ kind: "star", crossesSlash: false });
        }
        else if (char === "?") {
            items.push({ kind: "any", crossesSlash: false });
        }
        else if (char === "[") {
            const parsed = parseClass(pattern, index, ["^"], false);
            if (!parsed)
                return undefined;
            items.push(parsed.item);
            index = parsed.end;
        }
        else {
            items.push({ kind: "char", char });
        }
    }
    return (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .buildMatcher */ .DY)(items);
}
/**
 * Git pathspec matching as `git ls-files -- <pattern>` does without magic: a pattern without
 * wildcards matches that file or every file below that folder; otherwise `*` and `?` also match `/`.
 */
function gitPathspecMatch(pattern, file) {
    const trimmed = pattern.replace(/^\.\//, "");
    if (!GLOB_CHARS.test(trimmed)) {
        const prefix = trimmed.replace(/\/+$/, "");
        return prefix === "" || file === prefix || file.startsWith(`${prefix}/`);
    }
    const matcher = cached(pathspecCache, trimmed, () => parsePathspec(trimmed));
    return matcher !== undefined && (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .runMatcher */ .ae)(matcher, file);
}
function parsePathspec(pattern) {
    const items = [];
    for (let index = 0; index < pattern.length; index++) {
        const char = pattern[index];
        if (char === "\\" && index + 1 < pattern.length)
            items.push({ kind: "char", char: pattern[++index] });
        else if (char === "*")
            items.push({ kind: "star", crossesSlash: true });
        else if (char === "?")
            items.push({ kind: "any", crossesSlash: true });
        else if (char === "[") {
            const parsed = parseClass(pattern, index, ["!", "^"], true);
            if (parsed) {
                items.push(parsed.item);
                index = parsed.end;
            }
            else {
                items.push({ kind: "char", char });
            }
        }
        else
            items.push({ kind: "char", char });
    }
    return (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .buildMatcher */ .DY)(items);
}
const DOUBLESTAR_SYNTAX = /[*?[\]{}\\]/;
/**
 * Doublestar globbing: `**` as a whole segment matches any number of folders, `*` and `?` stay
 * inside one segment, `{a,b}` alternates, `[...]` is a class.
 */
function doublestarMatch(pattern, file) {
    // A pattern without glob syntax names one path, such as a root app's file in the config.
    if (!DOUBLESTAR_SYNTAX.test(pattern))
        return pattern === file;
    const matcher = cached(doublestarCache, pattern, () => parseDoublestar(pattern));
    return matcher !== undefined && (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .runMatcher */ .ae)(matcher, file);
}
function parseDoublestar(pattern) {
    let index = 0;
    const parseSequence = (depth) => {
        const items = [];
        while (index < pattern.length) {
            const char = pattern[index];
            if (depth > 0 && (char === "," || char === "}"))
                return items;
            index++;
            if (char === "*" && pattern[index] === "*") {
                index++;
                const atStart = index === 2 || pattern[index - 3] === "/";
                const atEnd = index === pattern.length || pattern[index] === "/";
                if (atStart && atEnd && pattern[index] === "/") {
                    // `**/` matches nothing or any run of whole folders.
                    index++;
                    items.push({ kind: "alternation", options: [[], [{ kind: "star", crossesSlash: true }, { kind: "char", char: "/" }]] });
                }
                else {
                    items.push({ kind: "star", crossesSlash: atStart && atEnd });
                }
            }
            else if (char === "*")
                items.push({ kind: "star", crossesSlash: false });
            else if (char === "?")
                items.push({ kind: "any", crossesSlash: false });
            else if (char === "\\" && index < pattern.length)
                items.push({ kind: "char", char: pattern[index++] });
            else if (char === "{") {
                const options = [];
                for (;;) {
                    const option = parseSequence(depth + 1);
                    if (!option || index >= pattern.length)
                        return undefined;
                    options.push(option);
                    if (pattern[index++] === "}")
                        break;
                }
                items.push({ kind: "alternation", options });
            }
            else if (char === "[") {
                const parsed = parseClass(pattern, index - 1, ["!", "^"], false);
                if (parsed) {
                    items.push(parsed.item);
                    index = parsed.end + 1;
                }
                else
                    items.push({ kind: "char", char });
            }
            else
                items.push({ kind: "char", char });
        }
        return depth > 0 ? undefined : items;
    };
    const items = parseSequence(0);
    return items ? (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .buildMatcher */ .DY)(items) : undefined;
}
/** Parses a class starting at `[`; returns undefined when it is unclosed, empty or reversed. */
function parseClass(pattern, open, negations, crossesSlash) {
    let index = open + 1;
    const negated = index < pattern.length && negations.includes(pattern[index]);
    if (negated)
        index++;
    const ranges = [];
    while (index < pattern.length && pattern[index] !== "]") {
        let low = pattern[index++];
        if (low === "\\" && index < pattern.length)
            low = pattern[index++];
        let high = low;
        if (pattern[index] === "-" && index + 1 < pattern.length && pattern[index + 1] !== "]") {
            high = pattern[index + 1];
            index += 2;
            if (high < low)
                return undefined;
        }
        ranges.push([low, high]);
    }
    if (index >= pattern.length || ranges.length === 0)
        return undefined;
    return { item: { kind: "class", ranges, negated, crossesSlash }, end: index };
}
const goCache = new Map();
const pathspecCache = new Map();
const doublestarCache = new Map();
function cached(cache, pattern, build) {
    if (cache.has(pattern))
        return cache.get(pattern);
    const matcher = build();
    if (cache.size > 10_000)
        cache.clear();
    cache.set(pattern, matcher);
    return matcher;
}


/***/ }),

/***/ 4872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: colorEnabled, reachesFailOn

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config.ts + 2 modules
var src_config = __webpack_require__(9844);
// EXTERNAL MODULE: ./src/debug.ts
var debug = __webpack_require__(2668);
// EXTERNAL MODULE: ./src/argocd/path-match.ts
var path_match = __webpack_require__(2531);
;// CONCATENATED MODULE: ./src/setup-notices.ts
// Warnings about the set-up of a run rather than the repository: FILE arguments that were not
// linted, and config values that leave the checks nothing to work on. Each would otherwise end in
// a silent "no problems".

/** Returns the warnings for this run. `scope` is set when FILE arguments restrict the report. */
function setupNotices(workspace, config, scope) {
    const notices = scope ? unlintedArguments(scope, workspace, config) : [];
    notices.push(...unmatchedRootApps(workspace, config));
    if (workspace.tree.excluded.length > 0 && ![...workspace.files.values()].some((file) => file.role !== "other")) {
        notices.push(`exclude in ${config.source ?? ".plumbline.yaml"} leaves out every YAML and JSON file, so nothing was linted; narrow the patterns`);
    }
    return notices;
}
/**
 * Lists the FILE arguments that were not linted, with the reason, as ESLint does for an ignored
 * file it is given. Without a warning, "no problems" would read as a clean file.
 */
function unlintedArguments(scope, workspace, config) {
    const givenPaths = [...scope.files, ...scope.folders.filter((folder) => folder !== "").map((folder) => folder.slice(0, -1))];
    return givenPaths.flatMap((path) => {
        const hidden = workspace.tree.excluded.find((excluded) => path === excluded || path.startsWith(`${excluded}/`));
        if (hidden !== undefined) {
            const reason = hidden === path ? "leaves it out" : `leaves out the folder "${hidden}" it is in`;
            return [`"${path}" was not linted: exclude in ${config.source ?? ".plumbline.yaml"} ${reason}; remove the pattern that matches it to lint it`];
        }
        if (scope.files.has(path) && workspace.files.get(path)?.role === "other") {
            return [`"${path}" was not linted: plumbline reads only *.yaml, *.yml and *.json files`];
        }
        const link = workspace.tree.symlinks.find((entry) => !entry.isFileInsideRoot && (path === entry.path || path.startsWith(`${entry.path}/`)));
        if (link !== undefined) {
            const target = link.isDirectory && !link.leavesRoot ? "a folder, which plumbline does not enter (as Argo CD does not)" : "a target that plumbline does not follow";
            return [`"${path}" was not linted: "${link.path}" is a symbolic link to ${target}; pass the real path`];
        }
        if (path.split("/").some((segment) => segment === ".git" || segment === "node_modules")) {
            return [`"${path}" was not linted: plumbline never reads .git and node_modules folders`];
        }
        if (!scope.files.has(path) && !lintsAnythingIn(workspace, path)) {
            return [`"${path}" was not linted: the folder holds no *.yaml, *.yml or *.json file that plumbline reads`];
        }
        return [];
    });
}
/** Returns whether any file below `folder` is read as YAML or JSON. */
function lintsAnythingIn(workspace, folder) {
    const prefix = `${folder}/`;
    for (const file of workspace.files.values())
        if (file.role !== "other" && file.path.startsWith(prefix))
            return true;
    return false;
}
/**
 * Names the `argocd.rootApps` globs that match no Application manifest. With roots from the config,
 * such a glob names no root at all, and the checks that start from the roots would pass in silence.
 */
function unmatchedRootApps(workspace, config) {
    const manifests = workspace.applications.filter((app) => app.generated === undefined).map((app) => app.object.file.path);
    return config.argocd.rootApps
        .filter((glob) => !manifests.some((file) => (0,path_match/* doublestarMatch */.lW)(glob, file)))
        .map((glob) => `argocd.rootApps pattern "${glob}" in ${config.source ?? ".plumbline.yaml"} matches no Application manifest that plumbline reads, so it names no root app; fix the pattern, or check that exclude does not leave the root out`);
}

// EXTERNAL MODULE: ./src/argocd/graph.ts
var argocd_graph = __webpack_require__(2990);
// EXTERNAL MODULE: ./src/workspace/workspace.ts
var workspace_workspace = __webpack_require__(8568);
;// CONCATENATED MODULE: ./src/rules/argocd/shared.ts
/** `Application "web"`, or `Application "web" (generated by ApplicationSet "apps")`. */
function describeApp(app) {
    const name = app.spec.name || "(unnamed)";
    return app.generated ? `Application "${name}" (generated by ApplicationSet "${app.object.name}")` : `Application "${name}"`;
}
/** The range of a field of the Application, inside the ApplicationSet template for a generated one. */
function appRange(workspace, app, path, part = "value") {
    return workspace.rangeOf(app.object, [...app.yamlPrefix, ...path], part);
}
/** The range of a field of one source (`path`, `repoURL`, `directory`...). */
function sourceRange(workspace, app, source, field, part = "value") {
    const rest = field === undefined ? [] : Array.isArray(field) ? field : [field];
    return workspace.rangeOf(app.object, [...source.yamlPath, ...rest], part);
}
function appResource(app) {
    return { kind: "Application", namespace: app.generated ? app.object.namespace : (app.object.namespace ?? app.spec.namespace), name: app.spec.name };
}
/** Sources read from this repository whose path resolved to a folder and rendered. */
function renderedSources(app) {
    return app.sources.filter((source) => source.thisRepo && source.render !== undefined);
}
/** `source.path`, or `sources[1].path`, as a user finds it in the manifest. */
function sourceLabel(source) {
    return source.index === undefined ? "source" : `sources[${source.index}]`;
}
/** Joins names as `"a", "b" and "c"`. */
function quotedList(values, limit = 5) {
    const quoted = values.slice(0, limit).map((value) => `"${value}"`);
    const more = values.length > limit ? ` and ${values.length - limit} more` : "";
    if (quoted.length <= 1)
        return `${quoted.join("")}${more}`;
    return more ? `${quoted.join(", ")}${more}` : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/rules/argocd/app-cycle.ts



const appCycle = {
    id: "argocd/app-cycle",
    defaultSeverity: "error",
    description: "Applications render each other in a cycle",
    tags: ["argocd"],
    check({ workspace, report }) {
        const graph = (0,argocd_graph/* appGraph */.y0)(workspace);
        for (const cycle of graph.cycles) {
            const members = new Set(cycle);
            const first = cycle[0];
            const order = walkCycle(first, members, graph.children);
            const next = order[1];
            const renders = first.app?.sources.find((model) => next !== undefined && model.render?.files.includes(next.object.file.path));
            const range = first.app && renders ? sourceRange(workspace, first.app, renders.source, "path") : workspace.rangeOfObject(first.object);
            const chain = [...order, first].map((node) => `"${node.name}"`).join(" -> ");
            report({
                file: first.object.file.path,
                range,
                resource: (0,workspace_workspace/* resourceRefOf */.nY)(first.object),
                message: `Applications render each other in a cycle (${chain}), so each keeps recreating the other and deleting one is undone; break the cycle by moving one manifest out of the other's path`,
            });
        }
    },
};
/** Orders the members of a strongly connected group along its edges, starting at `start`. */
function walkCycle(start, members, children) {
    const order = [start];
    let current = start;
    for (;;) {
        const next = (children.get(current) ?? []).find((child) => members.has(child) && !order.includes(child));
        if (!next)
            return order;
        order.push(next);
        current = next;
    }
}

// EXTERNAL MODULE: ./src/argocd/glob.ts
var glob = __webpack_require__(6042);
// EXTERNAL MODULE: ./src/argocd/application.ts
var application = __webpack_require__(1388);
;// CONCATENATED MODULE: ./src/rules/argocd/app-namespace.ts




const appNamespace = {
    id: "argocd/app-namespace",
    defaultSeverity: "error",
    description: "An Application lives in a namespace Argo CD does not watch, or one its AppProject does not allow",
    tags: ["argocd"],
    check({ workspace, config, report }) {
        const graph = (0,argocd_graph/* appGraph */.y0)(workspace);
        const allowed = [...config.argocd.applicationNamespaces, ...namespacesFromParams(workspace)];
        const reported = new Set();
        for (const node of graph.nodes) {
            const app = node.app;
            if (!app || node.namespace === config.argocd.namespace)
                continue;
            if (node.generated && reported.has(node.object))
                continue;
            reported.add(node.object);
            const declared = node.generated ? node.object.declaredNamespace : app.spec.namespace;
            let origin = "";
            if (!declared && node.object.namespaceSource === "application")
                origin = " (its parent's destination namespace, as it sets none)";
            else if (!declared && node.object.namespaceSource === "kustomization")
                origin = " (set by a kustomization)";
            const range = declared && !node.generated ? appRange(workspace, app, ["metadata", "namespace"]) : node.generated ? workspace.rangeOf(node.object, ["metadata", "namespace"]) : appRange(workspace, app, ["metadata", "name"]);
            if (!allowed.some((pattern) => (0,glob/* matchArgoGlob */.lo)(pattern, node.namespace))) {
                report({
                    file: node.object.file.path,
                    range,
                    resource: appResource(app),
                    message: `${describeApp(app)} lands in namespace "${node.namespace}"${origin}, but Argo CD watches only "${config.argocd.namespace}" unless application.namespaces allows it, so the Application is ignored; set metadata.namespace: ${config.argocd.namespace}, or list the namespace in argocd.applicationNamespaces`,
                });
                continue;
            }
            const projectName = app.spec.project ?? "default";
            const project = workspace.objectsOfKind(application/* APPLICATION_GROUP */.zp, "AppProject").find((object) => object.name === projectName);
            const spec = project?.value.spec;
            const sourceNamespaces = Array.isArray(spec?.sourceNamespaces) ? spec.sourceNamespaces.filter((entry) => typeof entry === "string") : [];
            if (project && !sourceNamespaces.some((pattern) => (0,glob/* matchArgoGlob */.lo)(pattern, node.namespace))) {
                report({
                    file: node.object.file.path,
                    range,
                    resource: appResource(app),
                    message: `${describeApp(app)} lives in namespace "${node.namespace}", but AppProject "${projectName}" does not list it in spec.sourceNamespaces, so Argo CD rejects the project for it; add the namespace to sourceNamespaces`,
                });
            }
        }
    },
};
/** Reads the `application.namespaces` entries of `argocd-cmd-params-cm` ConfigMaps in the repository. */
function namespacesFromParams(workspace) {
    const found = [];
    for (const object of workspace.objectsOfKind("", "ConfigMap")) {
        if (object.name !== "argocd-cmd-params-cm")
            continue;
        const data = object.value.data;
        const value = data?.["application.namespaces"];
        if (typeof value === "string")
            found.push(...value.split(",").map((entry) => entry.trim()).filter(Boolean));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/argocd/appset.ts
// ApplicationSet generators evaluated against the working tree, and template rendering for both
// template syntaxes. Pure: the caller passes the repository tree and a reader for parsed files.
// Sources: argo-cd applicationset/generators/git.go and list.go, applicationset/utils/utils.go
// (fasttemplate and Go template rendering), docs/operator-manual/applicationset/Generators-Git.md,
// Generators-Git-File-Globbing.md, GoTemplate.md.


/** Expands an ApplicationSet's git directory, git files and list generators. */
function expandApplicationSet(value, context) {
    const spec = record(record(value).spec);
    const goTemplate = spec.goTemplate === true;
    const template = record(spec.template);
    const generators = Array.isArray(spec.generators) ? spec.generators : [];
    const results = generators.map((generator, index) => evaluateGenerator(record(generator), ["spec", "generators", index], context));
    const applications = [];
    results.forEach((result, generatorIndex) => {
        for (const params of result.params ?? []) {
            const rendered = renderTemplate(template, params, goTemplate);
            applications.push({ generatorIndex, params, value: record(rendered.value), unresolved: rendered.unresolved });
        }
    });
    return { goTemplate, generators: results, applications, complete: results.length > 0 && results.every((result) => result.params !== undefined) };
}
function evaluateGenerator(generator, yamlPath, context) {
    if (generator.git !== undefined)
        return evaluateGit(record(generator.git), [...yamlPath, "git"], context);
    if (generator.list !== undefined) {
        const elements = record(generator.list).elements;
        const params = Array.isArray(elements) ? elements.filter(isRecord) : undefined;
        return { kind: "list", yamlPath: [...yamlPath, "list"], thisRepo: false, items: [], badFiles: [], params };
    }
    return { kind: "other", yamlPath, thisRepo: false, items: [], badFiles: [] };
}
function evaluateGit(git, yamlPath, context) {
    const thisRepo = context.isThisRepo(typeof git.repoURL === "string" ? git.repoURL : undefined);
    const pathParamPrefix = typeof git.pathParamPrefix === "string" && git.pathParamPrefix !== "" ? git.pathParamPrefix : undefined;
    const kind = Array.isArray(git.files) ? "files" : "directories";
    const entries = Array.isArray(git[kind]) ? git[kind] : [];
    const items = [];
    entries.forEach((entry, index) => {
        const item = record(entry);
        if (typeof item.path !== "string")
            return;
        let matches = [];
        if (thisRepo)
            matches = kind === "directories" ? matchDirectories(item.path, context.tree) : matchFiles(item.path, context.tree);
        items.push({ yamlPath: [...yamlPath, kind, index, "path"], pattern: item.path, exclude: item.exclude === true, matches });
    });
    const result = { kind, yamlPath, thisRepo, items, badFiles: [], pathParamPrefix };
    if (!thisRepo)
        return result;
    const selected = selectMatches(items);
    if (kind === "directories") {
        result.params = selected.map((dir) => withPrefix(pathParams(dir, undefined), pathParamPrefix));
        return result;
    }
    result.params = [];
    for (const file of selected) {
        const documents = context.readData(file);
        const sets = documents?.length === 1 ? paramSetsOf(documents[0]) : undefined;
        if (!sets) {
            result.badFiles.push(file);
            continue;
        }
        for (const set of sets)
            result.params.push({ ...set, ...withPrefix(pathParams(external_node_path_.posix.dirname(file) === "." ? "" : external_node_path_.posix.dirname(file), file), pathParamPrefix) });
    }
    return result;
}
/** Items that are not excluded add their matches; excluded items remove theirs, whatever the order. */
function selectMatches(items) {
    const excluded = new Set(items.filter((item) => item.exclude).flatMap((item) => item.matches));
    const selected = new Set();
    for (const item of items) {
        if (item.exclude)
            continue;
        for (const match of item.matches)
            if (!excluded.has(match))
                selected.add(match);
    }
    return [...selected].sort();
}
/**
 * Folders a directory generator pattern matches: every folder of the repository except the root,
 * without the hidden ones (a segment starting with `.`), tested with Go `path.Match`.
 */
function matchDirectories(pattern, tree) {
    if (!(0,path_match/* isValidGoPathPattern */.Is)(pattern))
        return [];
    return tree.dirs.filter((dir) => dir !== "" && !dir.split("/").some((segment) => segment.startsWith(".")) && (0,path_match/* goPathMatch */.V)(pattern, dir));
}
/** Files a files generator pattern matches with git pathspec globbing, Argo CD's default. */
function matchFiles(pattern, tree) {
    return tree.files.filter((file) => (0,path_match/* gitPathspecMatch */.Ml)(pattern, file));
}
/** Files the pattern matches with the opt-in doublestar globbing. */
function matchFilesDoublestar(pattern, tree) {
    return tree.files.filter((file) => (0,path_match/* doublestarMatch */.lW)(pattern, file));
}
function paramSetsOf(data) {
    if (isRecord(data))
        return [data];
    if (Array.isArray(data) && data.length > 0 && data.every(isRecord))
        return data;
    return undefined;
}
/** Builds the `path` parameters of a folder (directory generator) or of a file's folder (files generator). */
function pathParams(dir, file) {
    const segments = dir === "" ? [] : dir.split("/");
    const basename = segments.at(-1) ?? "";
    const path = { path: dir, basename, basenameNormalized: normalizeName(basename), segments };
    if (file !== undefined) {
        path.filename = external_node_path_.posix.basename(file);
        path.filenameNormalized = normalizeName(external_node_path_.posix.basename(file));
    }
    return { path };
}
function withPrefix(params, prefix) {
    return prefix ? { [prefix]: params } : params;
}
/** Argo CD's `basenameNormalized`: characters outside `[a-zA-Z0-9-.]` become `-`, then lower case. */
function normalizeName(name) {
    return name.replace(/[^a-zA-Z0-9-.]/g, "-").toLowerCase();
}
/**
 * Flattens parameters into the keys of the fasttemplate syntax: nested keys joined with `.`, and
 * the `path` parameters as `path` (the folder), `path.basename` and `path[N]`.
 */
function flattenParams(params) {
    const flat = new Map();
    const visit = (value, key) => {
        if (isRecord(value)) {
            for (const [child, childValue] of Object.entries(value))
                visit(childValue, key === "" ? child : `${key}.${child}`);
            return;
        }
        if (Array.isArray(value)) {
            if (key.endsWith("segments"))
                value.forEach((item, index) => flat.set(`${key.slice(0, -".segments".length)}[${index}]`, String(item)));
            else
                flat.set(key, JSON.stringify(value));
            return;
        }
        flat.set(key, value === null || value === undefined ? "" : String(value));
    };
    visit(params, "");
    // In the flat syntax `path` is the folder itself, not a mapping.
    for (const [key, value] of [...flat]) {
        if (key !== "path.path" && !key.endsWith(".path.path"))
            continue;
        flat.set(key.slice(0, -".path".length), value);
        flat.delete(key);
    }
    return flat;
}
/** Lists every dotted key path a Go template may reference: `.path`, `.path.basename`, `.cluster.name`. */
function goParamPaths(params) {
    const paths = new Set();
    const visit = (value, key) => {
        if (key !== "")
            paths.add(key);
        if (isRecord(value))
            for (const [child, childValue] of Object.entries(value))
                visit(childValue, key === "" ? child : `${key}.${child}`);
    };
    visit(params, "");
    return paths;
}
const EXPRESSION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
/** Finds the `{{ ... }}` expressions of a template string. */
function templateExpressions(text) {
    const found = [];
    for (const match of text.matchAll(EXPRESSION))
        found.push({ body: match[1], start: match.index, end: match.index + match[0].length });
    return found;
}
/** True for an expression in Go template syntax (`.field`, a function call, a keyword). */
function isGoSyntax(body) {
    return /^[.$(]/.test(body) || /\s/.test(body) || /^(if|else|end|range|with|index|default|lower|upper|toJson|printf|normalize|trunc)\b/.test(body);
}
/** True for a fasttemplate key such as `path`, `path.basename`, `path[1]`, `cluster.name`. */
function isFlatKey(body) {
    return /^[A-Za-z_][\w-]*(?:\.[\w-]+|\[\d+\])*$/.test(body) && !/^(else|end|nil|true|false)$/.test(body);
}
/** Renders every string of the template with one parameter set. */
function renderTemplate(template, params, goTemplate) {
    let unresolved = false;
    const flat = goTemplate ? undefined : flattenParams(params);
    const renderString = (text) => text.replace(EXPRESSION, (whole, body) => {
        if (flat) {
            const value = flat.get(body.trim());
            if (value === undefined)
                unresolved = true;
            return value ?? whole;
        }
        const value = evaluateGoExpression(body.trim(), params);
        if (value === undefined)
            unresolved = true;
        return value ?? whole;
    });
    const walk = (value) => {
        if (typeof value === "string")
            return renderString(value);
        if (Array.isArray(value))
            return value.map(walk);
        if (isRecord(value))
            return Object.fromEntries(Object.entries(value).map(([key, child]) => [renderString(key), walk(child)]));
        return value;
    };
    return { value: walk(template), unresolved };
}
/**
 * Evaluates the Go template expressions plumbline understands: a field chain (`.path.basename`) and
 * `index .path.segments N`. Anything else returns undefined, and the value is left unrendered.
 */
function evaluateGoExpression(body, params) {
    const field = /^\.([\w-]+(?:\.[\w-]+)*)$/.exec(body);
    if (field)
        return stringify(lookup(params, field[1].split(".")));
    const index = /^index\s+\.([\w-]+(?:\.[\w-]+)*)\s+(\d+)$/.exec(body);
    if (index) {
        const list = lookup(params, index[1].split("."));
        return Array.isArray(list) ? stringify(list[Number(index[2])]) : undefined;
    }
    return undefined;
}
function lookup(params, keys) {
    let current = params;
    for (const key of keys) {
        if (!isRecord(current) || !(key in current))
            return undefined;
        current = current[key];
    }
    return current;
}
function stringify(value) {
    if (value === undefined || isRecord(value) || Array.isArray(value))
        return undefined;
    return value === null ? "" : String(value);
}
function record(value) {
    return isRecord(value) ? value : {};
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/workspace/tree.ts
// A read-only view of the repository's files and folders, so pure domain code (src/argocd) can ask
// "does this path exist" without touching the file system.

class RepoTree {
    files;
    dirs;
    symlinks;
    /** FIFOs, sockets and devices: listed so a rule can report them, never opened. */
    special;
    /** Folders that could not be listed, so what they contain is unknown. */
    unreadableDirs;
    /** Files and folders left out by the `exclude` globs. They exist, but were neither listed below nor read. */
    excluded;
    fileSet;
    dirSet;
    children = new Map();
    constructor(discovered) {
        this.files = discovered.files;
        this.dirs = discovered.dirs;
        this.symlinks = discovered.symlinks;
        this.special = discovered.special;
        this.unreadableDirs = discovered.unreadableDirs;
        this.excluded = discovered.excluded;
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
    /**
     * Returns whether `dir` contains entries that plumbline did not see: ones left out by `exclude`, or
     * any entry at all when the folder could not be listed. With `deep`, folders below `dir` count too.
     */
    hidesEntriesIn(dir, deep) {
        const prefix = dir === "" ? "" : `${dir}/`;
        const inside = (path) => path.startsWith(prefix) && (deep || !path.slice(prefix.length).includes("/"));
        return this.unreadableDirs.some((folder) => folder === dir || (deep && inside(folder))) || this.excluded.some(inside);
    }
    /** Returns whether `path`, or a folder above it, was left out by `exclude` or could not be listed. */
    hidesPath(path) {
        const covers = (hidden) => hidden === "" || path === hidden || path.startsWith(`${hidden}/`);
        return this.excluded.some(covers) || this.unreadableDirs.some(covers);
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
        // `files` is sorted, so the paths with this prefix form one run that starts at the first path
        // not below the prefix: a binary search finds it without scanning the whole repository.
        let low = 0;
        let high = this.files.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (this.files[middle] < prefix)
                low = middle + 1;
            else
                high = middle;
        }
        const result = [];
        for (let index = low; index < this.files.length && this.files[index].startsWith(prefix); index++)
            result.push(this.files[index]);
        return result;
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
    // A normalised path below a folder needs no general parsing, and the tree of a large repository
    // takes the parent of every file and folder.
    const slash = path.lastIndexOf("/");
    if (slash > 0 && slash < path.length - 1 && path[slash - 1] !== "/")
        return path.slice(0, slash);
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
    const data = kustomize_isRecord(value) ? value : {};
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
function kustomize_isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function strings(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function records(value) {
    return Array.isArray(value) ? value.filter(kustomize_isRecord) : [];
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
// The files Argo CD's repo-server renders for one Application source, computed from the working tree.
// Sources: argo-cd util/app/path/path.go (path resolution), reposerver/repository/repository.go
// (tool detection, findManifests), docs/user-guide/tool_detection.md and directory.md.




/**
 * Resolves `source.path` as argo-cd's path.Path does: an absolute path is rejected, the path is
 * cleaned (`./a/`, `a//b/..` are fine), must stay inside the root, exist, and be a folder. Names are
 * case-sensitive because the repo-server runs on Linux.
 */
function resolveSourcePath(path, tree) {
    if (path.startsWith("/"))
        return { ok: false, reason: "absolute", cleaned: cleanPath(path.replace(/^\/+/, "")) };
    const cleaned = cleanPath(path);
    if (cleaned === ".." || cleaned.startsWith("../"))
        return { ok: false, reason: "outside-root", cleaned };
    const dir = cleaned === "." ? "" : cleaned;
    if (tree.hasDir(dir))
        return { ok: true, dir };
    if (tree.hasFile(dir))
        return { ok: false, reason: "not-directory", cleaned: dir };
    return { ok: false, reason: "missing", cleaned: dir };
}
/** Go's `filepath.Clean` for a relative path: `.` for an empty result, no trailing `/`. */
function cleanPath(path) {
    if (path === "")
        return ".";
    // Most paths are clean already, and a warm run cleans every Application's.
    if (isClean(path))
        return path;
    const normalized = external_node_path_.posix.normalize(path).replace(/\/+$/, "");
    return normalized === "" ? "." : normalized;
}
const SLASH = 0x2f;
const DOT = 0x2e;
/** True when `path` has no empty, `.` or `..` segment, which `cleanPath` would remove. */
function isClean(path) {
    let start = 0;
    for (let index = 0; index <= path.length; index++) {
        if (index < path.length && path.charCodeAt(index) !== SLASH)
            continue;
        const length = index - start;
        if (length === 0)
            return false;
        if (path.charCodeAt(start) === DOT && (length === 1 || (length === 2 && path.charCodeAt(start + 1) === DOT)))
            return false;
        start = index + 1;
    }
    return true;
}
/**
 * Finds the existing folder the author most likely meant: one that differs only in case, one that
 * ends with the requested path or with its last segments, or one within a few edits.
 */
function suggestDirectory(wanted, tree) {
    if (wanted === "")
        return undefined;
    const dirs = tree.dirs.filter((dir) => dir !== "" && !dir.split("/").some((segment) => segment === ".git"));
    const lower = wanted.toLowerCase();
    const sameLetters = dirs.find((dir) => dir.toLowerCase() === lower);
    if (sameLetters)
        return { path: sameLetters, caseMismatch: true };
    const wantedSegments = wanted.split("/");
    for (let drop = 1; drop < wantedSegments.length; drop++) {
        const tail = wantedSegments.slice(drop).join("/");
        const found = dirs.find((dir) => dir === tail || dir.endsWith(`/${tail}`));
        if (found && tail.includes("/"))
            return { path: found, caseMismatch: false };
    }
    const endsWith = dirs.filter((dir) => dir.endsWith(`/${wanted}`));
    if (endsWith.length === 1)
        return { path: endsWith[0], caseMismatch: false };
    let best;
    let bestDistance = Math.max(2, Math.floor(wanted.length / 4)) + 1;
    for (const dir of dirs) {
        if (Math.abs(dir.length - wanted.length) >= bestDistance)
            continue;
        const distance = (0,src_config/* editDistance */.YC)(wanted, dir);
        if (distance < bestDistance) {
            best = dir;
            bestDistance = distance;
        }
    }
    if (best)
        return { path: best, caseMismatch: false };
    const lastSegment = wantedSegments.at(-1);
    const sameName = dirs.filter((dir) => external_node_path_.posix.basename(dir) === lastSegment);
    return sameName.length === 1 ? { path: sameName[0], caseMismatch: false } : undefined;
}
/** Kustomization file names Argo CD detects; `Kustomization.yaml` is not one of them. */
const KUSTOMIZE_MARKERS = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
/**
 * Detects the tool as Argo CD does. One explicit block wins. Otherwise only files directly in the
 * folder count: a name ending in `Chart.yaml` means Helm, a kustomization means Kustomize, and
 * Kustomize wins when both are present. Argo CD rejects a source with several explicit blocks, but
 * this returns the first so that rendering can go on.
 */
function detectTool(source, dir, tree) {
    if (source.toolBlocks.length >= 1)
        return source.toolBlocks[0];
    return detectToolFromFiles(dir, tree);
}
// The tool of each folder, per tree, because modelling the Applications and two rules each look up every app's folder.
const detectedTools = new WeakMap();
/** Detects the tool Argo CD would pick from the folder's files alone. */
function detectToolFromFiles(dir, tree) {
    let tools = detectedTools.get(tree);
    if (!tools)
        detectedTools.set(tree, (tools = new Map()));
    let tool = tools.get(dir);
    if (tool === undefined) {
        const names = tree.list(dir).files.map((file) => file.slice(file.lastIndexOf("/") + 1));
        if (names.some((name) => KUSTOMIZE_MARKERS.includes(name)))
            tool = "kustomize";
        else if (names.some((name) => name.endsWith("Chart.yaml")))
            tool = "helm";
        else
            tool = "directory";
        tools.set(dir, tool);
    }
    return tool;
}
const MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json", ".jsonnet"];
/** True when Argo CD's extension filter accepts the file name (case-sensitive). */
function hasManifestExtension(file) {
    // The path ends with the same characters as its last segment, so testing the whole path spares a
    // basename per file.
    return MANIFEST_EXTENSIONS.some((extension) => file.endsWith(extension));
}
/**
 * Lists the files a Directory app reads. The extension filter runs first, then exclude, then
 * include, matched against the path relative to the app folder. `recurse` walks every subfolder,
 * hidden ones included. `hasSkipMarker` reports files containing `+argocd:skip-file-rendering`.
 */
function renderDirectory(dir, options, tree, hasSkipMarker) {
    const result = { files: [], filteredOut: [], skipped: [], inSubfolders: [] };
    const direct = tree.list(dir).files;
    const candidates = options.recurse ? tree.filesUnder(dir) : direct;
    const passes = (file) => {
        const relativePath = dir === "" ? file : file.slice(dir.length + 1);
        const excluded = options.exclude !== undefined && (0,glob/* matchArgoGlob */.lo)(options.exclude, relativePath);
        return !excluded && (options.include === undefined || (0,glob/* matchArgoGlob */.lo)(options.include, relativePath));
    };
    for (const file of candidates) {
        if (!hasManifestExtension(file))
            continue;
        if (!passes(file)) {
            result.filteredOut.push(file);
            continue;
        }
        if (hasSkipMarker(file)) {
            result.skipped.push(file);
            continue;
        }
        result.files.push(file);
    }
    // Only an app that renders nothing needs to know what `recurse: true` would add.
    if (!options.recurse && result.files.length === 0) {
        const directSet = new Set(direct);
        for (const file of tree.filesUnder(dir)) {
            if (!directSet.has(file) && hasManifestExtension(file) && passes(file) && !hasSkipMarker(file))
                result.inSubfolders.push(file);
        }
    }
    return result;
}
/**
 * Extracts the literal `path:` values of the Application documents in a Helm template's text.
 * Values with template expressions are skipped. The result is a best effort, because the template
 * is not rendered.
 */
function applicationPathsInTemplate(text) {
    const paths = [];
    for (const document of text.split(/^---[^\n]*$/m)) {
        if (!/^kind:\s*Application\s*$/m.test(document))
            continue;
        for (const match of document.matchAll(/^\s+path:\s*["']?([^\s"'{}#]+)["']?\s*(?:#.*)?$/gm))
            paths.push(cleanPath(match[1]));
    }
    return paths;
}
/** Renders one source whose path resolved to `dir` in this repository. Helm and plugins render nothing offline. */
function renderSource(source, dir, tree, kustomizations, hasSkipMarker) {
    const tool = detectTool(source, dir, tree);
    const empty = { tool, dir, files: [], opaque: false, namespaces: new Map(), kustomizations: [], cycles: [], remote: [] };
    if (tool === "directory") {
        const directory = renderDirectory(dir, source.directory ?? { recurse: false }, tree, hasSkipMarker);
        return { ...empty, files: directory.files, directory };
    }
    if (tool === "kustomize") {
        const build = buildKustomization(dir, tree, kustomizations);
        return {
            ...empty,
            files: build.files,
            namespaces: build.namespaces,
            kustomizations: build.kustomizations,
            cycles: build.cycles,
            remote: build.remote,
            opaque: build.kustomizations.length === 0,
        };
    }
    return { ...empty, opaque: true };
}

;// CONCATENATED MODULE: ./src/argocd/repo-url.ts
// Repository URL normalisation: https and scp-like SSH spellings, `.git` and trailing slashes, and
// the host's case all name the same repository.
/** Normalised URLs by the text as written: thousands of Applications name the same few repositories. */
const normalized = new Map();
const MAX_REMEMBERED = 10_000;
/** Returns `host/owner/name` in a canonical form, or undefined for something that is not a repo URL. */
function normalizeRepoURL(url) {
    if (normalized.has(url))
        return normalized.get(url);
    // A repository with more distinct spellings than this starts over instead of growing the map.
    if (normalized.size >= MAX_REMEMBERED)
        normalized.clear();
    const result = normalize(url);
    normalized.set(url, result);
    return result;
}
function normalize(url) {
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

// EXTERNAL MODULE: ./src/workspace/parse.ts + 1 modules
var parse = __webpack_require__(4890);
// EXTERNAL MODULE: ./src/workspace/view.ts
var workspace_view = __webpack_require__(5028);
;// CONCATENATED MODULE: ./src/workspace/applications.ts
// Argo CD's part of the model: which repository URLs mean "this repository", which branches and
// tags the checkout has, and which files each Application (and each Application an ApplicationSet
// generator would create) renders. Reads the root's `.git` folder and the templates of Helm charts
// that Applications render; the rest is pure.










/** Upper bound on entries read under `.git/refs`, so a hostile checkout cannot stall the run. */
const MAX_GIT_REF_ENTRIES = 20_000;
/**
 * Collects the URLs that mean "this repository". Config `repoURLs`, when set, is the whole list.
 * Otherwise the `origin` remote in `.git/config`, GITHUB_SERVER_URL/GITHUB_REPOSITORY, and the
 * repoURL of the root apps all count. A root app is one listed in `argocd.rootApps`, or one whose
 * path, resolved in this checkout, renders other Application manifests. When none of these is
 * known, the repoURL most Applications share is used.
 */
function detectRepoIdentity(inputs) {
    const { root, config, objects, env } = inputs;
    const urls = new Map();
    const add = (url, origin) => {
        const normalized = url ? normalizeRepoURL(url) : undefined;
        if (normalized && !urls.has(normalized))
            urls.set(normalized, origin);
    };
    const gitRefs = readGitRefs(root);
    if (config.repoURLs.length > 0) {
        for (const url of config.repoURLs)
            add(url, "config repoURLs");
        return { urls, gitRefs };
    }
    add(readGitOrigin(root), "git remote origin");
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY)
        add(`${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`, "GITHUB_REPOSITORY");
    const applications = objects.filter((object) => object.group === application/* APPLICATION_GROUP */.zp && object.kind === application/* ARGO_KINDS */.y8.application);
    const argoFiles = new Set(objects
        .filter((object) => object.group === application/* APPLICATION_GROUP */.zp && (object.kind === application/* ARGO_KINDS */.y8.application || object.kind === application/* ARGO_KINDS */.y8.applicationSet))
        .map((object) => object.file.path));
    for (const app of applications) {
        if (!looksLikeRootApp(app, inputs, argoFiles))
            continue;
        for (const source of (0,application/* readApplication */.nZ)(app.value).sources)
            if (!source.chart)
                add(source.repoURL, "root app repoURL");
    }
    if (urls.size > 0)
        return { urls, gitRefs };
    const counts = new Map();
    for (const app of applications) {
        for (const source of (0,application/* readApplication */.nZ)(app.value).sources) {
            const normalized = source.repoURL && !source.chart ? normalizeRepoURL(source.repoURL) : undefined;
            if (normalized)
                counts.set(normalized, (counts.get(normalized) ?? 0) + 1);
        }
    }
    const mostCommon = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (mostCommon)
        urls.set(mostCommon[0], "most common Application repoURL");
    return { urls, gitRefs };
}
/** `argoFiles` holds every file with an Application or ApplicationSet; the app's own file never counts. */
function looksLikeRootApp(app, inputs, argoFiles) {
    const rootGlobs = inputs.config.argocd.rootApps;
    if (rootGlobs.length > 0)
        return rootGlobs.some((glob) => (0,path_match/* doublestarMatch */.lW)(glob, app.file.path));
    for (const source of (0,application/* readApplication */.nZ)(app.value).sources) {
        if (source.chart || source.path === undefined)
            continue;
        const resolution = resolveSourcePath(source.path, inputs.tree);
        if (!resolution.ok)
            continue;
        const render = renderSource(source, resolution.dir, inputs.tree, inputs.kustomizations, () => false);
        if (render.files.some((file) => file !== app.file.path && argoFiles.has(file)))
            return true;
    }
    return false;
}
/** Reads the `origin` URL from `.git/config` when `.git` is a folder inside the root; never follows a gitdir file. */
function readGitOrigin(root) {
    if (!isRealDirectory((0,external_node_path_.join)(root, ".git")))
        return undefined;
    const read = (0,parse/* readTextFileInsideRoot */.UX)(root, ".git/config", MAX_GIT_FILE_BYTES);
    if (!read.ok)
        return undefined;
    const text = read.text;
    const section = /\[remote "origin"\]([^[]*)/.exec(text);
    const url = section ? /^\s*url\s*=\s*(.+?)\s*$/m.exec(section[1]) : null;
    return url?.[1];
}
/**
 * Branch and tag names from `.git/refs/heads`, `.git/refs/remotes/<remote>`, `.git/refs/tags` and
 * `.git/packed-refs`. Remote branches count as branches because CI checkouts often have no local one.
 */
function readGitRefs(root) {
    const gitDir = (0,external_node_path_.join)(root, ".git");
    if (!isRealDirectory(gitDir))
        return undefined;
    const branches = new Set();
    const tags = new Set();
    let budget = MAX_GIT_REF_ENTRIES;
    const walk = (dir, prefix, found) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (--budget < 0)
                return;
            const name = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
            if (entry.isDirectory())
                walk((0,external_node_path_.join)(dir, entry.name), name, found);
            else if (entry.isFile())
                found(name);
        }
    };
    walk((0,external_node_path_.join)(gitDir, "refs", "heads"), "", (name) => branches.add(name));
    walk((0,external_node_path_.join)(gitDir, "refs", "tags"), "", (name) => tags.add(name));
    walk((0,external_node_path_.join)(gitDir, "refs", "remotes"), "", (name) => {
        const branch = name.slice(name.indexOf("/") + 1);
        if (name.includes("/") && branch !== "HEAD")
            branches.add(branch);
    });
    const packedRead = (0,parse/* readTextFileInsideRoot */.UX)(root, ".git/packed-refs", MAX_GIT_FILE_BYTES);
    const packed = packedRead.ok ? packedRead.text : "";
    for (const line of packed.split("\n")) {
        const ref = /^[0-9a-f]{40,64} refs\/(heads|tags|remotes)\/(.+)$/.exec(line.trim());
        if (!ref)
            continue;
        if (ref[1] === "heads")
            branches.add(ref[2]);
        else if (ref[1] === "tags")
            tags.add(ref[2]);
        else if (ref[2].includes("/") && !ref[2].endsWith("/HEAD"))
            branches.add(ref[2].slice(ref[2].indexOf("/") + 1));
    }
    if (branches.size === 0 && tags.size === 0)
        return undefined;
    return { branches, tags };
}
function isRealDirectory(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
const applicationSetsByWorkspace = new WeakMap();
/** Returns the workspace's ApplicationSets with their generators evaluated against the working tree. */
function applicationSetModels(workspace) {
    (0,workspace_view/* requireInputs */.PN)(workspace, "applicationSetModels", ["applications"]);
    return applicationSetsByWorkspace.get((0,workspace_view/* baseWorkspace */.rT)(workspace)) ?? [];
}
/**
 * Models every Application manifest, then every Application the ApplicationSets' git and list
 * generators would create, with the files each renders from this repository.
 */
function modelApplications(workspace, objects) {
    const applications = [];
    const applicationSets = [];
    for (const object of objects) {
        if (object.group !== application/* APPLICATION_GROUP */.zp || object.kind !== application/* ARGO_KINDS */.y8.application)
            continue;
        applications.push(modelApplication(workspace, object, (0,application/* readApplication */.nZ)(object.value), []));
    }
    for (const object of objects) {
        if (object.group !== application/* APPLICATION_GROUP */.zp || object.kind !== application/* ARGO_KINDS */.y8.applicationSet)
            continue;
        const expansion = expandApplicationSet(object.value, {
            tree: workspace.tree,
            readData: (file) => readData(workspace, file),
            isThisRepo: (url) => isThisRepo(workspace, url),
        });
        applicationSets.push({ object, expansion });
        for (const generated of expansion.applications) {
            const prefix = ["spec", "template"];
            const spec = (0,application/* readApplication */.nZ)(generated.value, prefix);
            spec.namespace = object.declaredNamespace;
            const model = modelApplication(workspace, object, spec, prefix);
            model.generated = { generatorIndex: generated.generatorIndex, params: generated.params, unresolved: generated.unresolved };
            applications.push(model);
        }
    }
    applicationSetsByWorkspace.set(workspace, applicationSets);
    return applications;
}
function modelApplication(workspace, object, spec, yamlPrefix) {
    const hasSkipMarker = (path) => {
        const file = workspace.files.get(path);
        return file !== undefined && (0,workspace_workspace/* textMentions */.jR)(file, workspace_workspace/* SKIP_RENDERING_MARKER */.q_);
    };
    const model = { object, spec, sources: [], renderedFiles: [], yamlPrefix };
    // An app of apps can render thousands of files, and a set keeps the deduplication linear.
    const rendered = new Set();
    for (const source of spec.sources) {
        const thisRepo = !source.chart && isThisRepo(workspace, source.repoURL);
        if (!thisRepo || source.path === undefined || source.path.includes("{{")) {
            model.sources.push({ source, thisRepo });
            continue;
        }
        const resolution = resolveSourcePath(source.path, workspace.tree);
        if (!resolution.ok) {
            model.sources.push({ source, thisRepo, resolution });
            continue;
        }
        const render = renderSource(source, resolution.dir, workspace.tree, workspace.kustomizations, hasSkipMarker);
        if (render.tool === "helm")
            render.helmChildPaths = helmChildPaths(workspace, resolution.dir);
        model.sources.push({ source, thisRepo, resolution, render });
        for (const file of render.files) {
            if (rendered.has(file))
                continue;
            rendered.add(file);
            model.renderedFiles.push(file);
        }
    }
    return model;
}
/** Largest `.git/config` or `packed-refs` read; git's own files are far smaller. */
const MAX_GIT_FILE_BYTES = 16 * 1024 * 1024;
/** Largest Helm template read when looking for child Applications. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;
/** Folders that the Application templates of a Helm chart point at, when they name existing folders. */
function helmChildPaths(workspace, chartDir) {
    const templates = chartDir === "" ? "templates" : `${chartDir}/templates`;
    const paths = [];
    for (const file of workspace.tree.filesUnder(templates)) {
        if (!/\.(ya?ml|tpl)$/.test(file))
            continue;
        const read = (0,parse/* readTextFileInsideRoot */.UX)(workspace.root, file, MAX_TEMPLATE_BYTES);
        if (!read.ok)
            continue;
        const text = read.text;
        for (const path of applicationPathsInTemplate(text))
            if (workspace.tree.hasDir(path === "." ? "" : path) && !paths.includes(path))
                paths.push(path);
    }
    return paths;
}
/** True when the URL names the linted repository after normalisation. */
function isThisRepo(workspace, url) {
    const normalized = url ? normalizeRepoURL(url) : undefined;
    return normalized !== undefined && workspace.repoIdentity.urls.has(normalized);
}
function readData(workspace, file) {
    const source = workspace.files.get(file);
    if (!source || source.documents.length === 0)
        return undefined;
    const values = [];
    for (const document of source.documents) {
        const value = document.contents === null ? undefined : document.value;
        if (value === undefined)
            return undefined;
        values.push(value);
    }
    return values;
}

;// CONCATENATED MODULE: ./src/rules/argocd/appset-generator.ts




const appsetGenerator = {
    id: "appset/generator",
    defaultSeverity: "error",
    description: "An ApplicationSet git directory or files generator matches nothing in this repository",
    tags: ["argocd", "applicationset"],
    check({ workspace, report }) {
        for (const { object, expansion } of applicationSetModels(workspace)) {
            const emit = (path, message) => report({ file: object.file.path, range: workspace.rangeOf(object, path), resource: (0,workspace_workspace/* resourceRefOf */.nY)(object), message: `ApplicationSet "${object.name}" ${message}` });
            for (const generator of expansion.generators) {
                if (!generator.thisRepo || (generator.kind !== "directories" && generator.kind !== "files"))
                    continue;
                const includes = generator.items.filter((item) => !item.exclude);
                let anyEmpty = false;
                for (const item of includes) {
                    if (item.matches.length > 0 && generator.kind === "directories" && item.pattern.includes("**")) {
                        report({
                            file: object.file.path,
                            range: workspace.rangeOf(object, item.yamlPath),
                            resource: (0,workspace_workspace/* resourceRefOf */.nY)(object),
                            severity: "warning",
                            message: `ApplicationSet "${object.name}" git directory generator path "${item.pattern}" uses "**", which Go path.Match reads as "*" within one folder level, so deeper folders are not generated; list each depth, such as "${item.pattern.replace(/\*\*/g, "*")}" and "${item.pattern.replace(/\*\*/g, "*/*")}"`,
                        });
                    }
                    if (item.matches.length > 0)
                        continue;
                    anyEmpty = true;
                    emit(item.yamlPath, describeEmpty(item, generator, workspace));
                }
                if (!anyEmpty && includes.length > 0 && (generator.params?.length ?? 0) === 0 && generator.badFiles.length === 0) {
                    emit(includes[0].yamlPath, `git ${noun(generator)} generator excludes every ${generator.kind === "directories" ? "folder" : "file"} its paths match, so it generates no Application; narrow the exclude entries`);
                }
                for (const file of generator.badFiles) {
                    const item = includes.find((candidate) => candidate.matches.includes(file)) ?? includes[0];
                    if (item)
                        emit(item.yamlPath, `git files generator reads "${file}", which is not a YAML or JSON mapping (or a list of mappings), so the generator fails; fix the file or narrow the pattern`);
                }
            }
        }
    },
};
function noun(generator) {
    return generator.kind === "directories" ? "directory" : "files";
}
function describeEmpty(item, generator, workspace) {
    const pattern = item.pattern;
    const what = generator.kind === "directories" ? "folder" : "file";
    const base = `git ${noun(generator)} generator path "${pattern}" matches no ${what}, so it generates no Application`;
    const trimmed = pattern.replace(/^\/+/, "").replace(/\/+$/, "");
    if (pattern.startsWith("/"))
        return `${base}: Argo CD matches paths relative to the repository root, without a leading "/"; write "${trimmed}"`;
    if (generator.kind === "directories" && pattern.endsWith("/") && pattern.length > 1)
        return `${base}: folder paths have no trailing "/"; write "${trimmed}"`;
    if (generator.kind === "directories") {
        if (!(0,path_match/* isValidGoPathPattern */.Is)(pattern))
            return `${base}: it is not a valid Go path.Match pattern; fix the brackets or escapes`;
        if (pattern.includes("**"))
            return `${base}: the directory generator uses Go path.Match, where "**" matches one folder level like "*"; list each depth, such as "${pattern.replace(/\*\*/g, "*")}"`;
        if (/[{}]/.test(pattern))
            return `${base}: Go path.Match has no braces; write one entry per alternative`;
        const hidden = workspace.tree.dirs.some((dir) => dir.split("/").some((segment) => segment.startsWith(".")) && (0,path_match/* goPathMatch */.V)(pattern, dir));
        if (hidden)
            return `${base}: the generator skips hidden folders (names starting with ".")`;
        return `${base}; check the path against the repository's folders`;
    }
    if (matchFilesDoublestar(pattern, workspace.tree).length > 0)
        return `${base} with git pathspec globbing, Argo CD's default; check the pattern`;
    return `${base}; check the path against the repository's files`;
}

;// CONCATENATED MODULE: ./src/rules/argocd/appset-template.ts



const appsetTemplate = {
    id: "appset/template",
    defaultSeverity: "error",
    description: "An ApplicationSet template uses the wrong template syntax, or a parameter its generators do not provide",
    tags: ["argocd", "applicationset"],
    check({ workspace, report }) {
        for (const { object, expansion } of applicationSetModels(workspace)) {
            const spec = (object.value.spec ?? {});
            const known = knownParameters(expansion.generators, expansion.goTemplate);
            walkStrings(spec.template, ["spec", "template"], (text, path) => {
                const expressions = templateExpressions(text);
                const flowControl = /\{\{-?\s*(range|with|define|block|template)\b|\$/.test(text);
                for (const { body } of expressions) {
                    const message = expansion.goTemplate ? checkGo(body, known, flowControl) : checkFlat(body, known);
                    if (!message)
                        continue;
                    report({ file: object.file.path, range: workspace.rangeOf(object, path), resource: (0,workspace_workspace/* resourceRefOf */.nY)(object), message: `ApplicationSet "${object.name}" ${message}` });
                    break;
                }
            });
        }
    },
};
function checkFlat(body, known) {
    if (isGoSyntax(body)) {
        const flat = /^\.[\w.-]+$/.test(body) ? body.slice(1).replace(/^path\.path$/, "path") : undefined;
        return `template expression "{{${body}}}" is Go template syntax, but goTemplate is not true, so Argo CD leaves it as literal text; ${flat ? `write "{{${flat}}}" or ` : ""}set goTemplate: true`;
    }
    if (known && isFlatKey(body) && !known.has(body)) {
        return `template parameter "${body}" is not provided by its generators (they provide ${[...known].sort().slice(0, 6).map((key) => `"${key}"`).join(", ")}), so Argo CD leaves "{{${body}}}" as literal text; use one of those`;
    }
    return undefined;
}
function checkGo(body, known, flowControl) {
    if (isFlatKey(body) && !isGoSyntax(body)) {
        const goForm = body === "path" ? ".path.path" : `.${body}`;
        return `template expression "{{${body}}}" is fasttemplate syntax, but goTemplate: true needs Go template syntax; write "{{${goForm}}}"`;
    }
    if (!known || flowControl)
        return undefined;
    for (const match of body.matchAll(/(?<![\w)$\].])\.([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)/g)) {
        const chain = match[1];
        if (!known.has(chain)) {
            return `template parameter ".${chain}" is not provided by its generators, so it renders as "<no value>"; use one of ${[...known].filter((key) => !key.includes(".") || key.startsWith("path.")).slice(0, 6).map((key) => `".${key}"`).join(", ")}`;
        }
    }
    return undefined;
}
/**
 * Collects the parameter names the generators provide, in the template's syntax. Returns undefined
 * when some generator is of a kind plumbline does not evaluate (cluster, matrix, merge, SCM, pull request).
 */
function knownParameters(generators, goTemplate) {
    if (generators.length === 0)
        return undefined;
    const known = new Set();
    for (const generator of generators) {
        if (generator.kind === "other")
            return undefined;
        const sets = [...(generator.params ?? [])];
        if (generator.kind === "directories" || generator.kind === "files") {
            // The path parameters exist even when the generator matched nothing.
            const sample = pathParams("a/b", generator.kind === "files" ? "a/b/c.yaml" : undefined);
            sets.push(generator.pathParamPrefix ? { [generator.pathParamPrefix]: sample } : sample);
            // The keys of a files generator come from the files; with none matched they are unknown.
            if (generator.kind === "files" && (!generator.thisRepo || (generator.params ?? []).length === 0))
                return undefined;
        }
        if (generator.kind === "list" && generator.params === undefined)
            return undefined;
        for (const params of sets) {
            const keys = goTemplate ? goParamPaths(params) : new Set(flattenParams(params).keys());
            for (const key of keys)
                known.add(key);
        }
        if (!goTemplate)
            for (let index = 0; index < 10; index++)
                known.add(`path[${index}]`);
    }
    return known;
}
function walkStrings(value, path, visit) {
    if (typeof value === "string") {
        if (value.includes("{{"))
            visit(value, path);
        return;
    }
    if (Array.isArray(value)) {
        value.forEach((item, index) => walkStrings(item, [...path, index], visit));
        return;
    }
    if (typeof value === "object" && value !== null)
        for (const [key, child] of Object.entries(value))
            walkStrings(child, [...path, key], visit);
}

;// CONCATENATED MODULE: ./src/rules/argocd/default-valued-field.ts


// Boolean fields whose zero value the API server drops (`omitempty`), so a parent that renders
// them finds a difference from the live object forever.
const FALSE_BY_DEFAULT = new Set(["recurse", "prune", "selfHeal", "allowEmpty", "ignoreMissingValueFiles", "skipCrds", "passCredentials", "skipTests"]);
// Empty mappings that carry meaning and survive the round trip: `automated: {}` turns on automated
// sync, and an empty tool block selects that tool.
const MEANINGFUL_WHEN_EMPTY = new Set(["automated", "directory", "helm", "kustomize", "plugin", "jsonnet"]);
const defaultValuedField = {
    id: "argocd/default-valued-field",
    defaultSeverity: "warning",
    description: "A child Application spells out a default value that the API drops, so its parent shows it OutOfSync forever",
    tags: ["argocd"],
    check({ workspace, report }) {
        const graph = (0,argocd_graph/* appGraph */.y0)(workspace);
        for (const node of graph.nodes) {
            if (node.kind !== "Application" || node.generated || (graph.parents.get(node) ?? []).length === 0)
                continue;
            const spec = node.object.value.spec;
            visit(spec, ["spec"], (path, description) => {
                report({
                    file: node.object.file.path,
                    range: workspace.rangeOf(node.object, path, "key"),
                    resource: (0,workspace_workspace/* resourceRefOf */.nY)(node.object),
                    message: `Application "${node.name}" sets ${path.slice(1).join(".")} to ${description}, a default the API server drops, so the parent app shows this child OutOfSync forever; remove the field`,
                });
            }, workspace, node.object);
        }
    },
};
/**
 * Walks `value` with one path array that grows and shrinks as the walk goes, and hands `found` a
 * copy. The walk visits every field of every child Application, so a path copied at each key cost
 * an array per field.
 */
function visit(value, path, found, workspace, object) {
    if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index++) {
            path.push(index);
            visit(value[index], path, found, workspace, object);
            path.pop();
        }
        return;
    }
    if (typeof value !== "object" || value === null)
        return;
    for (const key in value) {
        if (!Object.hasOwn(value, key))
            continue;
        const child = value[key];
        path.push(key);
        if (child === false && FALSE_BY_DEFAULT.has(key))
            found([...path], "false");
        else if (Array.isArray(child) && child.length === 0)
            found([...path], "an empty list");
        else if (isEmptyMap(child) && !MEANINGFUL_WHEN_EMPTY.has(key))
            found([...path], "an empty map");
        else if (child === "" && workspace.nodeAt(object, path) !== undefined)
            found([...path], "an empty string");
        else
            visit(child, path, found, workspace, object);
        path.pop();
    }
}
function isEmptyMap(value) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return false;
    for (const key in value)
        if (Object.hasOwn(value, key))
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/rules/argocd/destination.ts


const destinationRule = {
    id: "argocd/destination",
    defaultSeverity: "error",
    description: "An Application destination lacks server and name, has both, or lacks a namespace its objects need",
    tags: ["argocd"],
    check({ workspace, report }) {
        const { objectsByFile } = (0,argocd_graph/* appGraph */.y0)(workspace);
        const seen = new Set();
        for (const app of workspace.applications) {
            const emit = (message, path, part = "key") => {
                const range = appRange(workspace, app, path, part);
                const key = `${app.object.file.path}:${range.line}:${range.column}:${message}`;
                if (seen.has(key))
                    return;
                seen.add(key);
                report({ file: app.object.file.path, range, resource: appResource(app), message: `${describeApp(app)} ${message}` });
            };
            const destination = app.spec.destination;
            if (!app.spec.hasDestination) {
                emit(`has no spec.destination, which the Application CRD requires; add server: https://kubernetes.default.svc (or name) and a namespace`, ["spec"]);
                continue;
            }
            if (destination.server && destination.name) {
                emit(`destination sets both server "${destination.server}" and name "${destination.name}", which Argo CD rejects ("application destination can't have both name and server defined"); keep one`, ["spec", "destination", "name"]);
            }
            else if (!destination.server && !destination.name) {
                emit(`destination has neither server nor name, which Argo CD rejects ("Destination server missing from app spec"); add server: https://kubernetes.default.svc or the cluster name`, ["spec", "destination"]);
            }
            if (destination.namespace)
                continue;
            const unplaced = app.sources
                .flatMap((model) => (model.render ? model.render.files.map((file) => ({ file, namespace: model.render.namespaces.get(file) })) : []))
                .filter((entry) => !entry.namespace)
                .flatMap((entry) => objectsByFile.get(entry.file) ?? [])
                .filter((object) => !object.clusterScoped && !object.declaredNamespace && !object.kind.startsWith("Cluster"));
            if (unplaced.length === 0)
                continue;
            const first = unplaced[0];
            emit(`destination has no namespace, but it renders namespaced objects without one (${first.kind} "${first.name}" in "${first.file.path}"${unplaced.length > 1 ? ` and ${unplaced.length - 1} more` : ""}); set destination.namespace`, ["spec", "destination"]);
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/argocd/duplicate-app.ts



const duplicateApp = {
    id: "argocd/duplicate-app",
    defaultSeverity: "error",
    description: "Two Applications share namespace and name",
    tags: ["argocd"],
    check({ workspace, report }) {
        const graph = (0,argocd_graph/* appGraph */.y0)(workspace);
        const groups = new Map();
        for (const node of graph.nodes) {
            if (node.kind !== "Application" || node.name === "" || node.name.includes("{{"))
                continue;
            const key = `${node.namespace}/${node.name}`;
            groups.set(key, [...(groups.get(key) ?? []), node]);
        }
        for (const [key, nodes] of groups) {
            if (nodes.length < 2)
                continue;
            const sorted = [...nodes].sort(argocd_graph/* compareNodes */.Ng);
            const first = sorted[0];
            const reportedSets = new Set();
            for (const node of sorted.slice(1)) {
                // Applications one ApplicationSet generates under the same name are one finding on its template.
                if (node.generated && reportedSets.has(node.object))
                    continue;
                if (node.generated)
                    reportedSets.add(node.object);
                const where = first.generated ? `ApplicationSet "${first.object.name}" in "${first.object.file.path}"` : `"${first.object.file.path}"`;
                const range = node.app ? appRange(workspace, node.app, ["metadata", "name"]) : workspace.rangeOfObject(node.object);
                report({
                    file: node.object.file.path,
                    range,
                    resource: node.generated ? { kind: "Application", namespace: node.namespace, name: node.name } : (0,workspace_workspace/* resourceRefOf */.nY)(node.object),
                    message: `Application "${key}" is also declared by ${where}; Argo CD keeps one Application per namespace and name, so the one applied last replaces the other; rename one`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/argocd/external-source.ts

const externalSource = {
    id: "argocd/external-source",
    defaultSeverity: "info",
    description: "An Application source is another repository, a Helm repository, an OCI registry or a remote kustomize base, so it cannot be checked offline",
    tags: ["argocd"],
    check({ workspace, report }) {
        const known = [...workspace.repoIdentity.urls.keys()];
        const thisRepo = known.length > 0 ? ` (this repository is ${known.slice(0, 2).map((url) => `"${url}"`).join(" or ")})` : "";
        const seen = new Set();
        for (const app of workspace.applications) {
            if (app.generated?.unresolved)
                continue;
            for (const { source, render } of app.sources) {
                if (!render || render.remote.length === 0)
                    continue;
                const range = sourceRange(workspace, app, source, "path");
                const key = `${app.object.file.path}:${range.line}:${range.column}:remote`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                const remote = render.remote.slice(0, 2).map((entry) => `"${entry}"`).join(", ");
                report({
                    file: app.object.file.path,
                    range,
                    resource: appResource(app),
                    message: `${describeApp(app)} ${sourceLabel(source)} builds a kustomization that pulls ${remote}${render.remote.length > 2 ? ` and ${render.remote.length - 2} more` : ""} from outside this repository, which plumbline cannot fetch, so those resources are not checked`,
                });
            }
            for (const { source, thisRepo: inRepo } of app.sources) {
                if (inRepo || !source.repoURL)
                    continue;
                const range = sourceRange(workspace, app, source, source.chart ? "chart" : "repoURL");
                const key = `${app.object.file.path}:${range.line}:${range.column}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                const label = sourceLabel(source);
                let message;
                if (source.chart) {
                    message = `${label} installs Helm chart "${source.chart}" from "${source.repoURL}", which plumbline cannot fetch, so what it renders is not checked`;
                }
                else if (source.repoURL.startsWith("oci://")) {
                    message = `${label} reads the OCI artifact "${source.repoURL}", which plumbline cannot fetch, so what it renders is not checked`;
                }
                else if (/\$\{|\{\{/.test(source.repoURL)) {
                    message = `${label} repoURL "${source.repoURL}" contains a placeholder, so plumbline cannot tell which repository it reads; list its resolved form in repoURLs in .plumbline.yaml if it is this one`;
                }
                else {
                    const path = source.path !== undefined ? ` path "${source.path}"` : " its files";
                    message = `${label} reads "${source.repoURL}", which is not this repository${thisRepo}, so${path} cannot be checked offline; if it names this repository, add it to repoURLs in .plumbline.yaml`;
                }
                report({ file: app.object.file.path, range, resource: appResource(app), message: `${describeApp(app)} ${message}` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/argocd/glob.ts



const globPitfall = {
    id: "argocd/glob",
    defaultSeverity: "warning",
    description: "A directory include or exclude pattern that Argo CD matches differently than it reads: a comma list, a bare folder name, a '*' that crosses folders, an invalid pattern",
    tags: ["argocd"],
    check({ workspace, report }) {
        for (const app of workspace.applications) {
            for (const model of app.sources) {
                const options = model.source.directory;
                if (!model.thisRepo || !options)
                    continue;
                for (const field of ["include", "exclude"]) {
                    const pattern = options[field];
                    if (pattern === undefined)
                        continue;
                    const problem = describeProblem(pattern, field, model, workspace);
                    if (!problem)
                        continue;
                    report({
                        file: app.object.file.path,
                        range: sourceRange(workspace, app, model.source, ["directory", field]),
                        resource: appResource(app),
                        message: `${describeApp(app)} directory.${field} ${problem}`,
                    });
                }
            }
        }
    },
};
function describeProblem(pattern, field, model, workspace) {
    const effect = field === "include" ? "selects no file" : "excludes no file";
    const compiled = (0,glob/* compileArgoGlob */.t_)(pattern);
    if (!compiled.ok)
        return `"${pattern}" is not a valid pattern (${compiled.error}), so Argo CD ${effect} with it`;
    if ((0,glob/* hasCommaOutsideBraces */.HB)(pattern)) {
        return `"${pattern}" has a comma outside braces, which Argo CD reads as part of one file name, so it ${effect}; write "{${pattern}}" to list several patterns`;
    }
    if (pattern.startsWith("./")) {
        return `"${pattern}" starts with "./", but Argo CD matches paths relative to the app folder without it, so it ${effect}; write "${pattern.slice(2)}"`;
    }
    const dir = model.render?.dir ?? (model.resolution?.ok ? model.resolution.dir : undefined);
    if (dir === undefined)
        return undefined;
    const candidates = (model.source.directory?.recurse ? workspace.tree.filesUnder(dir) : workspace.tree.list(dir).files)
        .filter(hasManifestExtension)
        .map((file) => (dir === "" ? file : file.slice(dir.length + 1)));
    const folder = pattern.replace(/\/+$/, "");
    if ((0,glob/* isLiteralPattern */.ad)(folder) && !candidates.includes(pattern)) {
        const folderPath = dir === "" ? folder : `${dir}/${folder}`;
        if (workspace.tree.hasDir(folderPath) || pattern.endsWith("/")) {
            return `"${pattern}" names a folder, but Argo CD matches file paths, so it ${effect}; write "${folder}/*"`;
        }
    }
    if ((0,glob/* hasStarBeforeSlash */.pM)(pattern)) {
        const exclude = model.source.directory?.exclude;
        const kept = field === "include" && exclude !== undefined ? candidates.filter((file) => !(0,glob/* matchArgoGlob */.lo)(exclude, file)) : candidates;
        const deeper = kept.filter((file) => (0,glob/* starCrossesFolder */.Bj)(pattern, file));
        if (deeper.length > 0) {
            const extra = field === "include" ? "also takes" : "also excludes";
            const depth = pattern.split("/").length;
            const guard = `${"*/".repeat(depth)}${pattern.split("/").at(-1)}`;
            const fix = field === "include" ? `; add exclude "${guard}" if only ${depth === 2 ? "one folder level" : "that depth"} is meant` : "";
            return `"${pattern}" ${extra} "${deeper[0]}"${deeper.length > 1 ? ` and ${deeper.length - 1} more` : ""} because "*" matches across "/" in Argo CD${fix}`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/argocd/multiple-owners.ts




const multipleOwners = {
    id: "argocd/multiple-owners",
    defaultSeverity: "error",
    description: "One file is rendered by more than one Application into the same cluster and namespace",
    tags: ["argocd"],
    check({ workspace, report }) {
        const { objectsByFile, nodeOfApp, reachable } = (0,argocd_graph/* appGraph */.y0)(workspace);
        // An orphan Application is never created (argocd/orphan-app reports it), so it owns nothing.
        const isCreated = (app) => {
            const node = nodeOfApp.get(app);
            return node === undefined || reachable.has(node);
        };
        const files = new Set(workspace.applications.flatMap((app) => app.renderedFiles));
        for (const file of [...files].sort()) {
            const owners = workspace.deployersOf(file).filter(isCreated);
            if (owners.length < 2)
                continue;
            const objects = objectsByFile.get(file) ?? [];
            for (const object of objects) {
                const byTarget = new Map();
                for (const app of owners) {
                    const key = targetOf(app, object, file);
                    byTarget.set(key, [...(byTarget.get(key) ?? []), app]);
                }
                const clash = [...byTarget.values()].find((apps) => apps.length > 1);
                if (!clash)
                    continue;
                const names = clash.map(describeApp);
                report({
                    file,
                    range: workspace.rangeOfObject(object),
                    resource: (0,workspace_workspace/* resourceRefOf */.nY)(object),
                    message: `"${file}" is rendered by ${names.slice(0, -1).join(", ")} and ${names.at(-1)}, which apply ${object.kind} "${object.name}" to the same cluster and namespace, so they fight over it (Argo CD: SharedResourceWarning); narrow one app's path, include or exclude`,
                });
                break;
            }
        }
    },
};
/**
 * Builds a key for where one app puts the object: the destination cluster, the namespace, and for
 * a kustomize build the kustomization folder, because two overlays can rename the same base object.
 */
function targetOf(app, object, file) {
    const render = app.sources.find((model) => model.render?.files.includes(file))?.render;
    const namespace = object.clusterScoped ? "" : (render?.namespaces.get(file) ?? object.declaredNamespace ?? app.spec.destination.namespace ?? "");
    const build = render?.tool === "kustomize" ? render.dir : "";
    return `${(0,application/* clusterKey */.MX)(app.spec.destination)}|${namespace}|${build}`;
}

;// CONCATENATED MODULE: ./src/rules/argocd/namespace-not-created.ts




// Namespaces every cluster has.
const BUILT_IN_NAMESPACES = new Set(["default", "kube-system", "kube-public", "kube-node-lease"]);
const namespaceNotCreated = {
    id: "argocd/namespace-not-created",
    defaultSeverity: "warning",
    description: "Rendered objects target a namespace that neither CreateNamespace=true nor a Namespace manifest in the repository creates",
    tags: ["argocd"],
    check({ workspace, config, report }) {
        const { objectsByFile } = (0,argocd_graph/* appGraph */.y0)(workspace);
        const declared = new Set(workspace.objectsOfKind("", "Namespace").map((object) => object.name));
        // Another Application with CreateNamespace=true on the same cluster creates its destination
        // namespace too; sync order may delay the first sync, but the namespace does exist.
        // Argo CD names its own cluster "in-cluster" at https://kubernetes.default.svc.
        const clusterOf = (app) => {
            const { server, name } = app.spec.destination;
            return server === "https://kubernetes.default.svc" || name === "in-cluster" ? "in-cluster" : server ?? name ?? "";
        };
        const createdByApps = new Set(workspace.applications.filter((app) => (0,application/* createsNamespace */.Zq)(app.spec) && app.spec.destination.namespace).map((app) => `${clusterOf(app)}|${app.spec.destination.namespace}`));
        let cluster = "";
        const exists = (namespace) => declared.has(namespace) || BUILT_IN_NAMESPACES.has(namespace) || namespace === config.argocd.namespace || createdByApps.has(`${cluster}|${namespace}`);
        const reportedObjects = new Set();
        const reportedApps = new Set();
        for (const app of workspace.applications) {
            cluster = clusterOf(app);
            const destination = app.spec.destination.namespace;
            const creates = (0,application/* createsNamespace */.Zq)(app.spec);
            let usesDestination = false;
            for (const model of app.sources) {
                if (!model.render)
                    continue;
                for (const file of model.render.files) {
                    for (const object of objectsByFile.get(file) ?? []) {
                        if (object.clusterScoped || object.kind.startsWith("Cluster"))
                            continue;
                        const namespace = model.render.namespaces.get(file) ?? object.declaredNamespace;
                        if (!namespace || namespace === destination) {
                            usesDestination = true;
                            continue;
                        }
                        if (exists(namespace) || reportedObjects.has(object))
                            continue;
                        reportedObjects.add(object);
                        const fromKustomize = model.render.namespaces.has(file);
                        report({
                            file: object.file.path,
                            range: fromKustomize ? workspace.rangeOfObject(object) : workspace.rangeOf(object, ["metadata", "namespace"]),
                            resource: (0,workspace_workspace/* resourceRefOf */.nY)(object),
                            message: `${object.kind} "${object.name}" targets namespace "${namespace}"${fromKustomize ? " (set by a kustomization)" : ""}, which nothing creates: ${describeApp(app)} deploys to "${destination ?? ""}", and CreateNamespace=true creates only that one; add a Namespace manifest for "${namespace}"`,
                        });
                    }
                }
            }
            if (!usesDestination || !destination || creates || exists(destination))
                continue;
            const key = `${app.object.file.path}:${destination}:${app.yamlPrefix.length}`;
            if (reportedApps.has(key))
                continue;
            reportedApps.add(key);
            report({
                file: app.object.file.path,
                range: appRange(workspace, app, ["spec", "destination", "namespace"]),
                resource: appResource(app),
                message: `${describeApp(app)} deploys into namespace "${destination}", which neither CreateNamespace=true nor a Namespace manifest in this repository creates; add the sync option or a Namespace manifest`,
            });
        }
    },
};

// EXTERNAL MODULE: ./src/workspace/yaml-model.ts
var yaml_model = __webpack_require__(2782);
;// CONCATENATED MODULE: ./src/rules/argocd/non-manifest-file.ts


const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
// Argo CD raises a decode error for a YAML file only when its text contains all three of these
// (reposerver/repository/repository.go). It skips other unparsable YAML silently.
const MANIFEST_MARKERS = ["apiVersion:", "kind:", "metadata:"];
const nonManifestFile = {
    id: "argocd/non-manifest-file",
    defaultSeverity: "error",
    description: "A Directory Application picks up a file Argo CD fails on or applies by mistake: non-object JSON, broken manifest YAML, a kustomization, a patch, Helm files",
    tags: ["argocd"],
    check({ workspace, report }) {
        const reported = new Set();
        for (const app of workspace.applications) {
            for (const { render } of app.sources) {
                if (!render || render.tool !== "directory")
                    continue;
                for (const path of render.files) {
                    if (reported.has(path))
                        continue;
                    const file = workspace.files.get(path);
                    const problem = file ? non_manifest_file_describeProblem(file, workspace) : undefined;
                    if (!file || !problem)
                        continue;
                    reported.add(path);
                    report({ file: path, range: problem.range, message: `${describeApp(app)} (a Directory app) reads this file: ${problem.message}` });
                }
            }
        }
    },
};
function non_manifest_file_describeProblem(file, workspace) {
    if (file.path.endsWith(".jsonnet"))
        return undefined;
    if (file.role === "helm-chart") {
        if (!/(^|\/)templates\//.test(file.path))
            return undefined;
        return { range: FILE_START, message: "it is a Helm template, which Argo CD applies as it is without running Helm; render the chart with a Helm source instead of a directory" };
    }
    if (file.role === "kustomization") {
        return { range: kindRange(file, workspace), message: "it is a kustomization, which a Directory app applies as an object of kind Kustomization that the cluster does not know, so the sync fails; exclude it, or point an Application at its folder so Kustomize runs" };
    }
    if (file.role === "kustomize-patch") {
        return { range: FILE_START, message: "it is a kustomize patch, a partial object Argo CD would apply as a whole one; exclude it from the Directory app" };
    }
    if (file.role === "json")
        return describeJson(file, workspace);
    const syntax = file.problems.find((problem) => problem.kind === "syntax");
    // Only a file that fails to parse, or a values or generator file, needs its text, so a warm cache
    // leaves the others unread.
    const looksLikeManifest = () => MANIFEST_MARKERS.every((marker) => file.text?.includes(marker) ?? false);
    if (syntax && looksLikeManifest()) {
        return { range: syntax.range, message: `it looks like a manifest but does not parse, so the whole app fails to render ("Failed to unmarshal"): ${syntax.message}` };
    }
    if ((file.role === "helm-values" || file.role === "data") && looksLikeManifest() && !hasKind(file)) {
        return { range: FILE_START, message: "it is a Helm values or generator input file that mentions apiVersion, kind and metadata, so Argo CD tries to decode it as a manifest and fails; exclude it from the Directory app" };
    }
    return undefined;
}
function describeJson(file, workspace) {
    const documents = file.documents;
    const problem = file.problems.find((entry) => entry.kind === "syntax");
    if (problem || documents.length !== 1) {
        return { range: problem?.range ?? FILE_START, message: "it is not valid JSON holding exactly one object, so the whole app fails to render; exclude it or fix it" };
    }
    const contents = documents[0].contents;
    if (!(0,yaml_model/* isMap */.jh)(contents)) {
        return { range: workspace.rangeOfNode(file, contents ?? undefined), message: "it contains JSON that is not an object, so the whole app fails to render; exclude it with directory.exclude" };
    }
    const apiVersion = scalarValue((0,yaml_model/* mapGet */.ZX)(contents, "apiVersion"));
    const kind = scalarValue((0,yaml_model/* mapGet */.ZX)(contents, "kind"));
    if (typeof apiVersion !== "string" || typeof kind !== "string") {
        return { range: FILE_START, message: "it contains JSON that is not a Kubernetes object (no apiVersion and kind), so the whole app fails to render; exclude it with directory.exclude or move it out of the app folder" };
    }
    return undefined;
}
function hasKind(file) {
    return file.documents.some((document) => (0,yaml_model/* isMap */.jh)(document.contents) && (0,yaml_model/* isScalar */.jn)((0,yaml_model/* mapGet */.ZX)(document.contents, "kind")));
}
function kindRange(file, workspace) {
    const contents = file.documents[0]?.contents;
    if (!(0,yaml_model/* isMap */.jh)(contents))
        return FILE_START;
    const kind = (0,yaml_model/* mapGet */.ZX)(contents, "kind");
    return kind ? workspace.rangeOfNode(file, kind) : FILE_START;
}
function scalarValue(node) {
    return (0,yaml_model/* isScalar */.jn)(node) ? node.value : undefined;
}

;// CONCATENATED MODULE: ./src/rules/argocd/orphan-app.ts



const orphanApp = {
    id: "argocd/orphan-app",
    defaultSeverity: "warning",
    description: "An Application manifest that no root app renders and that is not itself a root",
    tags: ["argocd"],
    check({ workspace, report }) {
        const graph = (0,argocd_graph/* appGraph */.y0)(workspace);
        if (graph.roots.size === 0)
            return;
        const inCycle = new Set(graph.cycles.flat());
        const rootNames = [...graph.roots].sort(argocd_graph/* compareNodes */.Ng).map((node) => node.name);
        for (const node of graph.nodes) {
            if (node.generated || graph.reachable.has(node) || graph.roots.has(node) || inCycle.has(node))
                continue;
            // Below an unreachable parent, only the topmost manifest is reported.
            if ((graph.parents.get(node) ?? []).length > 0)
                continue;
            report({
                file: node.object.file.path,
                range: workspace.rangeOfObject(node.object),
                resource: (0,workspace_workspace/* resourceRefOf */.nY)(node.object),
                message: `${node.kind} "${node.name}" is not rendered by any root app (${quotedList(rootNames, 3)}), so Argo CD never creates it; ` +
                    `move it under a root's path, or list it in argocd.rootApps if a root outside plain YAML (a Helm chart, Terraform, a bootstrap script) applies it`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/argocd/out-of-bounds-symlink.ts


const out_of_bounds_symlink_FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const outOfBoundsSymlink = {
    id: "repo/out-of-bounds-symlink",
    defaultSeverity: "error",
    description: "An absolute symlink, or one whose target leaves the repository root, in a repository Argo CD reads: Argo CD then renders none of its apps",
    tags: ["repo", "argocd"],
    check({ workspace, report }) {
        if (!(0,argocd_graph/* usesArgoCD */.Nb)(workspace))
            return;
        for (const link of workspace.tree.symlinks) {
            if (link.target === undefined)
                continue;
            const absolute = link.absolute;
            if (!absolute && !leavesRootLexically(link.path, link.target))
                continue;
            const why = absolute ? "is absolute" : "leaves the repository root";
            report({
                file: link.path,
                range: out_of_bounds_symlink_FILE_START,
                message: `symlink "${link.path}" -> "${link.target}" ${why}, so Argo CD rejects every Application of this repository ("repository contains out-of-bounds symlinks"); make it a relative link inside the repository or replace it with a copy`,
            });
        }
    },
};
/**
 * True when following the link's target segment by segment from the link's folder steps above the
 * root at any point, even if it comes back inside later (`../repo/x` from the root), as Argo CD's
 * check (util/app/path/path.go `CheckOutOfBoundsSymlinks`) rejects those too.
 */
function leavesRootLexically(linkPath, target) {
    const folder = external_node_path_.posix.dirname(linkPath);
    let depth = folder === "." ? 0 : folder.split("/").length;
    for (const segment of target.split("/")) {
        if (segment === "" || segment === ".")
            continue;
        if (segment === "..") {
            depth--;
            if (depth < 0)
                return true;
        }
        else {
            depth++;
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/rules/argocd/path-empty.ts



const pathEmpty = {
    id: "argocd/path-empty",
    defaultSeverity: "error",
    description: "A Directory Application renders no manifest: an empty folder, an include that matches nothing, or manifests only in subfolders without recurse",
    tags: ["argocd"],
    check({ workspace, report }) {
        const { objectsByFile } = (0,argocd_graph/* appGraph */.y0)(workspace);
        for (const app of workspace.applications) {
            for (const { source, render } of app.sources) {
                if (!render || render.tool !== "directory" || !render.directory)
                    continue;
                // A directory block on a Helm or Kustomize folder is reported by argocd/tool-override.
                if (detectToolFromFiles(render.dir, workspace.tree) !== "directory")
                    continue;
                const manifests = render.files.filter((file) => objectsByFile.has(file) || file.endsWith(".jsonnet") || workspace.files.get(file)?.role === "json");
                if (manifests.length > 0)
                    continue;
                // Files left out by `exclude`, in a folder that could not be listed, or that could not be
                // read may well be manifests. repo/unreadable reports the last two.
                if (workspace.tree.hidesEntriesIn(render.dir, source.directory?.recurse === true))
                    continue;
                if (render.files.some((file) => workspace.files.get(file)?.problems.some((problem) => problem.kind === "unreadable")))
                    continue;
                const directory = render.directory;
                const where = render.dir === "" ? "the repository root" : `"${render.dir}"`;
                const options = source.directory;
                let range = sourceRange(workspace, app, source, "path");
                let reason;
                if (options?.include !== undefined && directory.filteredOut.length > 0) {
                    range = sourceRange(workspace, app, source, ["directory", "include"]);
                    reason = `include "${options.include}" matches none of the ${count(directory.filteredOut.length, "manifest file")} in ${where} (${quotedList(directory.filteredOut, 3)}); fix the pattern`;
                }
                else if (options?.exclude !== undefined && directory.filteredOut.length > 0) {
                    range = sourceRange(workspace, app, source, ["directory", "exclude"]);
                    reason = `exclude "${options.exclude}" removes every manifest file in ${where}; narrow the pattern`;
                }
                else if (directory.inSubfolders.length > 0) {
                    reason = `${where} holds manifests only in subfolders (${quotedList(directory.inSubfolders, 3)}), which Argo CD reads only with directory.recurse: true`;
                }
                else if (directory.skipped.length > 0) {
                    reason = `every manifest file in ${where} carries "+argocd:skip-file-rendering"`;
                }
                else if (render.files.length > 0) {
                    reason = `${where} holds no Kubernetes manifest (${quotedList(render.files, 3)} ${render.files.length === 1 ? "has" : "have"} no apiVersion and kind)`;
                }
                else {
                    reason = `${where} holds no .yaml, .yml, .json or .jsonnet file`;
                }
                report({
                    file: app.object.file.path,
                    range,
                    resource: appResource(app),
                    message: `${describeApp(app)} renders nothing, which Argo CD reports as a successful sync: ${reason}`,
                });
            }
        }
    },
};
function count(value, noun) {
    return `${value} ${noun}${value === 1 ? "" : "s"}`;
}

;// CONCATENATED MODULE: ./src/rules/argocd/path-invalid.ts

const pathInvalid = {
    id: "argocd/path-invalid",
    defaultSeverity: "error",
    description: "An Application's source path is absolute, leaves the repository root, or names a file",
    tags: ["argocd"],
    check({ workspace, report }) {
        for (const app of workspace.applications) {
            for (const { source, resolution } of app.sources) {
                if (!resolution || resolution.ok || source.path === undefined)
                    continue;
                const written = source.path;
                let message;
                if (resolution.reason === "absolute") {
                    const relative = resolution.cleaned ?? ".";
                    message = `${sourceLabel(source)} path "${written}" is absolute, which Argo CD rejects ("app path is absolute"); write it relative to the repository root: "${relative}"`;
                }
                else if (resolution.reason === "outside-root") {
                    message = `${sourceLabel(source)} path "${written}" leaves the repository root, which Argo CD rejects ("app path outside root"); point it at a folder inside this repository`;
                }
                else if (resolution.reason === "not-directory") {
                    const folder = resolution.cleaned?.includes("/") ? resolution.cleaned.slice(0, resolution.cleaned.lastIndexOf("/")) : ".";
                    message = `${sourceLabel(source)} path "${written}" names a file, not a folder ("app path is not a directory"); point it at the folder "${folder}", with directory.include to pick the file`;
                }
                if (!message)
                    continue;
                report({
                    file: app.object.file.path,
                    range: sourceRange(workspace, app, source, "path"),
                    resource: appResource(app),
                    message: `${describeApp(app)} ${message}`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/argocd/path-missing.ts



const pathMissing = {
    id: "argocd/path-missing",
    defaultSeverity: "error",
    description: "An Application's source path does not exist in this repository",
    tags: ["argocd"],
    check({ workspace, report }) {
        for (const app of workspace.applications) {
            for (const { source, resolution } of app.sources) {
                if (!resolution || resolution.ok || resolution.reason !== "missing" || source.path === undefined)
                    continue;
                const cleaned = resolution.cleaned ?? source.path;
                // A folder left out of the model by `exclude`, or below a folder that could not be listed,
                // may well exist, and plumbline cannot tell.
                if (workspace.config.exclude.some((glob) => (0,path_match/* doublestarMatch */.lW)(glob, cleaned) || (0,path_match/* doublestarMatch */.lW)(glob, `${cleaned}/x`)))
                    continue;
                if (workspace.tree.hidesPath(cleaned))
                    continue;
                const suggestion = suggestDirectory(cleaned, workspace.tree);
                let hint = "; point it at an existing folder";
                if (suggestion?.caseMismatch)
                    hint = `; the folder is spelled "${suggestion.path}", and Argo CD matches paths case-sensitively`;
                else if (suggestion)
                    hint = `; did you mean "${suggestion.path}"?`;
                report({
                    file: app.object.file.path,
                    range: sourceRange(workspace, app, source, "path"),
                    resource: appResource(app),
                    message: `${describeApp(app)} ${sourceLabel(source)} path "${source.path}" does not exist in this repository (Argo CD: "app path does not exist")${hint}`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/argocd/project.ts





const projectRule = {
    id: "argocd/project",
    defaultSeverity: "error",
    description: "An Application's project is missing or undefined, or the AppProject does not permit its repository or destination",
    tags: ["argocd"],
    check({ workspace, config, report }) {
        const projects = workspace.objectsOfKind(application/* APPLICATION_GROUP */.zp, "AppProject");
        const known = [...new Set(["default", ...config.argocd.projects, ...projects.map((project) => project.name)])];
        const seen = new Set();
        for (const app of workspace.applications) {
            const emit = (range, message) => {
                const key = `${app.object.file.path}:${range.line}:${range.column}:${message}`;
                if (seen.has(key))
                    return;
                seen.add(key);
                report({ file: app.object.file.path, range, resource: appResource(app), message: `${describeApp(app)} ${message}` });
            };
            if (!app.spec.hasProject) {
                emit(appRange(workspace, app, ["spec"], "key"), `has no spec.project, which the Application CRD requires; set project: default or the AppProject to use`);
                continue;
            }
            const name = app.spec.project ?? "default";
            if (name.includes("{{"))
                continue;
            const project = projects.find((object) => object.name === name);
            if (!project) {
                if (known.includes(name))
                    continue;
                const hint = (0,src_config/* closestName */.Nf)(name, known);
                emit(appRange(workspace, app, ["spec", "project"]), `uses project "${name}", which this repository does not define ("Application referencing project ${name} which does not exist")${hint ? `; did you mean "${hint}"?` : "; add the AppProject, or list it in argocd.projects if it is defined elsewhere"}`);
                continue;
            }
            const spec = (project.value.spec ?? {});
            const sourceRepos = project_strings(spec.sourceRepos);
            for (const { source } of app.sources) {
                if (!source.repoURL || source.repoURL.includes("{{"))
                    continue;
                if (permitsRepo(sourceRepos, source.repoURL))
                    continue;
                emit(sourceRange(workspace, app, source, "repoURL"), `reads "${source.repoURL}", which AppProject "${name}" does not list in sourceRepos ("application repo is not permitted in project"); add it to the project's sourceRepos`);
            }
            const destination = app.spec.destination;
            if ((destination.server ?? destination.name ?? "").includes("{{") || destination.namespace?.includes("{{"))
                continue;
            if (!permitsDestination(spec.destinations, destination)) {
                const target = destination.server ?? destination.name ?? "";
                emit(appRange(workspace, app, ["spec", "destination"], "key"), `deploys to "${target}" namespace "${destination.namespace ?? ""}", which AppProject "${name}" does not allow in destinations; add the destination to the project`);
            }
        }
    },
};
/** Argo CD's sourceRepos: glob patterns, `!` for a deny entry; a deny match wins. */
function permitsRepo(patterns, repoURL) {
    const normalized = normalizeRepoURL(repoURL) ?? repoURL;
    const matches = (pattern) => pattern === "*" || (0,glob/* matchArgoGlob */.lo)(pattern, repoURL) || (0,glob/* matchArgoGlob */.lo)(normalizeRepoURL(pattern) ?? pattern, normalized);
    if (patterns.some((pattern) => pattern.startsWith("!") && matches(pattern.slice(1))))
        return false;
    return patterns.some((pattern) => !pattern.startsWith("!") && matches(pattern));
}
function permitsDestination(entries, destination) {
    const list = Array.isArray(entries) ? entries.filter((entry) => typeof entry === "object" && entry !== null) : [];
    const namespace = destination.namespace ?? "";
    const matchesEntry = (entry, negate) => {
        const strip = (value) => {
            if (typeof value !== "string")
                return undefined;
            return negate ? value.replace(/^!/, "") : value;
        };
        const server = strip(entry.server);
        const name = strip(entry.name);
        const namespacePattern = strip(entry.namespace) ?? "";
        const clusterMatches = (server !== undefined && destination.server !== undefined && ((0,glob/* matchArgoGlob */.lo)(server, destination.server) || (0,application/* clusterKey */.MX)({ server }) === (0,application/* clusterKey */.MX)(destination))) ||
            (name !== undefined && destination.name !== undefined && (0,glob/* matchArgoGlob */.lo)(name, destination.name)) ||
            (server !== undefined && destination.name !== undefined && (0,application/* clusterKey */.MX)({ server }) === (0,application/* clusterKey */.MX)(destination));
        return clusterMatches && (0,glob/* matchArgoGlob */.lo)(namespacePattern, namespace);
    };
    const isDeny = (entry) => [entry.server, entry.name, entry.namespace].some((value) => typeof value === "string" && value.startsWith("!"));
    if (list.some((entry) => isDeny(entry) && matchesEntry(entry, true)))
        return false;
    return list.some((entry) => !isDeny(entry) && matchesEntry(entry, false));
}
function project_strings(value) {
    return Array.isArray(value) ? value.filter((entry) => typeof entry === "string") : [];
}

;// CONCATENATED MODULE: ./src/rules/argocd/repo-url-variants.ts


const repoUrlVariants = {
    id: "argocd/repo-url-variants",
    defaultSeverity: "warning",
    description: "The same repository is spelled in more than one form across Applications",
    tags: ["argocd"],
    check({ workspace, report }) {
        const groups = new Map();
        // Applications generated from one ApplicationSet template share the template's repoURL field;
        // it counts once. Keyed by the field's YAML path in its object, so no position is needed yet.
        const seen = new Map();
        for (const app of workspace.applications) {
            for (const { source } of app.sources) {
                if (!source.repoURL || source.chart)
                    continue;
                const normalized = normalizeRepoURL(source.repoURL);
                if (!normalized)
                    continue;
                const fields = seen.get(app.object) ?? new Set();
                seen.set(app.object, fields);
                const key = JSON.stringify(source.yamlPath);
                if (fields.has(key))
                    continue;
                fields.add(key);
                const list = groups.get(normalized) ?? [];
                list.push({ raw: source.repoURL, file: app.object.file.path, range: () => sourceRange(workspace, app, source, "repoURL") });
                groups.set(normalized, list);
            }
        }
        for (const spellings of groups.values()) {
            const counts = new Map();
            for (const spelling of spellings)
                counts.set(spelling.raw, (counts.get(spelling.raw) ?? 0) + 1);
            if (counts.size < 2)
                continue;
            const canonical = [...counts].sort((a, b) => b[1] - a[1])[0][0];
            for (const spelling of spellings) {
                if (spelling.raw === canonical)
                    continue;
                report({
                    file: spelling.file,
                    range: spelling.range(),
                    message: `repoURL "${spelling.raw}" spells the same repository as "${canonical}" (used ${counts.get(canonical)} times); Argo CD treats each spelling as a separate repository for credentials and caching, so use "${canonical}"`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/argocd/revision.ts

const COMMIT_SHA = /^[0-9a-f]{7,64}$/i;
const CONSTRAINT = /[*^~<>=|\s]/;
const revisionRule = {
    id: "argocd/revision",
    defaultSeverity: "info",
    description: "A targetRevision that is neither a branch nor a tag of this checkout, or is both",
    tags: ["argocd"],
    check({ workspace, report }) {
        const refs = workspace.repoIdentity.gitRefs;
        if (!refs)
            return;
        const seen = new Set();
        for (const app of workspace.applications) {
            for (const { source, thisRepo } of app.sources) {
                const revision = source.targetRevision;
                if (!thisRepo || !revision || revision === "HEAD" || revision.includes("{{") || COMMIT_SHA.test(revision) || CONSTRAINT.test(revision))
                    continue;
                const name = revision.replace(/^refs\/(heads|tags)\//, "");
                const isBranch = refs.branches.has(name) && !revision.startsWith("refs/tags/");
                const isTag = refs.tags.has(name) && !revision.startsWith("refs/heads/");
                let message;
                if (!isBranch && !isTag) {
                    const branches = [...refs.branches].slice(0, 3).map((branch) => `"${branch}"`).join(", ");
                    message = `${sourceLabel(source)} targetRevision "${revision}" is neither a branch nor a tag in this checkout (branches: ${branches || "none"}), so Argo CD may fail to resolve it; check the name`;
                }
                else if (isBranch && isTag) {
                    message = `${sourceLabel(source)} targetRevision "${revision}" is both a branch and a tag, so which one Argo CD uses is ambiguous; write "refs/heads/${name}" or "refs/tags/${name}"`;
                }
                if (!message)
                    continue;
                const range = sourceRange(workspace, app, source, "targetRevision");
                const key = `${app.object.file.path}:${range.line}:${range.column}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                report({ file: app.object.file.path, range, resource: appResource(app), message: `${describeApp(app)} ${message}` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/argocd/self-include.ts


const selfInclude = {
    id: "argocd/self-include",
    defaultSeverity: "error",
    description: "An Application renders its own manifest",
    tags: ["argocd"],
    check({ workspace, report }) {
        const graph = (0,argocd_graph/* appGraph */.y0)(workspace);
        for (const node of graph.selfIncluding) {
            const app = node.app;
            const own = node.object.file.path;
            const source = app.sources.find((model) => model.render?.files.includes(own));
            const range = source ? sourceRange(workspace, app, source.source, "path") : appRange(workspace, app, ["metadata", "name"]);
            const from = source?.source.path !== undefined ? ` from path "${source.source.path}"` : "";
            report({
                file: own,
                range,
                resource: appResource(app),
                message: `${describeApp(app)} renders its own manifest "${own}"${from}, so it manages itself and a change or prune of it can delete it; move the manifest out of the path or exclude it`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/argocd/source.ts



// Argo CD accepts only these characters in `ref` (util/argo/argo.go `GetRefSources`).
const REF_NAME = /^[a-zA-Z0-9_-]+$/;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const GLOB_CHARS = /[*?[]/;
const sourceRule = {
    id: "argocd/source",
    defaultSeverity: "error",
    description: "An Application source Argo CD rejects or misreads: no path and no chart, a chart without targetRevision, path with chart, a bad or duplicate ref, a missing Helm value file",
    tags: ["argocd"],
    check({ workspace, report }) {
        const seen = new Set();
        for (const app of workspace.applications) {
            const emit = (range, message, severity) => {
                const key = `${app.object.file.path}:${range.line}:${range.column}:${message}`;
                if (seen.has(key))
                    return;
                seen.add(key);
                report({ file: app.object.file.path, range, resource: appResource(app), message: `${describeApp(app)} ${message}`, severity });
            };
            checkApplication(app, workspace, emit);
        }
    },
};
function checkApplication(app, workspace, emit) {
    const spec = app.spec;
    if (spec.sourceAndSources)
        emit(appRange(workspace, app, ["spec", "source"], "key"), `sets both spec.source and spec.sources, and Argo CD ignores spec.source; remove one`, "warning");
    if (spec.sources.length === 0) {
        emit(appRange(workspace, app, ["spec"], "key"), `has neither spec.source nor spec.sources, so Argo CD has nothing to render; add a source with repoURL and path`);
        return;
    }
    const multi = spec.sources.some((source) => source.index !== undefined);
    const refs = new Map();
    for (const source of spec.sources) {
        const label = sourceLabel(source);
        if (!source.repoURL)
            emit(sourceRange(workspace, app, source, "repoURL"), `${label} has no repoURL, which Argo CD requires; add the repository URL`);
        const hasPath = source.path !== undefined && source.path !== "";
        if (!hasPath && !source.chart && !(multi && source.hasRef)) {
            emit(sourceRange(workspace, app, source, [], "key"), `${label} has neither path nor chart, which Argo CD rejects ("spec.source.repoURL and either spec.source.path or spec.source.chart are required"); add the path of the manifests`);
        }
        if (source.chart && !source.targetRevision) {
            emit(sourceRange(workspace, app, source, "chart"), `${label} installs chart "${source.chart}" without targetRevision, which Argo CD requires for Helm charts; set the chart version`);
        }
        if (source.chart && hasPath) {
            emit(sourceRange(workspace, app, source, "path"), `${label} sets both chart and path; Argo CD ignores path for a chart from a Helm repository, so remove it`, "warning");
        }
        if (source.hasRef) {
            if (!source.ref || !REF_NAME.test(source.ref)) {
                emit(sourceRange(workspace, app, source, "ref"), `${label} ref "${source.ref ?? ""}" may only contain letters, digits, "_" and "-", which Argo CD enforces; rename it`);
            }
            else if (refs.has(source.ref)) {
                emit(sourceRange(workspace, app, source, "ref"), `${label} ref "${source.ref}" is used by another source too, and Argo CD rejects duplicate refs; rename one`);
            }
            else {
                refs.set(source.ref, source);
            }
            if (source.chart)
                emit(sourceRange(workspace, app, source, "chart"), `${label} sets both ref and chart, which Argo CD rejects; a ref source points at a git repository`);
        }
    }
    for (const model of app.sources) {
        const { source } = model;
        const valueFiles = source.helm?.valueFiles ?? [];
        valueFiles.forEach((entry, index) => {
            if (source.helm?.ignoreMissingValueFiles || URL_SCHEME.test(entry) || GLOB_CHARS.test(entry) || entry.includes("{{"))
                return;
            const range = sourceRange(workspace, app, source, ["helm", "valueFiles", index]);
            const label = sourceLabel(source);
            if (entry.startsWith("$")) {
                const name = entry.slice(1).split("/")[0];
                const refSource = refs.get(name);
                if (!refSource) {
                    emit(range, `${label} value file "${entry}" names ref "$${name}", but no source has ref: ${name}; add the ref source or fix the name`);
                    return;
                }
                const refModel = app.sources.find((candidate) => candidate.source === refSource);
                if (!refModel?.thisRepo)
                    return;
                const rest = entry.slice(name.length + 2);
                const target = joinInsideRoot("", rest);
                if (target === undefined) {
                    emit(range, `${label} value file "${entry}" leaves the root of the ref repository, which Argo CD blocks; remove the ".."`);
                    return;
                }
                if (workspace.tree.hasFile(target))
                    return;
                const refPath = refSource.path ? joinInsideRoot("", external_node_path_.posix.join(refSource.path, rest)) : undefined;
                const hint = refPath && workspace.tree.hasFile(refPath) ? `; "$${name}/" always means the repository root, not the ref source's path, so write "$${name}/${refPath}"` : "; fix the path";
                emit(range, `${label} value file "${entry}" does not exist: "${target}" is missing in this repository${hint}`);
                return;
            }
            if (!model.thisRepo || !model.resolution?.ok || source.chart)
                return;
            const target = entry.startsWith("/") ? joinInsideRoot("", entry.slice(1)) : joinInsideRoot(model.resolution.dir, entry);
            if (target === undefined) {
                emit(range, `${label} value file "${entry}" leaves the repository root, which Argo CD rejects; point it at a file inside the repository`);
                return;
            }
            if (!workspace.tree.hasFile(target)) {
                emit(range, `${label} value file "${entry}" does not exist ("${target}" is missing), so Helm fails; fix the path or set helm.ignoreMissingValueFiles: true`);
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/argocd/tool-override.ts




const TOOL_NAMES = { directory: "Directory", helm: "Helm", kustomize: "Kustomize", plugin: "a plugin" };
const toolOverride = {
    id: "argocd/tool-override",
    defaultSeverity: "error",
    description: "An explicit tool block that keeps the folder's real tool from running, several tool blocks, or a tool file name Argo CD does not detect",
    tags: ["argocd"],
    check({ workspace, report }) {
        for (const app of workspace.applications) {
            for (const { source, resolution } of app.sources) {
                const at = (field, message, part = "value") => report({ file: app.object.file.path, range: sourceRange(workspace, app, source, field, part), resource: appResource(app), message: `${describeApp(app)} ${message}` });
                if (source.toolBlocks.length > 1) {
                    const names = source.toolBlocks.map((block) => `"${block}"`).join(" and ");
                    at(source.toolBlocks[1], `${sourceLabel(source)} sets ${names}, and Argo CD rejects a source with several tool blocks ("multiple application sources defined"); keep one`, "key");
                    continue;
                }
                if (!resolution?.ok || source.chart)
                    continue;
                const dir = resolution.dir;
                const where = dir === "" ? "the repository root" : `"${dir}"`;
                const detected = detectToolFromFiles(dir, workspace.tree);
                const names = workspace.tree.list(dir).files.map((file) => external_node_path_.posix.basename(file));
                const explicit = source.toolBlocks[0];
                if (explicit === "directory" && detected !== "directory") {
                    const marker = detected === "helm" ? names.find((name) => name.endsWith("Chart.yaml")) : names.find((name) => /^(kustomization\.ya?ml|Kustomization)$/.test(name));
                    at("directory", `has a "directory" block on ${where}, which holds "${marker}": the block makes Argo CD apply the folder's files as plain manifests, so ${TOOL_NAMES[detected]} never runs; remove the directory block`, "key");
                    continue;
                }
                if (explicit === "helm" && !names.some((name) => name.endsWith("Chart.yaml"))) {
                    at("helm", `has a "helm" block, but ${where} holds no Chart.yaml, so Helm fails to render it; remove the block or point the path at the chart`, "key");
                    continue;
                }
                if (explicit === "kustomize" && detected !== "kustomize") {
                    at("kustomize", `has a "kustomize" block, but ${where} holds no kustomization.yaml, so kustomize build fails; remove the block or add the kustomization`, "key");
                    continue;
                }
                if (explicit !== undefined)
                    continue;
                const looksLike = (name, keys) => {
                    const contents = workspace.files.get(dir === "" ? name : `${dir}/${name}`)?.documents[0]?.contents;
                    if (!(0,yaml_model/* isMap */.jh)(contents))
                        return false;
                    const kind = (0,yaml_model/* mapGet */.ZX)(contents, "kind");
                    return keys.some((key) => (0,yaml_model/* mapHas */.V5)(contents, key)) && !(kind !== undefined && String(kind.kind === "scalar" ? kind.value : "") !== "Kustomization");
                };
                const misnamedKustomization = names.find((name) => /^kustomization\.ya?ml$/i.test(name) && !/^kustomization\.ya?ml$/.test(name) && looksLike(name, ["resources", "bases", "components", "patches", "namespace"]));
                if (misnamedKustomization && detected !== "kustomize") {
                    at("path", `path ${where} holds "${misnamedKustomization}", a name Argo CD does not detect (it looks for kustomization.yaml, kustomization.yml or Kustomization), so the folder is applied as plain manifests; rename it to "kustomization.yaml"`);
                    continue;
                }
                const misnamedChart = names.find((name) => /^chart\.ya?ml$/i.test(name) && !name.endsWith("Chart.yaml") && looksLike(name, ["version"]) && looksLike(name, ["name"]));
                if (misnamedChart && detected === "directory") {
                    at("path", `path ${where} holds "${misnamedChart}", a name Argo CD does not detect as a Helm chart (the file name must end in "Chart.yaml"), so Helm never runs; rename it to "Chart.yaml"`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/argocd/unmanaged-manifest.ts





const WORKLOAD_KINDS = new Set(["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob"]);
function isTracked(object) {
    if (object.group === "k8s.cni.cncf.io" && object.kind === "NetworkAttachmentDefinition")
        return true;
    if ((object.group === "" || object.group === "apps" || object.group === "batch") && WORKLOAD_KINDS.has(object.kind))
        return true;
    if (object.group === application/* APPLICATION_GROUP */.zp && object.kind === "Rollout")
        return true;
    return object.group === "kubevirt.io" && (object.kind === "VirtualMachine" || object.kind === "VirtualMachineInstance");
}
const unmanagedManifest = {
    id: "argocd/unmanaged-manifest",
    defaultSeverity: "warning",
    description: "A NAD or workload that no Application renders, in a repository that deploys with Argo CD",
    tags: ["argocd"],
    check({ workspace, report }) {
        if (!(0,argocd_graph/* usesArgoCD */.Nb)(workspace))
            return;
        (0,argocd_graph/* appGraph */.y0)(workspace);
        const opaque = opaqueFolders(workspace);
        const explained = explainedFiles(workspace);
        for (const object of workspace.objects) {
            if (!isTracked(object))
                continue;
            const file = object.file.path;
            if (workspace.deployersOf(file).length > 0 || explained.has(file))
                continue;
            if (opaque.some((dir) => dir === "" || file.startsWith(`${dir}/`)))
                continue;
            report({
                file,
                range: workspace.rangeOfObject(object),
                resource: (0,workspace_workspace/* resourceRefOf */.nY)(object),
                message: `${object.kind} "${object.name}" is not rendered by any Argo CD Application, so Argo CD never deploys it; add its folder to an Application's path, or remove it if it is unused`,
            });
        }
    },
};
/**
 * Files another finding already explains: those an include, exclude or skip marker drops from an
 * app's folder (`argocd/glob`, `argocd/path-empty`), and those under the folder a missing path
 * most likely meant (`argocd/path-missing`).
 */
function explainedFiles(workspace) {
    const files = new Set();
    for (const app of workspace.applications) {
        for (const model of app.sources) {
            for (const file of [...(model.render?.directory?.filteredOut ?? []), ...(model.render?.directory?.skipped ?? [])])
                files.add(file);
            if (model.resolution && !model.resolution.ok && model.resolution.reason === "missing" && model.resolution.cleaned) {
                const meant = suggestDirectory(model.resolution.cleaned, workspace.tree);
                if (meant)
                    for (const file of workspace.tree.filesUnder(meant.path))
                        files.add(file);
            }
        }
    }
    return files;
}
/**
 * Folders whose rendering plumbline cannot list: Helm and plugin sources, and the fixed part of a
 * templated ApplicationSet path it could not expand. Objects there may well be deployed.
 */
function opaqueFolders(workspace) {
    const folders = [];
    for (const app of workspace.applications) {
        for (const model of app.sources) {
            if (model.render?.opaque)
                folders.push(model.render.dir);
            for (const child of model.render?.helmChildPaths ?? [])
                folders.push(child === "." ? "" : child);
            const path = model.source.path;
            if (model.thisRepo && path?.includes("{{"))
                folders.push(staticPrefix(path));
        }
    }
    for (const { object, expansion } of applicationSetModels(workspace)) {
        if (expansion.complete)
            continue;
        const template = object.value.spec?.template;
        const spec = template?.spec;
        const sources = [spec?.source, ...(Array.isArray(spec?.sources) ? spec.sources : [])];
        for (const source of sources) {
            const path = source?.path;
            if (typeof path === "string")
                folders.push(staticPrefix(path));
        }
    }
    return folders;
}
function staticPrefix(path) {
    const before = path.slice(0, path.indexOf("{{") < 0 ? path.length : path.indexOf("{{"));
    const slash = before.lastIndexOf("/");
    return slash < 0 ? "" : before.slice(0, slash).replace(/^\.\//, "");
}

;// CONCATENATED MODULE: ./src/rules/argocd/index.ts
























const argocdRules = [
    outOfBoundsSymlink,
    pathMissing,
    pathInvalid,
    pathEmpty,
    globPitfall,
    nonManifestFile,
    toolOverride,
    sourceRule,
    externalSource,
    repoUrlVariants,
    orphanApp,
    selfInclude,
    appCycle,
    multipleOwners,
    duplicateApp,
    appNamespace,
    projectRule,
    destinationRule,
    namespaceNotCreated,
    defaultValuedField,
    unmanagedManifest,
    revisionRule,
    appsetGenerator,
    appsetTemplate,
];

// EXTERNAL MODULE: ./src/multus/annotation.ts
var annotation = __webpack_require__(3893);
// EXTERNAL MODULE: ./src/multus/workloads.ts + 1 modules
var workloads = __webpack_require__(449);
;// CONCATENATED MODULE: ./src/rules/attachment/annotation-key.ts




const MULTUS_KEYS = [annotation/* NETWORKS_ANNOTATION */.A, annotation/* DEFAULT_NETWORK_ANNOTATION */.PB];
// Keys of the Multus family that are spelled right; they are never typos of the two above.
const CORRECT_KEYS = new Set([
    annotation/* NETWORKS_ANNOTATION */.A,
    annotation/* DEFAULT_NETWORK_ANNOTATION */.PB,
    "k8s.v1.cni.cncf.io/network-status",
    "k8s.v1.cni.cncf.io/networks-status",
    "k8s.v1.cni.cncf.io/resourceName",
    "k8s.v1.cni.cncf.io/nodeSelector",
]);
/**
 * The Multus key an annotation key was probably meant to be, or undefined. Catches a missing or
 * wrong prefix (`networks`, `k8s.cni.cncf.io/networks`, the Multus v1 `kubernetes.v1.cni.cncf.io/networks`),
 * a missing plural and small typos; keys of other projects ending in `/networks` stay quiet unless
 * their prefix mentions cni or multus.
 */
function intendedMultusKey(key) {
    // Kubernetes caps a key at 253 + 63 characters; longer ones are not worth an edit distance.
    if (CORRECT_KEYS.has(key) || key.length > 320)
        return undefined;
    const lower = key.toLowerCase();
    const slash = lower.lastIndexOf("/");
    const prefix = slash >= 0 ? lower.slice(0, slash) : "";
    const name = lower.slice(slash + 1);
    const multusPrefix = prefix === "" || /cni|multus/.test(prefix);
    if (multusPrefix && (name === "networks" || name === "network"))
        return annotation/* NETWORKS_ANNOTATION */.A;
    if (multusPrefix && (name === "default-network" || name === "defaultnetwork" || name === "default-networks"))
        return annotation/* DEFAULT_NETWORK_ANNOTATION */.PB;
    for (const candidate of MULTUS_KEYS) {
        if (lower === candidate)
            return candidate;
        if ((0,src_config/* editDistance */.YC)(lower, candidate) <= 3)
            return candidate;
    }
    return undefined;
}
const annotationKey = {
    id: "attachment/annotation-key",
    defaultSeverity: "warning",
    description: "An annotation key looks like a mistyped Multus networks or default-network key",
    tags: ["multus"],
    reads: workloads/* WORKLOAD_READS */.UQ,
    partition: workloads/* BY_WORKLOAD_FILE */.fc,
    check({ workspace, report }) {
        for (const workload of (0,workloads/* workloads */.bH)(workspace)) {
            for (const annotationsPath of annotationPaths(workload)) {
                const annotations = (0,workloads/* record */.g1)((0,workloads/* path */.Ae)(workload.object.value, annotationsPath));
                for (const key of Object.keys(annotations)) {
                    const meant = intendedMultusKey(key);
                    if (!meant)
                        continue;
                    report({
                        file: workload.object.file.path,
                        range: workspace.rangeOf(workload.object, [...annotationsPath, key], "key"),
                        resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
                        message: `annotation key "${key}" is not read by Multus: did you mean "${meant}"?`,
                    });
                }
            }
        }
    },
};
function annotationPaths(workload) {
    const template = [...workload.podTemplatePath, "metadata", "annotations"];
    if (workload.podTemplatePath.length === 0)
        return [template];
    return [["metadata", "annotations"], template];
}

;// CONCATENATED MODULE: ./src/multus/capabilities.ts
/** Selection fields that only arrive through a capability, with the capability's name. */
const CAPABILITY_OF_FIELD = {
    "infiniband-guid": "infinibandGUID",
    portMappings: "portMappings",
    bandwidth: "bandwidth",
};
/** The plugin usually chained to honour each capability, for messages. */
const PLUGIN_FOR_CAPABILITY = {
    infinibandGUID: "ib-sriov",
    portMappings: "portmap",
    bandwidth: "bandwidth",
};
function declaresCapability(plugin, capability) {
    const capabilities = plugin.config.capabilities;
    return typeof capabilities === "object" && capabilities !== null && capabilities[capability] === true;
}
/** The capability-only fields the selection requests that no plugin of the NAD declares, so Multus drops them. */
function droppedCapabilityFields(selection, nad) {
    const dropped = [];
    for (const [field, capability] of Object.entries(CAPABILITY_OF_FIELD)) {
        if (!requests(selection, field))
            continue;
        if (nad.plugins.some((plugin) => declaresCapability(plugin, capability)))
            continue;
        dropped.push({ field, capability });
    }
    return dropped;
}
function requests(selection, field) {
    if (field === "infiniband-guid")
        return selection.infinibandGuid !== undefined && selection.infinibandGuid !== "";
    if (field === "portMappings")
        return Array.isArray(selection.portMappings) && selection.portMappings.length > 0;
    if (field === "bandwidth")
        return selection.bandwidth !== undefined && Object.keys(selection.bandwidth).length > 0;
    return false;
}

;// CONCATENATED MODULE: ./src/rules/attachment/shared.ts
/** `Deployment "apps/web"`, for messages. */
function describeWorkload(workload) {
    const namespace = workload.namespace ? `${workload.namespace}/` : "";
    return `${workload.object.kind} "${namespace}${workload.object.name}"`;
}
/** `"apps/lan-macvlan"`, the reference as it resolved. */
function describeReference(request) {
    return `"${request.namespace}/${request.name}"`;
}
/** The first resolved NAD whose config decoded, which is the one the plugin checks read. */
function decodedNad(request) {
    return request.nads.find((nad) => nad.configStatus === "ok" && nad.plugins.length > 0);
}
/** Replica count for messages: "3 replicas", "one pod per node". */
function describeReplicas(workload) {
    return workload.replicas === "per-node" ? "one pod per node" : `${workload.replicas} replicas`;
}
/** True when the workload runs more than one pod at a time. */
function runsSeveralPods(workload) {
    return workload.replicas === "per-node" || workload.replicas > 1;
}
/**
 * The plugin whose IPAM allocates the attachment's address: the first plugin of the chain with an
 * `ipam` object (the interface-creating plugin; chained plugins have none).
 */
function ipamPlugin(nad) {
    return nad.plugins.find((plugin) => plugin.ipam !== undefined);
}
/** Plugin types from containernetworking/plugins and the k8snetworkplumbingwg plugins whose behaviour plumbline models. */
const KNOWN_PLUGIN_TYPES = new Set([
    "bridge",
    "macvlan",
    "ipvlan",
    "vlan",
    "ptp",
    "host-device",
    "tap",
    "dummy",
    "loopback",
    "sriov",
    "ib-sriov",
    "ovs",
    "tuning",
    "portmap",
    "firewall",
    "bandwidth",
    "sbr",
    "vrf",
]);
/** True when every plugin of the NAD has a type plumbline models, so "nothing consumes X" is a safe conclusion. */
function allPluginsKnown(nad) {
    return nad.plugins.every((plugin) => plugin.type !== undefined && KNOWN_PLUGIN_TYPES.has(plugin.type));
}
/** Plugin types in the list as written, for messages: `macvlan, tuning`. */
function pluginTypes(nad) {
    return nad.plugins.map((plugin) => plugin.type ?? "?").join(", ");
}

;// CONCATENATED MODULE: ./src/rules/attachment/capability.ts




const capability = {
    id: "attachment/capability",
    defaultSeverity: "warning",
    description: "A selection requests infiniband-guid, portMappings or bandwidth, but no plugin of the NAD declares the matching capability",
    tags: ["multus", "cni"],
    reads: workloads/* WORKLOAD_READS */.UQ,
    partition: workloads/* BY_WORKLOAD_FILE */.fc,
    check({ workspace, report }) {
        for (const workload of (0,workloads/* workloads */.bH)(workspace)) {
            const site = workload.networks;
            if (!site)
                continue;
            for (const request of workload.requests) {
                if (request.source !== "networks")
                    continue;
                const nad = decodedNad(request);
                if (!nad)
                    continue;
                for (const { field, capability: name } of droppedCapabilityFields(request.selection, nad)) {
                    const pluginType = PLUGIN_FOR_CAPABILITY[name];
                    const fix = nad.plugins.some((plugin) => plugin.type === pluginType) ? `add it to the ${pluginType} plugin` : `chain a ${pluginType} plugin that declares it`;
                    const span = request.selection.spans?.[field] ?? { start: request.selection.start, end: request.selection.end };
                    report({
                        file: workload.object.file.path,
                        range: (0,workloads/* rangeInAnnotation */.Kc)(workspace, workload.object, site, span.start, span.end),
                        resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
                        message: `"${field}" is silently dropped: no plugin of network "${request.namespace}/${request.name}" (${pluginTypes(nad)}) declares "capabilities": {"${name}": true}: ${fix}, or remove "${field}"`,
                    });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/attachment/cross-namespace.ts



const crossNamespace = {
    id: "attachment/cross-namespace",
    defaultSeverity: "info",
    description: "A workload references a NetworkAttachmentDefinition in another namespace",
    tags: ["multus"],
    reads: workloads/* WORKLOAD_READS */.UQ,
    partition: workloads/* BY_WORKLOAD_FILE */.fc,
    check({ workspace, config, report }) {
        const isolation = config.cluster.namespaceIsolation;
        const global = new Set(config.cluster.globalNamespaces);
        for (const workload of (0,workloads/* workloads */.bH)(workspace)) {
            const podNamespace = workload.namespace ?? "default";
            for (const request of workload.requests) {
                if (request.source === "default-network" || request.namespaceFrom !== "explicit")
                    continue;
                if (request.namespace === podNamespace)
                    continue;
                if (request.nads.length === 0 && !request.external)
                    continue;
                // Multus namespaceIsolation (pkg/k8sclient) rejects references outside the pod's namespace
                // unless the target namespace is in globalNamespaces.
                const rejected = isolation && !global.has(request.namespace);
                const consequence = rejected
                    ? `Multus namespaceIsolation is on and "${request.namespace}" is not in cluster.globalNamespaces, so the pod fails to start: move the NAD to "${podNamespace}" or add "${request.namespace}" to globalNamespaces`
                    : `this fails if Multus runs with namespaceIsolation, unless "${request.namespace}" is in its globalNamespaces`;
                report({
                    file: workload.object.file.path,
                    range: request.range,
                    resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
                    severity: rejected ? "error" : undefined,
                    message: `network ${describeReference(request)} is in another namespace than the pod ("${podNamespace}"); ${consequence}`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/attachment/default-network.ts


const defaultNetwork = {
    id: "attachment/default-network",
    defaultSeverity: "error",
    description: "The default-network annotation names more than one network, or a NAD that only exists in the pod's namespace",
    tags: ["multus"],
    reads: workloads/* WORKLOAD_READS */.UQ,
    partition: workloads/* BY_WORKLOAD_FILE */.fc,
    check({ workspace, config, report }) {
        for (const workload of (0,workloads/* workloads */.bH)(workspace)) {
            const site = workload.defaultNetwork;
            if (!site?.parsed)
                continue;
            const resource = (0,workspace_workspace/* resourceRefOf */.nY)(workload.object);
            const elements = site.parsed.elements;
            // Multus (pkg/k8sclient tryLoadK8sPodDefaultNetwork) fails with "more than one default network is specified".
            for (const extra of elements.slice(1)) {
                report({
                    file: workload.object.file.path,
                    range: (0,workloads/* rangeInAnnotation */.Kc)(workspace, workload.object, site, extra.start, extra.end),
                    resource,
                    message: `annotation "${site.key}" names more than one network and Multus rejects the pod: keep only "${elements[0].name}" here and move "${extra.name}" to the networks annotation`,
                });
            }
            const first = workload.requests.find((request) => request.source === "default-network");
            if (!first || first.namespaceFrom !== "multus" || first.nads.length > 0 || first.external)
                continue;
            const inPodNamespace = (0,workloads/* resolveNetwork */.lr)(workspace, workload.namespace, first.name);
            if (inPodNamespace.length === 0)
                continue;
            const podNamespace = workload.namespace ?? "default";
            report({
                file: workload.object.file.path,
                range: first.range,
                resource,
                message: `default network "${first.name}" has no namespace, so Multus looks it up in its own namespace "${config.cluster.multusNamespace}", not the pod's; the NAD is in "${podNamespace}": write "${podNamespace}/${first.name}"`,
            });
        }
    },
};

// EXTERNAL MODULE: ./src/multus/net.ts
var net = __webpack_require__(4797);
;// CONCATENATED MODULE: ./src/rules/attachment/default-route.ts




const defaultRoute = {
    id: "attachment/default-route",
    defaultSeverity: "error",
    description: "More than one default-route gateway per address family, or a gateway outside the NAD's subnet",
    tags: ["multus"],
    reads: workloads/* WORKLOAD_READS */.UQ,
    partition: workloads/* BY_WORKLOAD_FILE */.fc,
    check({ workspace, report }) {
        for (const workload of (0,workloads/* workloads */.bH)(workspace)) {
            const site = workload.networks;
            if (!site)
                continue;
            const firstOfFamily = new Map();
            for (const request of workload.requests) {
                if (request.source !== "networks")
                    continue;
                const selection = request.selection;
                (selection.defaultRoute ?? []).forEach((gateway, index) => {
                    const address = (0,net/* parseIp */.r5)(gateway);
                    const span = selection.defaultRouteSpans?.[index] ?? { start: selection.start, end: selection.end };
                    const range = (0,workloads/* rangeInAnnotation */.Kc)(workspace, workload.object, site, span.start, span.end);
                    const resource = (0,workspace_workspace/* resourceRefOf */.nY)(workload.object);
                    // Multus (pkg/types/conf.go) fails with "multus does not support ECMP for default-route".
                    const earlier = firstOfFamily.get(address.family);
                    if (earlier) {
                        report({
                            file: workload.object.file.path,
                            range,
                            resource,
                            message: `second IPv${address.family} default-route gateway "${gateway}" (network "${request.name}"); network "${earlier.name}" already sets one and Multus rejects more than one per address family: keep a single default route`,
                        });
                    }
                    else {
                        firstOfFamily.set(address.family, request);
                    }
                    const nad = decodedNad(request);
                    const ipam = nad ? ipamPlugin(nad)?.ipam : undefined;
                    // Requested addresses with a prefix become the interface's subnets too (static IPAM replaces its own).
                    const requested = (selection.ips ?? []).map(net/* parseCidr */.GN).filter((cidr) => cidr !== undefined);
                    const subnets = ipam ? [...(0,net/* ipamSubnets */.cl)(ipam), ...requested].filter((subnet) => subnet.address.family === address.family) : [];
                    if (subnets.length > 0 && !subnets.some((subnet) => (0,net/* cidrContains */.eX)(subnet, address))) {
                        report({
                            file: workload.object.file.path,
                            range,
                            resource,
                            message: `default-route gateway "${gateway}" is outside the subnet of network "${request.namespace}/${request.name}" (${subnets.map((subnet) => `${(0,net/* formatIp */.v_)(subnet.network, subnet.address.family)}/${subnet.prefix}`).join(", ")}), so the route cannot be added: use a gateway inside that subnet`,
                        });
                    }
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/attachment/interface.ts


// Linux IFNAMSIZ is 16 bytes including the terminating NUL; libcni (pkg/utils ValidateInterfaceName)
// and Multus both reject longer names, names with "/", ":" or white space, and "." or "..".
const MAX_INTERFACE_BYTES = 15;
const interfaceName = {
    id: "attachment/interface",
    defaultSeverity: "error",
    description: "A requested interface name is invalid, taken by eth0, used twice, or collides with an automatic netN name",
    tags: ["multus"],
    reads: workloads/* WORKLOAD_READS */.UQ,
    partition: workloads/* BY_WORKLOAD_FILE */.fc,
    check(context) {
        for (const workload of (0,workloads/* workloads */.bH)(context.workspace)) {
            const site = workload.networks;
            if (!site?.parsed)
                continue;
            checkNames(context, workload, site, site.parsed.elements);
        }
    },
};
function checkNames(context, workload, site, elements) {
    const report = (element, message) => {
        const span = element.spans?.interface ?? { start: element.start, end: element.end };
        context.report({
            file: workload.object.file.path,
            range: (0,workloads/* rangeInAnnotation */.Kc)(context.workspace, workload.object, site, span.start, span.end),
            resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
            message,
        });
    };
    // Multus names attachment i (1-based, after the cluster network's eth0) "net<i>" unless the
    // selection requests a name (multus-cni pkg/multus getIfname).
    const automatic = new Map();
    elements.forEach((element, index) => {
        if (element.interface === undefined)
            automatic.set(`net${index + 1}`, element);
    });
    const seen = new Map();
    for (const element of elements) {
        const name = element.interface;
        if (name === undefined)
            continue;
        const problem = invalidInterfaceName(name);
        if (problem) {
            report(element, `interface name "${name}" for network "${element.name}" ${problem}`);
            continue;
        }
        if (name === "eth0") {
            report(element, `interface name "eth0" for network "${element.name}" is taken by the cluster network: choose another name, such as "net1"`);
            continue;
        }
        const earlier = seen.get(name);
        if (earlier) {
            report(element, `interface name "${name}" is requested twice (networks "${earlier.name}" and "${element.name}"), so the second attachment fails: give each a different name`);
            continue;
        }
        seen.set(name, element);
        const collides = automatic.get(name);
        if (collides) {
            report(element, `interface name "${name}" for network "${element.name}" is the automatic name Multus gives network "${collides.name}", so the pod fails with "interface name ${name} already exists": name both interfaces explicitly or pick a name outside net1, net2, ...`);
        }
    }
}
/** Why a name cannot be a Linux interface name, or undefined when it can. */
function invalidInterfaceName(name) {
    const bytes = Buffer.byteLength(name, "utf8");
    if (bytes > MAX_INTERFACE_BYTES)
        return `is ${bytes} bytes long; Linux interface names have at most ${MAX_INTERFACE_BYTES}`;
    if (/[/:\s]/.test(name))
        return `contains "/", ":" or white space, which Linux interface names cannot hold`;
    if (name === "." || name === "..")
        return `cannot be "." or ".."`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/attachment/ips.ts




const ips = {
    id: "attachment/ips",
    defaultSeverity: "error",
    description: "Requested fixed IPs that the NAD's IPAM cannot honour, or one fixed IP shared by several pods",
    tags: ["multus", "ipam"],
    reads: workloads/* WORKLOAD_READS */.UQ,
    partition: workloads/* BY_WORKLOAD_FILE */.fc,
    check(context) {
        for (const workload of (0,workloads/* workloads */.bH)(context.workspace)) {
            const site = workload.networks;
            if (!site)
                continue;
            for (const request of workload.requests) {
                if (request.source !== "networks" || !request.selection.ips || request.selection.ips.length === 0)
                    continue;
                checkRequest(context, workload, request);
            }
        }
    },
};
function checkRequest(context, workload, request) {
    const site = workload.networks;
    const selection = request.selection;
    const report = (index, message, severity) => {
        const span = index !== undefined ? selection.ipSpans?.[index] : selection.spans?.ips;
        const where = span ?? { start: selection.start, end: selection.end };
        context.report({
            file: workload.object.file.path,
            range: (0,workloads/* rangeInAnnotation */.Kc)(context.workspace, workload.object, site, where.start, where.end),
            resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
            message,
            severity,
        });
    };
    const shared = runsSeveralPods(workload);
    const nad = decodedNad(request);
    const plugin = nad ? ipamPlugin(nad) : undefined;
    const mainType = nad?.plugins[0]?.type;
    const modelled = mainType !== undefined && KNOWN_PLUGIN_TYPES.has(mainType);
    const ipamType = typeof plugin?.ipam?.type === "string" ? plugin.ipam.type : undefined;
    if (nad && modelled && (ipamType === undefined || ipamType === "dhcp")) {
        const why = ipamType === "dhcp" ? "uses dhcp IPAM, which takes its address from the DHCP server" : "has no IPAM type, so no plugin assigns addresses";
        report(undefined, `network ${quote(request)} ${why}, and Multus silently drops the requested "ips": use static, host-local or whereabouts IPAM, or remove "ips"`);
        return;
    }
    if (shared && ipamType !== "whereabouts") {
        report(undefined, `${describeWorkload(workload)} runs ${describeReplicas(workload)} that all request the same "ips" on ${quote(request)}, so every pod after the first fails or duplicates the address: give each pod its own address (a StatefulSet per address, or IPAM that allocates from a pool)`);
    }
    selection.ips.forEach((text, index) => {
        const parsed = (0,net/* parseIpOrCidr */.CT)(text);
        if (ipamType === "static" && parsed.prefix === undefined) {
            report(index, `static IPAM needs every requested address in CIDR notation, but "${text}" has no prefix length: write "${text}/${parsed.address.family === 4 ? 24 : 64}" with the subnet's real prefix`);
            return;
        }
        if (ipamType === "host-local" && plugin?.ipam) {
            const problem = hostLocalProblem(plugin.ipam, text);
            if (problem)
                report(index, `requested address "${text}" ${problem} of network ${quote(request)}, so host-local rejects it and the pod does not start`);
            return;
        }
        if (ipamType === "whereabouts") {
            const note = shared ? `; with ${describeReplicas(workload)} every pod gets this same extra address` : "";
            report(index, `whereabouts adds requested address "${text}" as an extra static address next to one from its pool, without reserving it in the pool, so another pod can be given it too${note}: exclude it from the whereabouts range or use static IPAM for fixed addresses`, "warning");
        }
    });
}
function hostLocalProblem(ipam, text) {
    const ranges = (0,net/* hostLocalRanges */.AD)(ipam);
    if (ranges.length === 0)
        return undefined;
    const address = (0,net/* parseIpOrCidr */.CT)(text).address;
    const sameFamily = ranges.filter((range) => range.subnet.address.family === address.family);
    const inside = sameFamily.find((range) => address.value >= range.start && address.value <= range.end);
    if (!inside) {
        return `is outside the host-local range ${sameFamily.map((range) => range.text).join(", ") || "(none of its address family)"}`;
    }
    if (inside.gateway === address.value)
        return `is the gateway ${(0,net/* formatIp */.v_)(inside.gateway, address.family)} of the host-local range`;
    return undefined;
}
function quote(request) {
    return `"${request.namespace}/${request.name}"`;
}

;// CONCATENATED MODULE: ./src/rules/attachment/mac.ts



// Plugins that set the interface's MAC from Multus's `mac` request, through runtimeConfig or the
// CNI_ARGS MAC that Multus always passes (containernetworking/plugins macvlan, bridge, tap and
// tuning; sriov-cni; ovs-cni). ipvlan, host-device, ptp and vlan ignore it.
const MAC_CONSUMERS = new Set(["macvlan", "bridge", "tap", "tuning", "sriov", "ovs"]);
const mac = {
    id: "attachment/mac",
    defaultSeverity: "warning",
    description: "A requested MAC address that no plugin of the NAD applies, or one fixed MAC shared by several pods",
    tags: ["multus"],
    reads: workloads/* WORKLOAD_READS */.UQ,
    partition: workloads/* BY_WORKLOAD_FILE */.fc,
    check({ workspace, report }) {
        for (const workload of (0,workloads/* workloads */.bH)(workspace)) {
            const site = workload.networks;
            if (!site)
                continue;
            for (const request of workload.requests) {
                const selection = request.selection;
                if (request.source !== "networks" || !selection.mac)
                    continue;
                const span = selection.spans?.mac ?? { start: selection.start, end: selection.end };
                const range = (0,workloads/* rangeInAnnotation */.Kc)(workspace, workload.object, site, span.start, span.end);
                const reference = `"${request.namespace}/${request.name}"`;
                const nad = decodedNad(request);
                if (nad && allPluginsKnown(nad) && !nad.plugins.some((plugin) => plugin.type && MAC_CONSUMERS.has(plugin.type))) {
                    report({
                        file: workload.object.file.path,
                        range,
                        resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
                        message: `requested mac "${selection.mac}" is silently ignored: no plugin of network ${reference} (${pluginTypes(nad)}) sets the MAC address; chain a "tuning" plugin with "capabilities": {"mac": true} after it`,
                    });
                }
                if (runsSeveralPods(workload)) {
                    report({
                        file: workload.object.file.path,
                        range,
                        resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
                        message: `${describeWorkload(workload)} runs ${describeReplicas(workload)} that all request mac "${selection.mac}" on ${reference}, so pods on one network share a MAC address: give each pod its own MAC, or drop "mac"`,
                    });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/attachment/misplaced.ts



const KEYS = [annotation/* NETWORKS_ANNOTATION */.A, annotation/* DEFAULT_NETWORK_ANNOTATION */.PB];
const misplaced = {
    id: "attachment/misplaced",
    defaultSeverity: "error",
    description: "A networks or default-network annotation sits where Multus never reads it: a workload's own metadata, or a hostNetwork pod",
    tags: ["multus"],
    reads: workloads/* WORKLOAD_READS */.UQ,
    partition: workloads/* BY_WORKLOAD_FILE */.fc,
    check(context) {
        for (const workload of (0,workloads/* workloads */.bH)(context.workspace)) {
            if (workload.virtualMachine)
                continue;
            checkWorkloadMetadata(context, workload);
            checkHostNetwork(context, workload);
        }
    },
};
/**
 * Multus reads the annotations of the Pod only (multus-cni pkg/k8sclient GetPodNetwork), so on a
 * Deployment's own metadata, or on a CronJob's jobTemplate metadata, the annotation does nothing.
 */
function checkWorkloadMetadata(context, workload) {
    if (workload.podTemplatePath.length === 0)
        return;
    const templatePath = [...workload.podTemplatePath, "metadata", "annotations"];
    for (const annotationsPath of misplacedPaths(workload)) {
        const annotations = (0,workloads/* record */.g1)((0,workloads/* path */.Ae)(workload.object.value, annotationsPath));
        for (const key of KEYS) {
            if (!(key in annotations))
                continue;
            const where = annotationsPath.length === 2 ? `the ${workload.object.kind}'s own metadata` : "the jobTemplate's metadata (it labels the Job, not its pods)";
            context.report({
                file: workload.object.file.path,
                range: context.workspace.rangeOf(workload.object, [...annotationsPath, key], "key"),
                resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
                message: `annotation "${key}" is on ${where}, where Multus never reads it, so the pods get no extra network: move it to ${templatePath.join(".")}`,
            });
        }
    }
}
function misplacedPaths(workload) {
    const paths = [["metadata", "annotations"]];
    if (workload.object.kind === "CronJob")
        paths.push(["spec", "jobTemplate", "metadata", "annotations"]);
    return paths;
}
/** A hostNetwork pod shares the node's network namespace; the runtime never calls CNI for it. */
function checkHostNetwork(context, workload) {
    if (workload.podSpec.hostNetwork !== true)
        return;
    for (const site of [workload.networks, workload.defaultNetwork]) {
        if (!site || site.value === "")
            continue;
        context.report({
            file: workload.object.file.path,
            range: context.workspace.rangeOf(workload.object, site.path, "key"),
            resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
            severity: "warning",
            message: `annotation "${site.key}" has no effect because the pod sets hostNetwork: true and CNI never runs for it: remove hostNetwork or the annotation`,
        });
    }
}

// EXTERNAL MODULE: ./src/cni/nad-model.ts + 1 modules
var nad_model = __webpack_require__(3603);
// EXTERNAL MODULE: ./src/workspace/file-facts.ts
var file_facts = __webpack_require__(3917);
;// CONCATENATED MODULE: ./src/suppressions.ts
// Inline suppressions: `# plumbline-disable-next-line RULE[,RULE] -- reason`,
// `# plumbline-disable-file RULE[,RULE]`, and the `plumbline.dev/ignore: "RULE[,RULE]"` annotation on
// an object. A suppression that matches no finding is reported as `suppression/unused`.



const DIRECTIVE = /(^|\s)#\s*plumbline-disable-(next-line|file)\b([^\n]*)/;
/** Finds every suppression in the workspace's parsed files and object annotations. */
function collectSuppressions(workspace) {
    const suppressions = [];
    for (const file of workspace.files.values()) {
        if (!(0,workspace_workspace/* textMentions */.jR)(file, workspace_workspace/* SUPPRESSION_MARKER */.hT) || !file.text)
            continue;
        const lines = file.text.split("\n");
        lines.forEach((line, index) => {
            const match = DIRECTIVE.exec(line);
            if (!match || insideBlockScalar(lines, index))
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
                toLine: kind === "next-line" ? blockScalarEnd(lines, target - 1) + 1 : target,
                used: new Set(),
            });
        });
    }
    for (const object of workspace.objects) {
        // Known from the extraction, so a warm run does not decode every object's value for this.
        if (object.ignoreAnnotation === false)
            continue;
        const annotations = object.value.metadata?.annotations;
        const value = annotations?.[workspace_workspace/* IGNORE_ANNOTATION */.Z];
        if (typeof value !== "string")
            continue;
        const objectRange = workspace.rangeOfNode(object.file, object.node);
        suppressions.push({
            kind: "annotation",
            file: object.file.path,
            rules: parseRuleList(value),
            range: workspace.rangeOf(object, ["metadata", "annotations", workspace_workspace/* IGNORE_ANNOTATION */.Z]),
            fromLine: objectRange.line,
            toLine: objectRange.endLine,
            used: new Set(),
        });
    }
    return suppressions;
}
/** Returns the 1-based number of the next line after `index` that is neither blank nor only a comment. */
function nextContentLine(lines, index) {
    for (let next = index + 1; next < lines.length; next++) {
        const trimmed = lines[next].trim();
        if (trimmed !== "" && !trimmed.startsWith("#"))
            return next + 1;
    }
    return index + 2;
}
// A key whose value is a block scalar: `config: |`, `config: >-`, `- |2`, with an optional comment.
const BLOCK_SCALAR_HEADER = /(?:^|[:\-]\s+)[|>][0-9+-]*\s*(?:#.*)?$/;
function indentOf(line) {
    return line.length - line.trimStart().length;
}
/**
 * Returns the 0-based index of the last line of the block scalar that starts on line `index`, or
 * `index` itself when that line starts none. A directive above `config: |` thereby covers the
 * whole CNI JSON below it.
 */
function blockScalarEnd(lines, index) {
    const header = lines[index];
    if (header === undefined || !BLOCK_SCALAR_HEADER.test(header.trimEnd()))
        return index;
    let end = index;
    for (let next = index + 1; next < lines.length; next++) {
        const line = lines[next];
        if (line.trim() === "")
            continue;
        if (indentOf(line) <= indentOf(header))
            break;
        end = next;
    }
    return end;
}
/** True when line `index` is content of a block scalar, where `#` is text, not a comment. */
function insideBlockScalar(lines, index) {
    // Walk up through ever less indented lines: the scalar's own content may be less indented than
    // the directive, but only a header ends the walk with "inside".
    let indent = indentOf(lines[index]);
    for (let previous = index - 1; previous >= 0 && indent > 0; previous--) {
        const line = lines[previous];
        if (line.trim() === "" || indentOf(line) >= indent)
            continue;
        if (BLOCK_SCALAR_HEADER.test(line.trimEnd()))
            return true;
        indent = indentOf(line);
    }
    return false;
}
/** Returns the rule ids a suppression names. An empty list names every rule, as `*` does. */
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
            const what = suppression.kind === "annotation" ? `annotation ${workspace_workspace/* IGNORE_ANNOTATION */.Z}` : `plumbline-disable-${suppression.kind}`;
            const hint = (0,src_config/* closestName */.Nf)(rule, [...knownRuleIds]);
            const message = rule !== "*" && !knownRuleIds.has(rule)
                ? `${what} names unknown rule "${rule}"${hint ? ` (did you mean "${hint}"?)` : ""}; run plumbline --list-rules for the ids`
                : `${what} suppresses ${rule === "*" ? "every rule" : `"${rule}"`}, but no such finding is reported here; remove it`;
            const unknown = rule !== "*" && !knownRuleIds.has(rule);
            unused.push({ file: suppression.file, range: suppression.range, message, ...(unknown ? { severity: "warning" } : {}) });
        }
    }
    return unused;
}

;// CONCATENATED MODULE: ./src/rules/attachment/nad-ipam-per-node.ts







const RULE_ID = "nad/ipam-per-node";
/** The workloads of each file that run pods on more than one node. */
const MULTI_NODE = {
    name: `${RULE_ID} workloads`,
    kinds: workloads/* WORKLOAD_KIND_NAMES */.Cs,
    inputs: workloads/* UNRESOLVED_WORKLOAD_READS */.wJ,
    derive: multiNodeWorkloads,
    isFact: isMultiNodeWorkload,
    matchesModel: (view, path, facts) => {
        const places = workloadPlaces(view);
        return facts.every((fact) => places.has(placeKey(path, fact)));
    },
};
/** The places of the NADs of each file that use host-local IPAM. */
const HOST_LOCAL = {
    name: `${RULE_ID} host-local`,
    kinds: [nad_model/* NAD_KIND */.jc],
    inputs: nad_model/* NAD_READS */.Mw,
    derive: hostLocalByFile,
    isFact: isPlace,
};
const nadIpamPerNode = {
    id: RULE_ID,
    defaultSeverity: "warning",
    description: "host-local IPAM on a NAD used by a workload that can run on several nodes, which hands out duplicate addresses",
    tags: ["multus", "cni", "ipam"],
    reads: [...workloads/* WORKLOAD_READS */.UQ, { facts: HOST_LOCAL }, { facts: MULTI_NODE }],
    // Whether there is a finding follows from the facts and the NADs. The workloads themselves only
    // name the example in the message, and place the finding of a workload that ignores the rule. So
    // an edit of a replica count that keeps a workload on several nodes reuses a run without findings.
    decidedBy: [...nad_model/* NAD_READS */.Mw, { facts: HOST_LOCAL }, { facts: MULTI_NODE }],
    check({ workspace, config, report }) {
        // Docker Desktop runs a single node, where host-local's per-node store cannot collide.
        if (config.cluster.profile === "docker-desktop")
            return;
        // Without a host-local NAD there is nothing to report, and the workloads need not be read.
        const hostLocal = hostLocalNads(workspace);
        if (hostLocal.size === 0)
            return;
        for (const [object, users] of multiNodeUsers(workspace, hostLocal)) {
            const nad = (0,nad_model/* nadModelOf */.ag)(workspace, object);
            for (const plugin of nad.plugins) {
                if (plugin.ipam?.type !== "host-local")
                    continue;
                const counted = users.filter((user) => !user.workload.ignores);
                if (counted.length > 0) {
                    const example = (0,workloads/* workloadOf */.Rc)(workspace, objectOf(workspace, counted[0]));
                    const others = counted.length > 1 ? ` and ${counted.length - 1} other workload${counted.length > 2 ? "s" : ""}` : "";
                    report({
                        file: nad.object.file.path,
                        range: (0,nad_model/* configRange */.Y7)(workspace, nad, [...plugin.jsonPath, "ipam", "type"]),
                        resource: (0,workspace_workspace/* resourceRefOf */.nY)(nad.object),
                        message: `host-local IPAM keeps its address pool on each node, but ${describeWorkload(example)} (${describeReplicas(example)})${others} can run on several nodes, so pods on different nodes get the same address: use whereabouts (cluster-wide pool) or give each node its own NAD range`,
                    });
                }
                // A workload that names this rule in its plumbline.dev/ignore annotation gets its share of the
                // finding at its own reference, where the engine's annotation suppression covers it.
                for (const user of users.filter((candidate) => candidate.workload.ignores)) {
                    const workload = (0,workloads/* workloadOf */.Rc)(workspace, objectOf(workspace, user));
                    const request = workload.requests[user.request];
                    report({
                        file: workload.object.file.path,
                        range: request.range,
                        resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
                        message: `${describeWorkload(workload)} (${describeReplicas(workload)}) uses host-local network "${request.namespace}/${request.name}", whose address pool is kept per node, so pods on different nodes can get the same address`,
                    });
                }
            }
        }
    },
};
/**
 * Returns, for each NAD of `nads`, the workloads that reference it and can run pods on more than one
 * node (first reference each), in file order. The workloads are facts of their files, so a warm run
 * finds them again only in the files that changed.
 */
function multiNodeUsers(workspace, nads) {
    const facts = (0,file_facts/* factsByFile */.b2)(workspace, MULTI_NODE);
    const users = new Map();
    const names = new Set();
    for (const nad of workspace.objectsOfKind(nad_model/* NAD_GROUP */.ym, nad_model/* NAD_KIND */.jc)) {
        if (!nads.has(nad))
            continue;
        users.set(nad, []);
        names.add(nad.name);
    }
    for (const [path, list] of facts) {
        for (const workload of list) {
            workload.requests.forEach((request, index) => {
                // A request can resolve only to a NAD of its own name, so other names are not looked up.
                if (!names.has(request.name))
                    return;
                for (const nad of (0,workloads/* resolveNetworkObjects */.HN)(workspace, request.namespace, request.name)) {
                    const named = users.get(nad);
                    // A workload's users are pushed one after another, so its earlier request is the last user.
                    if (named && named.at(-1)?.workload !== workload)
                        named.push({ path, workload, request: index });
                }
            });
        }
    }
    for (const [nad, named] of users)
        if (named.length === 0)
            users.delete(nad);
    return users;
}
function multiNodeWorkloads(view) {
    const byFile = new Map();
    for (const workload of (0,workloads/* unresolvedWorkloads */.UH)(view)) {
        if (!runsSeveralPods(workload))
            continue;
        const { object } = workload;
        const fact = {
            documentIndex: object.documentIndex,
            ignores: ignoresRule(workload),
            requests: workload.requests.map((request) => (0,workloads/* networkName */.uv)((0,workloads/* resolvedIn */.ub)(workload, request), request.name)),
        };
        if (object.itemIndex !== undefined)
            fact.itemIndex = object.itemIndex;
        const list = byFile.get(object.file.path);
        if (list)
            list.push(fact);
        else
            byFile.set(object.file.path, [fact]);
    }
    return byFile;
}
/**
 * Returns the NADs with a host-local plugin. Whether a NAD has one is a fact of its file, so a warm
 * run decodes only the NADs of changed files to find out.
 */
function hostLocalNads(workspace) {
    const facts = (0,file_facts/* factsByFile */.b2)(workspace, HOST_LOCAL);
    const found = new Set();
    for (const object of workspace.objectsOfKind(nad_model/* NAD_GROUP */.ym, nad_model/* NAD_KIND */.jc)) {
        const listed = facts.get(object.file.path) ?? [];
        if (listed.some((fact) => fact.documentIndex === object.documentIndex && fact.itemIndex === object.itemIndex))
            found.add(object);
    }
    return found;
}
function hostLocalByFile(view) {
    const byFile = new Map();
    for (const nad of (0,nad_model/* nadModels */.Sf)(view)) {
        if (!nad.plugins.some((plugin) => plugin.ipam?.type === "host-local"))
            continue;
        const { object } = nad;
        const list = byFile.get(object.file.path) ?? [];
        list.push(object.itemIndex === undefined ? { documentIndex: object.documentIndex } : { documentIndex: object.documentIndex, itemIndex: object.itemIndex });
        byFile.set(object.file.path, list);
    }
    return byFile;
}
function isPlace(value) {
    const place = value;
    return typeof place === "object" && place !== null && isIndex(place.documentIndex) && (place.itemIndex === undefined || isIndex(place.itemIndex));
}
function isMultiNodeWorkload(value) {
    const fact = value;
    return (isPlace(value) &&
        typeof fact.ignores === "boolean" &&
        Array.isArray(fact.requests) &&
        fact.requests.every(workloads/* isNetworkName */.uD));
}
function isIndex(value) {
    return Number.isInteger(value) && value >= 0;
}
const placesMemo = new WeakMap();
/** Returns every workload object of the model by its place (`placeKey`), built once per model. */
function workloadPlaces(workspace) {
    return (0,workspace_view/* derived */.un)(placesMemo, workspace, "workloadPlaces", workloads/* UNRESOLVED_WORKLOAD_READS */.wJ, (view) => {
        const places = new Map();
        for (const kind of workloads/* WORKLOAD_KINDS */.i6)
            for (const object of view.objectsOfKind(kind.group, kind.kind))
                places.set(placeKey(object.file.path, object), object);
        return places;
    });
}
function placeKey(path, place) {
    return `${place.documentIndex}:${place.itemIndex ?? ""}:${path}`;
}
/** Finds the object of a NAD user's workload, which `matchesModel` checked is in the model. */
function objectOf(workspace, { path, workload }) {
    const object = workloadPlaces(workspace).get(placeKey(path, workload));
    if (!object)
        throw new Error(`no workload at ${path}, document ${workload.documentIndex}, though the facts of this run found one`);
    return object;
}
/** True when the workload's own `plumbline.dev/ignore` annotation names this rule (or every rule). */
function ignoresRule(workload) {
    const value = (0,workloads/* record */.g1)((0,workloads/* path */.Ae)(workload.object.value, ["metadata", "annotations"]))[workspace_workspace/* IGNORE_ANNOTATION */.Z];
    return typeof value === "string" && parseRuleList(value).some((rule) => rule === RULE_ID || rule === "*");
}

;// CONCATENATED MODULE: ./src/rules/attachment/nad-unused.ts





/** The NADs each workload names, by file. */
const REFERENCES = {
    name: "nad/unused references",
    kinds: workloads/* WORKLOAD_KIND_NAMES */.Cs,
    inputs: workloads/* UNRESOLVED_WORKLOAD_READS */.wJ,
    derive: referencesByFile,
    isFact: isReference,
};
const nadUnused = {
    id: "nad/unused",
    defaultSeverity: "info",
    description: "No workload in the repository references the NetworkAttachmentDefinition",
    tags: ["multus", "cni"],
    // The workloads are read only through their references, so an edit that leaves every workload's
    // references as they were reuses the findings.
    reads: [...nad_model/* NAD_READS */.Mw, { facts: REFERENCES }],
    check({ workspace, report }) {
        const used = usedNads(workspace);
        for (const object of workspace.objectsOfKind(nad_model/* NAD_GROUP */.ym, nad_model/* NAD_KIND */.jc)) {
            if (used.has(object))
                continue;
            const where = object.namespace ? `"${object.namespace}/${object.name}"` : `"${object.name}"`;
            report({
                file: object.file.path,
                range: workspace.rangeOfObject(object),
                resource: (0,workspace_workspace/* resourceRefOf */.nY)(object),
                message: `NetworkAttachmentDefinition ${where} is not referenced by any Pod, pod template or KubeVirt VM in the repository: reference it in a "${annotation/* NETWORKS_ANNOTATION */.A}" annotation, or remove it if nothing outside the repository uses it`,
            });
        }
    },
};
/**
 * Collects the NADs referenced by a pod template, a VM, or a networks annotation written on a
 * workload's own metadata. attachment/misplaced reports the last kind, so counting it here avoids
 * a second finding for the same mistake. The references of each file are facts of that file, so a
 * warm run finds them again only in the files that changed.
 */
function usedNads(workspace) {
    const references = (0,file_facts/* factsByFile */.b2)(workspace, REFERENCES);
    const used = new Set();
    let byName;
    // Workloads of one app tend to name the same networks, so each reference is resolved once.
    const resolved = new Set();
    for (const list of references.values()) {
        for (const reference of list) {
            if (!("anyNamespace" in reference)) {
                const key = `${reference.namespace === undefined ? "" : `+${reference.namespace}`}\u0000${reference.name}`;
                if (resolved.has(key))
                    continue;
                resolved.add(key);
                for (const nad of (0,workloads/* resolveNetworkObjects */.HN)(workspace, reference.namespace, reference.name))
                    used.add(nad);
                continue;
            }
            if (!byName) {
                byName = new Map();
                for (const nad of workspace.objectsOfKind(nad_model/* NAD_GROUP */.ym, nad_model/* NAD_KIND */.jc)) {
                    const named = byName.get(nad.name);
                    if (named)
                        named.push(nad);
                    else
                        byName.set(nad.name, [nad]);
                }
            }
            for (const nad of byName.get(reference.name) ?? [])
                used.add(nad);
        }
    }
    return used;
}
function referencesByFile(view) {
    const byFile = new Map();
    for (const workload of (0,workloads/* unresolvedWorkloads */.UH)(view)) {
        const file = workload.object.file.path;
        let references = byFile.get(file);
        if (!references)
            byFile.set(file, (references = []));
        for (const request of workload.requests)
            references.push((0,workloads/* networkName */.uv)((0,workloads/* resolvedIn */.ub)(workload, request), request.name));
        for (const site of [workload.networks, workload.defaultNetwork]) {
            if (!site?.parsed || site.parsed.errors.length === 0 || site.value === undefined)
                continue;
            for (const name of namesInBrokenValue(site.value))
                references.push({ anyNamespace: true, name });
        }
        const misplaced = [["metadata", "annotations"], ["spec", "jobTemplate", "metadata", "annotations"]];
        if (workload.podTemplatePath.length === 0)
            continue;
        for (const annotationsPath of misplaced) {
            const annotations = (0,workloads/* record */.g1)((0,workloads/* path */.Ae)(workload.object.value, annotationsPath));
            for (const key of [annotation/* NETWORKS_ANNOTATION */.A, annotation/* DEFAULT_NETWORK_ANNOTATION */.PB]) {
                const value = annotations[key];
                if (typeof value !== "string" || Buffer.byteLength(value) > view.config.limits.maxAnnotationBytes)
                    continue;
                for (const selection of (0,annotation/* parseNetworksAnnotation */.Qc)(value).elements) {
                    const namespace = selection.namespace || (key === annotation/* DEFAULT_NETWORK_ANNOTATION */.PB ? view.config.cluster.multusNamespace : workload.namespace);
                    references.push((0,workloads/* networkName */.uv)(namespace, selection.name));
                }
            }
        }
    }
    return byFile;
}
function isReference(value) {
    const reference = value;
    if (typeof reference === "object" && reference !== null && "anyNamespace" in reference)
        return reference.anyNamespace === true && typeof reference.name === "string";
    return (0,workloads/* isNetworkName */.uD)(value);
}
/**
 * Network names that an annotation which fails to parse probably means, so that attachment/syntax
 * alone reports it: every `"name": "x"` of a JSON value, or every item of the short form.
 */
function namesInBrokenValue(value) {
    if (/[[{"]/.test(value))
        return [...value.matchAll(/"name"\s*:\s*"([^"]*)"/g)].map((match) => match[1]);
    return value.split(",").map((item) => item.trim().replace(/^.*\//, "").replace(/@.*$/, "").trim());
}

;// CONCATENATED MODULE: ./src/rules/attachment/resource-request.ts



const resourceRequest = {
    id: "attachment/resource-request",
    defaultSeverity: "warning",
    description: "A pod references a NAD with a resourceName but does not request that device resource once per reference",
    tags: ["multus", "sriov"],
    reads: workloads/* WORKLOAD_READS */.UQ,
    partition: workloads/* BY_WORKLOAD_FILE */.fc,
    check({ workspace, report }) {
        for (const workload of (0,workloads/* workloads */.bH)(workspace)) {
            // KubeVirt adds the device requests of its VMs' networks to the launcher pod itself.
            if (workload.virtualMachine)
                continue;
            const byResource = new Map();
            for (const request of workload.requests) {
                const resourceName = request.nads.find((nad) => nad.resourceName)?.resourceName;
                if (!resourceName)
                    continue;
                const list = byResource.get(resourceName) ?? [];
                list.push(request);
                byResource.set(resourceName, list);
            }
            for (const [resourceName, requests] of byResource) {
                const requested = requestedCount(workload, resourceName);
                if (requested >= requests.length)
                    continue;
                const first = requests[0];
                const names = [...new Set(requests.map((request) => `"${request.namespace}/${request.name}"`))].join(", ");
                const times = requests.length === 1 ? "one network" : `${requests.length} networks`;
                report({
                    file: workload.object.file.path,
                    range: first.range,
                    resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
                    message: `${describeWorkload(workload)} attaches ${times} (${names}) backed by device resource "${resourceName}" but its containers request ${requested}, so Multus finds no device for the attachment: add "${resourceName}": "${requests.length}" to a container's resources.requests and resources.limits (or install network-resources-injector)`,
                });
            }
        }
    },
};
/**
 * How many units of an extended resource the pod asks for: the sum over its containers of the
 * larger of request and limit (for extended resources Kubernetes takes the limit as the request when
 * only the limit is set), or the largest init container's, whichever is greater.
 */
function requestedCount(workload, resourceName) {
    const amount = (container) => {
        const resources = container?.resources;
        return Math.max(quantity(resources?.requests?.[resourceName]), quantity(resources?.limits?.[resourceName]));
    };
    const containers = Array.isArray(workload.podSpec.containers) ? workload.podSpec.containers : [];
    const initContainers = Array.isArray(workload.podSpec.initContainers) ? workload.podSpec.initContainers : [];
    const sum = containers.reduce((total, container) => total + amount(container), 0);
    const init = initContainers.reduce((largest, container) => Math.max(largest, amount(container)), 0);
    return Math.max(sum, init);
}
function quantity(value) {
    if (typeof value === "number")
        return value;
    if (typeof value === "string" && /^\d+$/.test(value.trim()))
        return Number(value.trim());
    return 0;
}

;// CONCATENATED MODULE: ./src/rules/attachment/status-in-git.ts



const STATUS_KEYS = [annotation/* NETWORK_STATUS_ANNOTATION */.AH, annotation/* LEGACY_NETWORK_STATUS_ANNOTATION */.yH];
const statusInGit = {
    id: "attachment/status-in-git",
    defaultSeverity: "warning",
    description: "A committed network-status annotation, which Multus writes at runtime",
    tags: ["multus"],
    reads: workloads/* WORKLOAD_READS */.UQ,
    partition: workloads/* BY_WORKLOAD_FILE */.fc,
    check({ workspace, report }) {
        for (const workload of (0,workloads/* workloads */.bH)(workspace)) {
            const paths = [["metadata", "annotations"]];
            if (workload.podTemplatePath.length > 0)
                paths.push([...workload.podTemplatePath.map(String), "metadata", "annotations"]);
            for (const annotationsPath of paths) {
                const annotations = (0,workloads/* record */.g1)((0,workloads/* path */.Ae)(workload.object.value, annotationsPath));
                for (const key of STATUS_KEYS) {
                    if (!(key in annotations))
                        continue;
                    report({
                        file: workload.object.file.path,
                        range: workspace.rangeOf(workload.object, [...annotationsPath, key], "key"),
                        resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
                        message: `annotation "${key}" is written by Multus when a pod starts and describes that one pod, so a committed copy is stale: remove it (it usually comes from exporting a live object with kubectl get -o yaml)`,
                    });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/attachment/syntax.ts


// Kubernetes caps all annotations of an object at 256 KiB together (apimachinery
// TotalAnnotationSizeLimitB), so a larger single value is rejected by the API server as well.
const syntax = {
    id: "attachment/syntax",
    defaultSeverity: "error",
    description: "A networks or default-network annotation value does not parse as Multus reads it",
    tags: ["multus"],
    reads: workloads/* WORKLOAD_READS */.UQ,
    partition: workloads/* BY_WORKLOAD_FILE */.fc,
    check(context) {
        for (const workload of (0,workloads/* workloads */.bH)(context.workspace)) {
            for (const site of [workload.networks, workload.defaultNetwork]) {
                if (site)
                    checkSite(context, workload, site);
            }
        }
    },
};
function checkSite(context, workload, site) {
    const { workspace, config } = context;
    const object = workload.object;
    const resource = (0,workspace_workspace/* resourceRefOf */.nY)(object);
    const wholeValue = () => workspace.rangeOf(object, site.path);
    if (site.value === undefined) {
        context.report({
            file: object.file.path,
            range: wholeValue(),
            resource,
            message: `annotation "${site.key}" must be a string; quote the value or write the JSON form inside a YAML string`,
        });
        return;
    }
    if (!site.parsed) {
        const limit = config.limits.maxAnnotationBytes;
        context.report({
            file: object.file.path,
            range: wholeValue(),
            resource,
            message: `annotation "${site.key}" is ${site.bytes} bytes, above the limit of ${limit} bytes (limits.maxAnnotationBytes), so it was not checked; Kubernetes rejects objects whose annotations exceed 262144 bytes together`,
        });
        return;
    }
    for (const error of site.parsed.errors) {
        context.report({
            file: object.file.path,
            range: (0,workloads/* rangeInAnnotation */.Kc)(workspace, object, site, error.start, error.end),
            resource,
            message: `annotation "${site.key}": ${error.message}`,
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/attachment/unknown-key.ts



/** Keys Multus reads in a JSON selection element (pkg/types/types.go NetworkSelectionElement). */
const KNOWN_KEYS = [
    "name",
    "namespace",
    "interface",
    "ips",
    "mac",
    "infiniband-guid",
    "portMappings",
    "bandwidth",
    "cni-args",
    "default-route",
    "deviceID",
    "ipam-claim-reference",
];
// Keys seen in the wild that Multus silently ignores, with the key that was meant.
const COMMON_MISTAKES = {
    macaddress: "mac",
    macrequest: "mac",
    "mac-address": "mac",
    mac_address: "mac",
    gateway: "default-route",
    gateways: "default-route",
    defaultroute: "default-route",
    default_route: "default-route",
    "default-routes": "default-route",
    ip: "ips",
    ipaddress: "ips",
    ipaddresses: "ips",
    addresses: "ips",
    address: "ips",
    ifname: "interface",
    iface: "interface",
    interfacename: "interface",
    "interface-name": "interface",
    ns: "namespace",
    infinibandguid: "infiniband-guid",
    infiniband_guid: "infiniband-guid",
    guid: "infiniband-guid",
    cniargs: "cni-args",
    cni_args: "cni-args",
    portmapping: "portMappings",
    "port-mappings": "portMappings",
    deviceid: "deviceID",
    "device-id": "deviceID",
};
const unknownKey = {
    id: "attachment/unknown-key",
    defaultSeverity: "warning",
    description: "A JSON network selection element has a key that Multus ignores, or the deprecated interfaceRequest",
    tags: ["multus"],
    reads: workloads/* WORKLOAD_READS */.UQ,
    partition: workloads/* BY_WORKLOAD_FILE */.fc,
    check({ workspace, report }) {
        for (const workload of (0,workloads/* workloads */.bH)(workspace)) {
            for (const site of [workload.networks, workload.defaultNetwork]) {
                if (!site?.parsed || site.parsed.format !== "json")
                    continue;
                for (const element of site.parsed.elements) {
                    for (const unknown of element.unknownKeys ?? []) {
                        const meant = COMMON_MISTAKES[unknown.key.toLowerCase()] ?? (0,src_config/* closestName */.Nf)(unknown.key, KNOWN_KEYS);
                        const fix = meant ? `rename it to "${meant}"` : `remove it; Multus reads ${KNOWN_KEYS.map((key) => `"${key}"`).join(", ")}`;
                        report({
                            file: workload.object.file.path,
                            range: (0,workloads/* rangeInAnnotation */.Kc)(workspace, workload.object, site, unknown.start, unknown.end),
                            resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
                            message: `key "${unknown.key}" in network "${element.name}" is not a Multus selection key and is silently ignored: ${fix}`,
                        });
                    }
                    if (element.interfaceFromRequest && element.spans?.interfaceRequest) {
                        const span = element.spans.interfaceRequest;
                        report({
                            file: workload.object.file.path,
                            range: (0,workloads/* rangeInAnnotation */.Kc)(workspace, workload.object, site, span.start, span.end),
                            resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
                            message: `"interfaceRequest" in network "${element.name}" is the deprecated spelling from Multus before 3.2: rename the key to "interface"`,
                        });
                    }
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/attachment/unknown-network.ts




const unknownNetwork = {
    id: "attachment/unknown-network",
    defaultSeverity: "error",
    description: "A network reference resolves to no NetworkAttachmentDefinition in the repository",
    tags: ["multus"],
    reads: [...workloads/* WORKLOAD_READS */.UQ, "tree"],
    partition: workloads/* BY_WORKLOAD_FILE */.fc,
    check({ workspace, report }) {
        for (const workload of (0,workloads/* workloads */.bH)(workspace)) {
            for (const request of workload.requests) {
                if (request.nads.length > 0 || request.external || request.name === "")
                    continue;
                if (defaultNetworkInPodNamespace(workspace, workload, request))
                    continue;
                report({
                    file: workload.object.file.path,
                    range: request.range,
                    resource: (0,workspace_workspace/* resourceRefOf */.nY)(workload.object),
                    message: `network "${request.name}" not found: no NetworkAttachmentDefinition ${describeReference(request)} in the repository (${whereItResolved(request, workload)}); ${suggestion(workspace, request)}`,
                });
            }
        }
    },
};
/** attachment/default-network reports a default network that exists only in the pod's namespace. */
function defaultNetworkInPodNamespace(workspace, workload, request) {
    return request.source === "default-network" && request.namespaceFrom === "multus" && (0,workloads/* resolveNetwork */.lr)(workspace, workload.namespace, request.name).length > 0;
}
function whereItResolved(request, workload) {
    if (request.namespaceFrom === "explicit")
        return `namespace "${request.namespace}" as written`;
    if (request.namespaceFrom === "multus")
        return `a default network without namespace resolves in Multus's namespace "${request.namespace}"`;
    if (workload.namespace === undefined) {
        return `a reference without namespace resolves in the pod's namespace, which no metadata, kustomization or Application sets, so "default" was assumed`;
    }
    return `a reference without namespace resolves in the pod's namespace "${request.namespace}"`;
}
function suggestion(workspace, request) {
    // The JSON form takes "name" literally; only the short form splits "namespace/name".
    const slash = request.name.indexOf("/");
    if (request.selection.raw !== undefined && slash > 0) {
        return `the JSON form does not split "namespace/name": write "namespace": "${request.name.slice(0, slash)}", "name": "${request.name.slice(slash + 1)}"`;
    }
    const networks = networkIndex(workspace);
    const sameName = (networks.byName.get(request.name) ?? []).filter((network) => network.namespace !== request.namespace);
    if (sameName.length > 0) {
        const target = sameName[0];
        const fix = request.selection.raw !== undefined ? `add "namespace": "${target.namespace}"` : `write "${target.namespace}/${target.name}"`;
        return `a NAD "${request.name}" exists in namespace "${target.namespace}": ${fix}`;
    }
    const close = (0,src_config/* closestName */.Nf)(request.name, networks.namesIn.get(request.namespace) ?? []) ?? (0,src_config/* closestName */.Nf)(request.name, networks.names);
    if (close) {
        const named = networks.byName.get(close);
        const target = named.find((network) => network.namespace === request.namespace) ?? named[0];
        return `did you mean "${target.namespace}/${target.name}"?`;
    }
    const fix = `add the NetworkAttachmentDefinition, or list "${request.namespace}/${request.name}" in externalNetworks if it is managed outside this repository`;
    // A NAD in a file that exclude leaves out is invisible here, which reads like a missing NAD.
    const excluded = workspace.tree.excluded;
    if (excluded.length === 0)
        return fix;
    const shown = excluded.slice(0, 3).map((path) => `"${path}"`).join(", ");
    const more = excluded.length > 3 ? ` and ${excluded.length - 3} more` : "";
    return `${fix}; NADs in files that exclude leaves out (${shown}${more}) are not read`;
}
const indexes = new WeakMap();
/** Indexes the known networks once per lint: a repository with many missing references would otherwise scan every NAD for each. */
function networkIndex(workspace) {
    let index = indexes.get(workspace);
    if (index)
        return index;
    index = { byName: new Map(), namesIn: new Map(), names: [] };
    for (const network of (0,workloads/* knownNetworks */.BL)(workspace)) {
        const named = index.byName.get(network.name);
        if (named)
            named.push(network);
        else
            index.byName.set(network.name, [network]);
        const names = index.namesIn.get(network.namespace);
        if (names)
            names.push(network.name);
        else
            index.namesIn.set(network.namespace, [network.name]);
        index.names.push(network.name);
    }
    indexes.set(workspace, index);
    return index;
}

;// CONCATENATED MODULE: ./src/rules/attachment/index.ts
















// The pod network annotation rules, in catalog order (attachment/capability is new and sits next
// to the mac rule), followed by the two NAD rules that need the workloads' references.
const attachmentRules = [
    syntax,
    unknownKey,
    annotationKey,
    misplaced,
    unknownNetwork,
    crossNamespace,
    interfaceName,
    ips,
    mac,
    capability,
    defaultRoute,
    defaultNetwork,
    resourceRequest,
    statusInGit,
    nadIpamPerNode,
    nadUnused,
];

;// CONCATENATED MODULE: ./src/rules/core/repo-limits.ts
// Findings for files plumbline could not read or read only in part. The loader records each problem
// on the file (see workspace/parse.ts), and these rules report them. repo/unreadable also reports
// symbolic links named like a manifest that were not read because they lead out of the root or nowhere.



const repo_limits_FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const MANIFEST_NAME = /\.(ya?ml|json)$|^Kustomization$/;
const repoUnreadable = {
    id: "repo/unreadable",
    defaultSeverity: "error",
    description: "A YAML or JSON file, or a folder, cannot be read (permission denied, not a regular file, a symbolic link out of the root or to nothing)",
    tags: ["repo"],
    check({ workspace, report }) {
        for (const file of workspace.files.values()) {
            for (const problem of file.problems) {
                if (problem.kind === "unreadable")
                    report({ file: file.path, range: problem.range, message: problem.message });
            }
        }
        for (const link of unreadManifestLinks(workspace)) {
            report({ file: link.path, range: repo_limits_FILE_START, message: describeLink(link) });
        }
        for (const path of workspace.tree.unreadableDirs) {
            report({
                file: path,
                range: repo_limits_FILE_START,
                message: "folder cannot be listed (permission denied, or it vanished during the walk), so no file in it was linted; make it readable or add it to exclude",
            });
        }
        for (const path of workspace.tree.special) {
            if (!MANIFEST_NAME.test(external_node_path_.posix.basename(path)))
                continue;
            report({
                file: path,
                range: repo_limits_FILE_START,
                message: "file is a FIFO, socket or device, not a regular file, so it was not read; remove it or add it to exclude",
            });
        }
    },
};
const repoLimit = {
    id: "repo/limit",
    defaultSeverity: "error",
    description: "A file exceeds one of plumbline's input limits (size, tokens, documents, nesting, aliases), so part of it was not linted",
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
/**
 * Symbolic links named like a manifest that the loader did not read. Links that repo/out-of-bounds-symlink
 * already reports (absolute or leaving the root, in a repository Argo CD reads) are left to it.
 */
function unreadManifestLinks(workspace) {
    const argo = workspace.tree.symlinks.length > 0 && (0,argocd_graph/* usesArgoCD */.Nb)(workspace);
    return workspace.tree.symlinks.filter((link) => {
        if (link.isFileInsideRoot || link.isDirectory)
            return false;
        if (!MANIFEST_NAME.test(external_node_path_.posix.basename(link.path)))
            return false;
        const reportedByArgo = link.target !== undefined && (link.absolute || leavesRootLexically(link.path, link.target));
        return !(argo && reportedByArgo);
    });
}
function describeLink(link) {
    const linkText = link.target === undefined ? `"${link.path}"` : `"${link.path}" -> "${link.target}"`;
    if (link.unresolved) {
        return `symbolic link ${linkText} cannot be resolved (its target is missing or the links form a loop), so it was not read; fix or remove the link`;
    }
    if (link.leavesRoot) {
        return `symbolic link ${linkText} points outside the repository root, so it was not read; plumbline reads nothing outside the root, so copy the file into the repository`;
    }
    return `symbolic link ${linkText} does not point to a regular file, so it was not read; point it at a file or remove it`;
}

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

// EXTERNAL MODULE: ./src/rules/docs-url.ts
var docs_url = __webpack_require__(5148);
;// CONCATENATED MODULE: ./src/rules/kustomize/cycle.ts



const LIST_FIELDS = ["resources", "bases", "components"];
const kustomizeCycle = {
    id: "kustomize/cycle",
    defaultSeverity: "error",
    description: "A kustomization includes itself, directly or through other kustomizations, so kustomize build fails",
    tags: ["kustomize"],
    check({ workspace, report }) {
        for (const kustomization of workspace.kustomizations.values()) {
            const file = workspace.files.get(kustomization.file);
            const contents = file?.documents[0]?.contents;
            if (!file || !(0,yaml_model/* isMap */.jh)(contents))
                continue;
            for (const field of LIST_FIELDS) {
                const list = (0,yaml_model/* mapGet */.ZX)(contents, field);
                if (!(0,yaml_model/* isSeq */.oP)(list))
                    continue;
                for (const item of list.items) {
                    if (!(0,yaml_model/* isScalar */.jn)(item) || typeof item.value !== "string")
                        continue;
                    const target = joinInsideRoot(kustomization.dir, item.value);
                    if (target === undefined || !kustomization.resourceDirs.includes(target))
                        continue;
                    // The entry closes a cycle when the folder it names is this one or builds this one.
                    const reachesBack = target === kustomization.dir || buildKustomization(target, workspace.tree, workspace.kustomizations).kustomizations.includes(kustomization.file);
                    if (!reachesBack)
                        continue;
                    const how = target === kustomization.dir ? "names its own folder" : `includes "${target}", which includes this kustomization again`;
                    report({
                        file: file.path,
                        range: workspace.rangeOfNode(file, item),
                        message: `${field} entry "${item.value}" ${how}, so kustomize build fails with a cycle; remove the entry`,
                    });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/kustomize/resource-missing.ts




const resource_missing_LIST_FIELDS = ["resources", "bases", "components"];
const kustomizeResourceMissing = {
    id: "kustomize/resource-missing",
    defaultSeverity: "error",
    description: "A kustomization lists a local resource, base or component that does not exist, so kustomize build fails",
    tags: ["kustomize"],
    check({ workspace, report }) {
        for (const kustomization of workspace.kustomizations.values()) {
            if (kustomization.missing.length === 0)
                continue;
            const file = workspace.files.get(kustomization.file);
            const contents = file?.documents[0]?.contents;
            if (!file || !(0,yaml_model/* isMap */.jh)(contents))
                continue;
            for (const field of resource_missing_LIST_FIELDS) {
                const list = (0,yaml_model/* mapGet */.ZX)(contents, field);
                if (!(0,yaml_model/* isSeq */.oP)(list))
                    continue;
                for (const item of list.items) {
                    if (!(0,yaml_model/* isScalar */.jn)(item) || typeof item.value !== "string" || !kustomization.missing.includes(item.value))
                        continue;
                    report({
                        file: file.path,
                        range: workspace.rangeOfNode(file, item),
                        message: `${field} entry "${item.value}" names no file or folder in the repository, so kustomize build (and every Argo CD Application on this folder) fails${resource_missing_suggestion(workspace.tree, kustomization.dir, item.value)}`,
                    });
                }
            }
        }
    },
};
/** Returns a hint naming a close existing sibling of the missing path, written the way the entry is written. */
function resource_missing_suggestion(tree, base, entry) {
    const resolved = joinInsideRoot(base, entry);
    if (resolved === undefined)
        return "";
    const parent = parentOf(resolved);
    if (!tree.hasDir(parent))
        return `; the folder "${parent || "."}" does not exist either`;
    const listing = tree.list(parent);
    const siblings = [...listing.dirs, ...listing.files].map((path) => external_node_path_.posix.basename(path));
    const close = (0,src_config/* closestName */.Nf)(external_node_path_.posix.basename(resolved), siblings);
    if (!close)
        return "";
    const written = entry.replace(/\/+$/, "");
    return ` (did you mean "${written.slice(0, written.length - external_node_path_.posix.basename(written).length)}${close}"?)`;
}

;// CONCATENATED MODULE: ./src/rules/kustomize/index.ts


const kustomizeRules = [kustomizeResourceMissing, kustomizeCycle];

// EXTERNAL MODULE: ./src/live/bounds.ts
var bounds = __webpack_require__(5193);
;// CONCATENATED MODULE: ./src/live/diagnose.ts
// Pure diagnosis of a live pod's secondary networks: which requested networks its network-status
// lacks, and why, from the pod's phase and its events. The error fragments matched here come from
// containernetworking/cni libcni (`failed to find plugin %q in path`), the reference plugins
// (`failed to lookup master %q`) and host-local IPAM (`no IP addresses available`). multus-cni
// writes `cannot find a network-attachment-definition (%s) in namespace (%s)` and the event reasons
// `NoNetworkFound` and `AddedInterface`. The kubelet reports sandbox failures as
// `FailedCreatePodSandBox`.

/** Parses a pod object from the API into the fields the diagnosis reads. */
function toLivePod(value) {
    const pod = diagnose_record(value);
    const metadata = diagnose_record(pod.metadata);
    if (typeof metadata.name !== "string")
        return undefined;
    const status = diagnose_record(pod.status);
    const annotations = {};
    for (const [key, item] of Object.entries(diagnose_record(metadata.annotations)))
        if (typeof item === "string")
            annotations[key] = item;
    let waitingReason;
    for (const container of Array.isArray(status.containerStatuses) ? status.containerStatuses : []) {
        const waiting = diagnose_record(diagnose_record(diagnose_record(container).state).waiting);
        if (typeof waiting.reason === "string")
            waitingReason ??= waiting.reason;
    }
    return {
        name: metadata.name,
        namespace: typeof metadata.namespace === "string" ? metadata.namespace : "",
        uid: typeof metadata.uid === "string" ? metadata.uid : undefined,
        phase: typeof status.phase === "string" ? status.phase : undefined,
        nodeName: typeof diagnose_record(pod.spec).nodeName === "string" ? diagnose_record(pod.spec).nodeName : undefined,
        annotations,
        waitingReason,
    };
}
/** Parses one item of an Event list; undefined for events about anything but a pod. */
function toLiveEvent(value) {
    const event = diagnose_record(value);
    const involved = diagnose_record(event.involvedObject);
    if (involved.kind !== "Pod" || typeof involved.name !== "string")
        return undefined;
    const stamp = [event.lastTimestamp, diagnose_record(event.series).lastObservedTime, event.eventTime, event.firstTimestamp].find((item) => typeof item === "string");
    const time = typeof stamp === "string" ? Date.parse(stamp) : Number.NaN;
    return {
        reason: typeof event.reason === "string" ? event.reason : "",
        message: typeof event.message === "string" ? event.message : "",
        type: typeof event.type === "string" ? event.type : undefined,
        involvedName: involved.name,
        involvedUid: typeof involved.uid === "string" ? involved.uid : undefined,
        time: Number.isFinite(time) ? time : 0,
    };
}
/** Reads the networks the live pod requested from its own annotation; namespaces default to the pod's. */
function requestedNetworks(pod) {
    const value = pod.annotations[annotation/* NETWORKS_ANNOTATION */.A];
    if (value === undefined)
        return undefined;
    return (0,annotation/* parseNetworksAnnotation */.Qc)(value).elements.map((element) => ({
        namespace: element.namespace ?? pod.namespace,
        name: element.name,
        interface: element.interface,
    }));
}
/** Lists the `name` of every entry of the pod's network-status, or undefined when the pod has none. */
function statusNetworks(pod) {
    const text = pod.annotations[annotation/* NETWORK_STATUS_ANNOTATION */.AH] ?? pod.annotations[annotation/* LEGACY_NETWORK_STATUS_ANNOTATION */.yH];
    if (text === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        if (!Array.isArray(parsed))
            return [];
        return parsed.map((entry) => diagnose_record(entry).name).filter((name) => typeof name === "string");
    }
    catch {
        return [];
    }
}
/**
 * Lists the requested networks a pod did not get, each with its diagnosed cause. `expected` is the
 * repo's request. The pod's own annotation wins when it has one, because Multus acts on that.
 */
function missingAttachments(pod, expected, events) {
    const requested = requestedNetworks(pod);
    if (requested === undefined) {
        const cause = {
            kind: "annotation-missing",
            text: `the running pod has no "${annotation/* NETWORKS_ANNOTATION */.A}" annotation, so it was created from an older version of the workload; sync the workload and restart its pods`,
        };
        return expected.map((network) => ({ network, cause }));
    }
    const listed = statusNetworks(pod);
    const missing = requested.filter((network) => !listed?.some((name) => sameNetwork(name, network, pod.namespace)));
    if (missing.length === 0)
        return [];
    const own = events.filter((event) => event.involvedName === pod.name && (!event.involvedUid || !pod.uid || event.involvedUid === pod.uid));
    own.sort((a, b) => b.time - a.time);
    return missing.map((network) => ({ network, cause: diagnose(pod, network, listed, own) }));
}
function sameNetwork(statusName, network, podNamespace) {
    if (statusName === `${network.namespace}/${network.name}`)
        return true;
    // Older Multus versions wrote the bare NAD name for a NAD in the pod's namespace.
    return statusName === network.name && network.namespace === podNamespace;
}
function diagnose(pod, network, listed, events) {
    const node = pod.nodeName ? ` on node "${pod.nodeName}"` : "";
    for (const event of events) {
        if (event.reason === "NoNetworkFound" || (event.reason === "FailedCreatePodSandBox" && NAD_NOT_FOUND.test(event.message))) {
            const match = NAD_NOT_FOUND.exec(event.message);
            if (match && !(match[1] === network.name && match[2] === network.namespace))
                continue;
            return {
                kind: "nad-not-found",
                text: `Multus found no NetworkAttachmentDefinition "${network.namespace}/${network.name}" (${event.reason}); create it in namespace "${network.namespace}", or reference the namespace it lives in`,
            };
        }
    }
    const sandbox = events.find((event) => event.reason === "FailedCreatePodSandBox" && mentionsNetwork(event.message, network));
    const anySandbox = sandbox ?? events.find((event) => event.reason === "FailedCreatePodSandBox");
    if (anySandbox)
        return sandboxCause(anySandbox.message, node);
    if (listed === undefined) {
        if (pod.phase === "Pending") {
            return { kind: "pending", text: `the pod is still ${pod.waitingReason ?? "Pending"}${node} and no sandbox event explains why; run kubectl describe pod "${pod.name}" -n "${pod.namespace}"` };
        }
        const added = events.some((event) => event.reason === "AddedInterface");
        if (added) {
            return {
                kind: "no-status",
                text: "Multus added interfaces (AddedInterface events) but wrote no network-status, which it does only when it has a kubeconfig; give Multus its kubeconfig and restart the pod",
            };
        }
        return {
            kind: "no-status",
            text: `the pod has no network-status annotation, so Multus did not run for it: Multus is not in the CNI chain${node}, or the pod started before Multus; make Multus the first config in /etc/cni/net.d, then restart the pod`,
        };
    }
    return {
        kind: "status-incomplete",
        text: `its network-status lists ${listed.length > 0 ? listed.map((name) => `"${name}"`).join(", ") : "no network"}, so the annotation changed after the pod started; restart the pod`,
    };
}
const NAD_NOT_FOUND = /cannot find a network-attachment-definition \(([^)]*)\) in namespace \(([^)]*)\)/;
const PLUGIN_MISSING = /failed to find plugin "([^"]+)" in paths? (\[[^\]]*\])?/;
const MASTER_MISSING = /failed to lookup master "([^"]*)"/;
const IPAM_ERROR = /no IP addresses available|could not allocate IP|failed to allocate for range|ipam|IPAM|error dialing DHCP daemon/;
function sandboxCause(message, node) {
    const plugin = PLUGIN_MISSING.exec(message);
    if (plugin) {
        const where = plugin[2] ? ` (searched ${plugin[2]})` : "";
        return {
            kind: "plugin-missing",
            text: `the CNI plugin binary "${plugin[1]}" is missing${node}${where}; install it in the CNI bin directory of every node (containernetworking/plugins), or use a plugin the nodes have`,
        };
    }
    const master = MASTER_MISSING.exec(message);
    if (master) {
        return {
            kind: "master-missing",
            text: `the master interface "${master[1]}" does not exist${node}; set "master" in the NAD to an interface every node has`,
        };
    }
    if (IPAM_ERROR.test(message)) {
        return { kind: "ipam-error", text: `IPAM failed${node}: "${excerpt(message)}"; fix the NAD's ipam section, or free addresses in its range` };
    }
    return { kind: "sandbox-error", text: `the pod sandbox failed${node}: "${excerpt(message)}"` };
}
/** Multus names the failing network in `error adding container to network "<name>"`. */
function mentionsNetwork(message, network) {
    return message.includes(`"${network.name}"`) || message.includes(`${network.namespace}/${network.name}`);
}
/** Cuts a long CRI error to its most specific part, the last two `: ` segments, capped at 200 characters. */
function excerpt(message) {
    const parts = message.split(/:\s+/);
    const tail = parts.length > 2 ? parts.slice(-2).join(": ") : message;
    const clean = tail.replace(/\s+/g, " ").trim();
    return clean.length > 200 ? `${clean.slice(0, 197)}...` : clean;
}
function diagnose_record(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}

;// CONCATENATED MODULE: ./src/live/workloads.ts

const cache = new WeakMap();
/**
 * Returns the workloads that request networks through `k8s.v1.cni.cncf.io/networks`. The
 * default-network annotation and KubeVirt VMs are left out, because their network-status entries
 * and pods do not follow the annotation's names.
 */
function liveWorkloads(workspace) {
    let result = cache.get(workspace);
    if (!result) {
        result = readWorkloads(workspace);
        cache.set(workspace, result);
    }
    return result;
}
function readWorkloads(workspace) {
    const result = [];
    for (const workload of (0,workloads/* workloads */.bH)(workspace)) {
        if (workload.virtualMachine || !workload.networks)
            continue;
        const requests = workload.requests.filter((request) => request.source === "networks");
        if (requests.length === 0)
            continue;
        result.push({
            object: workload.object,
            namespace: workload.namespace,
            matchLabels: workload.matchLabels,
            annotationPath: workload.networks.path,
            requests: requests.map((request) => ({
                namespace: request.selection.namespace || undefined,
                name: request.name,
                interface: request.selection.interface,
                range: request.range,
            })),
            replicas: typeof workload.replicas === "number" ? workload.replicas : undefined,
            transient: workload.object.kind === "Job" || workload.object.kind === "CronJob",
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/live/place.ts
// The position of live findings about the cluster as a whole: line 1 of the config file when the
// repo has one, else line 1 of the repo's first file in path order. Findings about one repo object
// point at that object instead.


const LINE_ONE = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function clusterPlace(workspace, config) {
    if (config.source)
        return { file: config.source, range: LINE_ONE };
    const first = [...workspace.files.keys()].sort()[0] ?? ".";
    return { file: first, range: LINE_ONE };
}
/** Tells whether the repo declares something Multus acts on: a NAD or a workload that requests networks. */
function usesMultus(workspace) {
    return (0,nad_model/* nadModels */.Sf)(workspace).length > 0 || liveWorkloads(workspace).length > 0;
}

;// CONCATENATED MODULE: ./src/live/snapshot.ts





const NAD_CRD_NAME = "network-attachment-definitions.k8s.cni.cncf.io";
/** The DaemonSet of multus-cni's deployments/multus-daemonset.yml (older releases add `-amd64`). */
const MULTUS_DAEMONSET_NAMES = ["kube-multus-ds", "kube-multus-ds-amd64"];
const MULTUS_LABEL_SELECTOR = "app=multus";
const CONCURRENCY = 4;
const snapshot_cache = new WeakMap();
/** Returns the cluster state for this workspace. The first live rule starts the fetch, and the others await it. */
function liveSnapshot(workspace, config, live) {
    let snapshot = snapshot_cache.get(workspace);
    if (!snapshot) {
        snapshot = fetchSnapshot(workspace, config, live);
        snapshot_cache.set(workspace, snapshot);
    }
    return snapshot;
}
function emptySnapshot() {
    return { problems: [], nads: [], workloads: [], events: new Map(), applications: [] };
}
async function fetchSnapshot(workspace, config, live) {
    const phaseMs = live.timeoutMs * bounds/* PHASE_BOUND_TIMEOUTS */.U;
    const snapshot = emptySnapshot();
    // The client, and node:https with it, loads only when the live checks run.
    const { createClient } = await __webpack_require__.e(/* import() */ 831).then(__webpack_require__.bind(__webpack_require__, 1831));
    const created = await createClient(live, phaseMs);
    if ("error" in created) {
        snapshot.server = created.server;
        snapshot.fatal = created.error;
        return snapshot;
    }
    const client = created.client;
    snapshot.server = client.server;
    const fetcher = new Fetcher(client, snapshot);
    // The CRD lookup doubles as the reachability probe: when it cannot reach the server or the
    // server rejects the credentials, no other request is made.
    const crd = await client.get(`/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${NAD_CRD_NAME}`);
    const fatal = fatalMessage(crd, client.server);
    if (fatal) {
        snapshot.fatal = fatal;
        return snapshot;
    }
    // A repo without NADs or network requests gets no Multus findings, so nothing is asked about Multus.
    const multusUsed = usesMultus(workspace);
    if (crd.kind === "ok")
        snapshot.nadCrdInstalled = true;
    else if (crd.kind === "not-found")
        snapshot.nadCrdInstalled = false;
    else if (multusUsed) {
        fetcher.problem(crd, { verb: "get", group: "apiextensions.k8s.io", resource: "customresourcedefinitions" }, `get the CustomResourceDefinition "${NAD_CRD_NAME}"`, "whether the NAD CRD is installed");
    }
    const tasks = multusUsed ? [() => fetchMultus(fetcher, config)] : [];
    if (snapshot.nadCrdInstalled !== false) {
        for (const model of (0,nad_model/* nadModels */.Sf)(workspace))
            tasks.push(() => fetchNad(fetcher, model));
    }
    for (const workload of liveWorkloads(workspace))
        tasks.push(() => fetchPods(fetcher, workload));
    for (const application of workspace.applications)
        tasks.push(() => fetchApplication(fetcher, application, config));
    await runPool(tasks, CONCURRENCY);
    // Events only for the namespaces where a pod lacks a network, since only those need a cause.
    const namespaces = new Set();
    for (const state of snapshot.workloads) {
        const expected = expectedNetworks(state);
        if (state.pods.some((pod) => missingAttachments(pod, expected, []).length > 0))
            namespaces.add(state.namespace);
    }
    await runPool([...namespaces].map((namespace) => () => fetchEvents(fetcher, namespace)), CONCURRENCY);
    if (fetcher.skipped > 0)
        snapshot.stoppedAfterMs = phaseMs;
    return snapshot;
}
/** Builds the message for a server that cannot be used at all. It never names a credential. */
function fatalMessage(outcome, server) {
    switch (outcome.kind) {
        case "network":
            if (outcome.tls)
                return `cannot connect to the API server "${server}": ${outcome.reason}`;
            if (outcome.timedOut)
                return `the API server "${server}" did not respond: ${outcome.reason}; check the address and the network, or raise --live-timeout`;
            return `cannot reach the API server "${server}": ${outcome.reason}; check the address, the network and that the cluster runs`;
        case "unauthorized":
            return `the API server "${server}" rejected the credentials (401 Unauthorized): refresh the token or certificate in the kubeconfig`;
        case "skipped":
            return `the live checks did not start: the API server "${server}" sent no usable response within the live phase's bound`;
        default:
            return undefined;
    }
}
/** Lists the networks the repo requests, with namespaces defaulted to the pods' namespace. */
function expectedNetworks(state) {
    return state.workload.requests.map((request) => ({ namespace: request.namespace ?? state.namespace, name: request.name, interface: request.interface }));
}
/** Issues GETs and turns failures into problems, with one entry per missing permission. */
class Fetcher {
    client;
    snapshot;
    skipped = 0;
    seenPermissions = new Set();
    constructor(client, snapshot) {
        this.client = client;
        this.snapshot = snapshot;
    }
    get(path, query) {
        return this.client.get(path, query);
    }
    /** Records a failed outcome (anything but ok and not-found) for the rules to report. */
    problem(outcome, permission, action, consequence, about) {
        if (outcome.kind === "skipped") {
            this.skipped++;
            return;
        }
        if (outcome.kind === "forbidden") {
            const key = `${permission.verb}|${permission.group}|${permission.resource}|${permission.namespace ?? ""}`;
            if (this.seenPermissions.has(key))
                return;
            this.seenPermissions.add(key);
            this.snapshot.problems.push({ kind: "forbidden", action, permission, consequence, about });
            return;
        }
        this.snapshot.problems.push({ kind: "failed", action, consequence, about, detail: failureDetail(outcome) });
    }
}
function failureDetail(outcome) {
    switch (outcome.kind) {
        case "http-error":
            return outcome.attempts > 1 ? `HTTP ${outcome.status} after ${outcome.attempts} attempts` : `HTTP ${outcome.status}`;
        case "network":
            return outcome.reason;
        case "unauthorized":
            return "401 Unauthorized";
        default:
            return outcome.kind;
    }
}
async function fetchMultus(fetcher, config) {
    const byLabel = await fetcher.get("/apis/apps/v1/daemonsets", { labelSelector: MULTUS_LABEL_SELECTOR });
    const labelled = byLabel.kind === "ok" ? listItems(byLabel.body).map(toDaemonSet).filter((item) => item !== undefined) : [];
    if (labelled.length > 0) {
        fetcher.snapshot.multus = labelled;
        return;
    }
    if (byLabel.kind !== "ok") {
        fetcher.problem(byLabel, { verb: "list", group: "apps", resource: "daemonsets" }, `list DaemonSets with label "${MULTUS_LABEL_SELECTOR}" in all namespaces`, "whether Multus runs");
    }
    // Installs that drop the label keep the upstream name in the configured Multus namespace.
    const namespace = config.cluster.multusNamespace;
    const named = [];
    let everyLookupAnswered = byLabel.kind === "ok";
    for (const name of MULTUS_DAEMONSET_NAMES) {
        const outcome = await fetcher.get(`/apis/apps/v1/namespaces/${encodeURIComponent(namespace)}/daemonsets/${encodeURIComponent(name)}`);
        if (outcome.kind === "ok") {
            const state = toDaemonSet(outcome.body);
            if (state)
                named.push(state);
        }
        else if (outcome.kind !== "not-found") {
            fetcher.problem(outcome, { verb: "get", group: "apps", resource: "daemonsets", namespace }, `get DaemonSet "${namespace}/${name}"`, "whether Multus runs");
            everyLookupAnswered = false;
            break;
        }
    }
    // "No Multus" is reported only when every lookup was answered; otherwise the result is unknown.
    if (named.length > 0 || everyLookupAnswered)
        fetcher.snapshot.multus = named;
}
function toDaemonSet(value) {
    const metadata = snapshot_record(snapshot_record(value).metadata);
    const status = snapshot_record(snapshot_record(value).status);
    if (typeof metadata.name !== "string")
        return undefined;
    return {
        namespace: typeof metadata.namespace === "string" ? metadata.namespace : "",
        name: metadata.name,
        desired: numberOr(status.desiredNumberScheduled, 0),
        ready: numberOr(status.numberReady, 0),
    };
}
async function fetchNad(fetcher, model) {
    const namespace = model.object.namespace ?? fetcher.client.defaultNamespace;
    const path = `/apis/${nad_model/* NAD_GROUP */.ym}/v1/namespaces/${encodeURIComponent(namespace)}/network-attachment-definitions/${encodeURIComponent(model.object.name)}`;
    const outcome = await fetcher.get(path);
    const base = { model, namespace, namespaceFromContext: model.object.namespace === undefined };
    if (outcome.kind === "ok") {
        fetcher.snapshot.nads.push({ ...base, exists: true, liveConfig: snapshot_record(snapshot_record(outcome.body).spec).config });
    }
    else if (outcome.kind === "not-found") {
        fetcher.snapshot.nads.push({ ...base, exists: false });
    }
    else {
        fetcher.problem(outcome, { verb: "get", group: nad_model/* NAD_GROUP */.ym, resource: "network-attachment-definitions", namespace }, `get ${nad_model/* NAD_KIND */.jc} "${namespace}/${model.object.name}"`, "whether the NADs exist and match the repo", model.object);
    }
}
async function fetchPods(fetcher, workload) {
    const namespace = workload.namespace ?? fetcher.client.defaultNamespace;
    const base = `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`;
    const permission = { verb: workload.object.kind === "Pod" ? "get" : "list", group: "", resource: "pods", namespace };
    const consequence = "whether the pods got their networks";
    if (workload.object.kind === "Pod") {
        const outcome = await fetcher.get(`${base}/${encodeURIComponent(workload.object.name)}`);
        if (outcome.kind === "ok") {
            const pod = toLivePod(outcome.body);
            fetcher.snapshot.workloads.push({ workload, namespace, pods: pod ? [pod] : [] });
        }
        else if (outcome.kind === "not-found") {
            fetcher.snapshot.workloads.push({ workload, namespace, pods: [] });
        }
        else {
            fetcher.problem(outcome, permission, `get Pod "${namespace}/${workload.object.name}"`, consequence, workload.object);
        }
        return;
    }
    if (!workload.matchLabels)
        return;
    const selector = Object.entries(workload.matchLabels).map(([key, value]) => `${key}=${value}`).join(",");
    const outcome = await fetcher.get(base, { labelSelector: selector });
    if (outcome.kind === "ok") {
        const pods = listItems(outcome.body)
            .filter((item) => snapshot_record(snapshot_record(item).metadata).deletionTimestamp === undefined)
            .map(toLivePod)
            .filter((pod) => pod !== undefined && pod.phase !== "Succeeded" && pod.phase !== "Failed");
        fetcher.snapshot.workloads.push({ workload, namespace, pods });
    }
    else if (outcome.kind === "not-found") {
        fetcher.snapshot.workloads.push({ workload, namespace, pods: [] });
    }
    else {
        fetcher.problem(outcome, permission, `list pods with "${selector}" in namespace "${namespace}"`, consequence, workload.object);
    }
}
async function fetchEvents(fetcher, namespace) {
    const outcome = await fetcher.get(`/api/v1/namespaces/${encodeURIComponent(namespace)}/events`, { fieldSelector: "involvedObject.kind=Pod" });
    if (outcome.kind === "ok") {
        fetcher.snapshot.events.set(namespace, listItems(outcome.body).map(toLiveEvent).filter((event) => event !== undefined));
    }
    else if (outcome.kind !== "not-found") {
        fetcher.problem(outcome, { verb: "list", group: "", resource: "events", namespace }, `list events in namespace "${namespace}"`, "why pods lack their networks");
    }
}
async function fetchApplication(fetcher, application, config) {
    const object = application.object;
    const name = application.spec.name;
    // A generated Application whose template could not be evaluated has no real name to look up.
    if (application.generated?.unresolved || name === "" || name.includes("{{"))
        return;
    const namespace = application.spec.namespace ?? object.namespace ?? config.argocd.namespace;
    const outcome = await fetcher.get(`/apis/argoproj.io/v1alpha1/namespaces/${encodeURIComponent(namespace)}/applications/${encodeURIComponent(name)}`);
    const base = { application, namespace, conditions: [] };
    if (outcome.kind === "not-found") {
        // A 404 for a missing object carries the object's name in the Status details. A 404 for an
        // unknown resource type (no Argo CD CRD) carries none.
        const details = snapshot_record(snapshot_record(outcome.body).details);
        fetcher.snapshot.applications.push({ ...base, presence: typeof details.name === "string" ? "missing" : "crd-missing" });
        return;
    }
    if (outcome.kind !== "ok") {
        fetcher.problem(outcome, { verb: "get", group: "argoproj.io", resource: "applications", namespace }, `get Application "${namespace}/${name}"`, "the Applications' sync and health", object);
        return;
    }
    const status = snapshot_record(snapshot_record(outcome.body).status);
    const sync = snapshot_record(status.sync);
    const health = snapshot_record(status.health);
    const conditions = (Array.isArray(status.conditions) ? status.conditions : [])
        .map(snapshot_record)
        .map((condition) => ({ type: stringOr(condition.type, "Condition"), message: stringOr(condition.message, "") }));
    fetcher.snapshot.applications.push({
        application,
        namespace,
        presence: "found",
        sync: typeof sync.status === "string" ? sync.status : undefined,
        health: typeof health.status === "string" ? health.status : undefined,
        healthMessage: typeof health.message === "string" ? health.message : undefined,
        conditions,
    });
}
async function runPool(tasks, size) {
    let next = 0;
    const worker = async () => {
        while (next < tasks.length) {
            const task = tasks[next++];
            await task();
        }
    };
    await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, worker));
}
function listItems(body) {
    const items = snapshot_record(body).items;
    return Array.isArray(items) ? items : [];
}
function snapshot_record(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function numberOr(value, fallback) {
    return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
function stringOr(value, fallback) {
    return typeof value === "string" ? value : fallback;
}
/** Text for the phase bound, for the unreachable rule's message. */
function describeBound(snapshot) {
    if (snapshot.stoppedAfterMs === undefined)
        return undefined;
    return `the live checks stopped after ${(0,bounds/* formatSeconds */.X)(snapshot.stoppedAfterMs)} (${bounds/* PHASE_BOUND_TIMEOUTS */.U} times --live-timeout), before every request was made; some checks were skipped, so raise --live-timeout or check the API server's load`;
}

;// CONCATENATED MODULE: ./src/rules/live/app-status.ts

const appStatus = {
    id: "live/app-status",
    defaultSeverity: "warning",
    description: "An Argo CD Application from the repo is missing, OutOfSync or not Healthy in the cluster",
    tags: ["live", "argocd"],
    live: true,
    async check(context) {
        const { workspace, config, live } = context;
        const snapshot = await liveSnapshot(workspace, config, live);
        if (snapshot.fatal)
            return;
        let reportedNoCrd = false;
        for (const state of snapshot.applications) {
            if (state.presence === "crd-missing" && reportedNoCrd)
                continue;
            const message = messageFor(state, snapshot.server ?? "");
            if (!message)
                continue;
            if (state.presence === "crd-missing")
                reportedNoCrd = true;
            // A generated Application points into its ApplicationSet's template.
            const { object, yamlPrefix, spec } = state.application;
            context.report({
                message,
                file: object.file.path,
                range: workspace.rangeOf(object, [...yamlPrefix, "metadata", "name"]),
                resource: { kind: "Application", namespace: state.namespace, name: spec.name },
            });
        }
    },
};
function messageFor(state, server) {
    const name = `${state.namespace}/${state.application.spec.name}`;
    if (state.presence === "crd-missing") {
        return `the cluster at "${server}" has no Application resource (argoproj.io/v1alpha1), so Argo CD is not installed there and deploys none of the repo's Applications: install Argo CD, or check the kubeconfig context`;
    }
    if (state.presence === "missing") {
        return `the Application "${name}" does not exist in the cluster: apply it, or sync the Application that renders it`;
    }
    const states = [];
    if (state.sync !== undefined && state.sync !== "Synced")
        states.push(state.sync);
    if (state.health !== undefined && state.health !== "Healthy")
        states.push(state.health);
    if (states.length === 0)
        return undefined;
    const reasons = state.conditions.filter((condition) => condition.message !== "").map((condition) => `${condition.type}: "${shorten(condition.message)}"`);
    if (state.healthMessage)
        reasons.push(`health: "${shorten(state.healthMessage)}"`);
    const details = reasons.length > 0 ? `: ${reasons.join("; ")}` : "";
    const fix = reasons.length > 0 ? "fix the cause, then sync it" : `run argocd app get ${state.application.spec.name} for the details`;
    return `the Application "${name}" is ${states.join(" and ")} in the cluster${details}; ${fix}`;
}
function shorten(text) {
    const clean = text.replace(/\s+/g, " ").trim();
    return clean.length > 200 ? `${clean.slice(0, 197)}...` : clean;
}

;// CONCATENATED MODULE: ./src/rules/live/attachment-missing.ts



const attachmentMissing = {
    id: "live/attachment-missing",
    defaultSeverity: "error",
    description: "A pod requested networks that its network-status does not list; the message gives the diagnosed cause",
    tags: ["live", "multus"],
    live: true,
    async check(context) {
        const { workspace, config, live } = context;
        const snapshot = await liveSnapshot(workspace, config, live);
        if (snapshot.fatal)
            return;
        for (const state of snapshot.workloads) {
            const events = snapshot.events.get(state.namespace) ?? [];
            const expected = expectedNetworks(state);
            // One finding per network and kind of cause, naming the first pod, so ten replicas that fail
            // the same way give one finding.
            const groups = new Map();
            for (const pod of state.pods) {
                for (const missing of missingAttachments(pod, expected, events)) {
                    const key = `${missing.network.namespace}/${missing.network.name}|${missing.cause.kind}`;
                    const group = groups.get(key);
                    if (group)
                        group.pods.push(pod);
                    else
                        groups.set(key, { ...missing, pods: [pod] });
                }
            }
            const object = state.workload.object;
            for (const group of groups.values()) {
                const first = group.pods[0];
                const more = group.pods.length > 1 ? ` (and ${group.pods.length - 1} more of ${object.kind} "${object.name}")` : "";
                // Point at the reference in the annotation when the repo writes it, else at the annotation.
                const request = state.workload.requests.find((candidate) => candidate.name === group.network.name && (candidate.namespace ?? state.namespace) === group.network.namespace);
                context.report({
                    message: `pod "${first.namespace}/${first.name}"${more} did not get network "${group.network.namespace}/${group.network.name}": ${group.cause.text}`,
                    file: object.file.path,
                    range: request?.range ?? workspace.rangeOf(object, state.workload.annotationPath),
                    resource: (0,workspace_workspace/* resourceRefOf */.nY)(object),
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/live/cluster-unreachable.ts



const clusterUnreachable = {
    id: "live/cluster-unreachable",
    defaultSeverity: "error",
    description: "The API server cannot be reached or rejects the credentials, or a live check lacks a permission",
    tags: ["live"],
    live: true,
    async check(context) {
        const { workspace, config, live } = context;
        const snapshot = await liveSnapshot(workspace, config, live);
        const place = clusterPlace(workspace, config);
        if (snapshot.fatal) {
            context.report({ message: `${snapshot.fatal}; the live checks were skipped`, ...place });
            return;
        }
        for (const problem of snapshot.problems) {
            const at = problem.about ? { file: problem.about.file.path, range: workspace.rangeOfObject(problem.about), resource: (0,workspace_workspace/* resourceRefOf */.nY)(problem.about) } : place;
            context.report({ message: problemMessage(problem, snapshot.server ?? ""), severity: "warning", ...at });
        }
        const bound = describeBound(snapshot);
        if (bound)
            context.report({ message: bound, severity: "warning", ...place });
    },
};
function problemMessage(problem, server) {
    if (problem.kind === "forbidden" && problem.permission) {
        const { verb, group, resource, namespace } = problem.permission;
        const scope = namespace ? `in namespace "${namespace}"` : "cluster-wide";
        return `the credentials may not ${verb} "${resource}" (API group "${group}") ${scope} (403 Forbidden), so plumbline did not check ${problem.consequence}: grant ${verb} on that resource, e.g. with the read-only ClusterRole in docs/live.md`;
    }
    return `the request to ${problem.action} on "${server}" failed (${problem.detail ?? "no detail"}), so plumbline did not check ${problem.consequence}: run plumbline again, or raise --live-timeout`;
}

;// CONCATENATED MODULE: ./src/rules/live/multus-not-ready.ts


const multusNotReady = {
    id: "live/multus-not-ready",
    defaultSeverity: "error",
    description: "No Multus DaemonSet runs in the cluster, or not all of its pods are ready",
    tags: ["live", "multus"],
    live: true,
    async check(context) {
        const { workspace, config, live } = context;
        const snapshot = await liveSnapshot(workspace, config, live);
        if (snapshot.fatal || snapshot.multus === undefined)
            return;
        if (!usesMultus(workspace))
            return;
        const place = clusterPlace(workspace, config);
        if (snapshot.multus.length === 0) {
            context.report({
                message: `no Multus DaemonSet was found in the cluster at "${snapshot.server}" (label "${MULTUS_LABEL_SELECTOR}" in any namespace, or "${MULTUS_DAEMONSET_NAMES[0]}" in namespace "${config.cluster.multusNamespace}"), so pods get no secondary networks: install Multus, or set cluster.multusNamespace to where it runs`,
                ...place,
            });
            return;
        }
        for (const daemonSet of snapshot.multus) {
            if (daemonSet.desired > 0 && daemonSet.ready >= daemonSet.desired)
                continue;
            const detail = daemonSet.desired === 0
                ? "schedules no pod on any node"
                : `has ${daemonSet.ready} of ${daemonSet.desired} pods ready, so pods on the other nodes get no secondary networks`;
            context.report({
                message: `the Multus DaemonSet "${daemonSet.namespace}/${daemonSet.name}" ${detail}: check its pods with kubectl -n ${daemonSet.namespace} get pods -l ${MULTUS_LABEL_SELECTOR}`,
                ...place,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/live/nad-crd-missing.ts


const nadCrdMissing = {
    id: "live/nad-crd-missing",
    defaultSeverity: "error",
    description: `The ${NAD_CRD_NAME} CustomResourceDefinition is not installed in the cluster`,
    tags: ["live", "multus"],
    live: true,
    async check(context) {
        const { workspace, config, live } = context;
        const snapshot = await liveSnapshot(workspace, config, live);
        if (snapshot.fatal || snapshot.nadCrdInstalled !== false)
            return;
        if (!usesMultus(workspace))
            return;
        context.report({
            message: `the CustomResourceDefinition "${NAD_CRD_NAME}" is not installed in the cluster at "${snapshot.server}", so no NetworkAttachmentDefinition can exist there: install Multus, whose deployment creates the CRD`,
            ...clusterPlace(workspace, config),
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/live/nad-drift.ts



const nadDrift = {
    id: "live/nad-drift",
    defaultSeverity: "warning",
    description: "A NetworkAttachmentDefinition's live spec.config differs from the repo, compared as parsed JSON",
    tags: ["live", "multus"],
    live: true,
    async check(context) {
        const { workspace, config, live } = context;
        const snapshot = await liveSnapshot(workspace, config, live);
        if (snapshot.fatal)
            return;
        for (const state of snapshot.nads) {
            // A repo config that is not a JSON object is the static rules' finding; there is nothing to compare.
            if (!state.exists || state.model.configStatus !== "ok")
                continue;
            const difference = describeDifference(state.liveConfig, state.model.config);
            if (!difference)
                continue;
            const object = state.model.object;
            context.report({
                message: `the NetworkAttachmentDefinition "${state.namespace}/${object.name}" differs in the cluster: ${difference}; sync or apply the repo version, since Multus reads the cluster's copy when a pod starts`,
                file: object.file.path,
                range: workspace.rangeOf(object, ["spec", "config"]),
                resource: (0,workspace_workspace/* resourceRefOf */.nY)(object),
            });
        }
    },
};
/** Describes the first difference between the live `spec.config` (a JSON string) and the repo's parsed config. */
function describeDifference(liveConfig, repoConfig) {
    if (typeof liveConfig !== "string")
        return "the live object has no spec.config string";
    let parsed;
    try {
        parsed = JSON.parse(liveConfig);
    }
    catch {
        return "the live spec.config is not valid JSON";
    }
    if ((0,external_node_util_.isDeepStrictEqual)(parsed, repoConfig))
        return undefined;
    return firstDifference(parsed, repoConfig, "") ?? "the configs differ";
}
function firstDifference(live, repo, path) {
    if ((0,external_node_util_.isDeepStrictEqual)(live, repo))
        return undefined;
    const where = path === "" ? "the config" : `"${path}"`;
    if (Array.isArray(live) && Array.isArray(repo)) {
        if (live.length !== repo.length)
            return `${where} has ${live.length} entries in the cluster, ${repo.length} in the repo`;
        for (let index = 0; index < live.length; index++) {
            const found = firstDifference(live[index], repo[index], `${path}[${index}]`);
            if (found)
                return found;
        }
        return undefined;
    }
    if (nad_drift_isRecord(live) && nad_drift_isRecord(repo)) {
        const keys = [...new Set([...Object.keys(repo), ...Object.keys(live)])];
        for (const key of keys) {
            const child = path === "" ? key : `${path}.${key}`;
            if (!(key in live))
                return `"${child}" is missing in the cluster (the repo sets ${show(repo[key])})`;
            if (!(key in repo))
                return `"${child}" is ${show(live[key])} in the cluster but not set in the repo`;
            const found = firstDifference(live[key], repo[key], child);
            if (found)
                return found;
        }
        return undefined;
    }
    return `${where} is ${show(live)} in the cluster, ${show(repo)} in the repo`;
}
function show(value) {
    const text = JSON.stringify(value) ?? "undefined";
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function nad_drift_isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/rules/live/nad-missing.ts


const nadMissing = {
    id: "live/nad-missing",
    defaultSeverity: "error",
    description: "A NetworkAttachmentDefinition in the repo does not exist in the cluster",
    tags: ["live", "multus"],
    live: true,
    async check(context) {
        const { workspace, config, live } = context;
        const snapshot = await liveSnapshot(workspace, config, live);
        if (snapshot.fatal)
            return;
        for (const state of snapshot.nads) {
            if (state.exists)
                continue;
            const object = state.model.object;
            const deployers = workspace.deployersOf(object.file.path).map((application) => `"${application.object.name}"`);
            const fix = deployers.length > 0 ? `sync the Application ${deployers.join(" or ")} that deploys it` : `apply "${object.file.path}"`;
            const where = state.namespaceFromContext ? ` (the repo sets no namespace, so the kubeconfig context's "${state.namespace}" was used)` : "";
            context.report({
                message: `the NetworkAttachmentDefinition "${state.namespace}/${object.name}" does not exist in the cluster${where}, so pods that request it fail to start: ${fix}`,
                file: object.file.path,
                range: workspace.rangeOfObject(object),
                resource: (0,workspace_workspace/* resourceRefOf */.nY)(object),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/live/pod-missing.ts


const podMissing = {
    id: "live/pod-missing",
    defaultSeverity: "warning",
    description: "A workload in the repo that requests networks has no pods in the cluster",
    tags: ["live", "multus"],
    live: true,
    async check(context) {
        const { workspace, config, live } = context;
        const snapshot = await liveSnapshot(workspace, config, live);
        if (snapshot.fatal)
            return;
        for (const state of snapshot.workloads) {
            const { workload } = state;
            if (state.pods.length > 0 || workload.transient || workload.replicas === 0)
                continue;
            const object = workload.object;
            const absence = object.kind === "Pod" ? `the Pod "${state.namespace}/${object.name}" does not exist` : `no pod of ${object.kind} "${state.namespace}/${object.name}" exists`;
            context.report({
                message: `${absence} in the cluster, so its network attachments cannot be checked: sync or apply the workload, then run plumbline again`,
                file: object.file.path,
                range: workspace.rangeOfObject(object),
                resource: (0,workspace_workspace/* resourceRefOf */.nY)(object),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/live/index.ts








const liveRules = [
    clusterUnreachable,
    nadCrdMissing,
    multusNotReady,
    nadMissing,
    nadDrift,
    attachmentMissing,
    podMissing,
    appStatus,
];

;// CONCATENATED MODULE: ./src/cni/plugins.ts
/** libcni's version.All (cni >= v1.2.0): a plugin accepts a cniVersion only as one of these exact strings. */
const CNI_VERSIONS = ["0.1.0", "0.2.0", "0.3.0", "0.3.1", "0.4.0", "1.0.0", "1.1.0"];
/** Lowest cniVersion each plugin supports (firewall.go, bandwidth/main.go and vrf/main.go use VersionsStartingFrom). */
const MIN_CNI_VERSION = { firewall: "0.4.0", bandwidth: "0.3.0", vrf: "0.3.1" };
/** Plugins that need a prevResult, so they fail as the first or only plugin. */
const CHAIN_ONLY_PLUGINS = new Set(["tuning", "portmap", "firewall", "sbr", "vrf"]);
/** Main plugins whose interface has no veth peer in the host namespace, which bandwidth needs. */
const NO_VETH_PEER_PLUGINS = new Set(["macvlan", "ipvlan", "sriov", "host-device"]);
/** Main plugins whose ADD fails without `ipam.type`. */
const IPAM_REQUIRED_PLUGINS = new Set(["ipvlan", "vlan", "ptp", "dummy"]);
/** Plugins backed by a device plugin: the VF or device comes from the NAD's resourceName. */
const DEVICE_PLUGINS = new Set(["sriov", "ib-sriov"]);
/** Plugin binaries the nodes of kind and Docker Desktop's kind-based cluster ship (kind images/base/Dockerfile). */
const PROFILE_PLUGINS = {
    kind: ["host-local", "loopback", "ptp", "portmap"],
    "docker-desktop": ["host-local", "loopback", "ptp", "portmap"],
};
/**
 * The plugin and IPAM binaries the target nodes have, or undefined when nothing is known (the
 * generic profile without an explicit `cluster.cniPlugins`).
 */
function installedPlugins(config) {
    if (config.cluster.cniPlugins)
        return new Set(config.cluster.cniPlugins);
    const profile = PROFILE_PLUGINS[config.cluster.profile];
    return profile ? new Set(profile) : undefined;
}
/** Compares two versions of the exact `x.y.z` form; negative when a < b. */
function compareVersions(a, b) {
    const left = a.split(".").map(Number);
    const right = b.split(".").map(Number);
    for (let index = 0; index < 3; index++) {
        const difference = (left[index] ?? 0) - (right[index] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return 0;
}
function isKnownCniVersion(version) {
    return CNI_VERSIONS.includes(version);
}
/** The exact version a near miss most likely means: `1.0` gives `1.0.0`, `v0.4.0` gives `0.4.0`. */
function suggestCniVersion(version) {
    const digits = version.trim().replace(/^v/i, "");
    const parts = digits.split(".");
    if (parts.some((part) => !/^\d+$/.test(part)))
        return undefined;
    while (parts.length < 3)
        parts.push("0");
    const candidate = parts.slice(0, 3).map((part) => String(Number(part))).join(".");
    return isKnownCniVersion(candidate) ? candidate : undefined;
}

;// CONCATENATED MODULE: ./src/rules/nad/cni-version.ts



// Plugins compare cniVersion as an exact string against their supported list, and treat a missing
// one as 0.1.0 (cni pkg/skel/skel.go, pkg/version/reconcile.go, pkg/types/create/create.go).
const cniVersion = {
    id: "nad/cni-version",
    defaultSeverity: "error",
    description: "cniVersion is missing, not an exact CNI version, above the cluster's ceiling or below a chained plugin's minimum",
    tags: ["multus", "cni"],
    reads: nad_model/* NAD_READS */.Mw,
    partition: nad_model/* BY_NAD_FILE */.L6,
    check(context) {
        const { workspace, config } = context;
        const ceiling = config.cluster.cniVersionMax;
        const advice = ceiling ?? "1.0.0";
        for (const model of (0,nad_model/* nadModels */.Sf)(workspace)) {
            if (model.configStatus !== "ok" || !model.config)
                continue;
            const file = model.object.file.path;
            const resource = (0,workspace_workspace/* resourceRefOf */.nY)(model.object);
            const report = (message) => context.report({ file, range: (0,nad_model/* configRange */.Y7)(workspace, model, ["cniVersion"]), resource, message });
            const value = model.config.cniVersion;
            if (value === undefined) {
                const root = model.jsonRoot;
                const range = (0,nad_model/* rangeOfJsonSpan */.$3)(workspace, model, root.offset, 1) ?? (0,nad_model/* configRange */.Y7)(workspace, model, []);
                context.report({ file, range, resource, message: `cniVersion is missing, so plugins read the config as 0.1.0, which firewall, bandwidth and vrf reject and which allows one address per family; add "cniVersion": "${advice}"` });
                continue;
            }
            if (typeof value !== "string") {
                report(`cniVersion must be a string such as "${advice}"; got ${JSON.stringify(value)}`);
                continue;
            }
            if (!isKnownCniVersion(value)) {
                const suggestion = suggestCniVersion(value);
                report(`cniVersion "${value}" is not one of the exact versions plugins accept (${CNI_VERSIONS.join(", ")})${suggestion ? `; use "${suggestion}"` : ""}`);
                continue;
            }
            if (ceiling && compareVersions(value, ceiling) > 0) {
                report(`cniVersion "${value}" is above "${ceiling}", the highest the cluster's Multus and plugins accept (cluster.cniVersionMax); use "${ceiling}"`);
                continue;
            }
            for (const plugin of model.plugins) {
                const minimum = plugin.type ? MIN_CNI_VERSION[plugin.type] : undefined;
                if (!minimum || compareVersions(value, minimum) >= 0)
                    continue;
                report(`cniVersion "${value}" is below ${minimum}, the lowest the "${plugin.type}" plugin supports, so it fails with "incompatible CNI versions"; use "${minimum}" or later`);
                break;
            }
        }
    },
};

// EXTERNAL MODULE: ./src/cni/json.ts
var json = __webpack_require__(980);
;// CONCATENATED MODULE: ./src/rules/nad/report.ts
// Small helpers the NAD rules share: report a finding on a JSON path inside spec.config, or on
// a field of the NAD object itself.


function reportInConfig(context, model, path, message, options = {}) {
    context.report({
        file: model.object.file.path,
        range: (0,nad_model/* configRange */.Y7)(context.workspace, model, path, options.part ?? "value"),
        resource: (0,workspace_workspace/* resourceRefOf */.nY)(model.object),
        message,
        ...(options.severity ? { severity: options.severity } : {}),
    });
}
function reportOnObject(context, model, path, message, severity) {
    context.report({
        file: model.object.file.path,
        range: context.workspace.rangeOf(model.object, path),
        resource: (0,workspace_workspace/* resourceRefOf */.nY)(model.object),
        message,
        ...(severity ? { severity } : {}),
    });
}
/** A plugin's label for messages: its type, or its position in the chain. */
function pluginLabel(type, index) {
    return type ? `"${type}"` : `plugin ${index}`;
}

;// CONCATENATED MODULE: ./src/rules/nad/config-json.ts




// Multus unmarshals spec.config with Go's encoding/json ("failed to unmarshal Spec.Config"), which
// also keeps the last of two equal keys in one object.
const configJson = {
    id: "nad/config-json",
    defaultSeverity: "error",
    description: "spec.config is not valid JSON or not a JSON object",
    tags: ["multus", "cni"],
    reads: nad_model/* NAD_READS */.Mw,
    partition: nad_model/* BY_NAD_FILE */.L6,
    check(context) {
        const { workspace } = context;
        for (const model of (0,nad_model/* nadModels */.Sf)(workspace)) {
            const file = model.object.file.path;
            const resource = (0,workspace_workspace/* resourceRefOf */.nY)(model.object);
            if (model.configStatus === "invalid-json" && model.jsonError) {
                const error = model.jsonError;
                const range = (0,nad_model/* rangeOfJsonSpan */.$3)(workspace, model, error.offset, error.length) ?? workspace.rangeOf(model.object, ["spec", "config"]);
                const message = error.limit ? `spec.config was not parsed: ${error.message}` : `spec.config is not valid JSON: ${error.message}`;
                context.report({ file, range, resource, message });
                continue;
            }
            if (model.configStatus === "not-object") {
                const kind = model.jsonRoot?.type === "array" ? "an array" : `a ${model.jsonRoot?.type ?? "value"}`;
                reportInConfig(context, model, [], `spec.config holds a JSON value of type ${kind.replace(/^an? /, "")}, not an object; Multus needs an object with "type" or "plugins"`);
                continue;
            }
            for (const duplicate of model.duplicateKeys) {
                const key = (0,json/* keyNodeOf */.RW)(duplicate.last.children?.[1] ?? duplicate.last);
                const firstKey = duplicate.first.children?.[0];
                const earlier = firstKey ? (0,nad_model/* rangeOfJsonSpan */.$3)(workspace, model, firstKey.offset, firstKey.length) : undefined;
                const range = (0,nad_model/* rangeOfJsonSpan */.$3)(workspace, model, key.offset, key.length);
                if (!range)
                    continue;
                context.report({
                    file,
                    range,
                    resource,
                    severity: "warning",
                    message: `key "${duplicate.key}" is written twice in one JSON object${earlier ? ` (first on line ${earlier.line})` : ""}; Go keeps this later value and drops the first, remove one of them`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/nad/config-missing.ts


// NADC pkg/utils/cniconfig.go: an empty spec.config makes Multus search its confDir
// (default /etc/cni/multus/net.d) for a file whose JSON "name" equals the NAD's name.
const configMissing = {
    id: "nad/config-missing",
    defaultSeverity: "warning",
    description: "spec.config is empty or absent, so Multus reads a node-local file that no check can see",
    tags: ["multus", "cni"],
    reads: nad_model/* NAD_READS */.Mw,
    partition: nad_model/* BY_NAD_FILE */.L6,
    check(context) {
        for (const model of (0,nad_model/* nadModels */.Sf)(context.workspace)) {
            if (model.configStatus !== "missing")
                continue;
            const state = model.configNode ? "empty" : "missing";
            reportOnObject(context, model, ["spec", "config"], `spec.config is ${state}, so Multus looks on each node for a file in /etc/cni/multus/net.d whose "name" is "${model.object.name}", which no check can see; put the CNI JSON in spec.config`);
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/nad/config-not-string.ts



// The CRD shipped with Multus declares spec.config as `type: string` (deployments/multus-daemonset-thick.yml).
const configNotString = {
    id: "nad/config-not-string",
    defaultSeverity: "error",
    description: "spec.config is a YAML mapping, list or scalar other than a string, which the API server rejects",
    tags: ["multus", "cni"],
    reads: nad_model/* NAD_READS */.Mw,
    partition: nad_model/* BY_NAD_FILE */.L6,
    check(context) {
        for (const model of (0,nad_model/* nadModels */.Sf)(context.workspace)) {
            if (model.configStatus !== "not-string")
                continue;
            const written = describeValue(model.configNode, model.object.value.spec.config);
            reportOnObject(context, model, ["spec", "config"], `spec.config is ${written}, but the CRD declares a string and the API server rejects the object; write the JSON as a string after "config: |"`);
        }
    },
};
function describeValue(node, value) {
    if ((0,yaml_model/* isMap */.jh)(node))
        return "a YAML mapping";
    if ((0,yaml_model/* isSeq */.oP)(node))
        return "a YAML list";
    if (typeof value === "number")
        return "a number";
    if (typeof value === "boolean")
        return "a boolean";
    return "a non-string value";
}

;// CONCATENATED MODULE: ./src/rules/nad/duplicate.ts


/**
 * Returns where an object gets applied, as one key per Argo CD Application destination that renders
 * its file. Without an Application, the keys are the kustomizations that list the file, else the
 * repository as a whole (`kubectl apply -R`). Two objects that share a key land on one cluster.
 */
function destinationsOf(workspace, object) {
    const keys = new Map();
    for (const application of workspace.deployersOf(object.file.path)) {
        const { server, name } = application.spec.destination;
        keys.set(`cluster|${server ?? ""}|${name ?? ""}`, `cluster "${name ?? server ?? "?"}"`);
    }
    if (keys.size > 0)
        return keys;
    for (const kustomization of workspace.kustomizations.values()) {
        if (kustomization.resourceFiles.includes(object.file.path))
            keys.set(`kustomize|${kustomization.file}`, `kustomization ${kustomization.file}`);
    }
    if (keys.size === 0)
        keys.set("repo", "the same apply of this repository");
    return keys;
}
const duplicate = {
    id: "nad/duplicate",
    defaultSeverity: "error",
    description: "Two NADs with the same namespace and name are deployed to the same destination",
    tags: ["multus"],
    check(context) {
        const { workspace } = context;
        // NADs by namespace and name, in model order, grouped here rather than looked up one by one.
        // The key is JSON, so no namespace and name can spell another pair's key.
        const byIdentity = new Map();
        for (const object of workspace.objectsOfKind(nad_model/* NAD_GROUP */.ym, nad_model/* NAD_KIND */.jc)) {
            const key = JSON.stringify([object.namespace ?? "", object.name]);
            const twins = byIdentity.get(key);
            if (twins)
                twins.push(object);
            else
                byIdentity.set(key, [object]);
        }
        for (const twins of byIdentity.values()) {
            if (twins.length < 2)
                continue;
            const identity = `${twins[0].namespace ?? ""}/${twins[0].name}`;
            const claimed = new Map();
            for (const twin of twins) {
                for (const [key, label] of destinationsOf(workspace, twin)) {
                    const first = claimed.get(key);
                    if (!first) {
                        claimed.set(key, twin);
                        continue;
                    }
                    const line = workspace.rangeOfObject(first).line;
                    context.report({
                        file: twin.file.path,
                        range: workspace.rangeOfObject(twin),
                        resource: (0,workspace_workspace/* resourceRefOf */.nY)(twin),
                        message: `NAD "${identity.replace(/^\//, "")}" is also defined in ${first.file.path}:${line}, and both go to ${label}, so one silently replaces the other; remove one or give it another name or namespace`,
                    });
                    break;
                }
            }
        }
    },
};

// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __webpack_require__(8280);
var ipaddr_default = /*#__PURE__*/__webpack_require__.n(ipaddr);
;// CONCATENATED MODULE: ./src/cni/ip.ts
// IP and CIDR arithmetic for IPAM checks, on top of ipaddr.js. Addresses become bigints so ranges
// of both families compare and sort the same way. Pure.

/**
 * Parses an IP the way Go's net.ParseIP does: IPv4 only in four-part decimal without leading
 * zeros (ipaddr.js alone would read `010.1.1.1` as octal), IPv6 without a zone.
 */
function parseIp(text) {
    if (typeof text !== "string" || text === "" || text.includes("%"))
        return undefined;
    if (!text.includes(":")) {
        if (!ipaddr_default().IPv4.isValidFourPartDecimal(text))
            return undefined;
        return { family: 4, value: toBigInt(ipaddr_default().IPv4.parse(text).toByteArray()), text };
    }
    if (!ipaddr_default().IPv6.isValid(text))
        return undefined;
    const parsed = ipaddr_default().IPv6.parse(text);
    return { family: 6, value: toBigInt(parsed.toByteArray()), text };
}
/** Parses `address/prefix` as Go's net.ParseCIDR does (the address may have host bits set). */
function parseCidr(text) {
    if (typeof text !== "string")
        return undefined;
    const slash = text.indexOf("/");
    if (slash < 0 || text.indexOf("/", slash + 1) >= 0)
        return undefined;
    const address = parseIp(text.slice(0, slash));
    const prefixText = text.slice(slash + 1);
    if (!address || !/^\d{1,3}$/.test(prefixText))
        return undefined;
    const prefix = Number(prefixText);
    const bits = bitsOf(address.family);
    if (prefix > bits)
        return undefined;
    const hostMask = (1n << BigInt(bits - prefix)) - 1n;
    const network = address.value & ~hostMask;
    return { family: address.family, address: address.value, prefix, network, broadcast: network | hostMask, text };
}
function bitsOf(family) {
    return family === 4 ? 32 : 128;
}
function hasHostBits(cidr) {
    return cidr.address !== cidr.network;
}
/** True for /31 and /32 (IPv4) and /127 and /128 (IPv6), too small for host-local. */
function isTooSmall(cidr) {
    return cidr.prefix >= bitsOf(cidr.family) - 1;
}
function contains(cidr, ip) {
    return cidr.family === ip.family && ip.value >= cidr.network && ip.value <= cidr.broadcast;
}
/** The network address written out, for "did you mean" fixes: `10.0.0.5/24` gives `10.0.0.0/24`. */
function networkText(cidr) {
    return `${formatIp(cidr.family, cidr.network)}/${cidr.prefix}`;
}
function formatIp(family, value) {
    const bytes = [];
    const length = family === 4 ? 4 : 16;
    for (let index = length - 1; index >= 0; index--)
        bytes.push(Number((value >> BigInt(index * 8)) & 0xffn));
    return ipaddr_default().fromByteArray(bytes).toString();
}
function toBigInt(bytes) {
    let value = 0n;
    for (const byte of bytes)
        value = (value << 8n) | BigInt(byte);
    return value;
}
/**
 * Finds overlapping intervals with one sort and a sweep, O(n log n + reported pairs), instead of
 * comparing every pair. `compatible` decides whether two overlapping items are fine together (for
 * example the same address pool); for each interval, the first incompatible earlier-starting
 * interval that is still open is reported.
 */
function findOverlaps(intervals, compatible) {
    const byStart = (a, b) => {
        if (a.family !== b.family)
            return a.family - b.family;
        if (a.first === b.first)
            return 0;
        return a.first < b.first ? -1 : 1;
    };
    const sorted = [...intervals].sort(byStart);
    const pairs = [];
    let open = [];
    for (const current of sorted) {
        open = open.filter((interval) => interval.family === current.family && interval.last >= current.first);
        const partner = open.find((interval) => !compatible(interval.item, current.item));
        if (partner)
            pairs.push([partner, current]);
        open.push(current);
    }
    return pairs;
}

;// CONCATENATED MODULE: ./src/cni/ipam.ts

const HOST_LOCAL_KEYS_IN_WHEREABOUTS = { subnet: "range", rangeStart: "range_start", rangeEnd: "range_end" };
/** Checks the plugin's `ipam` object; the schema checks (types, unknown keys) run separately. */
function checkIpam(plugin) {
    const ipam = plugin.ipam;
    if (!ipam)
        return [];
    const base = [...plugin.jsonPath, "ipam"];
    switch (plugin.ipamType) {
        case "host-local":
            return checkHostLocal(ipam, base);
        case "whereabouts":
            return checkWhereabouts(ipam, base);
        case "static":
            return checkStatic(ipam, base);
        default:
            return [];
    }
}
function checkHostLocal(ipam, base) {
    const problems = [];
    const sets = hostLocalRangeSets(ipam, base);
    if (sets.length === 0) {
        problems.push({ path: [...base, "type"], part: "value", message: `host-local IPAM has no "ranges" and no "subnet", so it fails with "no IP ranges specified"; add "subnet" or "ranges"` });
        return problems;
    }
    const setSpans = [];
    sets.forEach((set, setIndex) => {
        let family;
        for (const range of set) {
            const checked = checkHostLocalRange(range, problems);
            if (!checked)
                continue;
            if (family !== undefined && checked.family !== family) {
                problems.push({ path: range.subnetPath, part: "value", message: `range set mixes IPv4 and IPv6 subnets; put each family in its own entry of "ranges"` });
            }
            family ??= checked.family;
            setSpans.push({ family: checked.family, first: checked.first, last: checked.last, item: setIndex });
        }
    });
    // Range sets must not overlap each other (range_set.go Overlaps).
    for (const [earlier, later] of findOverlaps(setSpans, (a, b) => a === b)) {
        const laterRange = sets[later.item][0];
        problems.push({
            path: laterRange.subnetPath,
            part: "value",
            message: `range set ${later.item} overlaps range set ${earlier.item} (${formatIp(earlier.family, earlier.first)} - ${formatIp(earlier.family, earlier.last)}); host-local rejects overlapping range sets, make them disjoint`,
        });
    }
    return problems;
}
/** The range sets host-local uses: the legacy top-level range first, then `ranges` (config.go). */
function hostLocalRangeSets(ipam, base) {
    const sets = [];
    if (ipam.subnet !== undefined) {
        sets.push([{ subnet: ipam.subnet, rangeStart: ipam.rangeStart, rangeEnd: ipam.rangeEnd, gateway: ipam.gateway, subnetPath: [...base, "subnet"], path: base }]);
    }
    if (Array.isArray(ipam.ranges)) {
        ipam.ranges.forEach((set, setIndex) => {
            if (!Array.isArray(set))
                return;
            const ranges = [];
            set.forEach((range, rangeIndex) => {
                if (range === null || typeof range !== "object" || Array.isArray(range))
                    return;
                const record = range;
                const path = [...base, "ranges", setIndex, rangeIndex];
                ranges.push({ subnet: record.subnet, rangeStart: record.rangeStart, rangeEnd: record.rangeEnd, gateway: record.gateway, subnetPath: [...path, "subnet"], path });
            });
            if (ranges.length > 0)
                sets.push(ranges);
        });
    }
    return sets;
}
/** Validates one host-local range (range.go Canonicalize) and returns its allocatable span. */
function checkHostLocalRange(range, problems) {
    if (typeof range.subnet !== "string")
        return undefined;
    const subnet = parseCidr(range.subnet);
    if (!subnet) {
        problems.push({ path: range.subnetPath, part: "value", message: `subnet "${range.subnet}" is not a CIDR such as 10.1.0.0/24 (IPv4 in plain decimal, no leading zeros)` });
        return undefined;
    }
    if (hasHostBits(subnet)) {
        problems.push({ path: range.subnetPath, part: "value", message: `subnet "${range.subnet}" has host bits set, so host-local fails with "Network has host bits set"; use "${networkText(subnet)}"` });
    }
    if (isTooSmall(subnet)) {
        problems.push({ path: range.subnetPath, part: "value", message: `subnet "${range.subnet}" is a /${subnet.prefix}, too small for host-local, which needs a network, a gateway and a host address; use a larger prefix` });
        return undefined;
    }
    // host-local defaults: start after the network address, end before the broadcast address (IPv4).
    let first = subnet.network + 1n;
    let last = subnet.family === 4 ? subnet.broadcast - 1n : subnet.broadcast;
    const start = checkAddressInSubnet(range.rangeStart, [...range.path, "rangeStart"], "rangeStart", subnet, problems);
    const end = checkAddressInSubnet(range.rangeEnd, [...range.path, "rangeEnd"], "rangeEnd", subnet, problems);
    checkAddressInSubnet(range.gateway, [...range.path, "gateway"], "gateway", subnet, problems);
    if (start !== undefined)
        first = start;
    if (end !== undefined)
        last = end;
    if (start !== undefined && end !== undefined && start > end) {
        problems.push({ path: [...range.path, "rangeStart"], part: "value", message: `rangeStart "${String(range.rangeStart)}" is after rangeEnd "${String(range.rangeEnd)}"; swap them` });
        return undefined;
    }
    return { family: subnet.family, first, last, subnet };
}
function checkAddressInSubnet(value, path, field, subnet, problems) {
    if (typeof value !== "string")
        return undefined;
    const ip = parseIp(value);
    if (!ip) {
        problems.push({ path, part: "value", message: `${field} "${value}" is not an IP address (IPv4 in plain decimal, no leading zeros)` });
        return undefined;
    }
    if (!contains(subnet, ip)) {
        problems.push({ path, part: "value", message: `${field} "${value}" is outside subnet "${subnet.text}"; pick an address inside it` });
        return undefined;
    }
    return ip.value;
}
function checkWhereabouts(ipam, base) {
    const problems = [];
    for (const [key, replacement] of Object.entries(HOST_LOCAL_KEYS_IN_WHEREABOUTS)) {
        if (ipam[key] === undefined)
            continue;
        problems.push({ path: [...base, key], part: "key", message: `whereabouts does not read host-local's "${key}"; use "${replacement}"` });
    }
    if (ipam.range === undefined && !Array.isArray(ipam.ipRanges)) {
        if (!problems.length)
            problems.push({ path: [...base, "type"], part: "value", message: `whereabouts IPAM has no "range" and no "ipRanges"; add "range", for example "192.0.2.0/24"` });
        return problems;
    }
    if (typeof ipam.range === "string")
        checkWhereaboutsRange(ipam, base, problems);
    if (Array.isArray(ipam.ipRanges)) {
        ipam.ipRanges.forEach((entry, index) => {
            if (entry !== null && typeof entry === "object" && !Array.isArray(entry))
                checkWhereaboutsRange(entry, [...base, "ipRanges", index], problems);
        });
    }
    return problems;
}
/** Parses a whereabouts range: a CIDR (host bits allowed) or `firstIP-lastIP/prefix`. */
function parseWhereaboutsRange(text) {
    const dash = text.indexOf("-");
    if (dash < 0) {
        const subnet = parseCidr(text);
        return subnet ? { subnet } : undefined;
    }
    const slash = text.lastIndexOf("/");
    if (slash < dash)
        return undefined;
    const subnet = parseCidr(text.slice(0, dash) + text.slice(slash));
    const first = parseIp(text.slice(0, dash));
    const last = parseIp(text.slice(dash + 1, slash));
    if (!subnet || !first || !last)
        return undefined;
    return { subnet, first: first.value, last: last.value };
}
function checkWhereaboutsRange(entry, base, problems) {
    if (typeof entry.range !== "string")
        return;
    const parsed = parseWhereaboutsRange(entry.range);
    if (!parsed) {
        problems.push({ path: [...base, "range"], part: "value", message: `range "${entry.range}" is not a CIDR such as 192.0.2.0/24 or a span such as 192.0.2.10-192.0.2.50/24; whereabouts fails with "invalid CIDR"` });
        return;
    }
    const { subnet } = parsed;
    const start = checkAddressInSubnet(entry.range_start, [...base, "range_start"], "range_start", subnet, problems);
    const end = checkAddressInSubnet(entry.range_end, [...base, "range_end"], "range_end", subnet, problems);
    if (start !== undefined && end !== undefined && start > end) {
        problems.push({ path: [...base, "range_start"], part: "value", message: `range_start "${String(entry.range_start)}" is after range_end "${String(entry.range_end)}"; swap them` });
    }
    if (Array.isArray(entry.exclude)) {
        entry.exclude.forEach((item, index) => {
            if (typeof item !== "string")
                return;
            const excluded = parseCidr(item);
            const path = [...base, "exclude", index];
            if (!excluded)
                problems.push({ path, part: "value", message: `exclude entry "${item}" is not a CIDR; write it as 192.0.2.0/28` });
            else if (excluded.family !== subnet.family || excluded.network < subnet.network || excluded.broadcast > subnet.broadcast) {
                problems.push({ path, part: "value", message: `exclude entry "${item}" is outside range "${String(entry.range)}", so it excludes nothing; fix the address or remove it` });
            }
        });
    }
}
function checkStatic(ipam, base) {
    const problems = [];
    if (!Array.isArray(ipam.addresses))
        return problems;
    ipam.addresses.forEach((entry, index) => {
        if (entry === null || typeof entry !== "object")
            return;
        const { address, gateway } = entry;
        const path = [...base, "addresses", index];
        if (typeof address !== "string")
            return;
        const cidr = parseCidr(address);
        if (!cidr) {
            const hint = parseIp(address) ? `; add the prefix, for example "${address}/24"` : "";
            problems.push({ path: [...path, "address"], part: "value", message: `static address "${address}" is not in CIDR notation, which the static IPAM plugin requires${hint}` });
            return;
        }
        if (typeof gateway === "string") {
            const ip = parseIp(gateway);
            if (!ip)
                problems.push({ path: [...path, "gateway"], part: "value", message: `gateway "${gateway}" is not an IP address` });
            else if (!contains(cidr, ip))
                problems.push({ path: [...path, "gateway"], part: "value", message: `gateway "${gateway}" is outside "${address}"; the route to it will not resolve`, severity: "warning" });
        }
    });
    return problems;
}
/** Checks `routes[].dst` (CIDR) and `routes[].gw` (IP) of any IPAM type. */
function checkRoutes(plugin) {
    const routes = plugin.ipam?.routes;
    if (!Array.isArray(routes))
        return [];
    const problems = [];
    routes.forEach((route, index) => {
        if (route === null || typeof route !== "object")
            return;
        const { dst, gw } = route;
        const path = [...plugin.jsonPath, "ipam", "routes", index];
        if (typeof dst === "string" && !parseCidr(dst))
            problems.push({ path: [...path, "dst"], part: "value", message: `route dst "${dst}" is not a CIDR; write it as 0.0.0.0/0 or 10.0.0.0/8` });
        if (typeof gw === "string" && !parseIp(gw))
            problems.push({ path: [...path, "gw"], part: "value", message: `route gw "${gw}" is not an IP address` });
    });
    return problems;
}
/** The address pools a plugin's IPAM allocates from (host-local and whereabouts; static has none). */
function ipamPools(plugin) {
    const ipam = plugin.ipam;
    if (!ipam)
        return [];
    const base = [...plugin.jsonPath, "ipam"];
    const pools = [];
    if (plugin.ipamType === "host-local") {
        for (const set of hostLocalRangeSets(ipam, base)) {
            for (const range of set) {
                const checked = checkHostLocalRange(range, []);
                if (checked)
                    pools.push({ family: checked.family, first: checked.first, last: checked.last, subnet: checked.subnet, path: range.subnetPath, ipamType: "host-local" });
            }
        }
    }
    else if (plugin.ipamType === "whereabouts") {
        const entries = [];
        if (typeof ipam.range === "string")
            entries.push([ipam, base]);
        if (Array.isArray(ipam.ipRanges)) {
            ipam.ipRanges.forEach((entry, index) => {
                if (entry !== null && typeof entry === "object")
                    entries.push([entry, [...base, "ipRanges", index]]);
            });
        }
        for (const [entry, path] of entries) {
            if (typeof entry.range !== "string")
                continue;
            const parsed = parseWhereaboutsRange(entry.range);
            if (!parsed)
                continue;
            const start = typeof entry.range_start === "string" ? parseIp(entry.range_start)?.value : undefined;
            const end = typeof entry.range_end === "string" ? parseIp(entry.range_end)?.value : undefined;
            const first = start ?? parsed.first ?? parsed.subnet.network + 1n;
            const last = end ?? parsed.last ?? parsed.subnet.broadcast;
            if (first > last)
                continue;
            pools.push({ family: parsed.subnet.family, first, last, subnet: parsed.subnet, path: [...path, "range"], ipamType: "whereabouts" });
        }
    }
    return pools;
}

;// CONCATENATED MODULE: ./schemas/cni/bandwidth.json
const bandwidth_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/bandwidth.json","title":"bandwidth","description":"Fields of the bandwidth CNI plugin. Source: containernetworking/plugins plugins/meta/bandwidth/main.go (PluginConf)","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"ingressRate":{"type":"integer","minimum":0},"ingressBurst":{"type":"integer","minimum":0},"egressRate":{"type":"integer","minimum":0},"egressBurst":{"type":"integer","minimum":0}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/bridge.json
const bridge_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/bridge.json","title":"bridge","description":"Fields of the bridge CNI plugin. Source: containernetworking/plugins plugins/main/bridge/bridge.go (NetConf)","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"bridge":{"type":"string","minLength":1},"isGateway":{"type":"boolean"},"isDefaultGateway":{"type":"boolean"},"forceAddress":{"type":"boolean"},"ipMasq":{"type":"boolean"},"ipMasqBackend":{"enum":["iptables","nftables"]},"mtu":{"type":"integer","minimum":0},"hairpinMode":{"type":"boolean"},"promiscMode":{"type":"boolean"},"vlan":{"type":"integer","minimum":0,"maximum":4094},"vlanTrunk":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"integer","minimum":1,"maximum":4094},"minID":{"type":"integer","minimum":1,"maximum":4094},"maxID":{"type":"integer","minimum":1,"maximum":4094}}}},"preserveDefaultVlan":{"type":"boolean"},"macspoofchk":{"type":"boolean"},"enabledad":{"type":"boolean"},"disableContainerInterface":{"type":"boolean"},"portIsolation":{"type":"boolean"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/dummy.json
const dummy_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/dummy.json","title":"dummy","description":"Fields of the dummy CNI plugin. Source: containernetworking/plugins plugins/main/dummy/dummy.go, plugins >= v1.2.0","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/firewall.json
const firewall_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/firewall.json","title":"firewall","description":"Fields of the firewall CNI plugin. Source: containernetworking/plugins plugins/meta/firewall/firewall.go (FirewallNetConf)","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"backend":{"enum":["iptables","firewalld"]},"iptablesAdminChainName":{"type":"string"},"firewalldZone":{"type":"string"},"ingressPolicy":{"enum":["","open","same-bridge","isolated"]}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/host-device.json
const host_device_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/host-device.json","title":"host-device","description":"Fields of the host-device CNI plugin. Source: containernetworking/plugins plugins/main/host-device/host-device.go (NetConf)","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"device":{"type":"string","minLength":1},"hwaddr":{"type":"string","pattern":"^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$","x-format":"a MAC address such as 02:00:00:00:00:01"},"kernelpath":{"type":"string"},"pciBusID":{"type":"string"},"deviceID":{"type":"string"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/ib-sriov.json
const ib_sriov_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/ib-sriov.json","title":"ib-sriov","description":"Fields of the ib-sriov CNI plugin. Source: k8snetworkplumbingwg/ib-sriov-cni README.md, pkg/types/types.go","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"deviceID":{"type":"string"},"pciBusID":{"type":"string"},"guid":{"type":"string"},"pkey":{"type":"string"},"link_state":{"enum":["auto","enable","disable"]},"rdmaIsolation":{"type":"boolean"},"ibKubernetesEnabled":{"type":"boolean"},"vfioPciMode":{"type":"boolean"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/ipvlan.json
const ipvlan_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/ipvlan.json","title":"ipvlan","description":"Fields of the ipvlan CNI plugin. Source: containernetworking/plugins plugins/main/ipvlan/ipvlan.go (NetConf)","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"master":{"type":"string","minLength":1},"mode":{"enum":["","l2","l3","l3s"]},"mtu":{"type":"integer","minimum":0},"linkInContainer":{"type":"boolean"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/loopback.json
const loopback_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/loopback.json","title":"loopback","description":"Fields of the loopback CNI plugin. Source: containernetworking/plugins plugins/main/loopback/loopback.go","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/macvlan.json
const macvlan_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/macvlan.json","title":"macvlan","description":"Fields of the macvlan CNI plugin. Source: containernetworking/plugins plugins/main/macvlan/macvlan.go (NetConf)","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"master":{"type":"string","minLength":1},"mode":{"enum":["","bridge","private","vepa","passthru"]},"mtu":{"type":"integer","minimum":0},"mac":{"type":"string","pattern":"^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$","x-format":"a MAC address such as 02:00:00:00:00:01"},"linkInContainer":{"type":"boolean"},"bcqueuelen":{"type":"integer","minimum":0,"maximum":4294967295}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/ovs.json
const ovs_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/ovs.json","title":"ovs","description":"Fields of the ovs CNI plugin. Source: k8snetworkplumbingwg/ovs-cni docs/cni-plugin.md, pkg/types/types.go","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"bridge":{"type":"string","minLength":1},"vlan":{"type":"integer","minimum":0,"maximum":4095},"mtu":{"type":"integer","minimum":0},"trunk":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"integer","minimum":1,"maximum":4095},"minID":{"type":"integer","minimum":1,"maximum":4095},"maxID":{"type":"integer","minimum":1,"maximum":4095}}}},"deviceID":{"type":"string"},"pciBusID":{"type":"string"},"ofport_request":{"type":"integer","minimum":1,"maximum":65279},"interface_type":{"type":"string"},"configuration_path":{"type":"string"},"socket_file":{"type":"string"},"link_state_check_retries":{"type":"integer","minimum":0},"link_state_check_interval":{"type":"integer","minimum":0}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/portmap.json
const portmap_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/portmap.json","title":"portmap","description":"Fields of the portmap CNI plugin. Source: containernetworking/plugins plugins/meta/portmap/main.go (PortMapConf)","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"backend":{"enum":["iptables","nftables"]},"snat":{"type":"boolean"},"conditionsV4":{"type":"array","items":{"type":"string"}},"conditionsV6":{"type":"array","items":{"type":"string"}},"masqAll":{"type":"boolean"},"markMasqBit":{"type":"integer","minimum":0,"maximum":31},"externalSetMarkChain":{"type":"string"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/ptp.json
const ptp_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/ptp.json","title":"ptp","description":"Fields of the ptp CNI plugin. Source: containernetworking/plugins plugins/main/ptp/ptp.go (NetConf)","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"ipMasq":{"type":"boolean"},"ipMasqBackend":{"enum":["iptables","nftables"]},"mtu":{"type":"integer","minimum":0}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/sbr.json
const sbr_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/sbr.json","title":"sbr","description":"Fields of the sbr CNI plugin. Source: containernetworking/plugins plugins/meta/sbr/main.go (PluginConf); gateways and addSourceHints only after v1.9.1","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"table":{"type":"integer"},"gateways":{"type":"array","maxItems":2,"items":{"type":"string"}},"addSourceHints":{"type":"boolean"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/sriov.json
const sriov_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/sriov.json","title":"sriov","description":"Fields of the sriov CNI plugin. Source: k8snetworkplumbingwg/sriov-cni docs/configuration-reference.md, pkg/types/types.go","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"deviceID":{"type":"string"},"pciBusID":{"type":"string"},"vlan":{"type":"integer","minimum":0,"maximum":4094},"vlanQoS":{"type":"integer","minimum":0,"maximum":7},"vlanProto":{"type":"string","pattern":"^802\\\\.1([qQ]|[aA][dD])$","x-format":"802.1q or 802.1ad"},"mac":{"type":"string","pattern":"^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$","x-format":"a MAC address such as 02:00:00:00:00:01"},"spoofchk":{"enum":["on","off"]},"trust":{"enum":["on","off"]},"link_state":{"enum":["auto","enable","disable"]},"min_tx_rate":{"type":"integer","minimum":0},"max_tx_rate":{"type":"integer","minimum":0},"logLevel":{"enum":["panic","error","warning","info","debug"]},"logFile":{"type":"string"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/tap.json
const tap_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/tap.json","title":"tap","description":"Fields of the tap CNI plugin. Source: containernetworking/plugins plugins/main/tap/tap.go (NetConf), plugins >= v1.3.0","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"mac":{"type":"string","pattern":"^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$","x-format":"a MAC address such as 02:00:00:00:00:01"},"mtu":{"type":"integer","minimum":0},"multiQueue":{"type":"boolean"},"owner":{"type":"integer","minimum":0,"maximum":4294967295},"group":{"type":"integer","minimum":0,"maximum":4294967295},"selinuxContext":{"type":"string"},"bridge":{"type":"string"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/tuning.json
const tuning_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/tuning.json","title":"tuning","description":"Fields of the tuning CNI plugin. Source: containernetworking/plugins plugins/meta/tuning/tuning.go (TuningConf)","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"sysctl":{"type":"object","additionalProperties":{"type":"string"}},"mac":{"type":"string","pattern":"^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$","x-format":"a MAC address such as 02:00:00:00:00:01"},"promisc":{"type":"boolean"},"mtu":{"type":"integer","minimum":0},"txQLen":{"type":"integer","minimum":0},"allmulti":{"type":"boolean"},"dataDir":{"type":"string"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/cni/vlan.json
const vlan_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/vlan.json","title":"vlan","description":"Fields of the vlan CNI plugin. Source: containernetworking/plugins plugins/main/vlan/vlan.go (NetConf)","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"master":{"type":"string","minLength":1},"vlanId":{"type":"integer","minimum":0,"maximum":4094},"mtu":{"type":"integer","minimum":0},"linkInContainer":{"type":"boolean"}},"additionalProperties":false,"required":["master"]}');
;// CONCATENATED MODULE: ./schemas/cni/vrf.json
const vrf_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/cni/vrf.json","title":"vrf","description":"Fields of the vrf CNI plugin. Source: containernetworking/plugins plugins/meta/vrf/main.go (PluginConf)","type":"object","properties":{"cniVersion":{},"cniVersions":{},"name":{},"type":{"type":"string"},"capabilities":{"type":"object","additionalProperties":{"type":"boolean"}},"ipam":{"type":"object"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"args":{"type":"object"},"runtimeConfig":{"type":"object"},"prevResult":{"type":"object"},"vrfname":{"type":"string","minLength":1},"table":{"type":"integer","minimum":0,"maximum":4294967295}},"additionalProperties":false,"required":["vrfname"]}');
;// CONCATENATED MODULE: ./schemas/ipam/dhcp.json
const dhcp_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/ipam/dhcp.json","title":"dhcp","description":"Fields of the dhcp IPAM plugin. Source: containernetworking/plugins plugins/ipam/dhcp/main.go","type":"object","properties":{"type":{"type":"string"},"routes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["dst"],"properties":{"dst":{"type":"string"},"gw":{"type":"string"},"mtu":{"type":"integer"},"advmss":{"type":"integer"},"priority":{"type":"integer"},"table":{"type":"integer"},"scope":{"type":"integer"}}}},"daemonSocketPath":{"type":"string"},"provide":{"type":"array","items":{"type":"object"}},"request":{"type":"array","items":{"type":"object"}},"priority":{"type":"integer"},"timeout":{"type":"integer"},"resendMax":{"type":"integer"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/ipam/host-local.json
const host_local_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/ipam/host-local.json","title":"host-local","description":"Fields of the host-local IPAM plugin. Source: containernetworking/plugins plugins/ipam/host-local/backend/allocator/config.go","type":"object","properties":{"type":{"type":"string"},"routes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["dst"],"properties":{"dst":{"type":"string"},"gw":{"type":"string"},"mtu":{"type":"integer"},"advmss":{"type":"integer"},"priority":{"type":"integer"},"table":{"type":"integer"},"scope":{"type":"integer"}}}},"subnet":{"type":"string"},"rangeStart":{"type":"string"},"rangeEnd":{"type":"string"},"gateway":{"type":"string"},"ranges":{"type":"array","minItems":1,"items":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["subnet"],"properties":{"subnet":{"type":"string"},"rangeStart":{"type":"string"},"rangeEnd":{"type":"string"},"gateway":{"type":"string"}}}}},"dataDir":{"type":"string"},"resolvConf":{"type":"string"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/ipam/static.json
const static_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/ipam/static.json","title":"static","description":"Fields of the static IPAM plugin. Source: containernetworking/plugins plugins/ipam/static/main.go","type":"object","properties":{"type":{"type":"string"},"routes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["dst"],"properties":{"dst":{"type":"string"},"gw":{"type":"string"},"mtu":{"type":"integer"},"advmss":{"type":"integer"},"priority":{"type":"integer"},"table":{"type":"integer"},"scope":{"type":"integer"}}}},"addresses":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["address"],"properties":{"address":{"type":"string"},"gateway":{"type":"string"}}}},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/ipam/whereabouts.json
const whereabouts_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/ipam/whereabouts.json","title":"whereabouts","description":"Fields of the whereabouts IPAM plugin. Source: k8snetworkplumbingwg/whereabouts pkg/types/types.go, README.md","type":"object","properties":{"type":{"type":"string"},"routes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["dst"],"properties":{"dst":{"type":"string"},"gw":{"type":"string"},"mtu":{"type":"integer"},"advmss":{"type":"integer"},"priority":{"type":"integer"},"table":{"type":"integer"},"scope":{"type":"integer"}}}},"range":{"type":"string"},"range_start":{"type":"string"},"range_end":{"type":"string"},"exclude":{"type":"array","items":{"type":"string"}},"ipRanges":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["range"],"properties":{"range":{"type":"string"},"range_start":{"type":"string"},"range_end":{"type":"string"},"exclude":{"type":"array","items":{"type":"string"}}}}},"gateway":{"type":"string"},"dns":{"type":"object","properties":{"nameservers":{"type":"array","items":{"type":"string"}},"domain":{"type":"string"},"search":{"type":"array","items":{"type":"string"}},"options":{"type":"array","items":{"type":"string"}}}},"addresses":{"type":"array","items":{"type":"object","required":["address"],"properties":{"address":{"type":"string"},"gateway":{"type":"string"}}}},"network_name":{"type":"string"},"enable_overlapping_ranges":{"type":"boolean"},"node_slice_size":{"type":"string"},"kubernetes":{"type":"object"},"configuration_path":{"type":"string"},"log_file":{"type":"string"},"log_level":{"type":"string"},"reconciler_cron_expression":{"type":"string"},"sleep_for_race":{"type":"integer"},"datastore":{"type":"string"}},"additionalProperties":false,"patternProperties":{"^(leader_|etcd_)":{}}}');
;// CONCATENATED MODULE: ./src/cni/schemas.ts























const PLUGIN_SCHEMAS = {
    bandwidth: bandwidth_namespaceObject, bridge: bridge_namespaceObject, dummy: dummy_namespaceObject, firewall: firewall_namespaceObject, "host-device": host_device_namespaceObject, "ib-sriov": ib_sriov_namespaceObject, ipvlan: ipvlan_namespaceObject, loopback: loopback_namespaceObject, macvlan: macvlan_namespaceObject, ovs: ovs_namespaceObject,
    portmap: portmap_namespaceObject, ptp: ptp_namespaceObject, sbr: sbr_namespaceObject, sriov: sriov_namespaceObject, tap: tap_namespaceObject, tuning: tuning_namespaceObject, vlan: vlan_namespaceObject, vrf: vrf_namespaceObject,
};
const IPAM_SCHEMAS = { dhcp: dhcp_namespaceObject, "host-local": host_local_namespaceObject, static: static_namespaceObject, whereabouts: whereabouts_namespaceObject };
function hasSchema(kind, type) {
    return Object.hasOwn(kind === "cni" ? PLUGIN_SCHEMAS : IPAM_SCHEMAS, type);
}
function knownTypes(kind) {
    return Object.keys(kind === "cni" ? PLUGIN_SCHEMAS : IPAM_SCHEMAS);
}
let precompiled;
const compiled = new Map();
/** Loads the validators; `validateAgainstSchema` throws until a call to this has finished. */
async function loadSchemaValidators() {
    precompiled ??= (await __webpack_require__.e(/* import() */ 105).then(__webpack_require__.bind(__webpack_require__, 7105))).validators;
}
function validatorFor(kind, type) {
    const key = `${kind}/${type}`;
    const cached = compiled.get(key);
    if (cached)
        return cached;
    const schema = (kind === "cni" ? PLUGIN_SCHEMAS : IPAM_SCHEMAS)[type];
    if (!schema || !Object.hasOwn(kind === "cni" ? PLUGIN_SCHEMAS : IPAM_SCHEMAS, type))
        return undefined;
    if (!precompiled)
        throw new Error("CNI schema validators used before loadSchemaValidators() finished");
    const validate = precompiled[key];
    if (!validate)
        return undefined;
    compiled.set(key, validate);
    return validate;
}
/** Number of schemas used so far; tests use it to check that validators are looked up only when needed. */
function compiledSchemaCount() {
    return compiled.size;
}
/**
 * Validates `value` against the schema of `type`; returns undefined when plumbline has no schema
 * for that type. `label` names the object in messages, e.g. `macvlan` or `host-local IPAM`. Call
 * `loadSchemaValidators` first.
 */
function validateAgainstSchema(kind, type, value, label) {
    const validate = validatorFor(kind, type);
    if (!validate)
        return undefined;
    if (validate(value))
        return [];
    const schema = (kind === "cni" ? PLUGIN_SCHEMAS : IPAM_SCHEMAS)[type];
    const problems = [];
    const seen = new Set();
    for (const error of validate.errors ?? []) {
        const problem = describe(error, schema, value, label);
        if (!problem)
            continue;
        const key = `${problem.path.join("/")}|${problem.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push(problem);
    }
    return problems;
}
function describe(error, schema, root, label) {
    const path = pointerToPath(error.instancePath, root);
    const field = fieldName(path);
    const actual = valueAt(root, path);
    const subject = field ? `${label} "${field}"` : label;
    const params = error.params;
    switch (error.keyword) {
        case "additionalProperties": {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(schemaAt(schema, error.schemaPath.replace(/\/additionalProperties$/, ""))?.properties ?? {});
            const hint = (0,src_config/* closestName */.Nf)(key, allowed);
            const where = field ? ` in "${field}"` : "";
            return {
                path: [...path, key],
                part: "key",
                severity: "warning",
                message: `${label} has no field "${key}"${where}${hint ? ` (did you mean "${hint}"?)` : ""}; the plugin ignores it`,
            };
        }
        case "required":
            return {
                path,
                part: path.length === 0 ? "value" : "key",
                severity: "error",
                message: `${subject} is missing "${String(params.missingProperty)}"; the plugin fails without it`,
            };
        case "enum": {
            const allowed = params.allowedValues.filter((value) => value !== "").map(String);
            return { path, part: "key", severity: "error", message: `${subject} must be one of ${allowed.join(", ")}; got ${schemas_show(actual)}` };
        }
        case "type":
            return { path, part: "key", severity: "error", message: `${subject} must be ${article(String(params.type))}; got ${schemas_show(actual)}` };
        case "minimum":
        case "maximum":
        case "exclusiveMinimum":
        case "exclusiveMaximum": {
            const bounds = schemaAt(schema, error.schemaPath.replace(/\/[^/]+$/, ""));
            const range = bounds && typeof bounds.minimum === "number" && typeof bounds.maximum === "number"
                ? `between ${bounds.minimum} and ${bounds.maximum}`
                : error.keyword.includes("inimum") ? `at least ${String(params.limit)}` : `at most ${String(params.limit)}`;
            return { path, part: "key", severity: "error", message: `${subject} must be ${range}; got ${schemas_show(actual)}` };
        }
        case "pattern": {
            const format = schemaAt(schema, error.schemaPath.replace(/\/pattern$/, ""))?.["x-format"];
            return { path, part: "key", severity: "error", message: `${subject} must be ${typeof format === "string" ? format : `a string matching ${String(params.pattern)}`}; got ${schemas_show(actual)}` };
        }
        case "minLength":
            return { path, part: "key", severity: "error", message: `${subject} must not be empty` };
        case "minItems":
            return { path, part: "key", severity: "error", message: `${subject} needs at least ${String(params.limit)} entr${params.limit === 1 ? "y" : "ies"}` };
        case "maxItems":
            return { path, part: "key", severity: "error", message: `${subject} takes at most ${String(params.limit)} entries; got ${Array.isArray(actual) ? actual.length : 0}` };
        default:
            return { path, part: "key", severity: "error", message: `${subject} ${error.message ?? "is invalid"}` };
    }
}
function article(type) {
    if (type === "integer")
        return "an integer";
    if (type === "object")
        return "an object";
    if (type === "array")
        return "an array";
    return `a ${type}`;
}
function schemas_show(value) {
    if (value === undefined)
        return "nothing";
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/** Returns a path written as a field name, with array indexes folded in: `ranges[0][1].subnet`. */
function fieldName(path) {
    let text = "";
    for (const segment of path) {
        if (typeof segment === "number")
            text += `[${segment}]`;
        else
            text += text === "" ? segment : `.${segment}`;
    }
    return text;
}
function pointerToPath(pointer, root) {
    if (!pointer)
        return [];
    const path = [];
    let current = root;
    for (const raw of pointer.split("/").slice(1)) {
        const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
        if (Array.isArray(current)) {
            path.push(Number(segment));
            current = current[Number(segment)];
        }
        else {
            path.push(segment);
            current = current && typeof current === "object" ? current[segment] : undefined;
        }
    }
    return path;
}
function valueAt(root, path) {
    let current = root;
    for (const segment of path) {
        if (current === null || typeof current !== "object")
            return undefined;
        current = current[segment];
    }
    return current;
}
function schemaAt(schema, schemaPath) {
    let current = schema;
    for (const raw of schemaPath.replace(/^#/, "").split("/").filter(Boolean)) {
        if (current === null || typeof current !== "object")
            return undefined;
        current = current[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    if (current === null || typeof current !== "object")
        return undefined;
    return current;
}

;// CONCATENATED MODULE: ./src/rules/nad/ipam.ts





// Host-local keys that whereabouts does not read; checkIpam reports them with the right name,
// so the schema's unknown-key warning would repeat it.
const WHEREABOUTS_MISNAMED = new Set(["subnet", "rangeStart", "rangeEnd"]);
const ipam = {
    id: "nad/ipam",
    defaultSeverity: "error",
    description: "The IPAM config is invalid for its type, or a plugin that needs IPAM has none",
    tags: ["multus", "cni", "ipam"],
    reads: nad_model/* NAD_READS */.Mw,
    partition: nad_model/* BY_NAD_FILE */.L6,
    async check(context) {
        const models = (0,nad_model/* nadModels */.Sf)(context.workspace);
        if (models.length > 0)
            await loadSchemaValidators();
        for (const model of models) {
            if (model.configStatus !== "ok")
                continue;
            for (const plugin of model.plugins) {
                const raw = plugin.config.ipam;
                const ipamPath = [...plugin.jsonPath, "ipam"];
                if (raw !== undefined && (raw === null || typeof raw !== "object" || Array.isArray(raw))) {
                    reportInConfig(context, model, ipamPath, `"ipam" must be an object such as {"type": "host-local", ...}; got ${JSON.stringify(raw)}`);
                    continue;
                }
                if (raw && plugin.ipam.type !== undefined && typeof plugin.ipam.type !== "string") {
                    reportInConfig(context, model, [...ipamPath, "type"], `"ipam.type" must be a string naming the IPAM plugin; got ${JSON.stringify(plugin.ipam.type)}`);
                    continue;
                }
                // ipvlan may take its address from prevResult when chained (plugins/main/ipvlan/ipvlan.go).
                const chained = plugin.index > 0 && plugin.type === "ipvlan";
                if (plugin.type && IPAM_REQUIRED_PLUGINS.has(plugin.type) && !plugin.ipamType && !chained) {
                    const where = raw ? ipamPath : [...plugin.jsonPath, "type"];
                    reportInConfig(context, model, where, `"${plugin.type}" needs IPAM ("ipam": {"type": ...}), otherwise its ADD fails; add an IPAM config such as {"type": "whereabouts", "range": "192.0.2.0/24"}`, { part: raw ? "key" : "value" });
                    continue;
                }
                if (!plugin.ipam)
                    continue;
                if (!plugin.ipamType) {
                    if (Object.keys(plugin.ipam).length > 0) {
                        reportInConfig(context, model, ipamPath, `"ipam" has fields but no "type", so no IPAM plugin runs and the interface gets no address; add "type", for example "host-local"`, { part: "key" });
                    }
                    continue;
                }
                // ib-sriov-cni README: DHCP IPAM is not supported.
                if (plugin.type === "ib-sriov" && plugin.ipamType === "dhcp") {
                    reportInConfig(context, model, [...ipamPath, "type"], `ib-sriov does not support dhcp IPAM; use host-local, static or whereabouts`);
                }
                const label = `${plugin.ipamType} IPAM`;
                const schemaProblems = validateAgainstSchema("ipam", plugin.ipamType, plugin.ipam, label) ?? [];
                for (const problem of schemaProblems) {
                    const key = problem.path[0];
                    if (plugin.ipamType === "whereabouts" && problem.path.length === 1 && typeof key === "string" && WHEREABOUTS_MISNAMED.has(key))
                        continue;
                    reportInConfig(context, model, [...ipamPath, ...problem.path], problem.message, { part: problem.part, severity: problem.severity });
                }
                for (const problem of [...checkIpam(plugin), ...checkRoutes(plugin)]) {
                    reportInConfig(context, model, problem.path, problem.message, { part: problem.part, severity: problem.severity });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/nad/master-interface.ts


// Names of host-OS interfaces (macOS, Windows, physical Linux NICs) that never exist inside the
// node containers of kind and Docker Desktop, whose only link is eth0.
const HOST_OS_INTERFACES = [
    [/^(en|bridge|utun|awdl|llw|anpi|gif|stf|ap)\d+$/, "a macOS host interface"],
    [/^lo0$/, "a macOS host interface"],
    [/^(ethernet|wi-?fi|local area connection|vethernet|wireless)/i, "a Windows host interface"],
    [/^(enp|ens|eno|enx|wlp|wlx|wlan)[0-9a-z]*$/, "a physical NIC name of a Linux host"],
    [/^docker0$/, "the host's Docker bridge"],
];
const PROFILE_LABEL = { kind: "kind", "docker-desktop": "Docker Desktop" };
const masterInterface = {
    id: "nad/master-interface",
    defaultSeverity: "warning",
    description: "master is an address alias or an invalid interface name, or names a host-OS interface that the cluster profile's nodes do not have",
    tags: ["multus", "cni"],
    reads: nad_model/* NAD_READS */.Mw,
    partition: nad_model/* BY_NAD_FILE */.L6,
    check(context) {
        const profile = context.config.cluster.profile;
        for (const model of (0,nad_model/* nadModels */.Sf)(context.workspace)) {
            if (model.configStatus !== "ok")
                continue;
            for (const plugin of model.plugins) {
                const master = plugin.config.master;
                if (typeof master !== "string")
                    continue;
                const at = (message) => reportInConfig(context, model, [...plugin.jsonPath, "master"], message);
                if (master.includes(":")) {
                    at(`master "${master}" is an address alias, not a link, so the plugin fails with "failed to lookup master"; use the link name "${master.split(":")[0]}"`);
                    continue;
                }
                // Linux dev_valid_name: 1 to 15 bytes, not "." or "..", no "/" or white space.
                if (master === "" || master.length > 15 || master === "." || master === ".." || /[\s/]/.test(master)) {
                    at(`master "${master}" is not a valid interface name (1 to 15 characters, no "/", ":" or white space); use the node's link name, for example "eth1"`);
                    continue;
                }
                const label = PROFILE_LABEL[profile];
                if (!label)
                    continue;
                const hostName = HOST_OS_INTERFACES.find(([pattern]) => pattern.test(master));
                if (hostName) {
                    at(`master "${master}" is ${hostName[1]}; the nodes of a ${label} cluster are containers whose link is eth0, so the plugin fails with "failed to lookup master"; use "eth0"`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/nad/name.ts



// libcni's network name rule (cni SPEC.md, libcni ValidateNetworkName).
const CNI_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.\-]*$/;
const name_name = {
    id: "nad/name",
    defaultSeverity: "warning",
    description: "The CNI name is invalid, differs from metadata.name or is missing from a conflist, or metadata.name cannot be used in the short annotation form",
    tags: ["multus", "cni"],
    reads: nad_model/* NAD_READS */.Mw,
    partition: nad_model/* BY_NAD_FILE */.L6,
    check(context) {
        const { workspace } = context;
        for (const model of (0,nad_model/* nadModels */.Sf)(workspace)) {
            const metadataName = model.object.name;
            // The short annotation form needs a DNS-1123 label (Multus pkg/k8sclient parseNetworkSelection).
            if (metadataName.includes(".")) {
                reportOnObject(context, model, ["metadata", "name"], `metadata.name "${metadataName}" has a dot, so pods cannot name it in the short annotation form, which takes DNS-1123 labels; use dashes instead of dots`);
            }
            // net-attach-def-admission-controller's name pattern ^[a-z-1-9]([-a-z0-9]*[a-z0-9])?$ has no 0
            // in its first character class, so it rejects a name that starts with "0".
            if (metadataName.startsWith("0")) {
                reportOnObject(context, model, ["metadata", "name"], `metadata.name "${metadataName}" starts with "0", which the net-attach-def admission webhook rejects ("net-attach-def name is invalid"); start it with a letter or another digit`);
            }
            if (model.configStatus !== "ok" || !model.config)
                continue;
            const value = model.config.name;
            if (value === undefined) {
                // The net-attach-def admission webhook parses conflists with libcni, which needs a name.
                if (model.isConflist) {
                    context.report({
                        file: model.object.file.path,
                        range: (0,nad_model/* configRange */.Y7)(workspace, model, ["plugins"], "key"),
                        resource: (0,workspace_workspace/* resourceRefOf */.nY)(model.object),
                        message: `this conflist has no top-level "name", so the net-attach-def admission webhook rejects it ("invalid config"); add "name": "${metadataName}"`,
                    });
                }
                continue;
            }
            if (typeof value !== "string") {
                reportInConfig(context, model, ["name"], `CNI "name" must be a string; got ${JSON.stringify(value)}`, { severity: "error" });
                continue;
            }
            if (!CNI_NAME.test(value)) {
                reportInConfig(context, model, ["name"], `CNI name "${value}" has characters libcni rejects ("invalid characters found in network name"); use letters, digits, "_", "." and "-", starting with a letter or digit`, { severity: "error" });
                continue;
            }
            if (value !== metadataName) {
                reportInConfig(context, model, ["name"], `CNI name "${value}" differs from metadata.name "${metadataName}"; the multi-network spec recommends they match, and IPAM stores key on the CNI name, so use "${metadataName}"`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/nad/plugin-config.ts




// Keys libcni and Multus accept on a config but that are not plugin fields; a single-plugin config
// may also carry conflist keys, which plugins ignore.
const SINGLE_PLUGIN_EXTRA_KEYS = new Set(["plugins", "disableCheck", "disableGC", "loadOnlyInlinedPlugins"]);
/** Keys of a conflist's top level that libcni reads (libcni/conf.go NetworkConfigList). */
const CONFLIST_KEYS = ["cniVersion", "cniVersions", "name", "plugins", "disableCheck", "disableGC", "loadOnlyInlinedPlugins"];
const pluginConfig = {
    id: "nad/plugin-config",
    defaultSeverity: "error",
    description: "A known plugin's fields break its schema (type, enum, range, required field); unknown fields are a warning",
    tags: ["multus", "cni"],
    reads: nad_model/* NAD_READS */.Mw,
    partition: nad_model/* BY_NAD_FILE */.L6,
    async check(context) {
        const models = (0,nad_model/* nadModels */.Sf)(context.workspace);
        if (models.length > 0)
            await loadSchemaValidators();
        for (const model of models) {
            if (model.configStatus !== "ok")
                continue;
            if (model.isConflist)
                checkConflistKeys(context, model);
            for (const plugin of model.plugins) {
                if (!plugin.type)
                    continue;
                const problems = validateAgainstSchema("cni", plugin.type, plugin.config, plugin.type);
                if (!problems)
                    continue;
                for (const problem of problems) {
                    const key = problem.path[0];
                    if (!model.isConflist && problem.path.length === 1 && typeof key === "string" && SINGLE_PLUGIN_EXTRA_KEYS.has(key))
                        continue;
                    reportInConfig(context, model, [...plugin.jsonPath, ...problem.path], problem.message, { part: problem.part, severity: problem.severity });
                }
                checkSemantics(context, model, plugin);
            }
        }
    },
};
/** Reports top-level keys of a conflist that libcni ignores; only "name" and "cniVersion" reach the plugins. */
function checkConflistKeys(context, model) {
    for (const key of Object.keys(model.config ?? {})) {
        if (CONFLIST_KEYS.includes(key))
            continue;
        const hint = (0,src_config/* closestName */.Nf)(key, CONFLIST_KEYS);
        const fix = hint ? `did you mean "${hint}"?` : "move it into the plugin that needs it";
        reportInConfig(context, model, [key], `conflist key "${key}" is ignored, because libcni passes only "name" and "cniVersion" from the list to its plugins; ${fix}`, { part: "key", severity: "warning" });
    }
}
/** Constraints between fields, from the plugins' LoadConf functions. */
function checkSemantics(context, model, plugin) {
    const config = plugin.config;
    const at = (key, message) => reportInConfig(context, model, [...plugin.jsonPath, key], message, { part: "key" });
    switch (plugin.type) {
        case "bridge":
            // plugins/main/bridge/bridge.go loadNetConf.
            if (config.hairpinMode === true && config.promiscMode === true)
                at("promiscMode", `bridge "hairpinMode" and "promiscMode" cannot both be true; the plugin rejects the config, keep one`);
            if (config.disableContainerInterface === true && plugin.ipamType)
                at("disableContainerInterface", `bridge "disableContainerInterface" cannot be combined with IPAM; remove "ipam" or this field`);
            if (typeof config.vlan === "number" && config.vlan > 0 && Array.isArray(config.vlanTrunk) && config.vlanTrunk.length > 0)
                at("vlanTrunk", `bridge cannot set "vlan" and "vlanTrunk" at the same time; use one of them`);
            checkTrunk(context, model, plugin, "vlanTrunk");
            break;
        case "ovs":
            checkTrunk(context, model, plugin, "trunk");
            break;
        case "sriov": {
            // sriov-cni pkg/config/config.go LoadConf.
            const vlan = typeof config.vlan === "number" ? config.vlan : 0;
            if (typeof config.vlanQoS === "number" && config.vlanQoS !== 0 && vlan === 0)
                at("vlanQoS", `sriov "vlanQoS" needs a non-zero "vlan"; set "vlan" or remove "vlanQoS"`);
            if (typeof config.vlanProto === "string" && config.vlanProto.toLowerCase() === "802.1ad" && vlan === 0)
                at("vlanProto", `sriov "vlanProto" 802.1ad needs a non-zero "vlan"; set "vlan"`);
            break;
        }
        case "portmap":
            // plugins/meta/portmap/main.go parseConfig.
            if (config.markMasqBit !== undefined && config.externalSetMarkChain !== undefined)
                at("externalSetMarkChain", `portmap "markMasqBit" and "externalSetMarkChain" exclude each other; keep one`);
            break;
        case "bandwidth":
            // plugins/meta/bandwidth/main.go validateRateAndBurst.
            for (const [rate, burst] of [["ingressRate", "ingressBurst"], ["egressRate", "egressBurst"]]) {
                const hasRate = typeof config[rate] === "number" && config[rate] > 0;
                const hasBurst = typeof config[burst] === "number" && config[burst] > 0;
                if (hasRate !== hasBurst)
                    at(hasRate ? rate : burst, `bandwidth "${rate}" and "${burst}" must be set together; set both or neither`);
            }
            break;
        default:
            break;
    }
}
function checkTrunk(context, model, plugin, key) {
    const trunk = plugin.config[key];
    if (!Array.isArray(trunk))
        return;
    trunk.forEach((entry, index) => {
        if (entry === null || typeof entry !== "object")
            return;
        const { id, minID, maxID } = entry;
        const path = [...plugin.jsonPath, key, index];
        if (typeof minID === "number" && typeof maxID === "number" && minID > maxID) {
            reportInConfig(context, model, [...path, "minID"], `${plugin.type} "${key}[${index}]" has minID ${minID} above maxID ${maxID}; swap them`, { part: "key" });
        }
        else if ((minID === undefined) !== (maxID === undefined)) {
            reportInConfig(context, model, path, `${plugin.type} "${key}[${index}]" sets only one of "minID" and "maxID"; set both, or use "id" for a single VLAN`);
        }
        else if (id === undefined && minID === undefined) {
            reportInConfig(context, model, path, `${plugin.type} "${key}[${index}]" is empty; set "id", or "minID" and "maxID"`);
        }
    });
}

;// CONCATENATED MODULE: ./src/rules/nad/plugin-not-installed.ts



// libcni looks the binary up in the bin dirs at ADD time: `failed to find plugin "<type>" in path`.
const pluginNotInstalled = {
    id: "nad/plugin-not-installed",
    defaultSeverity: "warning",
    description: "Under a cluster profile or a declared plugin inventory, the plugin or IPAM binary is not installed on the nodes",
    tags: ["multus", "cni"],
    reads: nad_model/* NAD_READS */.Mw,
    partition: nad_model/* BY_NAD_FILE */.L6,
    check(context) {
        const installed = installedPlugins(context.config);
        if (!installed)
            return;
        const { cluster } = context.config;
        const source = cluster.cniPlugins ? "cluster.cniPlugins" : `the nodes of a ${cluster.profile} cluster`;
        const inventory = [...installed].sort().join(", ");
        for (const model of (0,nad_model/* nadModels */.Sf)(context.workspace)) {
            if (model.configStatus !== "ok")
                continue;
            for (const plugin of model.plugins) {
                const missing = (type, path, what) => reportInConfig(context, model, path, `${what} "${type}" is not installed on ${source} (${inventory}), so pods fail with "failed to find plugin \\"${type}\\" in path"; install it on the nodes or list it in cluster.cniPlugins`);
                if (plugin.type && !installed.has(plugin.type))
                    missing(plugin.type, [...plugin.jsonPath, "type"], "plugin");
                if (plugin.ipamType && !installed.has(plugin.ipamType))
                    missing(plugin.ipamType, [...plugin.jsonPath, "ipam", "type"], "IPAM plugin");
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/nad/plugin-structure.ts



// Multus pkg/types/conf.go treats a config with a non-empty top-level "type" as a single plugin and
// ignores its "plugins" list. Otherwise every entry of "plugins" needs a "type" (libcni conf.go).
const pluginStructure = {
    id: "nad/plugin-structure",
    defaultSeverity: "error",
    description: "The config has no plugin, a plugin without type, both type and plugins, or chained plugins in an order that cannot work",
    tags: ["multus", "cni"],
    reads: nad_model/* NAD_READS */.Mw,
    partition: nad_model/* BY_NAD_FILE */.L6,
    check(context) {
        for (const model of (0,nad_model/* nadModels */.Sf)(context.workspace)) {
            if (model.configStatus !== "ok" || !model.config)
                continue;
            const config = model.config;
            if (config.type !== undefined && typeof config.type !== "string") {
                reportInConfig(context, model, ["type"], `"type" must be a string naming the plugin binary; got ${JSON.stringify(config.type)}`);
                continue;
            }
            if (model.typeAndPlugins) {
                reportInConfig(context, model, ["plugins"], `spec.config has both "type" and "plugins"; Multus runs the single "${String(config.type)}" plugin and ignores "plugins", remove one of them`, { part: "key" });
            }
            if (!model.isConflist) {
                if (config.type === undefined || config.type === "") {
                    if (config.plugins !== undefined && !Array.isArray(config.plugins)) {
                        reportInConfig(context, model, ["plugins"], `"plugins" must be a list of plugin objects; got ${JSON.stringify(config.plugins).slice(0, 40)}`);
                    }
                    else {
                        reportInConfig(context, model, ["type"], `spec.config has neither "type" nor "plugins", so Multus has no plugin to run; add "type" (one plugin) or "plugins" (a chain)`, { part: "key" });
                    }
                    continue;
                }
                checkChain(context, model, model.plugins);
                continue;
            }
            const list = config.plugins;
            if (list.length === 0) {
                reportInConfig(context, model, ["plugins"], `"plugins" is empty, so libcni fails with "no plugins in list"; add at least one plugin`);
                continue;
            }
            let broken = false;
            list.forEach((entry, index) => {
                if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
                    reportInConfig(context, model, ["plugins", index], `plugin ${index} must be a JSON object; got ${JSON.stringify(entry)}`);
                    broken = true;
                    return;
                }
                const type = entry.type;
                if (type === undefined || type === "") {
                    reportInConfig(context, model, ["plugins", index], `plugin ${index} has no "type", so libcni fails with "missing 'type'"; name the plugin binary in "type"`);
                    broken = true;
                }
                else if (typeof type !== "string") {
                    reportInConfig(context, model, ["plugins", index, "type"], `plugin ${index} "type" must be a string; got ${JSON.stringify(type)}`);
                    broken = true;
                }
            });
            if (!broken)
                checkChain(context, model, model.plugins);
        }
    },
};
function checkChain(context, model, plugins) {
    const first = plugins[0];
    if (first?.type && needsPrevResult(first)) {
        const alone = plugins.length === 1;
        reportInConfig(context, model, [...first.jsonPath, "type"], `"${first.type}" works only on the result of an earlier plugin, so as the ${alone ? "only" : "first"} plugin it fails with "must be called as chained plugin"; put a main plugin such as macvlan or bridge before it in "plugins"`);
    }
    // bandwidth shapes the host end of a veth pair (plugins/meta/bandwidth/main.go "has no veth peer").
    plugins.forEach((plugin, index) => {
        if (plugin.type !== "bandwidth" || index === 0 || !hasBandwidthLimits(plugin))
            return;
        const main = plugins.slice(0, index).find((earlier) => earlier.type && NO_VETH_PEER_PLUGINS.has(earlier.type));
        if (!main)
            return;
        reportInConfig(context, model, [...plugin.jsonPath, "type"], `"bandwidth" shapes the host side of a veth pair, but "${main.type}" creates no veth peer, so it fails with "has no veth peer"; use a veth-based plugin such as bridge or ptp, or remove bandwidth`);
    });
}
function needsPrevResult(plugin) {
    if (CHAIN_ONLY_PLUGINS.has(plugin.type))
        return true;
    return plugin.type === "bandwidth" && hasBandwidthLimits(plugin);
}
function hasBandwidthLimits(plugin) {
    return ["ingressRate", "ingressBurst", "egressRate", "egressBurst"].some((key) => typeof plugin.config[key] === "number" && plugin.config[key] > 0);
}

;// CONCATENATED MODULE: ./src/rules/nad/resource-name.ts



const HOST_DEVICE_SELECTORS = ["device", "hwaddr", "kernelpath", "pciBusID", "deviceID"];
// Multus injects deviceID and pciBusID from the device allocated under the NAD's resourceName
// (pkg/k8sclient/k8sclient.go); sriov-cni fails without one ("VF pci addr is required").
const resourceName = {
    id: "nad/resource-name",
    defaultSeverity: "error",
    description: "An sriov or ib-sriov NAD, or a host-device NAD without a device field, lacks the resourceName annotation",
    tags: ["multus", "cni", "sriov"],
    reads: nad_model/* NAD_READS */.Mw,
    partition: nad_model/* BY_NAD_FILE */.L6,
    check(context) {
        for (const model of (0,nad_model/* nadModels */.Sf)(context.workspace)) {
            if (model.configStatus !== "ok" || (model.resourceName && model.resourceName.trim() !== ""))
                continue;
            for (const plugin of model.plugins) {
                if (!plugin.type)
                    continue;
                const hasDeviceId = typeof plugin.config.deviceID === "string" && plugin.config.deviceID !== "";
                if (DEVICE_PLUGINS.has(plugin.type) && !hasDeviceId) {
                    reportInConfig(context, model, [...plugin.jsonPath, "type"], `"${plugin.type}" gets its device from a device plugin, but the NAD has no "k8s.v1.cni.cncf.io/resourceName" annotation, so Multus passes no deviceID and the plugin fails; add the annotation with the device plugin's resource, for example intel.com/sriov_netdevice`);
                }
                else if (plugin.type === "host-device" && !HOST_DEVICE_SELECTORS.some((key) => plugin.config[key] !== undefined && plugin.config[key] !== "")) {
                    reportInConfig(context, model, [...plugin.jsonPath, "type"], `"host-device" names no device ("device", "hwaddr", "kernelpath" or "pciBusID") and the NAD has no "k8s.v1.cni.cncf.io/resourceName" annotation to get one from a device plugin; set "device" or add the annotation`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/nad/subnet-overlap.ts




// host-local keeps one store per CNI name under its dataDir (backend/disk/backend.go). whereabouts
// shares one pool per range unless network_name separates them, and by default it also checks
// overlapping ranges across its pools (enable_overlapping_ranges).
const subnetOverlap = {
    id: "nad/subnet-overlap",
    defaultSeverity: "warning",
    description: "Two NADs allocate from overlapping ranges kept in separate pools, so they can hand out the same address",
    tags: ["multus", "cni", "ipam"],
    reads: nad_model/* NAD_READS */.Mw,
    check(context) {
        const { workspace } = context;
        const intervals = [];
        (0,nad_model/* nadModels */.Sf)(workspace).forEach((model, order) => {
            if (model.configStatus !== "ok")
                return;
            const name = model.cniName ?? model.object.name;
            for (const plugin of model.plugins) {
                const ipam = plugin.ipam ?? {};
                for (const pool of ipamPools(plugin)) {
                    const key = pool.ipamType === "host-local"
                        ? `host-local|${typeof ipam.dataDir === "string" ? ipam.dataDir : ""}|${name}`
                        : `whereabouts|${typeof ipam.network_name === "string" ? ipam.network_name : ""}`;
                    intervals.push({ family: pool.family, first: pool.first, last: pool.last, item: { model, order, pool, key } });
                }
            }
        });
        const reported = new Set();
        const pairs = findOverlaps(intervals, (a, b) => a.model === b.model || a.key === b.key);
        const ordered = pairs
            .map(([a, b]) => (a.item.order <= b.item.order ? [a, b] : [b, a]))
            .sort((x, y) => x[1].item.order - y[1].item.order);
        for (const [earlier, later] of ordered) {
            if (reported.has(later.item.model))
                continue;
            reported.add(later.item.model);
            const other = earlier.item.model;
            const where = workspace.rangeOfObject(other.object);
            const otherName = `${other.object.namespace ? `${other.object.namespace}/` : ""}${other.object.name}`;
            const span = `${formatIp(earlier.family, earlier.first)}-${formatIp(earlier.family, earlier.last)}`;
            context.report({
                file: later.item.model.object.file.path,
                range: (0,nad_model/* configRange */.Y7)(workspace, later.item.model, later.item.pool.path),
                resource: (0,workspace_workspace/* resourceRefOf */.nY)(later.item.model.object),
                message: `this ${later.item.pool.ipamType} range overlaps ${span} of NAD "${otherName}" (${other.object.file.path}:${where.line}), which allocates from a separate pool, so both can hand out the same address; use disjoint ranges or one shared pool`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/nad/unknown-plugin.ts




const unknownPlugin = {
    id: "nad/unknown-plugin",
    defaultSeverity: "info",
    description: "The plugin or IPAM type is not one plumbline has a schema for, so its fields are not checked",
    tags: ["multus", "cni"],
    reads: nad_model/* NAD_READS */.Mw,
    partition: nad_model/* BY_NAD_FILE */.L6,
    check(context) {
        for (const model of (0,nad_model/* nadModels */.Sf)(context.workspace)) {
            if (model.configStatus !== "ok")
                continue;
            for (const plugin of model.plugins) {
                if (plugin.type && !hasSchema("cni", plugin.type)) {
                    const hint = (0,src_config/* closestName */.Nf)(plugin.type, knownTypes("cni"));
                    reportInConfig(context, model, [...plugin.jsonPath, "type"], `plumbline has no schema for plugin type "${plugin.type}", so its fields are not checked${hint ? ` (did you mean "${hint}"?)` : ""}`);
                }
                if (plugin.ipamType && !hasSchema("ipam", plugin.ipamType)) {
                    const hint = (0,src_config/* closestName */.Nf)(plugin.ipamType, knownTypes("ipam"));
                    reportInConfig(context, model, [...plugin.jsonPath, "ipam", "type"], `plumbline has no schema for IPAM type "${plugin.ipamType}", so its fields are not checked${hint ? ` (did you mean "${hint}"?)` : ""}`);
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/nad/index.ts














const nadRules = [
    configMissing,
    configNotString,
    configJson,
    cniVersion,
    name_name,
    pluginStructure,
    pluginConfig,
    unknownPlugin,
    ipam,
    subnetOverlap,
    duplicate,
    resourceName,
    masterInterface,
    pluginNotInstalled,
];

;// CONCATENATED MODULE: ./src/rules/index.ts









const ALL_RULES = [
    yamlSyntax,
    repoUnreadable,
    repoLimit,
    ...kustomizeRules,
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
    registered = sortByCatalogOrder(ALL_RULES).map((rule) => {
        if (seen.has(rule.id))
            throw new Error(`rule "${rule.id}" is registered twice`);
        seen.add(rule.id);
        return { ...rule, docsUrl: (0,docs_url/* docsUrlFor */.e)(rule.id) };
    });
    return registered;
}
// Families in the order of the rule catalog; a family's rules keep their registration order, so
// nad/unused (registered with the attachment rules that find the references) lists among nad/.
const FAMILY_ORDER = ["yaml", "repo", "kustomize", "nad", "attachment", "argocd", "appset", "live", "suppression"];
function sortByCatalogOrder(rules) {
    const rank = (rule) => {
        const index = FAMILY_ORDER.indexOf(rule.id.split("/")[0]);
        return index < 0 ? FAMILY_ORDER.length : index;
    };
    return rules.map((rule, position) => ({ rule, position })).sort((a, b) => rank(a.rule) - rank(b.rule) || a.position - b.position).map(({ rule }) => rule);
}
function ruleIds() {
    return new Set(allRules().map((rule) => rule.id));
}

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/lazy.ts
var lazy = __webpack_require__(9257);
// EXTERNAL MODULE: ./src/workspace/discover.ts
var discover = __webpack_require__(4714);
// EXTERNAL MODULE: ./src/workspace/packed.ts
var packed = __webpack_require__(5277);
// EXTERNAL MODULE: ./src/workspace/parse-pool.ts
var parse_pool = __webpack_require__(73);
;// CONCATENATED MODULE: ./src/workspace/load.ts
// Builds the Workspace: discover, read, parse, then index objects, kustomizations and Argo CD
// Applications, and resolve every object's namespace. The only module of the model that does I/O.














const YAML_EXTENSION = /\.ya?ml$/;
const TEMPLATE_MARKER = /\{\{|\{%/;
/** Loads the repository at `root` (an absolute, real path) into a Workspace. Never throws on file content. */
async function loadWorkspace(root, config, options = {}) {
    const cacheFolder = options.cacheLocation === undefined ? undefined : folderInside(root, options.cacheLocation);
    const discovered = await (0,debug/* timed */.ay)("discover", () => (0,discover/* discover */.k4)(root, config.exclude, cacheFolder));
    const tree = new RepoTree(discovered);
    const chartDirs = findChartDirs(tree);
    const files = new Map();
    const toParse = [];
    for (const path of tree.files) {
        const file = new LoadedFile(path, initialRole(path, chartDirs));
        files.set(path, file);
        if (file.role !== "other" && file.role !== "helm-chart")
            toParse.push(file);
    }
    const facts = new Map();
    await parseSourceFiles(root, toParse, config, options, facts);
    const kustomizations = readKustomizations(files, tree);
    markKustomizeInputs(files, kustomizations);
    const pending = await (0,debug/* timed */.ay)("extract objects", () => extractObjects(files, facts));
    const identity = detectRepoIdentity({ root, config, objects: pending, env: options.env ?? process.env, tree, files, kustomizations });
    const workspace = new workspace_workspace/* Workspace */.aR(root, config, tree, files, kustomizations, identity);
    const applications = await (0,debug/* timed */.ay)("model Applications", () => modelApplications(workspace, pending));
    for (const application of applications)
        workspace.addApplication(application);
    resolveNamespaces(workspace, pending);
    for (const object of pending)
        workspace.addObject(object);
    return workspace;
}
/** Returns `folder` relative to `root`, with `/`, when it is the root or inside it; else undefined. */
function folderInside(root, folder) {
    let real = folder;
    try {
        real = (0,external_node_fs_.realpathSync)(folder);
    }
    catch {
        // A folder that does not exist yet holds no files to leave out.
    }
    const inside = (0,external_node_path_.relative)(root, real);
    if (inside === ".." || inside.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inside))
        return undefined;
    return inside.split(external_node_path_.sep).join("/");
}
function findChartDirs(tree) {
    return tree.files.filter((file) => file.endsWith("Chart.yaml") && external_node_path_.posix.basename(file) === "Chart.yaml").map(parentOf);
}
function initialRole(path, chartDirs) {
    // Discovery's paths are normalised, so the name follows the last slash.
    const name = path.slice(path.lastIndexOf("/") + 1);
    const chart = chartDirs.find((dir) => dir === "" || path.startsWith(`${dir}/`));
    if (chart !== undefined) {
        const inTemplates = path.slice(chart === "" ? 0 : chart.length + 1).includes("/");
        if (!inTemplates && /^values.*\.ya?ml$/.test(name))
            return "helm-values";
        return "helm-chart";
    }
    if (isKustomizationFileName(name))
        return "kustomization";
    if (YAML_EXTENSION.test(name))
        return "manifest";
    if (name.endsWith(".json"))
        return "json";
    return "other";
}
/**
 * Reads and parses `files` in place, through the cache when `options.cacheLocation` is set. The
 * cache is written by a finisher once the lint is done, so it can keep the node trees that the
 * findings needed.
 */
async function parseSourceFiles(root, files, config, options, facts) {
    const paths = files.map((file) => file.path);
    const parseOptions = {
        maxFileBytes: config.limits.maxFileBytes,
        maxDocuments: config.limits.maxDocumentsPerFile,
        maxTokens: config.limits.maxTokensPerFile,
        maxAliasCount: config.limits.maxAliasCount,
    };
    const cacheLocation = options.cacheLocation;
    if (!cacheLocation) {
        const parses = await (0,debug/* timed */.ay)("read and parse", () => (0,parse_pool/* parseFiles */.Bj)(root, paths, parseOptions, options.pool));
        await (0,debug/* timed */.ay)("fill files from their parses", () => files.forEach((file, index) => applyParse(file, parses[index], parseOptions)));
        return;
    }
    // Loaded only with --cache: a run without it does not pay for node:crypto and node:v8.
    const { parseFilesCached } = await __webpack_require__.e(/* import() */ 385).then(__webpack_require__.bind(__webpack_require__, 1385));
    const cached = await (0,debug/* timed */.ay)("read and parse with the cache", () => parseFilesCached(root, paths, parseOptions, options.pool ?? {}, cacheLocation));
    (0,debug/* debug */.Yz)(`cache: ${cached.stats.hits} files reused (${cached.stats.unread} of them recognised by their stat, without reading), ${cached.stats.misses} parsed`);
    if (cached.stats.warning)
        options.notices?.push(cached.stats.warning);
    const applied = [];
    await (0,debug/* timed */.ay)("fill files from their parses", () => files.forEach((file, index) => {
        const result = cached.results[index];
        if ("cached" in result && result.cached.facts)
            facts.set(file, result.cached.facts);
        applied[index] = applyParse(file, result, parseOptions);
    }));
    cached.hashes.forEach((hash, index) => hash !== undefined && options.contentHashes?.set(files[index].path, hash));
    options.finishers?.push(() => {
        const warning = cached.save((index) => {
            const file = files[index];
            const done = applied[index];
            return { usedNodes: done?.usedNodes?.(), summary: done?.summary, facts: facts.get(file) };
        });
        if (warning)
            options.notices?.push(warning);
    });
}
/**
 * Fills a file from its parse, and marks a manifest that fails to parse because of template
 * markers. A parse from the cache is decoded only when something reads more than its summary.
 */
function applyParse(file, result, options) {
    if (!result.ok) {
        file.problems.push(result.problem);
        return undefined;
    }
    let summary;
    let usedNodes;
    if ("cached" in result) {
        const { cached } = result;
        summary = cached.summary;
        const source = result.text;
        const text = typeof source === "string" ? () => source : source;
        let unpacked;
        // An entry that does not decode is parsed again from the text, which gives the same parse.
        file.deferParse(() => (unpacked ??= (0,packed/* unpackParse */.Gt)(source, cached.packed() ?? (0,packed/* packParse */.F1)((0,parse/* parseYamlText */.cd)(text(), options)), options)).parsed);
        file.deferText(text);
        usedNodes = () => unpacked?.usedNodes();
    }
    else {
        const unpacked = "packed" in result ? (0,packed/* unpackParse */.Gt)(result.text, result.packed, options) : undefined;
        const parsed = "packed" in result ? unpacked.parsed : result.parsed;
        summary = (0,packed/* summaryOf */.YG)(parsed, "packed" in result ? result.packed.mentions : (0,workspace_workspace/* markersIn */.vU)(parsed.text));
        // A text the cache did not read stays unread until something needs it.
        file.deferText(() => parsed.text);
        file.parsedText = parsed.parsedText;
        file.lineStarts = parsed.lineStarts;
        file.documents = parsed.documents;
        file.columnShifts = parsed.columnShifts;
        usedNodes = unpacked?.usedNodes;
    }
    file.mentions = summary.mentions;
    // A copy: the lint adds problems (an alias bomb found when a value is read) that are not the parse's.
    file.problems = [...summary.problems];
    file.recovered = summary.recovered;
    file.documentCount = summary.documents;
    const syntaxFailed = summary.problems.some((problem) => problem.kind === "syntax");
    if (syntaxFailed && file.role === "manifest" && TEMPLATE_MARKER.test(file.text ?? ""))
        file.role = "template";
    return { summary, usedNodes };
}
/**
 * A file of the model whose text and parse can be read on first use: a warm run decodes a cached
 * parse only when something needs more than its summary. A class rather than lazy properties
 * defined per file, because a warm run makes one per file of the repository.
 */
class LoadedFile {
    path;
    role;
    mentions;
    documentCount;
    problems = [];
    recovered = false;
    textValue;
    textSource;
    parsed = { documents: [] };
    parseSource;
    constructor(path, role) {
        this.path = path;
        this.role = role;
    }
    deferText(read) {
        this.textSource = read;
    }
    deferParse(decode) {
        this.parseSource = decode;
    }
    get text() {
        if (this.textSource) {
            this.textValue = this.textSource();
            this.textSource = undefined;
        }
        return this.textValue;
    }
    set text(value) {
        this.textSource = undefined;
        this.textValue = value;
    }
    get lineStarts() {
        return this.fields().lineStarts;
    }
    set lineStarts(value) {
        this.fields().lineStarts = value;
    }
    get documents() {
        return this.fields().documents;
    }
    set documents(value) {
        this.fields().documents = value;
    }
    get parsedText() {
        return this.fields().parsedText;
    }
    set parsedText(value) {
        this.fields().parsedText = value;
    }
    get columnShifts() {
        return this.fields().columnShifts;
    }
    set columnShifts(value) {
        this.fields().columnShifts = value;
    }
    fields() {
        if (this.parseSource) {
            const decoded = this.parseSource();
            this.parseSource = undefined;
            this.parsed = { lineStarts: decoded.lineStarts, documents: decoded.documents, parsedText: decoded.parsedText, columnShifts: decoded.columnShifts };
        }
        return this.parsed;
    }
}
function readKustomizations(files, tree) {
    const kustomizations = new Map();
    for (const file of files.values()) {
        if (file.role !== "kustomization" || file.documents.length === 0)
            continue;
        const value = documentValue(file, file.documents[0]);
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
 * The plain value of a document, or undefined when it has errors or could not be converted. A
 * conversion failure (an alias bomb, say) is recorded as a problem on the file the first time the
 * value is asked for, so only files read as manifests or kustomizations report it.
 */
function documentValue(file, document) {
    if (document.hasErrors)
        return undefined;
    const failure = document.valueError;
    if (!failure)
        return document.value;
    if (reported.has(document))
        return undefined;
    reported.add(document);
    let offset = failure.offset;
    if (failure.aliasName && file.text) {
        const found = file.text.slice(document.range[0], document.range[2]).indexOf(`*${failure.aliasName}`);
        if (found >= 0)
            offset += found;
    }
    const position = file.lineStarts ? (0,yaml_model/* linePos */.dR)(file.lineStarts, offset) : { line: 1, col: 1 };
    const problem = {
        kind: failure.aliasBomb ? "limit" : "syntax",
        message: failure.aliasBomb
            ? `document expands more than ${failure.aliasLimit} aliases, which looks like an alias bomb; it was not linted (limits.maxAliasCount)`
            : `invalid document: ${failure.message.charAt(0).toLowerCase()}${failure.message.slice(1)}`,
        range: { line: position.line, column: position.col, endLine: position.line, endColumn: position.col + 1 },
    };
    file.problems.push(problem);
    return undefined;
}
const reported = new WeakSet();
/**
 * Finds the Kubernetes objects of every manifest, and records in `facts` what it found in each. A
 * file that has facts from the cache gets its objects from them, and its values are decoded only
 * when something reads them.
 */
function extractObjects(files, facts) {
    const objects = [];
    for (const file of files.values()) {
        if (file.role !== "manifest" && file.role !== "json") {
            facts.delete(file);
            continue;
        }
        const known = facts.get(file);
        if (known) {
            file.problems.push(...known.problems);
            for (const fact of known.objects)
                objects.push(objectFromFact(file, fact));
            continue;
        }
        const first = objects.length;
        const problemsBefore = file.problems.length;
        // Objects are found from document values alone, so a file's node trees are not decoded
        // (packed.ts) until a finding or an offset map needs a position.
        file.documents.forEach((document, documentIndex) => {
            const value = documentValue(file, document);
            if (!load_isRecord(value))
                return;
            if (value.kind === "List" && Array.isArray(value.items)) {
                value.items.forEach((item, index) => {
                    const node = () => {
                        const itemsNode = (0,yaml_model/* mapGet */.ZX)(document.contents, "items");
                        return ((0,yaml_model/* isSeq */.oP)(itemsNode) ? itemsNode.items[index] : undefined);
                    };
                    if (load_isRecord(item))
                        pushObject(objects, file, document, documentIndex, index, node, item);
                });
                return;
            }
            pushObject(objects, file, document, documentIndex, undefined, () => document.contents, value);
        });
        facts.set(file, { objects: objects.slice(first).map(factOf), problems: file.problems.slice(problemsBefore) });
    }
    return objects;
}
const VALUE_KINDS = new Set(Object.values(application/* ARGO_KINDS */.y8));
function factOf(object) {
    const fact = { documentIndex: object.documentIndex, apiVersion: object.apiVersion, kind: object.kind, name: object.name };
    if (object.itemIndex !== undefined)
        fact.itemIndex = object.itemIndex;
    if (object.declaredNamespace !== undefined)
        fact.declaredNamespace = object.declaredNamespace;
    if (object.ignoreAnnotation)
        fact.ignoreAnnotation = true;
    // A value that JSON would change (a YAML 1.1 timestamp, say) is decoded from the file instead.
    if (object.group === application/* APPLICATION_GROUP */.zp && VALUE_KINDS.has(object.kind) && (0,packed/* isJsonExact */.iP)(object.value))
        fact.value = object.value;
    return fact;
}
/** Creates an object from its facts; its document, node and value are decoded on first read. */
function objectFromFact(file, fact) {
    return new FactObject(file, fact);
}
// A class rather than lazy properties defined per object: a warm run creates one per object of the
// repository, and getters on a prototype cost nothing to set up.
class FactObject {
    file;
    documentIndex;
    itemIndex;
    apiVersion;
    group;
    version;
    kind;
    name;
    declaredNamespace;
    namespace;
    namespaceSource;
    clusterScoped;
    ignoreAnnotation;
    decodedNode;
    decodedValue;
    constructor(file, fact) {
        this.file = file;
        const { group, version } = (0,workspace_workspace/* splitApiVersion */.Np)(fact.apiVersion);
        this.documentIndex = fact.documentIndex;
        if (fact.itemIndex !== undefined)
            this.itemIndex = fact.itemIndex;
        this.apiVersion = fact.apiVersion;
        this.group = group;
        this.version = version;
        this.kind = fact.kind;
        this.name = fact.name;
        this.declaredNamespace = fact.declaredNamespace;
        this.clusterScoped = (0,workspace_workspace/* isClusterScopedKind */.px)(fact.kind);
        this.namespace = this.clusterScoped ? undefined : fact.declaredNamespace;
        this.namespaceSource = fact.declaredNamespace && !this.clusterScoped ? "metadata" : "none";
        this.ignoreAnnotation = fact.ignoreAnnotation === true;
        if (fact.value)
            this.decodedValue = fact.value;
    }
    get document() {
        return this.file.documents[this.documentIndex];
    }
    get node() {
        if (this.decodedNode)
            return this.decodedNode;
        const contents = this.document.contents;
        if (this.itemIndex === undefined)
            return (this.decodedNode = contents);
        const itemsNode = (0,yaml_model/* mapGet */.ZX)(contents, "items");
        return (this.decodedNode = ((0,yaml_model/* isSeq */.oP)(itemsNode) ? itemsNode.items[this.itemIndex] : undefined));
    }
    get value() {
        if (this.decodedValue)
            return this.decodedValue;
        const whole = documentValue(this.file, this.document);
        const found = this.itemIndex === undefined ? whole : load_isRecord(whole) && Array.isArray(whole.items) ? whole.items[this.itemIndex] : undefined;
        // Facts come from a cache entry of this very text, so the value is a mapping; an empty one stands in for a damaged entry.
        const value = load_isRecord(found) ? found : {};
        if (load_isRecord(value.metadata))
            restorePlainStrings(() => this.node, value.metadata);
        return (this.decodedValue = value);
    }
}
function pushObject(objects, file, document, documentIndex, itemIndex, node, value) {
    if (typeof value.apiVersion !== "string" || typeof value.kind !== "string")
        return;
    const metadata = load_isRecord(value.metadata) ? value.metadata : {};
    restorePlainStrings(node, metadata);
    const { group, version } = (0,workspace_workspace/* splitApiVersion */.Np)(value.apiVersion);
    const declaredNamespace = typeof metadata.namespace === "string" && metadata.namespace !== "" ? metadata.namespace : undefined;
    const clusterScoped = (0,workspace_workspace/* isClusterScopedKind */.px)(value.kind);
    const object = {
        file,
        documentIndex,
        itemIndex,
        document,
        node: undefined,
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
        ignoreAnnotation: (0,workspace_workspace/* hasIgnoreAnnotation */.e0)(value),
    };
    (0,lazy/* defineLazy */.g)(object, "node", node);
    objects.push(object);
}
/**
 * Puts back the written text of `metadata.name` and `metadata.namespace` where YAML 1.1 turned a
 * plain scalar into a boolean or number (`namespace: n` is false there). Kubernetes decodes these
 * string fields against their Go type with sigs.k8s.io/yaml, which keeps the text as written.
 */
function restorePlainStrings(node, metadata) {
    for (const field of ["name", "namespace"]) {
        if (metadata[field] === undefined || typeof metadata[field] === "string")
            continue;
        const scalar = (0,yaml_model/* mapGet */.ZX)((0,yaml_model/* mapGet */.ZX)(node(), "metadata"), field);
        if ((0,yaml_model/* isScalar */.jn)(scalar) && scalar.type === "PLAIN" && scalar.source !== undefined)
            metadata[field] = scalar.source;
    }
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
    const config = (0,src_config/* loadConfig */.Z9)(root, options.configPath, knownIds, cwd);
    await (0,src_config/* checkExcludeGlobs */.yv)(config);
    const settings = effectiveSettings(config, options.ruleOverrides, knownIds);
    const reportOnly = options.files ? toReportScope(options.files, root, cwd) : undefined;
    const notices = [];
    const finishers = [];
    const location = cacheLocation(options, root);
    const contentHashes = new Map();
    const workspace = await (0,debug/* timed */.ay)("load workspace", () => loadWorkspace(root, config, {
        env: options.env,
        pool: { workerEntry: options.workerEntry, threads: options.threads },
        cacheLocation: location,
        notices,
        finishers,
        contentHashes,
    }));
    (0,debug/* debug */.Yz)(`${workspace.files.size} files, ${workspace.documentCount} documents, ${workspace.objects.length} objects, ${workspace.applications.length} Applications`);
    notices.push(...setupNotices(workspace, config, reportOnly));
    const internalErrors = [];
    const findings = [];
    // Loaded only with --cache, like the parse cache.
    const ruleCache = location
        ? await (0,debug/* timed */.ay)("open the findings cache", async () => (await Promise.all(/* import() */[__webpack_require__.e(385), __webpack_require__.e(174)]).then(__webpack_require__.bind(__webpack_require__, 1174))).openRuleCache({ location, workspace, config, settings, hashes: contentHashes }))
        : undefined;
    if (ruleCache)
        (0,file_facts/* setFactStore */.gQ)(workspace, ruleCache.facts);
    for (const rule of rules) {
        if (settings.get(rule.id) === "off")
            continue;
        if (rule.live && !options.live)
            continue;
        const cached = rule.reads && !rule.live ? { ...rule, reads: rule.reads } : undefined;
        const plan = cached && ruleCache?.plan(cached);
        if (plan) {
            findings.push(...plan.reused);
            if (plan.rerun?.size === 0)
                continue;
        }
        const firstFinding = findings.length;
        const errorsBefore = internalErrors.length;
        const partition = rule.partition ? { kinds: rule.partition.kinds, files: plan?.rerun } : undefined;
        let view = workspace;
        try {
            if (rule.reads)
                view = (0,workspace_view/* restrictedWorkspace */.LX)(workspace, rule.id, rule.reads, partition);
        }
        catch (error) {
            internalErrors.push(`rule ${rule.id} failed: ${error.message}`);
            continue;
        }
        const context = {
            workspace: view,
            config,
            live: options.live,
            report: (input) => {
                const finding = toFinding(rule, input, settings.get(rule.id), internalErrors);
                if (finding)
                    findings.push(finding);
            },
        };
        try {
            await (0,debug/* timed */.ay)(`rule ${rule.id}`, () => rule.check(context));
        }
        catch (error) {
            internalErrors.push(`rule ${rule.id} failed: ${error.stack ?? String(error)}`);
        }
        if (ruleCache && cached && plan && internalErrors.length === errorsBefore) {
            const problem = ruleCache.record(cached, plan, findings.slice(firstFinding));
            if (problem)
                internalErrors.push(problem);
        }
    }
    if (ruleCache) {
        const { reused, partly, ran } = ruleCache.stats;
        (0,debug/* debug */.Yz)(`cache: findings of ${reused} rules reused, ${partly} rules ran on changed files only, ${ran} rules ran`);
        finishers.push(() => {
            const warning = ruleCache.save();
            if (warning)
                notices.push(warning);
        });
    }
    const suppressions = await (0,debug/* timed */.ay)("suppressions", () => collectSuppressions(workspace));
    const kept = applySuppressions(findings, suppressions);
    const unusedRule = rules.find((rule) => rule.id === "suppression/unused");
    if (settings.get(unusedRule.id) !== "off") {
        for (const unused of unusedSuppressions(suppressions, knownIds)) {
            const finding = toFinding(unusedRule, unused, settings.get(unusedRule.id), internalErrors);
            if (finding)
                kept.push(finding);
        }
    }
    const reported = kept.filter((finding) => (!reportOnly || inScope(reportOnly, finding.file)) && (!options.reportFilter || options.reportFilter(finding, workspace)));
    reported.sort(compareFindings);
    for (const finish of finishers)
        await (0,debug/* timed */.ay)("finish (write the cache)", finish);
    return {
        version: 1,
        root,
        findings: reported,
        summary: {
            files: [...workspace.files.values()].filter((file) => file.role !== "other").length,
            documents: workspace.documentCount,
            errors: reported.filter((finding) => finding.severity === "error").length,
            warnings: reported.filter((finding) => finding.severity === "warning").length,
            infos: reported.filter((finding) => finding.severity === "info").length,
        },
        rules,
        workspace,
        config,
        internalErrors,
        notices,
        ...(reportOnly ? { reportedIn: (file) => inScope(reportOnly, file) } : {}),
    };
}
/** Resolves the root: `root` when given, else the git top level above `cwd` (a folder with `.git`), else `cwd`; always a real path. */
function resolveRoot(root, cwd) {
    if (root !== undefined) {
        const absolute = (0,external_node_path_.resolve)(cwd, root);
        if (!(0,external_node_fs_.existsSync)(absolute))
            throw new errors/* UsageError */.e(`root "${root}" not found: pass an existing folder to --root`);
        if (!(0,external_node_fs_.statSync)(absolute).isDirectory())
            throw new errors/* UsageError */.e(`root "${root}" is a file, not a folder: pass the repository folder to --root`);
        assertListable(absolute, root);
        return (0,external_node_fs_.realpathSync)(absolute);
    }
    let current = (0,external_node_fs_.realpathSync)(cwd);
    for (;;) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(current, ".git")))
            break;
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current) {
            current = (0,external_node_fs_.realpathSync)(cwd);
            break;
        }
        current = parent;
    }
    assertListable(current, current);
    return current;
}
/**
 * Rejects a root that cannot be listed, or whose entries cannot be reached, with a usage error:
 * linted as an empty repository, it would pass.
 */
function assertListable(absolute, asWritten) {
    try {
        (0,external_node_fs_.accessSync)(absolute, external_node_fs_.constants.R_OK | external_node_fs_.constants.X_OK);
        (0,external_node_fs_.readdirSync)(absolute);
    }
    catch (error) {
        const code = error.code;
        throw new errors/* UsageError */.e(`root "${asWritten}" cannot be listed${code ? ` (${code})` : ""}: make the folder readable, or run plumbline as a user who can read it`);
    }
}
function effectiveSettings(config, overrides, knownIds) {
    const settings = new Map();
    for (const [id, setting] of Object.entries(config.rules))
        settings.set(id, setting);
    for (const [id, setting] of Object.entries(overrides ?? {})) {
        if (!knownIds.has(id)) {
            const hint = (0,src_config/* closestName */.Nf)(id, [...knownIds]);
            throw new errors/* UsageError */.e(`unknown rule "${id}" in --rule${hint ? ` (did you mean "${hint}"?)` : ""}; run plumbline --list-rules for the ids`);
        }
        settings.set(id, setting);
    }
    return settings;
}
function toReportScope(paths, root, cwd) {
    const scope = { files: new Set(), folders: [] };
    for (const path of paths) {
        if (path === "")
            throw new errors/* UsageError */.e('empty FILE argument: pass a file or folder inside the root, or "." for all of it');
        const absolute = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path);
        if (!(0,external_node_fs_.existsSync)(absolute)) {
            // existsSync is false for a file in a folder that cannot be entered, too.
            const code = statErrorCode(absolute);
            if (code === "EACCES" || code === "EPERM")
                throw new errors/* UsageError */.e(`file "${path}" cannot be reached (permission denied): make its folders readable, or run plumbline as a user who can read them`);
            const base = (0,external_node_path_.isAbsolute)(path) ? "" : ` (a relative FILE is taken from the working directory, ${cwd}, not from the root)`;
            throw new errors/* UsageError */.e(`file "${path}" not found${base}: pass existing files or folders inside the root`);
        }
        // The parent folder is resolved, so a root reached through a symlink still matches. The name
        // itself is kept, because a symlinked manifest is reported under its own path.
        const real = (0,external_node_path_.join)((0,external_node_fs_.realpathSync)((0,external_node_path_.dirname)(absolute)), absolute.slice((0,external_node_path_.dirname)(absolute).length + 1));
        const relativePath = (0,external_node_path_.relative)(root, real).split(external_node_path_.sep).join("/");
        if (relativePath.startsWith("..") || (0,external_node_path_.isAbsolute)(relativePath)) {
            throw new errors/* UsageError */.e(`file "${path}" is outside the root "${root}": pass files inside the repository, or set --root`);
        }
        if ((0,external_node_fs_.statSync)(absolute).isDirectory())
            scope.folders.push(relativePath === "" ? "" : `${relativePath}/`);
        else
            scope.files.add(relativePath);
    }
    return scope;
}
function inScope(scope, file) {
    // A finding on a folder itself (one that cannot be listed, say) is in the scope of that folder.
    return scope.files.has(file) || scope.folders.some((folder) => folder === "" || file.startsWith(folder) || `${file}/` === folder);
}
function statErrorCode(path) {
    try {
        (0,external_node_fs_.statSync)(path);
        return undefined;
    }
    catch (error) {
        return error.code;
    }
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
        return types/* SEVERITY_ORDER */.B[a.severity] - types/* SEVERITY_ORDER */.B[b.severity];
    return a.ruleId.localeCompare(b.ruleId);
}
/** Default cache folder below the repository root; discovery never enters node_modules. */
const DEFAULT_CACHE_DIR = (0,external_node_path_.join)("node_modules", ".cache", "plumbline");
function cacheLocation(options, root) {
    if (options.cache === undefined || options.cache === false)
        return undefined;
    if (options.cache === true)
        return (0,external_node_path_.join)(root, DEFAULT_CACHE_DIR);
    return (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), options.cache);
}

// EXTERNAL MODULE: ./src/live/kubeconfig.ts
var kubeconfig = __webpack_require__(6479);
;// CONCATENATED MODULE: ./src/report/index.ts
const loaders = {
    stylish: async () => (await __webpack_require__.e(/* import() */ 552).then(__webpack_require__.bind(__webpack_require__, 1552))).stylishReporter,
    json: async () => (await __webpack_require__.e(/* import() */ 794).then(__webpack_require__.bind(__webpack_require__, 2794))).jsonReporter,
    sarif: async () => (await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 643))).sarifReporter,
    github: async () => (await __webpack_require__.e(/* import() */ 611).then(__webpack_require__.bind(__webpack_require__, 7611))).githubReporter,
    markdown: async () => (await __webpack_require__.e(/* import() */ 285).then(__webpack_require__.bind(__webpack_require__, 4285))).markdownReporter,
    mermaid: async () => (await __webpack_require__.e(/* import() */ 52).then(__webpack_require__.bind(__webpack_require__, 1052))).mermaidReporter,
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
  --root DIR            repository root (default: the git top level above the working directory,
                        or the working directory outside a git checkout)
  --config FILE         config file (default: .plumbline.yaml in the root, if present)
  --format NAME         output format: ${"%FORMATS%"} (default: stylish)
  --output FILE         write the report to FILE instead of standard output
  --fail-on LEVEL       exit 1 when a finding is at least LEVEL: error, warning, info, none (default: error)
  --rule ID=LEVEL       set one rule to off, info, warning or error; repeatable
  --cache               reuse parses and rule findings from the last --cache run
  --cache-location DIR  cache folder, relative to the working directory (default:
                        node_modules/.cache/plumbline in the root); implies --cache
  --no-cache            do not use the cache, even with --cache or --cache-location (for the
                        pre-commit hook's arguments)
  --threads N           most threads that parse files, the main thread included, from 1 to 64;
                        1 parses on the main thread only (default: one per core, at most 4).
                        Fewer than 1,000 files use one thread, and each thread needs 500 files
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
async function main(argv, env, options = {}) {
    try {
        return await run(argv, env, options);
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.e) {
            process.stderr.write(`plumbline: ${error.message}\n`);
            return 2;
        }
        const debug = (env.DEBUG ?? "").split(",").includes("plumbline");
        const detail = debug ? error.stack : error.message;
        process.stderr.write(`plumbline: internal error: ${detail}\n${debug ? "" : "Set DEBUG=plumbline for the stack trace, and report it as a bug.\n"}`);
        return 2;
    }
}
async function run(argv, env, options) {
    const args = parseArguments(argv);
    if (args.values.help) {
        process.stdout.write(HELP.replace("%FORMATS%", formatNames().join(", ")));
        return 0;
    }
    if (args.values.version) {
        process.stdout.write(`${package_0/* version */.rE}\n`);
        return 0;
    }
    if (args.values["list-rules"]) {
        process.stdout.write(listRules());
        return 0;
    }
    const format = args.values.format ?? "stylish";
    const reporter = await loadReporter(format);
    if (!reporter)
        throw new errors/* UsageError */.e(`unknown format "${format}": use one of ${formatNames().join(", ")}`);
    const failOn = args.values["fail-on"] ?? "error";
    if (!FAIL_ON.includes(failOn))
        throw new errors/* UsageError */.e(`invalid --fail-on "${failOn}": use one of ${FAIL_ON.join(", ")}`);
    const result = await lint({
        root: args.values.root,
        configPath: args.values.config,
        files: args.positionals.length > 0 ? args.positionals : undefined,
        ruleOverrides: parseRuleOverrides(args.values.rule ?? []),
        live: liveOptions(args.values, env),
        env,
        workerEntry: options.workerEntry,
        cache: args.values["no-cache"] ? false : (cli_main_cacheLocation(args.values["cache-location"]) ?? args.values.cache === true),
        threads: parseThreads(args.values.threads),
    });
    const toFile = args.values.output !== undefined;
    const color = !toFile && colorEnabled(env, process.stdout.isTTY === true);
    const output = reporter.render(result, { color });
    if (toFile) {
        try {
            (0,external_node_fs_.writeFileSync)(args.values.output, output);
        }
        catch (error) {
            throw new errors/* UsageError */.e(`cannot write --output "${args.values.output}": ${describeWriteError(error)}`);
        }
    }
    else {
        process.stdout.write(output);
    }
    for (const notice of result.notices)
        process.stderr.write(`plumbline: warning: ${notice}\n`);
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
                cache: { type: "boolean" },
                "cache-location": { type: "string" },
                "no-cache": { type: "boolean" },
                threads: { type: "string" },
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
        // parseArgs takes "--threads -1" as an option without its value, and calls that ambiguous.
        const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(error.message);
        if (ambiguous)
            throw new errors/* UsageError */.e(`option '${ambiguous[1]}' is followed by a value that starts with "-"; write ${ambiguous[1]}=VALUE to pass it`);
        const message = error.message.split("\n")[0].replace(/\. To specify.*$/, "");
        throw new errors/* UsageError */.e(`${message.charAt(0).toLowerCase()}${message.slice(1)}; run plumbline --help for the options`);
    }
}
function parseThreads(value) {
    if (value === undefined)
        return undefined;
    const threads = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(threads) || threads < 1 || threads > 64) {
        throw new errors/* UsageError */.e(`invalid --threads "${value}": give a whole number from 1 to 64`);
    }
    return threads;
}
function cli_main_cacheLocation(value) {
    if (value === "")
        throw new errors/* UsageError */.e('invalid --cache-location "": name a folder, such as --cache-location .plumbline-cache');
    return value;
}
function parseRuleOverrides(values) {
    const overrides = {};
    for (const value of values) {
        const match = /^([^=\s]+)=(\w+)$/.exec(value);
        if (!match || !LEVELS.includes(match[2])) {
            throw new errors/* UsageError */.e(`invalid --rule "${value}": write ID=LEVEL with LEVEL one of ${LEVELS.join(", ")}, e.g. --rule nad/unused=off`);
        }
        overrides[match[1]] = match[2];
    }
    return overrides;
}
function liveOptions(values, env) {
    if (values.kubeconfig === undefined && !values.live) {
        if (values.context !== undefined)
            throw new errors/* UsageError */.e("--context needs --kubeconfig or --live");
        if (values["live-timeout"] !== undefined)
            throw new errors/* UsageError */.e("--live-timeout needs --kubeconfig or --live");
        return undefined;
    }
    let timeoutMs = 10_000;
    if (values["live-timeout"] !== undefined) {
        const seconds = Number(values["live-timeout"]);
        if (values["live-timeout"].trim() === "" || !Number.isFinite(seconds) || seconds <= 0) {
            throw new errors/* UsageError */.e(`invalid --live-timeout "${values["live-timeout"]}": give a positive number of seconds`);
        }
        timeoutMs = Math.round(seconds * 1000);
    }
    // --kubeconfig names one file. KUBECONFIG lists files that kubectl merges, skipping the missing
    // ones and empty entries. ~/.kube/config is the fallback.
    const listed = (env.KUBECONFIG ?? "").split(external_node_path_.delimiter).filter((path) => path !== "");
    let candidates = [];
    if (values.kubeconfig !== undefined)
        candidates = [values.kubeconfig];
    else if (listed.length > 0)
        candidates = listed;
    else if (env.HOME)
        candidates = [`${env.HOME}/.kube/config`];
    if (candidates.length === 0)
        throw new errors/* UsageError */.e("--live found no kubeconfig: set KUBECONFIG or pass --kubeconfig FILE");
    // Checked here so a broken kubeconfig is a usage error (exit 2); the messages never quote its content.
    const files = [];
    for (const path of candidates) {
        try {
            files.push({ path, text: (0,external_node_fs_.readFileSync)(path, "utf8") });
        }
        catch (error) {
            const code = error.code;
            if (candidates === listed && listed.length > 1 && code === "ENOENT")
                continue;
            throw new errors/* UsageError */.e(`cannot read kubeconfig "${path}"${code ? ` (${code})` : ""}: pass an existing file to --kubeconfig or set KUBECONFIG`);
        }
    }
    if (files.length === 0)
        throw new errors/* UsageError */.e(`none of the kubeconfig files in KUBECONFIG exists (${candidates.map((path) => `"${path}"`).join(", ")}): set KUBECONFIG to existing files or pass --kubeconfig FILE`);
    const checked = (0,kubeconfig/* checkKubeconfigFiles */.B5)(files.map((file) => ({ text: file.text, source: `kubeconfig "${file.path}"` })), (0,kubeconfig/* describeKubeconfigPaths */.B)(files.map((file) => file.path)), values.context);
    if ("problem" in checked)
        throw new errors/* UsageError */.e(checked.problem);
    // The texts travel on, so a kubeconfig given as /dev/stdin or a pipe is read only here.
    return { kubeconfigFiles: files, context: values.context, timeoutMs };
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
    const threshold = types/* SEVERITY_ORDER */.B[failOn];
    return severities.some((severity) => types/* SEVERITY_ORDER */.B[severity] <= threshold);
}
function listRules() {
    const rules = allRules();
    const idWidth = Math.max(...rules.map((rule) => rule.id.length));
    return `${rules.map((rule) => `${rule.id.padEnd(idWidth)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}`).join("\n")}\n`;
}
/** Says why a report file could not be written, and what to do about it. */
function describeWriteError(error) {
    switch (error.code) {
        case "ENOENT":
            return "its folder does not exist; create the folder or write the report elsewhere";
        case "EISDIR":
            return "it is a folder; name a file, such as plumbline.sarif, inside it";
        case "EACCES":
        case "EPERM":
            return "permission denied; choose a path you can write to";
        case "ENOTDIR":
            return "a part of the path is a file, not a folder; fix the path";
        default:
            return `${error.message}; choose another path`;
    }
}


/***/ }),

/***/ 980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RW: () => (/* binding */ keyNodeOf),
/* harmony export */   qb: () => (/* binding */ parseCniJson),
/* harmony export */   rz: () => (/* binding */ locateJson)
/* harmony export */ });
/* unused harmony export findExcessiveNesting */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lazy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9257);
// Parses the CNI JSON of `spec.config` with jsonc-parser, keeping the offset of every token, and
// describes the first syntax error the way a user can act on it. Pure: no I/O.


const TYPOGRAPHIC_QUOTES = /[\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb]/;
/**
 * Parses `text` as strict JSON (no comments, no trailing commas). Nesting deeper than `maxDepth`
 * is rejected before parsing, because jsonc-parser and JSON.parse both recurse per level.
 */
function parseCniJson(text, maxDepth) {
    const { tooDeep, colons } = scanOutsideStrings(text, maxDepth);
    if (tooDeep !== undefined) {
        return {
            duplicates: [],
            error: {
                offset: tooDeep,
                length: 1,
                limit: true,
                message: `JSON nests deeper than ${maxDepth} levels (limits.maxJsonDepth); no CNI config nests like this, so it was not parsed`,
            },
        };
    }
    // Most configs are valid JSON without a repeated key. For them the native parser gives the same
    // value, and the tree, which only positions need, is built when something first reads it.
    const fast = parseWithoutDuplicates(text, colons);
    if (fast) {
        const parsed = { value: fast.value, duplicates: [] };
        (0,_lazy_js__WEBPACK_IMPORTED_MODULE_1__/* .defineLazy */ .g)(parsed, "root", () => (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, [], PARSE_OPTIONS));
        return parsed;
    }
    const errors = [];
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, PARSE_OPTIONS);
    if (errors.length > 0 || !root) {
        const first = errors[0] ?? { error: 0, offset: 0, length: 0 };
        return { duplicates: [], error: describeError(text, first) };
    }
    // jsonc-parser is lenient in a few corners (for example lone surrogates); JSON.parse is the arbiter.
    try {
        JSON.parse(text);
    }
    catch (error) {
        const position = /position (\d+)/.exec(error.message);
        const offset = position ? Number(position[1]) : 0;
        return { duplicates: [], error: { offset, length: 1, message: `${error.message.replace(/\.$/, "")}` } };
    }
    const duplicates = [];
    const value = toValue(root, [], duplicates);
    return { root, value, duplicates };
}
const PARSE_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };
/**
 * Parses valid JSON with JSON.parse, and returns undefined for invalid JSON or JSON that repeats a
 * key in one object. Outside strings, valid JSON has a colon after every key it writes, so the text
 * repeats no key when its `colons` (counted outside strings) equal the number of keys in the value.
 */
function parseWithoutDuplicates(text, colons) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    return colons === keyCount(value) ? { value } : undefined;
}
function keyCount(value) {
    if (Array.isArray(value))
        return value.reduce((sum, item) => sum + keyCount(item), 0);
    if (typeof value !== "object" || value === null)
        return 0;
    let count = 0;
    for (const key of Object.keys(value))
        count += 1 + keyCount(value[key]);
    return count;
}
/** Returns the offset of the first bracket that opens level `maxDepth + 1`, if any. */
function findExcessiveNesting(text, maxDepth) {
    return scanOutsideStrings(text, maxDepth).tooDeep;
}
/**
 * Scans the text outside string literals once: the offset of the first bracket that opens level
 * `maxDepth + 1`, if any (the scan stops there), and the number of colons before it.
 */
function scanOutsideStrings(text, maxDepth) {
    let depth = 0;
    let colons = 0;
    let inString = false;
    for (let index = 0; index < text.length; index++) {
        const char = text.charCodeAt(index);
        if (inString) {
            if (char === 0x5c)
                index++;
            else if (char === 0x22)
                inString = false;
            continue;
        }
        if (char === 0x22)
            inString = true;
        else if (char === 0x3a)
            colons++;
        else if (char === 0x7b || char === 0x5b) {
            depth++;
            if (depth > maxDepth)
                return { tooDeep: index, colons };
        }
        else if (char === 0x7d || char === 0x5d)
            depth = Math.max(0, depth - 1);
    }
    return { colons };
}
function describeError(text, error) {
    const code = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(error.error);
    const offset = Math.min(error.offset, text.length);
    const token = text.substr(offset, Math.max(1, Math.min(error.length, 40)));
    const firstLine = token.split("\n")[0];
    const shown = token.trim() === "" ? "the end of the text" : firstLine.startsWith('"') && firstLine.length > 1 ? firstLine : `"${firstLine}"`;
    if (TYPOGRAPHIC_QUOTES.test(token[0] ?? "")) {
        return {
            offset,
            length: Math.max(1, error.length),
            message: `typographic quote ${token[0]} in ${shown}; JSON needs plain " quotes (editors and chat apps often replace them)`,
        };
    }
    const quoteHint = typographicHint(text, offset, error.length);
    let message;
    switch (code) {
        case "CommaExpected":
            message = `expected "," before ${shown}; add the missing comma`;
            break;
        case "ColonExpected":
            message = `expected ":" after the key, found ${shown}`;
            break;
        case "PropertyNameExpected":
        case "ValueExpected": {
            const comma = previousSignificant(text, offset);
            if (comma && text[comma] === "," && /^[}\]]/.test(token)) {
                // Point at the comma, which is what the user removes.
                return { offset: comma, length: 1, message: `trailing comma before ${shown}; JSON allows none, remove it` };
            }
            message = code === "PropertyNameExpected" ? `expected a key in double quotes, found ${shown}` : `expected a value, found ${shown}`;
            break;
        }
        case "CloseBraceExpected":
            message = `expected "}" to close the object, found ${shown}`;
            break;
        case "CloseBracketExpected":
            message = `expected "]" to close the array, found ${shown}`;
            break;
        case "EndOfFileExpected":
            message = `unexpected ${shown} after the end of the JSON value; remove it`;
            break;
        case "InvalidCommentToken":
        case "UnexpectedEndOfComment":
            message = `comments are not allowed in JSON; remove ${shown}`;
            break;
        case "UnexpectedEndOfString":
            message = `string ${shown} is not closed on its line; close it with a plain double quote`;
            break;
        case "InvalidNumberFormat":
        case "UnexpectedEndOfNumber":
            message = `invalid number ${shown}`;
            break;
        case "InvalidUnicode":
        case "InvalidEscapeCharacter":
            message = `invalid escape in string ${shown}`;
            break;
        case "InvalidCharacter":
            message = `control character inside string ${shown}; escape it`;
            break;
        default:
            message = token.startsWith("'") ? `single-quoted string ${shown}; JSON needs double quotes` : `unexpected ${shown}`;
    }
    return { offset, length: Math.max(1, error.length), message: quoteHint ? `${message}; ${quoteHint}` : message };
}
function typographicHint(text, offset, length) {
    const around = text.slice(Math.max(0, offset - 2), offset + Math.max(1, length) + 1);
    const match = TYPOGRAPHIC_QUOTES.exec(around) ?? TYPOGRAPHIC_QUOTES.exec(text);
    if (!match)
        return undefined;
    return `the text has a typographic quote ${match[0]} (often pasted from a document or chat); use a plain " quote`;
}
/** Returns the offset of the last non-space character before `offset`. */
function previousSignificant(text, offset) {
    for (let index = offset - 1; index >= 0; index--) {
        if (!/\s/.test(text[index]))
            return index;
    }
    return undefined;
}
function toValue(node, path, duplicates) {
    switch (node.type) {
        case "object": {
            const result = {};
            const seen = new Map();
            for (const property of node.children ?? []) {
                const [keyNode, valueNode] = property.children ?? [];
                if (!keyNode || !valueNode)
                    continue;
                const key = String(keyNode.value);
                const earlier = seen.get(key);
                if (earlier)
                    duplicates.push({ path, key, first: earlier, last: property });
                seen.set(key, property);
                // defineProperty keeps a "__proto__" key an ordinary property.
                Object.defineProperty(result, key, { value: toValue(valueNode, [...path, key], duplicates), enumerable: true, writable: true, configurable: true });
            }
            return result;
        }
        case "array":
            return (node.children ?? []).map((child, index) => toValue(child, [...path, index], duplicates));
        default:
            return node.value;
    }
}
/**
 * Finds the node at `path`, following the last property of a duplicated key (the one Go keeps). When the
 * path does not exist, `complete` is false and `node` is the deepest ancestor that does.
 */
function locateJson(root, path) {
    let current = root;
    for (const segment of path) {
        if (current.type === "object" && typeof segment === "string") {
            const property = (current.children ?? []).findLast((child) => child.children?.[0]?.value === segment);
            const value = property?.children?.[1];
            if (!value)
                return { node: current, complete: false };
            current = value;
        }
        else if (current.type === "array" && typeof segment === "number") {
            const item = current.children?.[segment];
            if (!item)
                return { node: current, complete: false };
            current = item;
        }
        else {
            return { node: current, complete: false };
        }
    }
    return { node: current, complete: true };
}
/** Returns the key node of a value inside an object property, else the value itself. */
function keyNodeOf(value) {
    return value.parent?.type === "property" ? (value.parent.children?.[0] ?? value) : value;
}


/***/ }),

/***/ 3603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L6: () => (/* binding */ BY_NAD_FILE),
  ym: () => (/* binding */ NAD_GROUP),
  jc: () => (/* binding */ NAD_KIND),
  Mw: () => (/* binding */ NAD_READS),
  Y7: () => (/* binding */ configRange),
  it: () => (/* binding */ findNads),
  ag: () => (/* binding */ nadModelOf),
  Sf: () => (/* binding */ nadModels),
  $3: () => (/* binding */ rangeOfJsonSpan)
});

// UNUSED EXPORTS: RESOURCE_NAME_ANNOTATION, decodeNad, ipamPath

// EXTERNAL MODULE: ./src/workspace/yaml-model.ts
var yaml_model = __webpack_require__(2782);
// EXTERNAL MODULE: ./src/config.ts + 2 modules
var config = __webpack_require__(9844);
// EXTERNAL MODULE: ./src/workspace/view.ts
var view = __webpack_require__(5028);
// EXTERNAL MODULE: ./src/lazy.ts
var lazy = __webpack_require__(9257);
// EXTERNAL MODULE: ./src/workspace/workspace.ts
var workspace = __webpack_require__(8568);
// EXTERNAL MODULE: ./src/cni/json.ts
var json = __webpack_require__(980);
;// CONCATENATED MODULE: ./src/cni/position.ts
// Maps offsets inside a YAML scalar's value (the CNI JSON of `spec.config`) back to offsets in the
// YAML source, so a finding about a JSON token points at that token's line and column in the file.

/**
 * Builds the mapping for a scalar; `text` is the text its document was parsed from, and offsets are
 * in its coordinates. Each decoder rebuilds the
 * value from the source and keeps the mapping only when the rebuilt value equals the parsed one.
 */
function mapScalar(scalar, text) {
    const token = (0,yaml_model/* scalarToken */.md)(scalar, text);
    const start = scalar.range?.[0] ?? 0;
    const value = typeof scalar.value === "string" ? scalar.value : String(scalar.value);
    let decoded;
    if (token) {
        if (token.type === "block-scalar" && scalar.type === "BLOCK_LITERAL")
            decoded = decodeBlockLiteral(token);
        else if (token.type === "single-quoted-scalar")
            decoded = decodeFlow(token.source.slice(1, -1), token.offset + 1, "'");
        else if (token.type === "double-quoted-scalar")
            decoded = decodeFlow(token.source.slice(1, -1), token.offset + 1, '"');
        else if (token.type === "scalar")
            decoded = decodeFlow(token.source, token.offset, "");
    }
    if (decoded && matches(decoded.text, value)) {
        const offsets = decoded.offsets;
        const end = offsets.length > 0 ? offsets[offsets.length - 1] + 1 : start;
        return { exact: true, toSource: (valueOffset) => (valueOffset < offsets.length ? offsets[Math.max(0, valueOffset)] : end) };
    }
    // NOTE: folded block scalars (`>`) and scalars whose value could not be rebuilt map every JSON
    // token to the scalar's start, so positions there are approximate.
    return { exact: false, toSource: () => start };
}
/** Compares a rebuilt value with the parsed one, ignoring trailing line breaks (chomping). */
function matches(rebuilt, value) {
    return rebuilt.replace(/\n+$/, "") === value.replace(/\n+$/, "");
}
function decodeBlockLiteral(token) {
    const props = token.props ?? [];
    const lastProp = props[props.length - 1];
    if (!lastProp)
        return undefined;
    const header = props.find((prop) => prop.type === "block-scalar-header")?.source ?? "|";
    const bodyStart = lastProp.offset + lastProp.source.length;
    const lines = token.source.split("\n");
    // Content indentation: the explicit indicator, else the first non-empty line's indentation.
    const explicit = /\d/.exec(header);
    let indent;
    if (explicit)
        indent = Number(explicit[0]) + baseIndent(token);
    else {
        const first = lines.find((line) => line.trim() !== "");
        if (first === undefined)
            return { text: "", offsets: [] };
        indent = first.length - first.trimStart().length;
    }
    const offsets = [];
    let text = "";
    let lineStart = bodyStart;
    lines.forEach((line, index) => {
        if (index > 0) {
            text += "\n";
            offsets.push(lineStart - 1);
        }
        // A CRLF file leaves "\r" at the end of each source line, which is not part of the value.
        const body = line.endsWith("\r") ? line.slice(0, -1) : line;
        const content = body.length > indent ? body.slice(indent) : "";
        for (let column = 0; column < content.length; column++) {
            text += content[column];
            offsets.push(lineStart + indent + column);
        }
        lineStart += line.length + 1;
    });
    return { text, offsets };
}
function baseIndent(token) {
    return Math.max(0, token.indent ?? 0);
}
/**
 * Rebuilds a flow scalar (plain, or the inside of a quoted one) with YAML line folding: trailing
 * and leading white space around a line break is dropped, one break becomes a space, n breaks
 * become n-1 line feeds. In single quotes `''` stands for one quote. In double quotes, each
 * escape maps to its backslash, and a backslash before a line break joins the lines.
 */
function decodeFlow(source, sourceOffset, quote) {
    const lines = source.split("\n");
    let text = "";
    const offsets = [];
    let lineStart = sourceOffset;
    let pendingBreaks = 0;
    let breakOffset = sourceOffset;
    let joinNext = false;
    lines.forEach((rawLine, index) => {
        let from = 0;
        let to = rawLine.length;
        if (index > 0)
            while (from < to && isWhiteSpace(rawLine[from]))
                from++;
        if (index < lines.length - 1)
            while (to > from && isWhiteSpace(rawLine[to - 1]))
                to--;
        if (index > 0 && from === to && index < lines.length - 1 && !joinNext) {
            pendingBreaks++;
            lineStart += rawLine.length + 1;
            return;
        }
        if (index > 0 && !joinNext) {
            const separator = pendingBreaks === 0 ? " " : "\n".repeat(pendingBreaks);
            for (const char of separator) {
                text += char;
                offsets.push(breakOffset);
            }
            pendingBreaks = 0;
        }
        joinNext = false;
        for (let column = from; column < to; column++) {
            const char = rawLine[column];
            if (quote === '"' && char === "\\") {
                if (column === to - 1 && index < lines.length - 1) {
                    joinNext = true;
                    break;
                }
                const escape = decodeEscape(rawLine, column);
                if (!escape)
                    return;
                for (const unit of escape.value) {
                    text += unit;
                    offsets.push(lineStart + column);
                }
                column += escape.length - 1;
                continue;
            }
            text += char;
            offsets.push(lineStart + column);
            if (quote === "'" && char === "'" && rawLine[column + 1] === "'")
                column++;
        }
        breakOffset = lineStart + to;
        lineStart += rawLine.length + 1;
    });
    return { text, offsets };
}
const SIMPLE_ESCAPES = {
    "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
    " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\u0085", _: "\u00a0", L: "\u2028", P: "\u2029",
};
const HEX_ESCAPE_DIGITS = { x: 2, u: 4, U: 8 };
/** Decodes the YAML double-quoted escape starting at `line[column]` (a backslash). */
function decodeEscape(line, column) {
    const kind = line[column + 1];
    if (kind === undefined)
        return undefined;
    if (Object.hasOwn(SIMPLE_ESCAPES, kind))
        return { value: SIMPLE_ESCAPES[kind], length: 2 };
    const digits = Object.hasOwn(HEX_ESCAPE_DIGITS, kind) ? HEX_ESCAPE_DIGITS[kind] : 0;
    const hex = line.slice(column + 2, column + 2 + digits);
    if (digits === 0 || !new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex))
        return undefined;
    const codePoint = Number.parseInt(hex, 16);
    if (codePoint > 0x10ffff)
        return undefined;
    return { value: String.fromCodePoint(codePoint), length: 2 + digits };
}
function isWhiteSpace(char) {
    return char === " " || char === "\t" || char === "\r";
}

;// CONCATENATED MODULE: ./src/cni/nad-model.ts
// The NetworkAttachmentDefinitions of the workspace with their CNI config decoded, shared by the
// NAD, attachment and live rules. Pure: reads only the model. Computed once per workspace.
// The JSON is parsed with jsonc-parser, so every token keeps its offset. `configRange` maps a JSON
// path back to a line and column in the YAML file.







const NAD_GROUP = "k8s.cni.cncf.io";
const NAD_KIND = "NetworkAttachmentDefinition";
const RESOURCE_NAME_ANNOTATION = "k8s.v1.cni.cncf.io/resourceName";
const nadObjects = new WeakMap();
const decoded = new WeakMap();
/** The reads of `nadModels` and `findNads`. A rule that calls them declares them. */
const NAD_READS = [{ kinds: [NAD_KIND] }];
/**
 * Lists every NAD in the workspace, in file order, decoded. Each NAD is decoded once, when first
 * listed or found, so a view partitioned to a few files decodes only theirs.
 */
function nadModels(workspace) {
    const objects = (0,view/* derived */.un)(nadObjects, workspace, "nadModels", NAD_READS, (view) => view.objectsOfKind(NAD_GROUP, NAD_KIND));
    return (0,view/* inPartition */.of)(workspace, objects, (object) => object).map((object) => modelOf(workspace, object));
}
/** The partition of a rule whose findings in a file depend only on the file's NADs. */
const BY_NAD_FILE = { kinds: [NAD_KIND] };
/** Returns the NADs with this namespace and name (several when the repo defines one twice). */
function findNads(workspace, namespace, name) {
    const objects = workspace.find(NAD_GROUP, NAD_KIND, namespace, name);
    return objects.map((object) => modelOf(workspace, object));
}
/** Returns the decoded model of one NAD object, decoded once per workspace. */
function nadModelOf(workspace, object) {
    (0,view/* requireInputs */.PN)(workspace, "nadModelOf", NAD_READS);
    return modelOf(workspace, object);
}
function modelOf(workspace, object) {
    const base = (0,view/* baseWorkspace */.rT)(workspace);
    let models = decoded.get(base);
    if (!models)
        decoded.set(base, (models = new Map()));
    let model = models.get(object);
    if (!model)
        models.set(object, (model = decodeNad(object, base.config.limits.maxJsonDepth)));
    return model;
}
function decodeNad(object, maxJsonDepth = config/* DEFAULT_LIMITS */.dR.maxJsonDepth) {
    const model = decodeNadValue(object, maxJsonDepth);
    // The node and its offset map are for positions only, so they are built when a finding needs one.
    (0,lazy/* defineLazy */.g)(model, "configNode", () => nodeAt(object, ["spec", "config"]));
    if (model.configText !== undefined) {
        (0,lazy/* defineLazy */.g)(model, "mapping", () => ((0,yaml_model/* isScalar */.jn)(model.configNode) ? mapScalar(model.configNode, (0,workspace/* parsedTextOf */.ks)(object.file)) : undefined));
    }
    return model;
}
function decodeNadValue(object, maxJsonDepth) {
    const metadata = record(object.value.metadata);
    const annotations = record(metadata.annotations);
    const spec = record(object.value.spec);
    const resourceName = typeof annotations[RESOURCE_NAME_ANNOTATION] === "string" ? annotations[RESOURCE_NAME_ANNOTATION] : undefined;
    const base = { object, resourceName, isConflist: false, plugins: [], duplicateKeys: [], typeAndPlugins: false };
    const raw = spec.config;
    if (raw === undefined || raw === null || raw === "")
        return { ...base, configStatus: "missing" };
    if (typeof raw !== "string")
        return { ...base, configStatus: "not-string" };
    const parsed = (0,json/* parseCniJson */.qb)(raw, maxJsonDepth);
    if (parsed.error)
        return { ...base, configText: raw, jsonError: parsed.error, configStatus: "invalid-json" };
    const common = { ...base, configText: raw, duplicateKeys: parsed.duplicates };
    // The tree is for positions only; reading it from `parsed` builds it.
    const withTree = (model) => {
        (0,lazy/* defineLazy */.g)(model, "jsonRoot", () => parsed.root);
        return model;
    };
    if (!isRecord(parsed.value))
        return withTree({ ...common, configStatus: "not-object" });
    const config = parsed.value;
    const cniName = typeof config.name === "string" ? config.name : undefined;
    const cniVersion = typeof config.cniVersion === "string" ? config.cniVersion : undefined;
    const hasType = config.type !== undefined && config.type !== "";
    const model = withTree({
        ...common,
        config,
        configStatus: "ok",
        cniName,
        cniVersion,
        typeAndPlugins: hasType && config.plugins !== undefined,
    });
    // Multus treats a config with a non-empty top-level `type` as a single plugin (pkg/types/conf.go).
    if (hasType || !Array.isArray(config.plugins)) {
        model.plugins = [toPlugin(config, 0, [])];
        return model;
    }
    model.isConflist = true;
    config.plugins.forEach((plugin, index) => {
        if (!isRecord(plugin))
            return;
        // libcni injects the list's name and cniVersion into every plugin (libcni/api.go).
        const injected = { ...plugin, name: cniName, cniVersion };
        model.plugins.push(toPlugin(injected, index, ["plugins", index]));
    });
    return model;
}
/**
 * Returns the range in the YAML file of the JSON value (or its key) at `path` inside `spec.config`.
 * A missing path gives the key of its deepest existing ancestor. Unparsed JSON gives the whole
 * `spec.config` value.
 */
function configRange(workspace, model, path, part = "value") {
    const file = model.object.file;
    if (!model.jsonRoot || !model.mapping)
        return fallbackRange(workspace, model);
    const found = (0,json/* locateJson */.rz)(model.jsonRoot, path);
    let target = found.node;
    if (part === "key" || !found.complete)
        target = (0,json/* keyNodeOf */.RW)(found.node);
    return rangeOfJsonSpan(workspace, model, target.offset, target.length) ?? workspace.rangeOfNode(file, model.configNode);
}
/** Returns the range in the YAML file of a span of `configText`. */
function rangeOfJsonSpan(workspace, model, offset, length) {
    if (!model.mapping)
        return undefined;
    const start = model.mapping.toSource(offset);
    if (!model.mapping.exact) {
        const range = workspace.rangeOfNode(model.object.file, model.configNode);
        return { ...range, endLine: range.line, endColumn: range.column + 1 };
    }
    const end = model.mapping.toSource(offset + Math.max(1, length) - 1) + 1;
    return workspace.rangeOfOffsets(model.object.file, start, Math.max(end, start + 1));
}
function fallbackRange(workspace, model) {
    if (model.configNode)
        return workspace.rangeOfNode(model.object.file, model.configNode);
    return workspace.rangeOf(model.object, ["spec", "config"]);
}
/** Returns the JSON path of a plugin's `ipam` object. */
function ipamPath(plugin) {
    return [...plugin.jsonPath, "ipam"];
}
function nodeAt(object, path) {
    let current = object.node;
    for (const segment of path)
        current = (0,yaml_model/* mapGet */.ZX)(current, segment);
    return current;
}
function toPlugin(config, index, jsonPath) {
    return {
        type: typeof config.type === "string" ? config.type : undefined,
        index,
        config,
        jsonPath,
        ipam: isRecord(config.ipam) ? config.ipam : undefined,
        ipamType: isRecord(config.ipam) && typeof config.ipam.type === "string" ? config.ipam.type : undefined,
    };
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function record(value) {
    return isRecord(value) ? value : {};
}


/***/ }),

/***/ 9844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dR: () => (/* binding */ DEFAULT_LIMITS),
  yv: () => (/* binding */ checkExcludeGlobs),
  Nf: () => (/* binding */ closestName),
  YC: () => (/* binding */ editDistance),
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: CONFIG_FILE_NAME, defaultConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/generated/config-validator.ts
// @ts-nocheck
// Generated by scripts/compile-schemas.ts from schemas/: do not edit. Run npm run schemas.

const runtimeucs2length = ucs2length/* default.default */.A["default"] ?? ucs2length/* default */.A;
const config = validate0;
const schema0 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://plumbline.dev/schemas/config.schema.json", "title": "plumbline configuration (.plumbline.yaml)", "type": "object", "additionalProperties": false, "properties": { "exclude": { "description": "Globs, relative to the repository root, of files that are neither linted nor part of the model", "type": "array", "items": { "type": "string", "minLength": 1 } }, "repoURLs": { "description": "Application repoURLs that mean this repository", "type": "array", "items": { "type": "string", "minLength": 1 } }, "argocd": { "type": "object", "additionalProperties": false, "properties": { "namespace": { "description": "Namespace where Application objects must live", "type": "string", "minLength": 1 }, "applicationNamespaces": { "description": "Extra namespaces allowed for Applications (Argo CD's application.namespaces setting)", "type": "array", "items": { "type": "string", "minLength": 1 } }, "rootApps": { "description": "Globs of the root Application manifests (app of apps)", "type": "array", "items": { "type": "string", "minLength": 1 } }, "projects": { "description": "AppProjects defined outside this repository", "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "cluster": { "type": "object", "additionalProperties": false, "properties": { "profile": { "enum": ["generic", "kind", "docker-desktop"] }, "cniPlugins": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "cniVersionMax": { "enum": ["0.1.0", "0.2.0", "0.3.0", "0.3.1", "0.4.0", "1.0.0", "1.1.0"] }, "multusNamespace": { "type": "string", "minLength": 1 }, "namespaceIsolation": { "type": "boolean" }, "globalNamespaces": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "externalNetworks": { "description": "NADs that exist in the cluster but not in this repository, as namespace/name globs", "type": "array", "items": { "type": "string", "minLength": 1 } }, "rules": { "description": "Severity override per rule id", "type": "object", "additionalProperties": { "enum": ["off", "info", "warning", "error"] } }, "limits": { "description": "Bounds on hostile input; the defaults are far above what real repositories need", "type": "object", "additionalProperties": false, "properties": { "maxFileBytes": { "type": "integer", "minimum": 1 }, "maxDocumentsPerFile": { "type": "integer", "minimum": 1 }, "maxJsonDepth": { "type": "integer", "minimum": 1 }, "maxAliasCount": { "type": "integer", "minimum": 0 }, "maxAnnotationBytes": { "type": "integer", "minimum": 1 }, "maxTokensPerFile": { "type": "integer", "minimum": 1 } } } } };
const func0 = runtimeucs2length;
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://plumbline.dev/schemas/config.schema.json" */ ; let vErrors = null; let errors = 0; const _errs0 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    const _errs1 = errors;
    for (const key0 in data) {
        if (!(((((((key0 === "exclude") || (key0 === "repoURLs")) || (key0 === "argocd")) || (key0 === "cluster")) || (key0 === "externalNetworks")) || (key0 === "rules")) || (key0 === "limits"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.exclude !== undefined) {
        let data0 = data.exclude;
        const _errs2 = errors;
        const _errs3 = errors;
        if (Array.isArray(data0)) {
            let valid2 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs4 = errors;
                const _errs5 = errors;
                if (typeof data1 === "string") {
                    if (func0(data1) < 1) {
                        const err1 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err1];
                        }
                        else {
                            vErrors.push(err1);
                        }
                        errors++;
                    }
                }
                else {
                    const err2 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                var valid1 = _errs4 === errors;
                if (!valid1) {
                    valid2 = false;
                }
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        var valid0 = _errs2 === errors;
    }
    if (data.repoURLs !== undefined) {
        let data2 = data.repoURLs;
        const _errs6 = errors;
        const _errs7 = errors;
        if (Array.isArray(data2)) {
            let valid4 = true;
            const len1 = data2.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data3 = data2[i1];
                const _errs8 = errors;
                const _errs9 = errors;
                if (typeof data3 === "string") {
                    if (func0(data3) < 1) {
                        const err4 = { instancePath: instancePath + "/repoURLs/" + i1, schemaPath: "#/properties/repoURLs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/repoURLs/" + i1, schemaPath: "#/properties/repoURLs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                var valid3 = _errs8 === errors;
                if (!valid3) {
                    valid4 = false;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/repoURLs", schemaPath: "#/properties/repoURLs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        var valid0 = _errs6 === errors;
    }
    if (data.argocd !== undefined) {
        let data4 = data.argocd;
        const _errs10 = errors;
        const _errs11 = errors;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            const _errs12 = errors;
            for (const key1 in data4) {
                if (!((((key1 === "namespace") || (key1 === "applicationNamespaces")) || (key1 === "rootApps")) || (key1 === "projects"))) {
                    const err7 = { instancePath: instancePath + "/argocd", schemaPath: "#/properties/argocd/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            if (data4.namespace !== undefined) {
                let data5 = data4.namespace;
                const _errs13 = errors;
                const _errs14 = errors;
                if (typeof data5 === "string") {
                    if (func0(data5) < 1) {
                        const err8 = { instancePath: instancePath + "/argocd/namespace", schemaPath: "#/properties/argocd/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                else {
                    const err9 = { instancePath: instancePath + "/argocd/namespace", schemaPath: "#/properties/argocd/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                var valid5 = _errs13 === errors;
            }
            if (data4.applicationNamespaces !== undefined) {
                let data6 = data4.applicationNamespaces;
                const _errs15 = errors;
                const _errs16 = errors;
                if (Array.isArray(data6)) {
                    let valid7 = true;
                    const len2 = data6.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data7 = data6[i2];
                        const _errs17 = errors;
                        const _errs18 = errors;
                        if (typeof data7 === "string") {
                            if (func0(data7) < 1) {
                                const err10 = { instancePath: instancePath + "/argocd/applicationNamespaces/" + i2, schemaPath: "#/properties/argocd/properties/applicationNamespaces/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err11 = { instancePath: instancePath + "/argocd/applicationNamespaces/" + i2, schemaPath: "#/properties/argocd/properties/applicationNamespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        var valid6 = _errs17 === errors;
                        if (!valid6) {
                            valid7 = false;
                        }
                    }
                }
                else {
                    const err12 = { instancePath: instancePath + "/argocd/applicationNamespaces", schemaPath: "#/properties/argocd/properties/applicationNamespaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
                var valid5 = _errs15 === errors;
            }
            if (data4.rootApps !== undefined) {
                let data8 = data4.rootApps;
                const _errs19 = errors;
                const _errs20 = errors;
                if (Array.isArray(data8)) {
                    let valid9 = true;
                    const len3 = data8.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data9 = data8[i3];
                        const _errs21 = errors;
                        const _errs22 = errors;
                        if (typeof data9 === "string") {
                            if (func0(data9) < 1) {
                                const err13 = { instancePath: instancePath + "/argocd/rootApps/" + i3, schemaPath: "#/properties/argocd/properties/rootApps/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err14 = { instancePath: instancePath + "/argocd/rootApps/" + i3, schemaPath: "#/properties/argocd/properties/rootApps/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                        var valid8 = _errs21 === errors;
                        if (!valid8) {
                            valid9 = false;
                        }
                    }
                }
                else {
                    const err15 = { instancePath: instancePath + "/argocd/rootApps", schemaPath: "#/properties/argocd/properties/rootApps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
                var valid5 = _errs19 === errors;
            }
            if (data4.projects !== undefined) {
                let data10 = data4.projects;
                const _errs23 = errors;
                const _errs24 = errors;
                if (Array.isArray(data10)) {
                    let valid11 = true;
                    const len4 = data10.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data11 = data10[i4];
                        const _errs25 = errors;
                        const _errs26 = errors;
                        if (typeof data11 === "string") {
                            if (func0(data11) < 1) {
                                const err16 = { instancePath: instancePath + "/argocd/projects/" + i4, schemaPath: "#/properties/argocd/properties/projects/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err17 = { instancePath: instancePath + "/argocd/projects/" + i4, schemaPath: "#/properties/argocd/properties/projects/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                        var valid10 = _errs25 === errors;
                        if (!valid10) {
                            valid11 = false;
                        }
                    }
                }
                else {
                    const err18 = { instancePath: instancePath + "/argocd/projects", schemaPath: "#/properties/argocd/properties/projects/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
                var valid5 = _errs23 === errors;
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/argocd", schemaPath: "#/properties/argocd/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
        var valid0 = _errs10 === errors;
    }
    if (data.cluster !== undefined) {
        let data12 = data.cluster;
        const _errs27 = errors;
        const _errs28 = errors;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            const _errs29 = errors;
            for (const key2 in data12) {
                if (!((((((key2 === "profile") || (key2 === "cniPlugins")) || (key2 === "cniVersionMax")) || (key2 === "multusNamespace")) || (key2 === "namespaceIsolation")) || (key2 === "globalNamespaces"))) {
                    const err20 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            if (data12.profile !== undefined) {
                let data13 = data12.profile;
                const _errs30 = errors;
                const vSchema0 = schema0.properties.cluster.properties.profile.enum;
                if (!(((data13 === "generic") || (data13 === "kind")) || (data13 === "docker-desktop"))) {
                    const err21 = { instancePath: instancePath + "/cluster/profile", schemaPath: "#/properties/cluster/properties/profile/enum", keyword: "enum", params: { allowedValues: schema0.properties.cluster.properties.profile.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
                var valid12 = _errs30 === errors;
            }
            if (data12.cniPlugins !== undefined) {
                let data14 = data12.cniPlugins;
                const _errs31 = errors;
                const _errs32 = errors;
                if (Array.isArray(data14)) {
                    let valid14 = true;
                    const len5 = data14.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                        let data15 = data14[i5];
                        const _errs33 = errors;
                        const _errs34 = errors;
                        if (typeof data15 === "string") {
                            if (func0(data15) < 1) {
                                const err22 = { instancePath: instancePath + "/cluster/cniPlugins/" + i5, schemaPath: "#/properties/cluster/properties/cniPlugins/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err23 = { instancePath: instancePath + "/cluster/cniPlugins/" + i5, schemaPath: "#/properties/cluster/properties/cniPlugins/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                        var valid13 = _errs33 === errors;
                        if (!valid13) {
                            valid14 = false;
                        }
                    }
                }
                else {
                    const err24 = { instancePath: instancePath + "/cluster/cniPlugins", schemaPath: "#/properties/cluster/properties/cniPlugins/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
                var valid12 = _errs31 === errors;
            }
            if (data12.cniVersionMax !== undefined) {
                let data16 = data12.cniVersionMax;
                const _errs35 = errors;
                const vSchema1 = schema0.properties.cluster.properties.cniVersionMax.enum;
                if (!(((((((data16 === "0.1.0") || (data16 === "0.2.0")) || (data16 === "0.3.0")) || (data16 === "0.3.1")) || (data16 === "0.4.0")) || (data16 === "1.0.0")) || (data16 === "1.1.0"))) {
                    const err25 = { instancePath: instancePath + "/cluster/cniVersionMax", schemaPath: "#/properties/cluster/properties/cniVersionMax/enum", keyword: "enum", params: { allowedValues: schema0.properties.cluster.properties.cniVersionMax.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                var valid12 = _errs35 === errors;
            }
            if (data12.multusNamespace !== undefined) {
                let data17 = data12.multusNamespace;
                const _errs36 = errors;
                const _errs37 = errors;
                if (typeof data17 === "string") {
                    if (func0(data17) < 1) {
                        const err26 = { instancePath: instancePath + "/cluster/multusNamespace", schemaPath: "#/properties/cluster/properties/multusNamespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
                else {
                    const err27 = { instancePath: instancePath + "/cluster/multusNamespace", schemaPath: "#/properties/cluster/properties/multusNamespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
                var valid12 = _errs36 === errors;
            }
            if (data12.namespaceIsolation !== undefined) {
                let data18 = data12.namespaceIsolation;
                const _errs38 = errors;
                if (typeof data18 !== "boolean") {
                    const err28 = { instancePath: instancePath + "/cluster/namespaceIsolation", schemaPath: "#/properties/cluster/properties/namespaceIsolation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
                const _errs39 = errors;
                var valid12 = _errs38 === errors;
            }
            if (data12.globalNamespaces !== undefined) {
                let data19 = data12.globalNamespaces;
                const _errs40 = errors;
                const _errs41 = errors;
                if (Array.isArray(data19)) {
                    let valid16 = true;
                    const len6 = data19.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                        let data20 = data19[i6];
                        const _errs42 = errors;
                        const _errs43 = errors;
                        if (typeof data20 === "string") {
                            if (func0(data20) < 1) {
                                const err29 = { instancePath: instancePath + "/cluster/globalNamespaces/" + i6, schemaPath: "#/properties/cluster/properties/globalNamespaces/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err30 = { instancePath: instancePath + "/cluster/globalNamespaces/" + i6, schemaPath: "#/properties/cluster/properties/globalNamespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                        var valid15 = _errs42 === errors;
                        if (!valid15) {
                            valid16 = false;
                        }
                    }
                }
                else {
                    const err31 = { instancePath: instancePath + "/cluster/globalNamespaces", schemaPath: "#/properties/cluster/properties/globalNamespaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
                var valid12 = _errs40 === errors;
            }
        }
        else {
            const err32 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err32];
            }
            else {
                vErrors.push(err32);
            }
            errors++;
        }
        var valid0 = _errs27 === errors;
    }
    if (data.externalNetworks !== undefined) {
        let data21 = data.externalNetworks;
        const _errs44 = errors;
        const _errs45 = errors;
        if (Array.isArray(data21)) {
            let valid18 = true;
            const len7 = data21.length;
            for (let i7 = 0; i7 < len7; i7++) {
                let data22 = data21[i7];
                const _errs46 = errors;
                const _errs47 = errors;
                if (typeof data22 === "string") {
                    if (func0(data22) < 1) {
                        const err33 = { instancePath: instancePath + "/externalNetworks/" + i7, schemaPath: "#/properties/externalNetworks/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
                else {
                    const err34 = { instancePath: instancePath + "/externalNetworks/" + i7, schemaPath: "#/properties/externalNetworks/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
                var valid17 = _errs46 === errors;
                if (!valid17) {
                    valid18 = false;
                }
            }
        }
        else {
            const err35 = { instancePath: instancePath + "/externalNetworks", schemaPath: "#/properties/externalNetworks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err35];
            }
            else {
                vErrors.push(err35);
            }
            errors++;
        }
        var valid0 = _errs44 === errors;
    }
    if (data.rules !== undefined) {
        let data23 = data.rules;
        const _errs48 = errors;
        const _errs49 = errors;
        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            const _errs50 = errors;
            for (const key3 in data23) {
                let data24 = data23[key3];
                const _errs51 = errors;
                const vSchema2 = schema0.properties.rules.additionalProperties.enum;
                if (!((((data24 === "off") || (data24 === "info")) || (data24 === "warning")) || (data24 === "error"))) {
                    const err36 = { instancePath: instancePath + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
                var valid19 = _errs51 === errors;
            }
        }
        else {
            const err37 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
        var valid0 = _errs48 === errors;
    }
    if (data.limits !== undefined) {
        let data25 = data.limits;
        const _errs52 = errors;
        const _errs53 = errors;
        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            const _errs54 = errors;
            for (const key4 in data25) {
                if (!((((((key4 === "maxFileBytes") || (key4 === "maxDocumentsPerFile")) || (key4 === "maxJsonDepth")) || (key4 === "maxAliasCount")) || (key4 === "maxAnnotationBytes")) || (key4 === "maxTokensPerFile"))) {
                    const err38 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
            }
            if (data25.maxFileBytes !== undefined) {
                let data26 = data25.maxFileBytes;
                const _errs55 = errors;
                if (!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))) {
                    const err39 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
                const _errs56 = errors;
                if (typeof data26 == "number") {
                    if (data26 < 1 || isNaN(data26)) {
                        const err40 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        if (vErrors === null) {
                            vErrors = [err40];
                        }
                        else {
                            vErrors.push(err40);
                        }
                        errors++;
                    }
                }
                var valid20 = _errs55 === errors;
            }
            if (data25.maxDocumentsPerFile !== undefined) {
                let data27 = data25.maxDocumentsPerFile;
                const _errs57 = errors;
                if (!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))) {
                    const err41 = { instancePath: instancePath + "/limits/maxDocumentsPerFile", schemaPath: "#/properties/limits/properties/maxDocumentsPerFile/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
                const _errs58 = errors;
                if (typeof data27 == "number") {
                    if (data27 < 1 || isNaN(data27)) {
                        const err42 = { instancePath: instancePath + "/limits/maxDocumentsPerFile", schemaPath: "#/properties/limits/properties/maxDocumentsPerFile/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        if (vErrors === null) {
                            vErrors = [err42];
                        }
                        else {
                            vErrors.push(err42);
                        }
                        errors++;
                    }
                }
                var valid20 = _errs57 === errors;
            }
            if (data25.maxJsonDepth !== undefined) {
                let data28 = data25.maxJsonDepth;
                const _errs59 = errors;
                if (!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))) {
                    const err43 = { instancePath: instancePath + "/limits/maxJsonDepth", schemaPath: "#/properties/limits/properties/maxJsonDepth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
                const _errs60 = errors;
                if (typeof data28 == "number") {
                    if (data28 < 1 || isNaN(data28)) {
                        const err44 = { instancePath: instancePath + "/limits/maxJsonDepth", schemaPath: "#/properties/limits/properties/maxJsonDepth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                }
                var valid20 = _errs59 === errors;
            }
            if (data25.maxAliasCount !== undefined) {
                let data29 = data25.maxAliasCount;
                const _errs61 = errors;
                if (!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))) {
                    const err45 = { instancePath: instancePath + "/limits/maxAliasCount", schemaPath: "#/properties/limits/properties/maxAliasCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
                const _errs62 = errors;
                if (typeof data29 == "number") {
                    if (data29 < 0 || isNaN(data29)) {
                        const err46 = { instancePath: instancePath + "/limits/maxAliasCount", schemaPath: "#/properties/limits/properties/maxAliasCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
                var valid20 = _errs61 === errors;
            }
            if (data25.maxAnnotationBytes !== undefined) {
                let data30 = data25.maxAnnotationBytes;
                const _errs63 = errors;
                if (!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))) {
                    const err47 = { instancePath: instancePath + "/limits/maxAnnotationBytes", schemaPath: "#/properties/limits/properties/maxAnnotationBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
                const _errs64 = errors;
                if (typeof data30 == "number") {
                    if (data30 < 1 || isNaN(data30)) {
                        const err48 = { instancePath: instancePath + "/limits/maxAnnotationBytes", schemaPath: "#/properties/limits/properties/maxAnnotationBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        if (vErrors === null) {
                            vErrors = [err48];
                        }
                        else {
                            vErrors.push(err48);
                        }
                        errors++;
                    }
                }
                var valid20 = _errs63 === errors;
            }
            if (data25.maxTokensPerFile !== undefined) {
                let data31 = data25.maxTokensPerFile;
                const _errs65 = errors;
                if (!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) {
                    const err49 = { instancePath: instancePath + "/limits/maxTokensPerFile", schemaPath: "#/properties/limits/properties/maxTokensPerFile/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err49];
                    }
                    else {
                        vErrors.push(err49);
                    }
                    errors++;
                }
                const _errs66 = errors;
                if (typeof data31 == "number") {
                    if (data31 < 1 || isNaN(data31)) {
                        const err50 = { instancePath: instancePath + "/limits/maxTokensPerFile", schemaPath: "#/properties/limits/properties/maxTokensPerFile/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        if (vErrors === null) {
                            vErrors = [err50];
                        }
                        else {
                            vErrors.push(err50);
                        }
                        errors++;
                    }
                }
                var valid20 = _errs65 === errors;
            }
        }
        else {
            const err51 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err51];
            }
            else {
                vErrors.push(err51);
            }
            errors++;
        }
        var valid0 = _errs52 === errors;
    }
}
else {
    const err52 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err52];
    }
    else {
        vErrors.push(err52);
    }
    errors++;
} validate0.errors = vErrors; return errors === 0; }
/** Validators by schema id: `config`. */
const validators = {
    "config": config,
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./schemas/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://plumbline.dev/schemas/config.schema.json","title":"plumbline configuration (.plumbline.yaml)","type":"object","additionalProperties":false,"properties":{"exclude":{"description":"Globs, relative to the repository root, of files that are neither linted nor part of the model","type":"array","items":{"type":"string","minLength":1}},"repoURLs":{"description":"Application repoURLs that mean this repository","type":"array","items":{"type":"string","minLength":1}},"argocd":{"type":"object","additionalProperties":false,"properties":{"namespace":{"description":"Namespace where Application objects must live","type":"string","minLength":1},"applicationNamespaces":{"description":"Extra namespaces allowed for Applications (Argo CD\'s application.namespaces setting)","type":"array","items":{"type":"string","minLength":1}},"rootApps":{"description":"Globs of the root Application manifests (app of apps)","type":"array","items":{"type":"string","minLength":1}},"projects":{"description":"AppProjects defined outside this repository","type":"array","items":{"type":"string","minLength":1}}}},"cluster":{"type":"object","additionalProperties":false,"properties":{"profile":{"enum":["generic","kind","docker-desktop"]},"cniPlugins":{"type":"array","items":{"type":"string","minLength":1}},"cniVersionMax":{"enum":["0.1.0","0.2.0","0.3.0","0.3.1","0.4.0","1.0.0","1.1.0"]},"multusNamespace":{"type":"string","minLength":1},"namespaceIsolation":{"type":"boolean"},"globalNamespaces":{"type":"array","items":{"type":"string","minLength":1}}}},"externalNetworks":{"description":"NADs that exist in the cluster but not in this repository, as namespace/name globs","type":"array","items":{"type":"string","minLength":1}},"rules":{"description":"Severity override per rule id","type":"object","additionalProperties":{"enum":["off","info","warning","error"]}},"limits":{"description":"Bounds on hostile input; the defaults are far above what real repositories need","type":"object","additionalProperties":false,"properties":{"maxFileBytes":{"type":"integer","minimum":1},"maxDocumentsPerFile":{"type":"integer","minimum":1},"maxJsonDepth":{"type":"integer","minimum":1},"maxAliasCount":{"type":"integer","minimum":0},"maxAnnotationBytes":{"type":"integer","minimum":1},"maxTokensPerFile":{"type":"integer","minimum":1}}}}}');
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/workspace/parse.ts + 1 modules
var parse = __webpack_require__(4890);
;// CONCATENATED MODULE: ./src/config.ts
// Loads and validates `.plumbline.yaml`. Every problem becomes a UsageError that names the file,
// the line and the key, so the CLI can print one line and exit 2.







const CONFIG_FILE_NAME = ".plumbline.yaml";
const MAX_CONFIG_BYTES = 1024 * 1024;
// Generous bounds: a real repository meets none of them, a hostile file hits one long before it
// exhausts time or memory.
const DEFAULT_LIMITS = {
    maxFileBytes: 20 * 1024 * 1024,
    maxDocumentsPerFile: 20_000,
    maxJsonDepth: 200,
    maxAliasCount: 1_000,
    maxAnnotationBytes: 256 * 1024,
    // A lint costs about 0.7 KB of memory per token, so this bounds one file near 0.7 GB.
    maxTokensPerFile: 1_000_000,
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
function validator() {
    // Compiled ahead of time by scripts/compile-schemas.ts, so start-up does not run the ajv compiler.
    return validators.config;
}
/**
 * Reads the config at `explicitPath` (which must exist) or `.plumbline.yaml` in the root (optional).
 * Rule ids are checked against `knownRuleIds` so a typo in `rules:` is a usage error, not a silent no-op.
 */
function loadConfig(root, explicitPath, knownRuleIds, cwd = process.cwd()) {
    const path = explicitPath ? (0,external_node_path_.resolve)(cwd, explicitPath) : (0,external_node_path_.join)(root, CONFIG_FILE_NAME);
    const displayPath = explicitPath ?? CONFIG_FILE_NAME;
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (explicitPath)
            throw new errors/* UsageError */.e(`config file "${displayPath}" not found: check the --config path`);
        return defaultConfig();
    }
    // The default config is read like a manifest: a regular file inside the root, never through a
    // link that leaves it, and never a FIFO that would block. An explicit --config is the user's choice.
    const read = explicitPath ? (0,parse/* readTextFile */.Gu)(path, MAX_CONFIG_BYTES) : (0,parse/* readTextFileInsideRoot */.UX)(root, CONFIG_FILE_NAME, MAX_CONFIG_BYTES);
    // The advice to remove or exclude an unreadable repository file does not fit the config itself.
    if (!read.ok) {
        const fix = explicitPath ? "pass a regular file to --config" : `make ${CONFIG_FILE_NAME} a regular file`;
        const reason = read.problem.message.replace(/; remove it or add it to exclude$/, `; ${fix}`).replace(/ or add it to exclude$/, "");
        throw new errors/* UsageError */.e(`cannot read config file "${displayPath}": ${reason}`);
    }
    const text = read.text;
    const lineCounter = new dist/* LineCounter */.HN();
    // plumbline's own file is read as YAML 1.2, so `nad/unused: off` stays the string "off" (YAML 1.1,
    // which manifests use, would turn it into false).
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    if (document.errors.length > 0) {
        const first = document.errors[0];
        const { line, col } = lineCounter.linePos(first.pos[0]);
        throw new errors/* UsageError */.e(`${displayPath}:${line}:${col}: invalid YAML in config: ${first.message.split("\n")[0]}`);
    }
    // An unquoted value that starts with "!" is a YAML tag, and the value after it is empty; the
    // schema would then report an empty string at the end of the line.
    const unknownTag = document.warnings.find((warning) => warning.code === "TAG_RESOLVE_FAILED");
    if (unknownTag) {
        const { line, col } = lineCounter.linePos(unknownTag.pos[0]);
        // A tag ends at white space or, in a flow collection, at a flow indicator.
        const tag = /^![^\s,[\]{}]*/.exec(text.slice(unknownTag.pos[0]))?.[0] ?? "!";
        const inExclude = (0,dist/* isSeq */.oP)(document.get("exclude", true)) && document.get("exclude", true).items.some((item) => item.tag === tag);
        const hint = inExclude ? ' exclude patterns have no "!" negation; list only the paths to leave out' : "";
        throw new errors/* UsageError */.e(`${displayPath}:${line}:${col}: YAML reads "${tag}" as a tag, not a value; quote it.${hint}`);
    }
    let data;
    try {
        data = document.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (error) {
        throw new errors/* UsageError */.e(`${displayPath}: invalid config: ${error.message.replace(/\.$/, "")}`);
    }
    const validate = validator();
    if (!validate(data)) {
        throw new errors/* UsageError */.e(describeSchemaError(displayPath, document, lineCounter, validate.errors[0]));
    }
    const config = mergeWithDefaults(data);
    config.source = (0,external_node_path_.relative)(root, path).split("\\").join("/");
    for (const ruleId of Object.keys(config.rules)) {
        if (knownRuleIds.has(ruleId))
            continue;
        const node = document.getIn(["rules", ruleId], true);
        const where = positionOf(document, lineCounter, node, ["rules"]);
        const hint = closestName(ruleId, [...knownRuleIds]);
        throw new errors/* UsageError */.e(`${displayPath}:${where}: unknown rule "${ruleId}" in "rules"${hint ? ` (did you mean "${hint}"?)` : ""}; run plumbline --list-rules for the ids`);
    }
    config.exclude.forEach((written, index) => {
        const where = () => positionOf(document, lineCounter, document.getIn(["exclude", index], true), ["exclude"]);
        const pattern = written.length > 120 ? `${written.slice(0, 117)}...` : written;
        // A gitignore habit: `!` re-includes there, but glob patterns have no negation, so the pattern
        // would silently name a path that starts with "!".
        if (written.startsWith("!")) {
            throw new errors/* UsageError */.e(`${displayPath}:${where()}: exclude pattern "${pattern}" starts with "!", but exclude has no negation; list only the paths to leave out`);
        }
        // Leading "/" and "./" anchor at the root. Anywhere else, "." and ".." segments are not
        // resolved by the matcher, so a pattern with one would silently match another path or none.
        const segments = written.replace(/^(\.?\/)+/, "").split("/");
        if (segments.every((segment) => segment === "" || segment === ".")) {
            throw new errors/* UsageError */.e(`${displayPath}:${where()}: exclude pattern "${pattern}" names the repository root, which is always read; remove it, or name the folders to leave out`);
        }
        if (segments.some((segment) => segment === "." || segment === "..")) {
            throw new errors/* UsageError */.e(`${displayPath}:${where()}: exclude pattern "${pattern}" contains a "." or ".." segment; write the path from the root without them`);
        }
    });
    excludeLocations.set(config, config.exclude.map((_, index) => `${displayPath}:${positionOf(document, lineCounter, document.getIn(["exclude", index], true), ["exclude"])}`));
    return config;
}
/** Where each `exclude` pattern of a loaded config is written, as `file:line:column`, for `checkExcludeGlobs`. */
const excludeLocations = new WeakMap();
/**
 * Rejects an `exclude` pattern that glob's matcher cannot compile, naming where it is written.
 * Apart from `loadConfig` because glob loads only for a config with `exclude`, and only
 * asynchronously in an ES module.
 */
async function checkExcludeGlobs(config) {
    if (config.exclude.length === 0)
        return;
    const { Ignore } = await __webpack_require__.e(/* import() */ 668).then(__webpack_require__.bind(__webpack_require__, 1668));
    config.exclude.forEach((written, index) => {
        try {
            new Ignore([written], { platform: process.platform });
        }
        catch (error) {
            const pattern = written.length > 120 ? `${written.slice(0, 117)}...` : written;
            const where = excludeLocations.get(config)?.[index] ?? (config.source || CONFIG_FILE_NAME);
            throw new errors/* UsageError */.e(`${where}: exclude pattern "${pattern}" is not a valid glob (${error.message}); fix or remove it`);
        }
    });
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
function describeSchemaError(displayPath, document, lineCounter, error) {
    const path = error.instancePath.split("/").slice(1).map(unescapePointer);
    const keyPath = path.join(".");
    if (error.keyword === "additionalProperties") {
        const key = error.params.additionalProperty;
        const allowed = allowedKeysAt(path);
        const hint = closestName(key, allowed);
        const where = positionOf(document, lineCounter, findKeyNode(document, [...path, key]), path);
        const inside = keyPath ? ` in "${keyPath}"` : "";
        return `${displayPath}:${where}: unknown key "${key}"${inside}${hint ? ` (did you mean "${hint}"?)` : ""}; allowed keys: ${allowed.join(", ")}`;
    }
    const node = document.getIn(path, true);
    const where = positionOf(document, lineCounter, node, path);
    if (error.keyword === "enum") {
        const allowed = error.params.allowedValues.map(String);
        const value = document.getIn(path);
        const quoteHint = typeof value === "number" ? ` (write the version in quotes, e.g. "${allowed.at(-2) ?? allowed[0]}")` : "";
        return `${displayPath}:${where}: "${keyPath}" must be one of ${allowed.join(", ")}; got ${JSON.stringify(value)}${quoteHint}`;
    }
    if (error.keyword === "type") {
        const expected = error.params.type;
        const value = document.getIn(path);
        const got = value === undefined || value === null ? "nothing" : JSON.stringify(value);
        return `${displayPath}:${where}: "${keyPath || "(top level)"}" must be ${TYPE_NAMES[expected] ?? expected}; got ${got}`;
    }
    return `${displayPath}:${where}: "${keyPath || "(top level)"}" ${error.message ?? "is invalid"}`;
}
const TYPE_NAMES = {
    array: 'a list, e.g. ["a", "b"]',
    object: "a mapping of keys to values",
    string: "a string",
    boolean: "true or false",
    integer: "a whole number",
};
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
        const distance = editDistance(name, candidate, bestDistance);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/**
 * Levenshtein distance, O(n·m) time and O(m) memory. With `limit`, stops as soon as the distance
 * cannot be below it and returns `limit`, so a search for the closest of many names stays cheap.
 */
function editDistance(a, b, limit = Number.POSITIVE_INFINITY) {
    if (a === b)
        return 0;
    if (Math.abs(a.length - b.length) >= limit)
        return limit;
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    let current = new Array(b.length + 1);
    for (let i = 1; i <= a.length; i++) {
        current[0] = i;
        let rowMinimum = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            current[j] = value;
            if (value < rowMinimum)
                rowMinimum = value;
        }
        // Every later row is at least this row's minimum, so the distance cannot drop below it.
        if (rowMinimum >= limit)
            return limit;
        [previous, current] = [current, previous];
    }
    return previous[b.length];
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** A bad command line or config: the front ends print its message on one line and exit 2. */
class UsageError extends Error {
    name = "UsageError";
}


/***/ }),

/***/ 5193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ PHASE_BOUND_TIMEOUTS),
/* harmony export */   X: () => (/* binding */ formatSeconds)
/* harmony export */ });
// Time bounds of the live phase, apart from the HTTP client so that a lint without --live loads
// neither the client nor node:https.
/** The whole live phase ends after this many request timeouts, so a slow server cannot stall a run. */
const PHASE_BOUND_TIMEOUTS = 6;
function formatSeconds(ms) {
    const seconds = ms / 1000;
    return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}


/***/ }),

/***/ 6479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ describeKubeconfigPaths),
/* harmony export */   B5: () => (/* binding */ checkKubeconfigFiles),
/* harmony export */   hL: () => (/* binding */ describeKubeconfigError),
/* harmony export */   hY: () => (/* binding */ isEmptyKubeconfig)
/* harmony export */ });
/* unused harmony exports checkKubeconfig, mergeKubeconfigs */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// Checks a kubeconfig before the live phase. Uses only `yaml`, so the front ends can call it
// without loading @kubernetes/client-node. No message here quotes the kubeconfig's content: parse
// errors give a line number, never a snippet.

/**
 * Validates a kubeconfig's shape and the chosen context. Returns a problem as a message that names
 * `source` (a path or "the kubeconfig input"), or the summary when it is usable.
 */
function checkKubeconfig(text, source, context) {
    const read = readKubeconfig(text, source);
    return "problem" in read ? read : checkKubeconfigValue(read.value, source, context);
}
/**
 * Validates kubeconfig files merged as kubectl merges the files in KUBECONFIG (see
 * `mergeKubeconfigs`). A file that is not a kubeconfig is named on its own, and a problem of the
 * merged view names `source`.
 */
function checkKubeconfigFiles(files, source, context) {
    const values = [];
    for (const file of files) {
        const read = readKubeconfig(file.text, file.source);
        if ("problem" in read)
            return read;
        values.push(read.value);
    }
    return checkKubeconfigValue(mergeKubeconfigs(values), source, context);
}
/**
 * Merges kubeconfigs the way kubectl merges the files listed in KUBECONFIG. The first file to set a
 * value or a named entry wins, and a later entry of the same name is dropped whole. So the first
 * file that sets current-context chooses the context. The live client applies the same rule to
 * client-node objects (`loadKubeconfigs` in client.ts), whose relative paths are resolved per file.
 */
function mergeKubeconfigs(values) {
    const merged = {};
    for (const value of values) {
        for (const [key, field] of Object.entries(value)) {
            if (NAMED_LISTS.has(key)) {
                const list = Array.isArray(merged[key]) ? merged[key] : [];
                const names = new Set(namedEntries(list).map((entry) => entry.name));
                for (const entry of Array.isArray(field) ? field : []) {
                    const name = isRecord(entry) && typeof entry.name === "string" ? entry.name : undefined;
                    if (name !== undefined && names.has(name))
                        continue;
                    if (name !== undefined)
                        names.add(name);
                    list.push(entry);
                }
                merged[key] = list;
            }
            else if (merged[key] === undefined || merged[key] === "" || merged[key] === null) {
                merged[key] = field;
            }
        }
    }
    return merged;
}
const NAMED_LISTS = new Set(["clusters", "users", "contexts"]);
function readKubeconfig(text, source) {
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: false });
    if (document.errors.length > 0) {
        const line = lineOf(text, document.errors[0].pos[0]);
        return { problem: `${source} is not valid YAML (line ${line}): pass a kubeconfig file as kubectl writes it` };
    }
    let value;
    try {
        value = document.toJS({ maxAliasCount: 100 });
    }
    catch {
        return { problem: `${source} expands too many YAML aliases: pass a kubeconfig file as kubectl writes it` };
    }
    // client-go loads an empty file as an empty kubeconfig, which matters in a KUBECONFIG list.
    if (value === null || value === undefined)
        return { value: {} };
    if (!isRecord(value))
        return { problem: `${source} is not a kubeconfig (expected a mapping with clusters, users and contexts)` };
    return { value };
}
function checkKubeconfigValue(value, source, context) {
    const contexts = namedEntries(value.contexts);
    const clusters = namedEntries(value.clusters);
    if (clusters.length === 0)
        return { problem: `${source} lists no clusters: add one under "clusters"` };
    if (contexts.length === 0)
        return { problem: `${source} lists no contexts: add one under "contexts"` };
    const currentContext = typeof value["current-context"] === "string" && value["current-context"] !== "" ? value["current-context"] : undefined;
    const chosen = context ?? currentContext;
    const names = contexts.map((entry) => entry.name);
    if (chosen === undefined)
        return { problem: `${source} sets no current-context: pass --context with one of ${quoteList(names)}` };
    const entry = contexts.find((candidate) => candidate.name === chosen);
    if (!entry)
        return { problem: `context "${chosen}" is not in ${source}: use one of ${quoteList(names)}` };
    const clusterName = isRecord(entry.value.context) ? entry.value.context.cluster : undefined;
    const cluster = clusters.find((candidate) => candidate.name === clusterName);
    if (!cluster)
        return { problem: `context "${chosen}" in ${source} names cluster "${String(clusterName ?? "")}", which is not under "clusters"` };
    const server = isRecord(cluster.value.cluster) ? cluster.value.cluster.server : undefined;
    if (typeof server !== "string" || server === "")
        return { problem: `cluster "${cluster.name}" in ${source} has no server URL: set clusters[].cluster.server` };
    // A context without a user sends anonymous requests, on purpose. One that names a user the file
    // lacks would send them by mistake, and client-go's validation reports it as "not found".
    const userName = isRecord(entry.value.context) ? entry.value.context.user : undefined;
    if (typeof userName === "string" && userName !== "" && !namedEntries(value.users).some((candidate) => candidate.name === userName)) {
        return { problem: `context "${chosen}" in ${source} names user "${userName}", which is not under "users": add the user or fix the name` };
    }
    return { summary: { contexts: names, currentContext } };
}
/** Names kubeconfig files in messages: one file by its path, a KUBECONFIG list by all of them. */
function describeKubeconfigPaths(paths) {
    if (paths.length === 1)
        return `kubeconfig "${paths[0]}"`;
    return `the kubeconfig merged from KUBECONFIG (${paths.map((path) => `"${path}"`).join(", ")})`;
}
/** Returns whether a kubeconfig file sets nothing (empty, or comments only), so it counts as an empty kubeconfig. */
function isEmptyKubeconfig(text) {
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: false });
    return document.errors.length === 0 && (document.contents === null || document.toJS() === null);
}
/** Describes an error thrown while loading a kubeconfig or its credentials, without its content. */
function describeKubeconfigError(error) {
    const name = error.name ?? "";
    // js-yaml (used by @kubernetes/client-node) puts a snippet of the text into its messages.
    if (name === "YAMLException") {
        const mark = error.mark;
        return `it is not valid YAML${mark?.line !== undefined ? ` (line ${mark.line + 1})` : ""}`;
    }
    const code = error.code;
    if (code === "ENOENT")
        return "a file it names does not exist";
    if (code === "EACCES")
        return "a file it names is not readable";
    const message = error instanceof Error ? error.message.split("\n")[0] : "";
    // Messages of client-node's own checks name fields ("clusters[0].cluster.server is missing"), so
    // they are kept. Anything long enough to carry a value from the file or a plugin's output is dropped.
    if (message.length > 0 && message.length <= 120 && !/[:=]\s*\S{24,}/.test(message))
        return message.charAt(0).toLowerCase() + message.slice(1);
    return "its credentials could not be loaded";
}
function namedEntries(list) {
    if (!Array.isArray(list))
        return [];
    return list.filter(isRecord).filter((entry) => typeof entry.name === "string").map((entry) => ({ name: entry.name, value: entry }));
}
function lineOf(text, offset) {
    let line = 1;
    for (let index = 0; index < offset && index < text.length; index++)
        if (text.charCodeAt(index) === 10)
            line++;
    return line;
}
function quoteList(names) {
    return names.map((name) => `"${name}"`).join(", ");
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ NETWORKS_ANNOTATION),
/* harmony export */   AH: () => (/* binding */ NETWORK_STATUS_ANNOTATION),
/* harmony export */   PB: () => (/* binding */ DEFAULT_NETWORK_ANNOTATION),
/* harmony export */   Qc: () => (/* binding */ parseNetworksAnnotation),
/* harmony export */   yH: () => (/* binding */ LEGACY_NETWORK_STATUS_ANNOTATION)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _net_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4797);
// The grammar of the Multus pod annotations `k8s.v1.cni.cncf.io/networks` and
// `v1.multus-cni.io/default-network`, as multus-cni (v4.3, pkg/k8sclient/k8sclient.go
// `parsePodNetworkAnnotation` and `parsePodNetworkObjectName`) parses them. Pure and total: every
// problem becomes an error with the offsets of the offending text inside the value.


const NETWORKS_ANNOTATION = "k8s.v1.cni.cncf.io/networks";
const DEFAULT_NETWORK_ANNOTATION = "v1.multus-cni.io/default-network";
const NETWORK_STATUS_ANNOTATION = "k8s.v1.cni.cncf.io/network-status";
/** Written by Multus before v3.x and by NAD client libraries before v1.3.0. */
const LEGACY_NETWORK_STATUS_ANNOTATION = "k8s.v1.cni.cncf.io/networks-status";
/** The keys of Multus's NetworkSelectionElement (pkg/types/types.go) with their JSON types. */
const SELECTION_FIELDS = {
    name: "string",
    namespace: "string",
    interface: "string",
    interfaceRequest: "string",
    ips: "string-array",
    mac: "string",
    "infiniband-guid": "string",
    portMappings: "array",
    bandwidth: "object",
    "cni-args": "object",
    "default-route": "string-array",
    deviceID: "string",
    "ipam-claim-reference": "string",
};
const FIELD_BY_LOWER_CASE = new Map(Object.keys(SELECTION_FIELDS).map((field) => [field.toLowerCase(), field]));
// The same bound as the config's limits.maxJsonDepth default; the tree builder recurses per level.
const DEFAULT_MAX_DEPTH = 200;
const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/**
 * Parses a networks (or default-network) annotation value. A value containing `[`, `{` or `"` is
 * JSON and must be an array of selection objects. Any other value is the comma-separated short
 * form `[namespace/]name[@interface]`. Never throws.
 *
 * Interface names are returned as written and not judged here: the interface rule checks them for
 * both forms with the kernel's limits.
 */
function parseNetworksAnnotation(value, options = {}) {
    if (/[[{"]/.test(value))
        return parseJsonForm(value, options.maxDepth ?? DEFAULT_MAX_DEPTH);
    return parseShortForm(value);
}
function parseShortForm(value) {
    const result = { format: "short", elements: [], errors: [] };
    if (value === "")
        return result;
    if (value.trim() === "") {
        result.errors.push({ message: "the value is only whitespace: name a network or remove the annotation", start: 0, end: value.length });
        return result;
    }
    let itemStart = 0;
    for (const item of value.split(",")) {
        const itemEnd = itemStart + item.length;
        parseShortItem(item, itemStart, result);
        itemStart = itemEnd + 1;
    }
    return result;
}
function parseShortItem(item, offset, result) {
    const trimmed = trimSpan(item, offset);
    if (trimmed.text === "") {
        // Point at the comma that opens (or, for a leading empty item, closes) the empty item.
        const comma = offset > 0 ? offset - 1 : offset + item.length;
        result.errors.push({ message: "empty item between commas: remove the extra comma or name a network", start: comma, end: comma + 1 });
        return;
    }
    const text = trimmed.text;
    const slashes = countOf(text, "/");
    const ats = countOf(text, "@");
    if (slashes > 1) {
        const second = text.indexOf("/", text.indexOf("/") + 1);
        result.errors.push({
            message: `"${text}" has more than one "/": write "namespace/name", with one "/"`,
            start: trimmed.start + second,
            end: trimmed.start + second + 1,
        });
        return;
    }
    if (ats > 1) {
        const second = text.indexOf("@", text.indexOf("@") + 1);
        result.errors.push({
            message: `"${text}" has more than one "@": write "name@interface", with one "@"`,
            start: trimmed.start + second,
            end: trimmed.start + second + 1,
        });
        return;
    }
    // Split as Multus does: first on "/", then the part after it on "@"; every part is trimmed.
    const slash = text.indexOf("/");
    const namespacePart = slash >= 0 ? trimSpan(text.slice(0, slash), trimmed.start) : undefined;
    const rest = slash >= 0 ? text.slice(slash + 1) : text;
    const restStart = trimmed.start + (slash >= 0 ? slash + 1 : 0);
    const at = rest.indexOf("@");
    const namePart = trimSpan(at >= 0 ? rest.slice(0, at) : rest, restStart);
    const interfacePart = at >= 0 ? trimSpan(rest.slice(at + 1), restStart + at + 1) : undefined;
    const selection = { name: namePart.text, start: trimmed.start, end: trimmed.end, spans: {} };
    selection.spans.name = { start: namePart.start, end: namePart.end };
    if (namespacePart) {
        selection.namespace = namespacePart.text;
        selection.spans.namespace = { start: namespacePart.start, end: namespacePart.end };
    }
    if (interfacePart && interfacePart.text !== "") {
        selection.interface = interfacePart.text;
        selection.spans.interface = { start: interfacePart.start, end: interfacePart.end };
    }
    const problems = [];
    if (namespacePart && namespacePart.text !== "" && !DNS_1123_LABEL.test(namespacePart.text)) {
        problems.push({ message: labelMessage("namespace", namespacePart.text), start: namespacePart.start, end: namespacePart.end });
    }
    if (namePart.text === "") {
        problems.push({ message: `"${text}" has no network name: write "[namespace/]name[@interface]"`, start: trimmed.start, end: trimmed.end });
    }
    else if (!DNS_1123_LABEL.test(namePart.text)) {
        problems.push({ message: labelMessage("network name", namePart.text), start: namePart.start, end: namePart.end });
    }
    if (problems.length > 0) {
        result.errors.push(...problems);
        return;
    }
    result.elements.push(selection);
}
function labelMessage(what, text) {
    const hint = text.includes(".")
        ? "; a NAD whose name has a dot can only be referenced with the JSON form"
        : text !== text.toLowerCase()
            ? `; Kubernetes names are lower case, did you mean "${text.toLowerCase()}"?`
            : "";
    return `${what} "${text}" is not a DNS-1123 label (lower-case letters, digits and "-", starting and ending with a letter or digit)${hint}`;
}
function parseJsonForm(value, maxDepth) {
    const result = { format: "json", elements: [], errors: [] };
    const tooDeep = firstOffsetDeeperThan(value, maxDepth);
    if (tooDeep !== undefined) {
        result.errors.push({ message: `the JSON value is nested more than ${maxDepth} levels deep (limits.maxJsonDepth); a selection element needs two or three`, start: tooDeep, end: tooDeep + 1 });
        return result;
    }
    const parseErrors = [];
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(value, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (parseErrors.length > 0) {
        const first = parseErrors[0];
        // An error at the end of the input (an unclosed bracket, say) points at the last character.
        const start = Math.max(0, Math.min(first.offset, value.length - 1));
        result.errors.push({
            message: `invalid JSON: ${describeJsonError((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error))}${typographicQuoteHint(value)}`,
            start,
            end: Math.min(value.length, start + Math.max(first.length, 1)),
        });
        return result;
    }
    if (!root)
        return result;
    if (root.type !== "array") {
        let hint = "";
        if (root.type === "object")
            hint = ": wrap the object in [ ]";
        if (root.type === "string")
            hint = ": remove the quotes, or write a JSON array of objects";
        result.errors.push({ message: `the JSON value must be an array of network selection objects, not ${jsonTypeName(root)}${hint}`, start: root.offset, end: root.offset + root.length });
        return result;
    }
    for (const child of root.children ?? []) {
        const selection = parseJsonElement(child, result.errors);
        if (selection)
            result.elements.push(selection);
    }
    return result;
}
function parseJsonElement(node, errors) {
    const start = node.offset;
    const end = node.offset + node.length;
    if (node.type !== "object") {
        errors.push({ message: `each element must be a JSON object with a "name", not ${jsonTypeName(node)}`, start, end });
        return undefined;
    }
    const selection = { name: "", start, end, raw: {}, spans: {}, unknownKeys: [] };
    const before = errors.length;
    let hasName = false;
    for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode)
            continue;
        const key = String(keyNode.value);
        const value = plainValue(valueNode);
        selection.raw[key] = value;
        // Go's encoding/json matches keys exactly first, then case-insensitively; the last one wins.
        const field = key in SELECTION_FIELDS ? key : FIELD_BY_LOWER_CASE.get(key.toLowerCase());
        if (!field) {
            selection.unknownKeys.push({ key, start: keyNode.offset, end: keyNode.offset + keyNode.length });
            continue;
        }
        const span = { start: valueNode.offset, end: valueNode.offset + valueNode.length };
        selection.spans[field] = span;
        if (valueNode.type === "null")
            continue;
        const typeProblem = checkFieldType(field, valueNode);
        if (typeProblem) {
            errors.push({ message: typeProblem, start: span.start, end: span.end });
            continue;
        }
        if (field === "name")
            hasName = true;
        assignField(selection, field, valueNode, errors);
    }
    if (selection.interface === undefined && selection.raw && selection.spans?.interfaceRequest) {
        const requested = fieldValue(selection.raw, "interfaceRequest");
        if (typeof requested === "string" && requested !== "") {
            selection.interface = requested;
            selection.interfaceFromRequest = true;
            selection.spans.interface = selection.spans.interfaceRequest;
        }
    }
    if (!hasName && errors.length === before) {
        errors.push({ message: `the element has no "name": add the NetworkAttachmentDefinition's name`, start, end });
    }
    else if (hasName && selection.name === "" && errors.length === before) {
        errors.push({ message: `"name" is empty: write the NetworkAttachmentDefinition's name`, start: selection.spans.name.start, end: selection.spans.name.end });
    }
    return errors.length === before ? selection : undefined;
}
function checkFieldType(field, node) {
    const expected = SELECTION_FIELDS[field];
    if (expected === "string" && node.type !== "string")
        return `"${field}" must be a string, not ${jsonTypeName(node)}`;
    if (expected === "object" && node.type !== "object")
        return `"${field}" must be a JSON object, not ${jsonTypeName(node)}`;
    if (expected === "array" && node.type !== "array")
        return `"${field}" must be an array, not ${jsonTypeName(node)}`;
    if (expected === "string-array") {
        if (node.type === "string")
            return `"${field}" must be an array of strings, not a string: write ["${String(node.value)}"]`;
        if (node.type !== "array")
            return `"${field}" must be an array of strings, not ${jsonTypeName(node)}`;
        const bad = node.children?.find((child) => child.type !== "string" && !(field === "default-route" && child.type === "null"));
        if (bad)
            return `every entry of "${field}" must be a string, not ${jsonTypeName(bad)}`;
    }
    return undefined;
}
function assignField(selection, field, node, errors) {
    const value = plainValue(node);
    switch (field) {
        case "name":
            selection.name = value;
            return;
        case "namespace":
            selection.namespace = value;
            return;
        case "interface":
            // Multus treats an empty interface as no request and names the attachment netN.
            if (value !== "")
                selection.interface = value;
            return;
        case "mac":
            if (value !== "" && !(0,_net_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidMac */ .iw)(value)) {
                errors.push({ message: `"mac" value "${String(value)}" is not a MAC address: write six hex pairs such as "02:00:00:00:00:01"`, ...spanOf(node) });
                return;
            }
            selection.mac = value;
            return;
        case "infiniband-guid":
            if (value !== "" && !(0,_net_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidMac */ .iw)(value)) {
                errors.push({ message: `"infiniband-guid" value "${String(value)}" is not a GUID: write eight hex pairs separated by ":"`, ...spanOf(node) });
                return;
            }
            selection.infinibandGuid = value;
            return;
        case "ips": {
            selection.ips = [];
            selection.ipSpans = [];
            for (const entry of node.children ?? []) {
                const text = entry.value;
                if (!(0,_net_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIpOrCidr */ .CT)(text)) {
                    errors.push({ message: `"ips" entry "${text}" is not an IP address or CIDR`, ...spanOf(entry) });
                    continue;
                }
                selection.ips.push(text);
                selection.ipSpans.push(spanOf(entry));
            }
            return;
        }
        case "default-route": {
            selection.defaultRoute = [];
            selection.defaultRouteSpans = [];
            for (const entry of node.children ?? []) {
                if (entry.type === "null" || entry.value === "")
                    continue;
                const text = entry.value;
                if (!(0,_net_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIp */ .r5)(text)) {
                    const hint = text.includes("/") ? ": write the gateway address without a prefix length" : "";
                    errors.push({ message: `"default-route" entry "${text}" is not an IP address${hint}`, ...spanOf(entry) });
                    continue;
                }
                selection.defaultRoute.push(text);
                selection.defaultRouteSpans.push(spanOf(entry));
            }
            return;
        }
        case "portMappings":
            selection.portMappings = value;
            checkPortMappings(node, errors);
            return;
        case "bandwidth":
            selection.bandwidth = value;
            checkIntegerFields(node, ["ingressRate", "ingressBurst", "egressRate", "egressBurst"], "bandwidth", errors);
            return;
        default:
            return;
    }
}
function checkPortMappings(node, errors) {
    for (const entry of node.children ?? []) {
        if (entry.type !== "object") {
            errors.push({ message: `every entry of "portMappings" must be an object with "hostPort" and "containerPort", not ${jsonTypeName(entry)}`, ...spanOf(entry) });
            continue;
        }
        checkIntegerFields(entry, ["hostPort", "containerPort"], "portMappings", errors);
        for (const property of entry.children ?? []) {
            const [key, value] = property.children ?? [];
            if (key && value && ["protocol", "hostIP"].includes(String(key.value)) && value.type !== "string" && value.type !== "null") {
                errors.push({ message: `"portMappings" field "${String(key.value)}" must be a string, not ${jsonTypeName(value)}`, ...spanOf(value) });
            }
        }
    }
}
function checkIntegerFields(node, fields, where, errors) {
    for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value || !fields.includes(String(key.value)) || value.type === "null")
            continue;
        if (value.type !== "number" || !Number.isInteger(value.value)) {
            errors.push({ message: `"${where}" field "${String(key.value)}" must be an integer, not ${jsonTypeName(value)}`, ...spanOf(value) });
        }
    }
}
function fieldValue(raw, field) {
    let found;
    for (const [key, value] of Object.entries(raw))
        if (key === field || key.toLowerCase() === field.toLowerCase())
            found = value;
    return found;
}
function plainValue(node) {
    switch (node.type) {
        case "object": {
            const result = {};
            for (const property of node.children ?? []) {
                const [key, value] = property.children ?? [];
                if (key && value)
                    result[String(key.value)] = plainValue(value);
            }
            return result;
        }
        case "array":
            return (node.children ?? []).map(plainValue);
        default:
            return node.value;
    }
}
function spanOf(node) {
    return { start: node.offset, end: node.offset + node.length };
}
function jsonTypeName(node) {
    switch (node.type) {
        case "object":
            return "an object";
        case "array":
            return "an array";
        case "string":
            return `a string ("${String(node.value)}")`;
        case "number":
            return `a number (${String(node.value)})`;
        case "boolean":
            return `a boolean (${String(node.value)})`;
        default:
            return "null";
    }
}
function describeJsonError(code) {
    const words = {
        InvalidSymbol: "unexpected character",
        InvalidNumberFormat: "invalid number",
        PropertyNameExpected: "a quoted property name is expected (no trailing comma)",
        ValueExpected: "a value is expected (no trailing comma)",
        ColonExpected: `":" is expected after the property name (check the quotes around it)`,
        CommaExpected: `"," is expected between entries`,
        CloseBraceExpected: `"}" is expected`,
        CloseBracketExpected: `"]" is expected`,
        EndOfFileExpected: "unexpected text after the JSON value",
        InvalidCommentToken: "comments are not allowed",
        UnexpectedEndOfComment: "comments are not allowed",
        UnexpectedEndOfString: "unterminated string",
        UnexpectedEndOfNumber: "unterminated number",
        InvalidUnicode: "invalid unicode escape",
        InvalidEscapeCharacter: "invalid escape character",
        InvalidCharacter: "invalid character in string",
    };
    return words[code] ?? code;
}
function typographicQuoteHint(value) {
    return /[\u201c\u201d\u2018\u2019]/.test(value) ? "; the value contains typographic quotes, use plain \" quotes" : "";
}
/** Finds the first bracket or brace outside strings that opens a level deeper than `maxDepth`. */
function firstOffsetDeeperThan(value, maxDepth) {
    let depth = 0;
    let inString = false;
    for (let index = 0; index < value.length; index++) {
        const char = value[index];
        if (inString) {
            if (char === "\\")
                index++;
            else if (char === '"')
                inString = false;
        }
        else if (char === '"') {
            inString = true;
        }
        else if (char === "[" || char === "{") {
            depth++;
            if (depth > maxDepth)
                return index;
        }
        else if (char === "]" || char === "}") {
            depth--;
        }
    }
    return undefined;
}
function trimSpan(text, offset) {
    const leading = text.length - text.trimStart().length;
    const trimmed = text.trim();
    return { text: trimmed, start: offset + leading, end: offset + leading + trimmed.length };
}
function countOf(text, char) {
    let count = 0;
    for (const c of text)
        if (c === char)
            count++;
    return count;
}


/***/ }),

/***/ 4797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ hostLocalRanges),
/* harmony export */   CT: () => (/* binding */ parseIpOrCidr),
/* harmony export */   GN: () => (/* binding */ parseCidr),
/* harmony export */   cl: () => (/* binding */ ipamSubnets),
/* harmony export */   eX: () => (/* binding */ cidrContains),
/* harmony export */   iw: () => (/* binding */ isValidMac),
/* harmony export */   r5: () => (/* binding */ parseIp),
/* harmony export */   v_: () => (/* binding */ formatIp)
/* harmony export */ });
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);
// Address helpers for the attachment rules: IP, CIDR and MAC parsing with Go's rules, and the
// host-local range arithmetic that decides whether a requested address can be handed out.
// Every IPv4 string is gated with `isValidFourPartDecimal`, because ipaddr.js reads `010.1.1.1` as
// octal while Go's net.ParseIP (1.17 and later) rejects leading zeros.

/** Parses an IP address as Go's net.ParseIP does: dotted decimal IPv4 or IPv6 without a zone. */
function parseIp(text) {
    if (ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.isValidFourPartDecimal(text)) {
        return { family: 4, value: toBigInt(ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.parse(text).toByteArray()), text };
    }
    if (text.includes(":") && !text.includes("%") && ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.isValid(text)) {
        return { family: 6, value: toBigInt(ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.parse(text).toByteArray()), text };
    }
    return undefined;
}
/** Parses `address/prefix` as Go's net.ParseCIDR does; host bits may be set. */
function parseCidr(text) {
    const slash = text.indexOf("/");
    if (slash < 0)
        return undefined;
    const address = parseIp(text.slice(0, slash));
    const prefixText = text.slice(slash + 1);
    if (!address || !/^\d{1,3}$/.test(prefixText))
        return undefined;
    const prefix = Number(prefixText);
    const bits = address.family === 4 ? 32 : 128;
    if (prefix > bits)
        return undefined;
    const hostBits = BigInt(bits - prefix);
    const hostMask = (1n << hostBits) - 1n;
    const network = address.value & ~hostMask & ((1n << BigInt(bits)) - 1n);
    return { address, prefix, network, broadcast: network | hostMask };
}
/** An address or a CIDR, as Multus accepts in the `ips` list. */
function parseIpOrCidr(text) {
    const cidr = parseCidr(text);
    if (cidr)
        return { address: cidr.address, prefix: cidr.prefix };
    const address = parseIp(text);
    return address ? { address } : undefined;
}
function cidrContains(cidr, address) {
    return cidr.address.family === address.family && address.value >= cidr.network && address.value <= cidr.broadcast;
}
/**
 * Checks a hardware address as Go's net.ParseMAC does: 6, 8 or 20 octets written as pairs of hex
 * digits separated by `:` or `-`, or as groups of four hex digits separated by `.`.
 */
function isValidMac(text) {
    const pairs = /^[0-9a-fA-F]{2}(?:([:-])[0-9a-fA-F]{2})*$/.exec(text);
    if (pairs) {
        const separator = pairs[1];
        const groups = separator ? text.split(separator) : [text];
        return separator !== undefined && [6, 8, 20].includes(groups.length) && groups.every((group) => group.length === 2);
    }
    if (/^[0-9a-fA-F]{4}(?:\.[0-9a-fA-F]{4})*$/.test(text))
        return [3, 4, 10].includes(text.split(".").length);
    return false;
}
/**
 * The ranges of a host-local IPAM config: the legacy top-level `subnet` (prepended, as host-local
 * does) and every entry of `ranges`. Entries that do not parse are skipped; the NAD rules report them.
 * Defaults follow containernetworking/plugins host-local `Range.Canonicalize`: the start is the
 * subnet's second address, the end the last address (IPv4: the one before broadcast), and the
 * gateway the subnet's second address.
 */
function hostLocalRanges(ipam) {
    const written = [];
    if (typeof ipam.subnet === "string")
        written.push(ipam);
    if (Array.isArray(ipam.ranges)) {
        for (const set of ipam.ranges) {
            if (!Array.isArray(set))
                continue;
            for (const range of set)
                if (isRecord(range))
                    written.push(range);
        }
    }
    const ranges = [];
    for (const range of written) {
        const subnet = typeof range.subnet === "string" ? parseCidr(range.subnet) : undefined;
        if (!subnet)
            continue;
        const last = subnet.address.family === 4 ? subnet.broadcast - 1n : subnet.broadcast;
        const start = ipInSubnet(range.rangeStart, subnet) ?? subnet.network + 1n;
        const end = ipInSubnet(range.rangeEnd, subnet) ?? last;
        const gateway = ipInSubnet(range.gateway, subnet) ?? subnet.network + 1n;
        ranges.push({ subnet, start, end, gateway, text: describeRange(range) });
    }
    return ranges;
}
function ipInSubnet(value, subnet) {
    if (typeof value !== "string")
        return undefined;
    const address = parseIp(value);
    return address && cidrContains(subnet, address) ? address.value : undefined;
}
function describeRange(range) {
    const subnet = String(range.subnet);
    if (typeof range.rangeStart === "string" || typeof range.rangeEnd === "string") {
        return `${subnet} (${String(range.rangeStart ?? "start")}-${String(range.rangeEnd ?? "end")})`;
    }
    return subnet;
}
/** The subnets an IPAM config allocates from, for gateway checks: host-local ranges, whereabouts and static. */
function ipamSubnets(ipam) {
    const subnets = hostLocalRanges(ipam).map((range) => range.subnet);
    const ipRanges = Array.isArray(ipam.ipRanges) ? ipam.ipRanges : [];
    const whereabouts = [ipam.range, ...ipRanges.map((entry) => (isRecord(entry) ? entry.range : undefined))];
    for (const value of whereabouts) {
        // whereabouts also accepts `first-last/prefix`; the prefix after the dash is what matters here.
        const text = typeof value === "string" ? value.replace(/^[^-/]+-/, "") : undefined;
        const cidr = text ? parseCidr(text) : undefined;
        if (cidr)
            subnets.push(cidr);
    }
    if (Array.isArray(ipam.addresses)) {
        for (const entry of ipam.addresses) {
            const cidr = isRecord(entry) && typeof entry.address === "string" ? parseCidr(entry.address) : undefined;
            if (cidr)
                subnets.push(cidr);
        }
    }
    return subnets;
}
function toBigInt(bytes) {
    let value = 0n;
    for (const byte of bytes)
        value = (value << 8n) | BigInt(byte);
    return value;
}
/** Formats a 32- or 128-bit integer as an address, for messages. */
function formatIp(value, family) {
    const length = family === 4 ? 4 : 16;
    const bytes = [];
    for (let index = length - 1; index >= 0; index--)
        bytes.push(Number((value >> BigInt(index * 8)) & 0xffn));
    return ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().fromByteArray(bytes).toString();
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fc: () => (/* binding */ BY_WORKLOAD_FILE),
  wJ: () => (/* binding */ UNRESOLVED_WORKLOAD_READS),
  i6: () => (/* binding */ WORKLOAD_KINDS),
  Cs: () => (/* binding */ WORKLOAD_KIND_NAMES),
  UQ: () => (/* binding */ WORKLOAD_READS),
  uD: () => (/* binding */ isNetworkName),
  BL: () => (/* binding */ knownNetworks),
  uv: () => (/* binding */ networkName),
  Ae: () => (/* binding */ path),
  Kc: () => (/* binding */ rangeInAnnotation),
  g1: () => (/* binding */ record),
  lr: () => (/* binding */ resolveNetwork),
  HN: () => (/* binding */ resolveNetworkObjects),
  ub: () => (/* binding */ resolvedIn),
  UH: () => (/* binding */ unresolvedWorkloads),
  Rc: () => (/* binding */ workloadOf),
  bH: () => (/* binding */ workloads)
});

// UNUSED EXPORTS: annotationSite, isExternalNetwork, workloadKindOf

// EXTERNAL MODULE: ./src/cni/nad-model.ts + 1 modules
var nad_model = __webpack_require__(3603);
// EXTERNAL MODULE: ./src/workspace/view.ts
var view = __webpack_require__(5028);
// EXTERNAL MODULE: ./src/lazy.ts
var lazy = __webpack_require__(9257);
// EXTERNAL MODULE: ./src/workspace/workspace.ts
var workspace_workspace = __webpack_require__(8568);
// EXTERNAL MODULE: ./src/multus/annotation.ts
var annotation = __webpack_require__(3893);
// EXTERNAL MODULE: ./src/workspace/yaml-model.ts
var yaml_model = __webpack_require__(2782);
;// CONCATENATED MODULE: ./src/multus/scalar-offsets.ts
// Maps offsets inside a YAML scalar's value back to offsets in the file, so a finding about one
// element of an annotation points at that element's text. The scalar's source is decoded again
// here (quotes, escapes, line folding, block indentation and chomping), recording the source offset
// of every character. The mapping counts as exact only when that decoding reproduces the parser's
// value. Otherwise every offset maps to the scalar's start.

/** Builds the offset map of a scalar node; `text` is the text its document was parsed from. */
function scalarOffsets(node, text) {
    const fallback = node.range?.[0] ?? 0;
    const inexact = { exact: false, map: () => ({ start: fallback, end: fallback }) };
    if (!(0,yaml_model/* isScalar */.jn)(node) || typeof node.value !== "string")
        return inexact;
    const token = (0,yaml_model/* scalarToken */.md)(node, text);
    if (!token)
        return inexact;
    const decoded = decodeToken(token);
    if (!decoded || decoded.chars.join("") !== node.value)
        return inexact;
    const { offsets, widths } = decoded;
    const afterLast = decoded.end;
    return {
        exact: true,
        map(start, end) {
            const from = start < offsets.length ? offsets[start] : afterLast;
            // The end is the offset after the source of the span's last character, so a multi-character
            // escape stays whole.
            const last = Math.min(end, offsets.length) - 1;
            const to = end > start && last >= start ? offsets[last] + widths[last] : from;
            return { start: from, end: Math.max(from, to) };
        },
    };
}
function decodeToken(token) {
    switch (token.type) {
        case "scalar":
            return decodeFlow(token.source, token.offset, "plain");
        case "single-quoted-scalar":
            return decodeFlow(token.source.slice(1, -1), token.offset + 1, "single");
        case "double-quoted-scalar":
            return decodeFlow(token.source.slice(1, -1), token.offset + 1, "double");
        case "block-scalar":
            return decodeBlock(token);
        default:
            return undefined;
    }
}
const DOUBLE_QUOTED_ESCAPES = {
    "0": "\0",
    a: "\x07",
    b: "\b",
    t: "\t",
    "\t": "\t",
    n: "\n",
    v: "\v",
    f: "\f",
    r: "\r",
    e: "\x1b",
    " ": " ",
    '"': '"',
    "/": "/",
    "\\": "\\",
    N: "\u0085",
    _: "\u00a0",
    L: "\u2028",
    P: "\u2029",
};
/** Number of hex digits after `\x`, `\u` and `\U`. */
const HEX_ESCAPE_DIGITS = { x: 2, u: 4, U: 8 };
/** Decodes a plain, single- or double-quoted scalar with YAML's line folding. */
function decodeFlow(source, base, style) {
    const chars = [];
    const offsets = [];
    const widths = [];
    // Characters written as escapes are content even when they are white space, so folding keeps them.
    const escaped = [];
    const push = (char, offset, width = 1, isEscape = false) => {
        chars.push(char);
        offsets.push(offset);
        widths.push(width);
        escaped.push(isEscape);
    };
    let index = 0;
    while (index < source.length) {
        const char = source[index];
        if (style === "double" && char === "\\") {
            const next = source[index + 1];
            if (next === undefined)
                return undefined;
            if (next === "\n" || next === "\r") {
                index += next === "\r" && source[index + 2] === "\n" ? 3 : 2;
                while (source[index] === " " || source[index] === "\t")
                    index++;
                continue;
            }
            const simple = DOUBLE_QUOTED_ESCAPES[next];
            if (simple !== undefined) {
                push(simple, base + index, 2, true);
                index += 2;
                continue;
            }
            const width = HEX_ESCAPE_DIGITS[next] ?? 0;
            const hex = source.slice(index + 2, index + 2 + width);
            if (width === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width)
                return undefined;
            for (const unit of String.fromCodePoint(parseInt(hex, 16)))
                push(unit, base + index, 2 + width, true);
            index += 2 + width;
            continue;
        }
        if (style === "single" && char === "'" && source[index + 1] === "'") {
            push("'", base + index, 2);
            index += 2;
            continue;
        }
        if (char === "\n" || char === "\r") {
            while (chars.length > 0 && !escaped.at(-1) && (chars.at(-1) === " " || chars.at(-1) === "\t")) {
                chars.pop();
                offsets.pop();
                widths.pop();
                escaped.pop();
            }
            const breakOffset = base + index;
            index += char === "\r" && source[index + 1] === "\n" ? 2 : 1;
            let emptyLines = 0;
            for (;;) {
                while (source[index] === " " || source[index] === "\t")
                    index++;
                if (source[index] === "\n" || source[index] === "\r") {
                    emptyLines++;
                    index += source[index] === "\r" && source[index + 1] === "\n" ? 2 : 1;
                    continue;
                }
                break;
            }
            if (emptyLines === 0)
                push(" ", breakOffset);
            else
                for (let count = 0; count < emptyLines; count++)
                    push("\n", breakOffset);
            continue;
        }
        push(char, base + index);
        index++;
    }
    return { chars, offsets, widths, end: base + source.length };
}
/** Decodes a literal (`|`) or folded (`>`) block scalar with auto-detected indentation. */
function decodeBlock(token) {
    const header = token.props?.find((prop) => prop.type === "block-scalar-header")?.source ?? "";
    const folded = header.startsWith(">");
    // An explicit indentation indicator counts from the indentation of the collection that contains
    // the scalar, which the CST token records as `indent`.
    const explicitIndent = /\d/.exec(header);
    const chomping = header.includes("-") ? "strip" : header.includes("+") ? "keep" : "clip";
    const lastProp = token.props?.at(-1);
    const bodyStart = lastProp ? lastProp.offset + lastProp.source.length : token.offset;
    const lines = token.source.split("\n");
    const firstContent = lines.find((line) => line.trim() !== "");
    if (firstContent === undefined) {
        // Only empty lines: the value is empty, or with "keep" chomping one line break per line.
        const breaks = [];
        let offset = bodyStart;
        for (const line of lines.slice(0, -1)) {
            offset += line.length;
            breaks.push(offset);
            offset += 1;
        }
        const kept = chomping === "keep" ? breaks : [];
        return { chars: kept.map(() => "\n"), offsets: kept, widths: kept.map(() => 1), end: bodyStart + token.source.length };
    }
    const indent = explicitIndent ? (token.indent ?? 0) + Number(explicitIndent[0]) : firstContent.length - firstContent.trimStart().length;
    const chars = [];
    const offsets = [];
    let lineStart = bodyStart;
    let previous = "none";
    let pendingBreaks = [];
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const isLast = index === lines.length - 1;
        const content = line.length > indent ? line.slice(indent) : "";
        // Only a line of at most `indent` spaces is empty; spaces past the indentation are content.
        const empty = line.trim() === "" && line.length <= indent;
        if (empty) {
            if (!isLast)
                pendingBreaks.push(lineStart + line.length);
            lineStart += line.length + 1;
            continue;
        }
        const kind = content.startsWith(" ") || content.startsWith("\t") ? "more" : "normal";
        if (previous !== "none") {
            // pendingBreaks[0] is the break that ends the previous content line.
            const [first, ...rest] = pendingBreaks;
            if (folded && previous === "normal" && kind === "normal") {
                if (rest.length === 0) {
                    chars.push(" ");
                    offsets.push(first);
                }
                else {
                    for (const offset of rest) {
                        chars.push("\n");
                        offsets.push(offset);
                    }
                }
            }
            else {
                for (const offset of pendingBreaks) {
                    chars.push("\n");
                    offsets.push(offset);
                }
            }
        }
        else {
            for (const offset of pendingBreaks) {
                chars.push("\n");
                offsets.push(offset);
            }
        }
        for (let column = 0; column < content.length; column++) {
            chars.push(content[column]);
            offsets.push(lineStart + indent + column);
        }
        pendingBreaks = isLast ? [] : [lineStart + line.length];
        previous = kind;
        lineStart += line.length + 1;
    }
    if (chomping === "clip" && pendingBreaks.length > 0) {
        chars.push("\n");
        offsets.push(pendingBreaks[0]);
    }
    else if (chomping === "keep") {
        for (const offset of pendingBreaks) {
            chars.push("\n");
            offsets.push(offset);
        }
    }
    return { chars, offsets, widths: offsets.map(() => 1), end: bodyStart + token.source.length };
}

;// CONCATENATED MODULE: ./src/multus/workloads.ts






const fromReplicas = (value) => positiveInteger(path(value, ["spec", "replicas"])) ?? 1;
const fromParallelism = (prefix) => (value) => positiveInteger(path(value, [...prefix, "parallelism"])) ?? 1;
/** Every workload kind that runs pods, identified by API group and kind. */
const WORKLOAD_KINDS = [
    { group: "", kind: "Pod", podTemplatePath: [], replicas: () => 1 },
    ...["apps", "extensions"].flatMap((group) => [
        { group, kind: "Deployment", podTemplatePath: ["spec", "template"], replicas: fromReplicas },
        { group, kind: "ReplicaSet", podTemplatePath: ["spec", "template"], replicas: fromReplicas },
        { group, kind: "DaemonSet", podTemplatePath: ["spec", "template"], replicas: () => "per-node" },
    ]),
    { group: "apps", kind: "StatefulSet", podTemplatePath: ["spec", "template"], replicas: fromReplicas },
    { group: "batch", kind: "Job", podTemplatePath: ["spec", "template"], replicas: fromParallelism(["spec"]) },
    { group: "batch", kind: "CronJob", podTemplatePath: ["spec", "jobTemplate", "spec", "template"], replicas: fromParallelism(["spec", "jobTemplate", "spec"]) },
    { group: "argoproj.io", kind: "Rollout", podTemplatePath: ["spec", "template"], replicas: fromReplicas },
    { group: "kubevirt.io", kind: "VirtualMachine", podTemplatePath: ["spec", "template"], replicas: () => 1, virtualMachine: true },
    { group: "kubevirt.io", kind: "VirtualMachineInstance", podTemplatePath: [], replicas: () => 1, virtualMachine: true },
];
const workloadObjects = new WeakMap();
const builders = new WeakMap();
const built = new WeakMap();
/** Kinds of the workload objects, for `Rule.partition`. */
const WORKLOAD_KIND_NAMES = [...new Set(WORKLOAD_KINDS.map((kind) => kind.kind))];
/** The reads of `workloads`: the workload objects and the NADs their requests resolve to. A rule that calls it declares these. */
const WORKLOAD_READS = [{ kinds: [...WORKLOAD_KIND_NAMES, nad_model/* NAD_KIND */.jc] }];
/** The partition of a rule whose findings in a file depend only on the file's workloads (and the NADs they name). */
const BY_WORKLOAD_FILE = { kinds: WORKLOAD_KIND_NAMES };
/**
 * Lists every workload in the workspace, in file order, with its network requests resolved. Each
 * workload is built once, when first listed, so a view partitioned to a few files builds only theirs.
 */
function workloads(workspace) {
    const objects = (0,view/* inPartition */.of)(workspace, (0,view/* derived */.un)(workloadObjects, workspace, "workloads", WORKLOAD_READS, discoverWorkloads), (object) => object);
    const builder = (0,view/* derived */.un)(builders, workspace, "workloads", WORKLOAD_READS, (view) => view);
    return objects.map((object) => workloadFrom(builder, built, object));
}
/** Returns the workload of one object (of a workload kind), built as `workloads` builds it. */
function workloadOf(workspace, object) {
    (0,view/* requireInputs */.PN)(workspace, "workloadOf", WORKLOAD_READS);
    return workloadFrom((0,view/* derived */.un)(builders, workspace, "workloads", WORKLOAD_READS, (view) => view), built, object);
}
function workloadFrom(builder, memo, object) {
    const base = (0,view/* baseWorkspace */.rT)(builder);
    let models = memo.get(base);
    if (!models)
        memo.set(base, (models = new Map()));
    let workload = models.get(object);
    if (!workload)
        models.set(object, (workload = buildWorkload(builder, object, workloadKindOf(object))));
    return workload;
}
const unresolvedBuilders = new WeakMap();
const builtUnresolved = new WeakMap();
/** The reads of `unresolvedWorkloads`: the workload objects only. */
const UNRESOLVED_WORKLOAD_READS = [{ kinds: WORKLOAD_KIND_NAMES }];
/**
 * Lists the workloads as `workloads` does, built on a view that cannot read NADs, so reading a
 * request's `nads` throws. What is derived from these depends on the workload files alone, which
 * per-file facts (src/workspace/file-facts.ts) rely on.
 */
function unresolvedWorkloads(workspace) {
    const objects = (0,view/* inPartition */.of)(workspace, (0,view/* derived */.un)(workloadObjects, workspace, "workloads", UNRESOLVED_WORKLOAD_READS, discoverWorkloads), (object) => object);
    const builder = (0,view/* derived */.un)(unresolvedBuilders, workspace, "unresolvedWorkloads", UNRESOLVED_WORKLOAD_READS, (view) => view);
    return objects.map((object) => workloadFrom(builder, builtUnresolved, object));
}
/** Returns the workload kind of an object, or undefined when it runs no pods. */
function workloadKindOf(object) {
    return WORKLOAD_KINDS.find((kind) => kind.group === object.group && kind.kind === object.kind);
}
function discoverWorkloads(workspace) {
    return workspace.inModelOrder(WORKLOAD_KINDS.flatMap((kind) => workspace.objectsOfKind(kind.group, kind.kind)));
}
function buildWorkload(workspace, object, kind) {
    const template = record(path(object.value, kind.podTemplatePath));
    const annotations = record(path(template, ["metadata", "annotations"]));
    const podSpecPath = [...kind.podTemplatePath, "spec"];
    const workload = {
        object,
        podTemplatePath: kind.podTemplatePath,
        replicas: kind.replicas(object.value),
        namespace: object.namespace,
        matchLabels: matchLabelsOf(object, kind),
        requests: [],
        podSpecPath,
        podSpec: record(path(object.value, podSpecPath)),
        annotations,
        virtualMachine: kind.virtualMachine === true,
    };
    if (workload.virtualMachine) {
        workload.requests = virtualMachineRequests(workspace, workload);
        return workload;
    }
    const annotationsPath = [...kind.podTemplatePath, "metadata", "annotations"];
    workload.networks = annotationSite(workspace, object, annotationsPath, annotation/* NETWORKS_ANNOTATION */.A, annotations);
    workload.defaultNetwork = annotationSite(workspace, object, annotationsPath, annotation/* DEFAULT_NETWORK_ANNOTATION */.PB, annotations);
    if (workload.defaultNetwork?.parsed) {
        // Only the first default network is used; attachment/default-network reports the others.
        const first = workload.defaultNetwork.parsed.elements[0];
        if (first)
            workload.requests.push(resolveRequest(workspace, workload, workload.defaultNetwork, first, "default-network", 0));
    }
    workload.networks?.parsed?.elements.forEach((selection, index) => {
        workload.requests.push(resolveRequest(workspace, workload, workload.networks, selection, "networks", index));
    });
    return workload;
}
/**
 * Reads one annotation of a pod template. Values above `limits.maxAnnotationBytes` are not parsed,
 * so a hostile value cannot slow the run down; the syntax rule reports them.
 */
function annotationSite(workspace, object, annotationsPath, key, annotations) {
    if (!(key in annotations))
        return undefined;
    const raw = annotations[key];
    const valuePath = [...annotationsPath, key];
    const site = { key, path: valuePath, bytes: 0 };
    addPositions(workspace, object, site);
    if (typeof raw !== "string")
        return site;
    site.value = raw;
    site.bytes = Buffer.byteLength(raw, "utf8");
    if (site.bytes <= workspace.config.limits.maxAnnotationBytes)
        site.parsed = (0,annotation/* parseNetworksAnnotation */.Qc)(raw, { maxDepth: workspace.config.limits.maxJsonDepth });
    return site;
}
/** Adds the site's node and offset map, built when a finding first needs a position. */
function addPositions(workspace, object, site) {
    (0,lazy/* defineLazy */.g)(site, "node", () => workspace.nodeAt(object, site.path));
    (0,lazy/* defineLazy */.g)(site, "offsets", () => (site.node ? scalarOffsets(site.node, (0,workspace_workspace/* parsedTextOf */.ks)(object.file)) : { exact: false, map: () => ({ start: 0, end: 0 }) }));
}
/**
 * Maps `[start, end)` inside an annotation value to a file range. The range is exact for plain,
 * quoted and block scalars. Where the decoding cannot be reproduced (an explicit block indentation
 * indicator, say), the range starts at the scalar.
 */
function rangeInAnnotation(workspace, object, site, start, end) {
    if (!site.node)
        return workspace.rangeOf(object, site.path);
    if (!site.offsets.exact)
        return workspace.rangeOfNode(object.file, site.node);
    const mapped = site.offsets.map(start, end);
    return workspace.rangeOfOffsets(object.file, mapped.start, Math.max(mapped.end, mapped.start + 1));
}
function resolveRequest(workspace, workload, site, selection, source, index) {
    const config = workspace.config;
    let namespaceFrom = "pod";
    let namespace = workload.namespace;
    if (selection.namespace !== undefined && selection.namespace !== "") {
        namespaceFrom = "explicit";
        namespace = selection.namespace;
    }
    else if (source === "default-network") {
        namespaceFrom = "multus";
        namespace = config.cluster.multusNamespace;
    }
    const request = {
        selection,
        namespace: namespace ?? "default",
        name: selection.name,
        source,
        namespaceFrom,
        external: isExternalNetwork(config, namespace ?? "default", selection.name),
        index,
    };
    // Resolved when first read, so a workload can be listed without reading the NADs.
    (0,lazy/* defineLazy */.g)(request, "nads", () => resolveNetwork(workspace, namespace, selection.name));
    // Positions need the file's node tree, so they are worked out only for requests a finding is about.
    (0,lazy/* defineLazy */.g)(request, "range", () => rangeInAnnotation(workspace, workload.object, site, selection.start, selection.end));
    return request;
}
/**
 * Finds the NADs a reference resolves to. An object without a resolved namespace lands in the
 * namespace that `kubectl apply` uses (usually `default`), so a pod and a NAD that both lack one
 * match each other, and either matches `default`.
 */
function resolveNetwork(workspace, namespace, name) {
    const found = (0,nad_model/* findNads */.it)(workspace, namespace, name);
    if (found.length > 0)
        return found;
    if (namespace === undefined)
        return (0,nad_model/* findNads */.it)(workspace, "default", name);
    if (namespace === "default")
        return (0,nad_model/* findNads */.it)(workspace, undefined, name);
    return [];
}
/** Finds the NAD objects a reference resolves to, as `resolveNetwork` does, without decoding them. */
function resolveNetworkObjects(workspace, namespace, name) {
    const find = (inNamespace) => workspace.find(nad_model/* NAD_GROUP */.ym, nad_model/* NAD_KIND */.jc, inNamespace, name);
    const found = find(namespace);
    if (found.length > 0)
        return found;
    if (namespace === undefined)
        return find("default");
    if (namespace === "default")
        return find(undefined);
    return [];
}
/**
 * Returns the namespace a request was resolved in: undefined for a reference without namespace in
 * a pod whose own namespace is not known, where `request.namespace` is "default".
 */
function resolvedIn(workload, request) {
    return request.namespaceFrom === "pod" ? workload.namespace : request.namespace;
}
/** Creates a network name, without a namespace field when there is none, as JSON keeps it. */
function networkName(namespace, name) {
    return namespace === undefined ? { name } : { namespace, name };
}
/** Checks a network name read back from the cache. */
function isNetworkName(value) {
    const named = value;
    return typeof named === "object" && named !== null && typeof named.name === "string" && (named.namespace === undefined || typeof named.namespace === "string");
}
/** True when `namespace/name` matches a glob of `externalNetworks` (`*` and `?` stay inside one part). */
function isExternalNetwork(config, namespace, name) {
    const reference = `${namespace}/${name}`;
    return config.externalNetworks.some((pattern) => {
        const full = pattern.includes("/") ? pattern : `*/${pattern}`;
        return globToRegExp(full).test(reference);
    });
}
function globToRegExp(pattern) {
    let source = "";
    for (const char of pattern) {
        if (char === "*")
            source += "[^/]*";
        else if (char === "?")
            source += "[^/]";
        else
            source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
    return new RegExp(`^${source}$`);
}
/**
 * KubeVirt networks: `spec.template.spec.networks[].multus.networkName` on a VirtualMachine and
 * `spec.networks[]` on a VirtualMachineInstance, written `name` or `namespace/name`; a name without
 * namespace resolves in the VM's namespace.
 */
function virtualMachineRequests(workspace, workload) {
    const networks = workload.podSpec.networks;
    if (!Array.isArray(networks))
        return [];
    const requests = [];
    networks.forEach((network, index) => {
        const networkName = path(network, ["multus", "networkName"]);
        if (typeof networkName !== "string" || networkName === "")
            return;
        const valuePath = [...workload.podSpecPath, "networks", index, "multus", "networkName"];
        const site = { key: "networkName", path: valuePath, value: networkName, bytes: networkName.length };
        addPositions(workspace, workload.object, site);
        const slash = networkName.indexOf("/");
        const selection = {
            name: slash >= 0 ? networkName.slice(slash + 1) : networkName,
            namespace: slash >= 0 ? networkName.slice(0, slash) : undefined,
            start: 0,
            end: networkName.length,
            spans: { name: { start: slash + 1, end: networkName.length } },
        };
        const explicit = selection.namespace !== undefined && selection.namespace !== "";
        const namespace = explicit ? selection.namespace : workload.namespace;
        const request = {
            selection,
            namespace: namespace ?? "default",
            name: selection.name,
            source: "kubevirt",
            namespaceFrom: explicit ? "explicit" : "pod",
            external: isExternalNetwork(workspace.config, namespace ?? "default", selection.name),
            index,
        };
        (0,lazy/* defineLazy */.g)(request, "nads", () => resolveNetwork(workspace, namespace, selection.name));
        (0,lazy/* defineLazy */.g)(request, "range", () => rangeInAnnotation(workspace, workload.object, site, 0, networkName.length));
        requests.push(request);
    });
    return requests;
}
/** Lists every NAD in the workspace as namespace and name, for "did you mean" hints. */
function knownNetworks(workspace) {
    return (0,view/* derived */.un)(knownNetworksCache, workspace, "knownNetworks", nad_model/* NAD_READS */.Mw, (view) => view.objectsOfKind(nad_model/* NAD_GROUP */.ym, nad_model/* NAD_KIND */.jc).map((object) => ({ namespace: object.namespace ?? "default", name: object.name })));
}
const knownNetworksCache = new WeakMap();
function matchLabelsOf(object, kind) {
    let labels = record(path(object.value, ["spec", "selector", "matchLabels"]));
    if (Object.keys(labels).length === 0 && kind.podTemplatePath.length > 0) {
        labels = record(path(object.value, [...kind.podTemplatePath, "metadata", "labels"]));
    }
    const result = {};
    for (const [key, value] of Object.entries(labels))
        if (typeof value === "string")
            result[key] = value;
    return Object.keys(result).length > 0 ? result : undefined;
}
function path(value, segments) {
    let current = value;
    for (const segment of segments) {
        if (typeof current !== "object" || current === null)
            return undefined;
        current = current[segment];
    }
    return current;
}
function record(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function positiveInteger(value) {
    return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}


/***/ }),

/***/ 5148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ docsUrlFor),
/* harmony export */   i: () => (/* binding */ DOCS_BASE_URL)
/* harmony export */ });
// The one place the rule documentation's base URL is set; SARIF, the job summary and the JSON
// report all link through it.
const DOCS_BASE_URL = "https://github.com/plumbline-dev/plumbline/blob/main/docs/rules/";
function docsUrlFor(ruleId) {
    return `${DOCS_BASE_URL}${ruleId}.md`;
}


/***/ }),

/***/ 8522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SEVERITY_ORDER)
/* harmony export */ });
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };


/***/ }),

/***/ 6645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ DATA_FILE_NAME),
/* harmony export */   EB: () => (/* binding */ FINDINGS_FILE_NAME),
/* harmony export */   qM: () => (/* binding */ INDEX_FILE_NAME),
/* harmony export */   ri: () => (/* binding */ FACTS_FILE_NAME),
/* harmony export */   wZ: () => (/* binding */ isCacheFileName)
/* harmony export */ });
// The names of the files that `--cache` keeps in its folder, in one place, so that the repository
// walk can leave them out when the folder is inside the repository.
/** The parse cache's index (parse-cache.ts). */
const INDEX_FILE_NAME = "parse-cache.v8";
/** The parse cache's data files (cache-data.ts), each named with a random id. */
const DATA_FILE_NAME = /^parse-cache\.[0-9a-f]{16}\.data$/;
/** The findings of the rules that declare their reads (rule-cache.ts). */
const FINDINGS_FILE_NAME = "rule-findings.json";
/** The per-file facts of those rules (rule-cache.ts). */
const FACTS_FILE_NAME = "rule-facts.json";
/** Files are written through `NAME.PID.tmp` and a rename (`writeCacheFile`). */
const TEMPORARY_SUFFIX = /\.\d+\.tmp$/;
/** True for the name of a file that `--cache` writes, a temporary one included. */
function isCacheFileName(name) {
    const base = name.replace(TEMPORARY_SUFFIX, "");
    return base === INDEX_FILE_NAME || base === FINDINGS_FILE_NAME || base === FACTS_FILE_NAME || DATA_FILE_NAME.test(base);
}


/***/ }),

/***/ 4714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k4: () => (/* binding */ discover),
/* harmony export */   xV: () => (/* binding */ absoluteJoiner)
/* harmony export */ });
/* unused harmony exports toPosix, isInside */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cache_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6645);
// Walks the repository root and records every file, folder and symbolic link, without following
// symlinked folders (Argo CD does not either) and without reading anything that leaves the root.



/** Entries skipped with everything below them, wherever they are: git's data and installed packages. */
const ALWAYS_IGNORED_NAMES = new Set([".git", "node_modules"]);
/**
 * Returns a function that turns a root-relative path with `/` (as discovery gives them) into an
 * absolute one. Where `/` is the separator, concatenating gives the same path as join, without
 * normalising every path of a large repository.
 */
function absoluteJoiner(root) {
    if (node_path__WEBPACK_IMPORTED_MODULE_1__.sep !== "/")
        return (path) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path);
    const prefix = root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? root : `${root}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`;
    return (path) => prefix + path;
}
function toPosix(path) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === "/" ? path : path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/");
}
/**
 * Lists the tree under `root` (an absolute, real path); `exclude` holds globs relative to it.
 * `cacheFolder`, when the `--cache` folder is inside the root, is its path relative to the root
 * ("" for the root itself): the files the cache writes there are left out, so a later run does not
 * lint them.
 * The walk is node:fs's readdir with file types, one call per folder: path-scurry's walk, which
 * glob uses, builds an object per entry and took about twice as long at 10,000 files. Only an
 * `exclude` list brings in glob's matcher.
 */
async function discover(root, exclude, cacheFolder) {
    const excluded = new Set();
    const skip = exclude.length > 0 ? await userExcludes(root, exclude, excluded) : undefined;
    const tree = { files: [], dirs: [""], symlinks: [], special: [], unreadableDirs: [], excluded: [] };
    const absoluteOf = absoluteJoiner(root);
    const pending = [""];
    while (pending.length > 0) {
        const dir = pending.pop();
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir === "" ? root : absoluteOf(dir), { withFileTypes: true });
        }
        catch {
            // lint() rejects a root it cannot list before the walk, so only folders below it are reported.
            if (dir !== "")
                tree.unreadableDirs.push(dir);
            continue;
        }
        const inCacheFolder = dir === cacheFolder;
        for (const entry of entries) {
            if (ALWAYS_IGNORED_NAMES.has(entry.name))
                continue;
            if (inCacheFolder && (0,_cache_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isCacheFileName */ .wZ)(entry.name))
                continue;
            const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
            if (skip?.ignored(path))
                continue;
            if (entry.isSymbolicLink()) {
                const link = describeSymlink(root, absoluteOf(path), path);
                tree.symlinks.push(link);
                if (link.isFileInsideRoot)
                    tree.files.push(path);
            }
            else if (entry.isDirectory()) {
                tree.dirs.push(path);
                if (!skip?.childrenIgnored(path))
                    pending.push(path);
            }
            else if (entry.isFile()) {
                tree.files.push(path);
            }
            else {
                tree.special.push(path);
            }
        }
    }
    tree.files.sort();
    tree.dirs.sort();
    tree.unreadableDirs.sort();
    tree.symlinks.sort((a, b) => (a.path < b.path ? -1 : 1));
    tree.special.sort();
    tree.excluded = [...excluded].sort();
    return tree;
}
/**
 * Builds the tests for the user's `exclude` globs with glob's own matcher, which reads a path's
 * absolute and root-relative forms, so they match as the globs of a `glob` walk do.
 */
async function userExcludes(root, exclude, excluded) {
    const [{ Ignore }, { PathScurry }] = await Promise.all([__webpack_require__.e(/* import() */ 668).then(__webpack_require__.bind(__webpack_require__, 1668)), __webpack_require__.e(/* import() */ 472).then(__webpack_require__.bind(__webpack_require__, 3472))]);
    const scurry = new PathScurry(root);
    // A leading `/` anchors a glob at the repository root, as in .gitignore, not at the file system's.
    const ignore = new Ignore([...exclude], { platform: process.platform, root: scurry.cwd.fullpath() }, scurry.cwd);
    const record = (matched, path) => {
        if (matched)
            excluded.add(path);
        return matched;
    };
    return {
        ignored: (path) => record(ignore.ignored(scurry.cwd.resolve(path)), path),
        // A glob that matches a folder skips what is below it too, as in .gitignore: `vendor` alone
        // would otherwise skip the folder entry and still read every file in it.
        childrenIgnored: (path) => {
            const entry = scurry.cwd.resolve(path);
            return record(ignore.childrenIgnored(entry) || ignore.ignored(entry), path);
        },
    };
}
function describeSymlink(root, absolutePath, path) {
    const written = readLinkText(absolutePath);
    const absolute = written !== undefined && (written.startsWith("/") || /^[A-Za-z]:[\\/]/.test(written));
    // An absolute target leaves the root whatever it names, so it is not even resolved.
    let resolved;
    let unresolved = false;
    if (!absolute) {
        try {
            resolved = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolutePath);
        }
        catch {
            unresolved = true;
        }
    }
    const inside = resolved !== undefined && isInside(root, resolved);
    let isFile = false;
    let isDirectory = false;
    if (resolved !== undefined && inside) {
        try {
            const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(resolved);
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
        unresolved,
        absolute,
        isFileInsideRoot: inside && isFile && !absolute,
        isDirectory,
    };
}
function readLinkText(path) {
    try {
        return toPosix((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(path));
    }
    catch {
        return undefined;
    }
}
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === "" || (!rel.startsWith("..") && !rel.startsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && !/^[A-Za-z]:/.test(rel));
}


/***/ }),

/***/ 3917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b2: () => (/* binding */ factsByFile),
/* harmony export */   gQ: () => (/* binding */ setFactStore),
/* harmony export */   p8: () => (/* binding */ deriveFacts)
/* harmony export */ });
/* harmony import */ var _debug_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2668);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5028);
// Facts derived from one file at a time, such as the network references of its workloads, that a
// rule over the whole repository aggregates (`FactSource`). With `--cache`, the facts of files whose
// state (content hash and namespaces) did not change come from the previous run, so a rule that
// reads every workload's references builds only the changed files' workloads.


const stores = new WeakMap();
const memos = new WeakMap();
/** Lets `factsByFile` reuse facts from `store` for this workspace. */
function setFactStore(workspace, store) {
    stores.set((0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .baseWorkspace */ .rT)(workspace), store);
}
/**
 * Returns the facts of `source` for each file that contains an object of its kinds, by path, in
 * file order. The caller declares `{ facts: source }` or the source's inputs. Facts of unchanged
 * files are reused from the cache, and checked with `source.isFact` first.
 */
function factsByFile(workspace, source) {
    (0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .requireInputs */ .PN)(workspace, source.name, [{ facts: source }]);
    const base = (0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .baseWorkspace */ .rT)(workspace);
    let memo = memos.get(base);
    if (!memo)
        memos.set(base, (memo = new Map()));
    const known = memo.get(source.name);
    if (known)
        return known;
    const store = stores.get(base);
    // Each file with objects of the kinds, in file order, so a caller that takes the first match gets
    // what a run without the cache gets. A file to derive keeps its place with no facts until derived.
    const facts = new Map();
    const missing = new Set();
    const derived = new Set();
    let checkView;
    const storedFactsMatch = (path, list) => {
        if (!source.matchesModel)
            return true;
        checkView ??= (0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .restrictedWorkspace */ .LX)(base, `${source.name} check`, source.inputs);
        return source.matchesModel(checkView, path, list);
    };
    for (const path of filesOfKinds(base, source.kinds)) {
        // Facts from the cache are checked, so a damaged entry is derived again instead of failing a rule.
        const previous = store?.reuse(source.name, path);
        if (previous && previous.facts.every(source.isFact) && (previous.derived || storedFactsMatch(path, previous.facts))) {
            facts.set(path, previous.facts);
            if (previous.derived)
                derived.add(path);
        }
        else {
            missing.add(path);
            facts.set(path, []);
        }
    }
    for (const [path, list] of deriveFacts(base, source, missing))
        facts.set(path, list);
    for (const path of missing)
        derived.add(path);
    (0,_debug_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz)(`facts ${source.name}: ${derived.size} of ${facts.size} files derived`);
    store?.record(source.name, facts, derived);
    memo.set(source.name, facts);
    return facts;
}
/** Returns the files that contain an object of one of `kinds`, in file order. */
function filesOfKinds(workspace, kinds) {
    const kindSet = new Set(kinds);
    const files = new Set();
    for (const object of (0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .baseWorkspace */ .rT)(workspace).objects)
        if (kindSet.has(object.kind))
            files.add(object.file.path);
    return [...files];
}
/**
 * Derives the facts of `source` for `files`, on a view that reads only the source's inputs and
 * lists only the objects of its kinds in those files. Each file gets a list, an empty one included.
 */
function deriveFacts(workspace, source, files) {
    const found = new Map();
    if (files.size === 0)
        return found;
    const base = (0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .baseWorkspace */ .rT)(workspace);
    const derived = source.derive((0,_view_js__WEBPACK_IMPORTED_MODULE_1__/* .restrictedWorkspace */ .LX)(base, `${source.name} facts`, source.inputs, { kinds: source.kinds, files }));
    for (const path of files)
        found.set(path, derived.get(path) ?? []);
    return found;
}


/***/ }),

/***/ 5028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ restrictedWorkspace),
/* harmony export */   PN: () => (/* binding */ requireInputs),
/* harmony export */   of: () => (/* binding */ inPartition),
/* harmony export */   rT: () => (/* binding */ baseWorkspace),
/* harmony export */   un: () => (/* binding */ derived)
/* harmony export */ });
/* unused harmony export UndeclaredReadError */
const bases = new WeakMap();
const allowed = new WeakMap();
const partitions = new WeakMap();
/** Thrown when a rule or helper reads a part of the model it did not declare: a bug in plumbline. */
class UndeclaredReadError extends Error {
}
/**
 * Returns a view of `workspace` that lets `reader` (a rule id, say) read only `inputs`. With a
 * partition, objects of the partition's kinds cannot be looked up, and only those in its files are
 * listed.
 */
function restrictedWorkspace(workspace, reader, inputs, partition) {
    const base = baseWorkspace(workspace);
    const permissions = toAllowed(reader, inputs);
    const partitionKinds = new Set(partition?.kinds ?? []);
    if (partition && (permissions.inputs.has("objects") || permissions.inputs.has("files"))) {
        throw new UndeclaredReadError(`${reader} is partitioned by file, so it cannot read every object or every file`);
    }
    const view = Object.create(base);
    const check = (input) => {
        if (!permissions.inputs.has(input))
            throw new UndeclaredReadError(`${reader} reads ${input} but does not declare it in reads`);
    };
    const checkKind = (kind) => {
        if (!permissions.kinds.has(kind) && !permissions.inputs.has("objects"))
            throw new UndeclaredReadError(`${reader} reads ${kind} objects but does not declare the kind in reads`);
    };
    const getter = (name, input) => {
        Object.defineProperty(view, name, {
            get() {
                check(input);
                return base[name];
            },
        });
    };
    getter("objects", "objects");
    getter("applications", "applications");
    getter("files", "files");
    getter("tree", "tree");
    getter("kustomizations", "kustomizations");
    Object.defineProperty(view, "documentCount", {
        get() {
            check("files");
            return base.documentCount;
        },
    });
    Object.assign(view, {
        objectsOfKind: (group, kind) => {
            checkKind(kind);
            const objects = base.objectsOfKind(group, kind);
            const files = partition?.files;
            return files && partitionKinds.has(kind) ? visibleItems(objects, (object) => object, partition.kinds, files) : objects;
        },
        find: (group, kind, namespace, name) => {
            checkKind(kind);
            if (partitionKinds.has(kind))
                throw new UndeclaredReadError(`${reader} is partitioned by its ${kind} objects, so it cannot look one up`);
            return base.find(group, kind, namespace, name);
        },
        deployersOf: (file) => {
            check("applications");
            return base.deployersOf(file);
        },
    });
    bases.set(view, base);
    allowed.set(view, permissions);
    if (partition)
        partitions.set(view, partition);
    return view;
}
const listIndexes = new WeakMap();
/**
 * Returns the items of a memoised list that a partitioned view may see: those whose object is not
 * of a partition kind, or is in one of the partition's files, in list order. Helpers that list
 * objects call it.
 */
function inPartition(workspace, items, objectOf) {
    const partition = partitions.get(workspace);
    return partition?.files ? visibleItems(items, objectOf, partition.kinds, partition.files) : items;
}
/**
 * Returns the items whose object is not of one of `kinds`, or is in one of `files`, in list order.
 * A warm run reruns a dozen partitioned rules on the one file that changed, so each list is indexed
 * once, rather than filtered in full for each rule. A list may grow, as the model's lists of a kind
 * do while it loads, but must not otherwise change.
 */
function visibleItems(items, objectOf, kinds, files) {
    let index = listIndexes.get(items);
    if (index?.length !== items.length) {
        const byFile = new Map();
        items.forEach((item, position) => {
            const path = objectOf(item).file.path;
            const positions = byFile.get(path);
            if (positions)
                positions.push(position);
            else
                byFile.set(path, [position]);
        });
        listIndexes.set(items, (index = { length: items.length, byFile, outside: new Map() }));
    }
    const kindSet = new Set(kinds);
    const key = kinds.join("\u0000");
    let outside = index.outside.get(key);
    if (!outside) {
        const found = [];
        items.forEach((item, position) => {
            if (!kindSet.has(objectOf(item).kind))
                found.push(position);
        });
        index.outside.set(key, (outside = found));
    }
    const positions = [...outside];
    for (const path of files) {
        for (const position of index.byFile.get(path) ?? [])
            if (kindSet.has(objectOf(items[position]).kind))
                positions.push(position);
    }
    if (positions.length === items.length)
        return items;
    positions.sort((a, b) => a - b);
    return positions.map((position) => items[position]);
}
/** Returns the full workspace behind a view, or the workspace itself. Helpers key their memos by it. */
function baseWorkspace(workspace) {
    return bases.get(workspace) ?? workspace;
}
/**
 * Throws unless the reader behind `workspace` declared every input in `inputs`. A helper that
 * memoises what it derives calls this on each call, because a caller that gets the memo reads
 * those inputs without touching the view.
 */
function requireInputs(workspace, helper, inputs) {
    const permissions = allowed.get(workspace);
    if (!permissions)
        return;
    const missing = undeclared(permissions, inputs);
    if (missing)
        throw new UndeclaredReadError(`${permissions.reader} uses ${helper}, which reads ${missing}, but does not declare ${missing.endsWith("objects") ? "them" : "it"} in reads`);
}
/** Describes the first of `inputs` that `permissions` do not cover; undefined when they cover all. */
function undeclared(permissions, inputs) {
    for (const input of inputs) {
        if (typeof input === "string") {
            if (!permissions.inputs.has(input))
                return input;
        }
        else if ("kinds" in input) {
            const missing = input.kinds.filter((kind) => !permissions.kinds.has(kind) && !permissions.inputs.has("objects"));
            if (missing.length > 0)
                return `${missing.join(", ")} objects`;
        }
        else if (!permissions.facts.has(input.facts.name) && undeclared(permissions, input.facts.inputs) !== undefined) {
            // Facts are derived from their source's inputs, so a reader that declares those may read them.
            return `the facts "${input.facts.name}"`;
        }
    }
    return undefined;
}
/**
 * Returns what `derive` computes from `workspace`, memoised per base workspace in `memo`. `derive`
 * runs on a view restricted to `inputs`, and every caller must declare them, so a memo never
 * carries an input to a rule that did not declare it.
 */
function derived(memo, workspace, helper, inputs, derive) {
    requireInputs(workspace, helper, inputs);
    const base = baseWorkspace(workspace);
    if (memo.has(base))
        return memo.get(base);
    const value = derive(restrictedWorkspace(base, helper, inputs));
    memo.set(base, value);
    return value;
}
function toAllowed(reader, inputs) {
    const permissions = { reader, inputs: new Set(), kinds: new Set(), facts: new Set() };
    for (const input of inputs) {
        if (typeof input === "string")
            permissions.inputs.add(input);
        else if ("kinds" in input)
            for (const kind of input.kinds)
                permissions.kinds.add(kind);
        else
            permissions.facts.add(input.facts.name);
    }
    return permissions;
}


/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

};
