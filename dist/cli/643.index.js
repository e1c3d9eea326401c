export const id = 643;
export const ids = [643];
export const modules = {

/***/ 4278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ repositoryPrefix)
/* harmony export */ });
/* unused harmony export prefixBetween */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Paths for GitHub-facing formats. Annotations and code scanning resolve a file against the
// repository checkout, not against plumbline's --root, so those formats prefix every finding's
// root-relative path with the root's place inside the repository.


/**
 * Returns the root's path relative to the nearest folder above it (or equal to it) that contains
 * `.git`, with `/` separators and a trailing `/`, or "" when the root is that folder or no such
 * folder exists.
 */
function repositoryPrefix(root) {
    let current = root;
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, ".git")))
            return prefixBetween(current, root);
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current);
        if (parent === current)
            return "";
        current = parent;
    }
}
/** Returns `root` relative to `base` as a `/`-separated prefix ending in `/`, or "" when equal or outside. */
function prefixBetween(base, root) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, root);
    if (path === "" || path.startsWith(".."))
        return "";
    return `${path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/")}/`;
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_SARIF_RESULTS: () => (/* binding */ MAX_SARIF_RESULTS),
/* harmony export */   SARIF_SCHEMA_URI: () => (/* binding */ SARIF_SCHEMA_URI),
/* harmony export */   sarifLog: () => (/* binding */ sarifLog),
/* harmony export */   sarifReporter: () => (/* binding */ sarifReporter)
/* harmony export */ });
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8330);
/* harmony import */ var _rules_docs_url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5148);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4278);




const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** Results beyond this many are left out, most severe kept, because GitHub shows only 5,000 per run. */
const MAX_SARIF_RESULTS = 5000;
const LEVEL = { error: "error", warning: "warning", info: "note" };
const PROBLEM_SEVERITY = { error: "error", warning: "warning", info: "recommendation" };
/** Builds one SARIF log with one run: every registered rule and the reported findings. */
function sarifLog(result, options = {}) {
    const prefix = options.pathPrefix ?? "";
    const maxResults = options.maxResults ?? MAX_SARIF_RESULTS;
    const ruleIndex = new Map(result.rules.map((rule, index) => [rule.id, index]));
    const bySeverity = [...result.findings].sort((a, b) => _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY_ORDER */ .B[a.severity] - _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY_ORDER */ .B[b.severity]);
    const included = bySeverity.slice(0, maxResults);
    const omitted = bySeverity.length - included.length;
    const notifications = result.internalErrors.map((message) => ({
        level: "error",
        message: { text: message.split("\n")[0] },
    }));
    if (omitted > 0) {
        notifications.push({
            level: "warning",
            message: { text: `${omitted} of ${bySeverity.length} results were left out, keeping the ${maxResults} most severe; the JSON format lists every finding` },
        });
    }
    const run = {
        tool: {
            driver: {
                name: "plumbline",
                semanticVersion: _package_json__WEBPACK_IMPORTED_MODULE_0__/* .version */ .rE,
                version: _package_json__WEBPACK_IMPORTED_MODULE_0__/* .version */ .rE,
                informationUri: informationUri(),
                rules: result.rules.map(ruleDescriptor),
            },
        },
        invocations: [{ executionSuccessful: result.internalErrors.length === 0, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        columnKind: "utf16CodeUnits",
        results: included.sort(compareForSarif).map((finding) => sarifResult(finding, prefix, ruleIndex.get(finding.ruleId))),
    };
    return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
function ruleDescriptor(rule) {
    const description = rule.description.trim();
    return {
        id: rule.id,
        shortDescription: { text: firstSentence(description) },
        fullDescription: { text: description },
        help: {
            text: `${description}\n\nDocumentation: ${rule.docsUrl}`,
            markdown: `${description}\n\n[Documentation of ${rule.id}](${rule.docsUrl})`,
        },
        helpUri: rule.docsUrl,
        defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
        properties: {
            // The schema requires unique tags; GitHub keeps 20 per rule.
            tags: [...new Set([...(rule.tags ?? []), ...(rule.live ? ["live"] : [])])].slice(0, 20),
            precision: "high",
            "problem.severity": PROBLEM_SEVERITY[rule.defaultSeverity],
        },
    };
}
function sarifResult(finding, prefix, ruleIndex) {
    return {
        ruleId: finding.ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeUriPath(`${prefix}${finding.file}`) },
                    region: {
                        startLine: finding.line,
                        startColumn: finding.column,
                        endLine: finding.endLine,
                        endColumn: finding.endColumn,
                    },
                },
            },
        ],
    };
}
/** Keeps file order, as the other formats do, once the severity cap has been applied. */
function compareForSarif(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    if (a.line !== b.line)
        return a.line - b.line;
    return a.column - b.column;
}
/** Percent-encodes what a URI reference cannot hold (spaces, `#`, `?`, `%`, non-ASCII), keeping `/`. */
function encodeUriPath(path) {
    return path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function firstSentence(text) {
    const match = /^(.+?[.!?])(\s|$)/.exec(text);
    return (match ? match[1] : text).slice(0, 1024);
}
/** Derives the project's page from the rule docs' base URL, so the address is set in one place. */
function informationUri() {
    const marker = _rules_docs_url_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCS_BASE_URL */ .i.indexOf("/blob/");
    return marker > 0 ? _rules_docs_url_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCS_BASE_URL */ .i.slice(0, marker) : _rules_docs_url_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCS_BASE_URL */ .i;
}
const sarifReporter = {
    name: "sarif",
    render(result) {
        return `${JSON.stringify(sarifLog(result, { pathPrefix: (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryPrefix */ .V)(result.root) }), null, 2)}\n`;
    },
};


/***/ })

};
