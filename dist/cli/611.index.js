export const id = 611;
export const ids = [611];
export const modules = {

/***/ 7611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATIONS_PER_LEVEL: () => (/* binding */ ANNOTATIONS_PER_LEVEL),
/* harmony export */   COMMAND_OF: () => (/* binding */ COMMAND_OF),
/* harmony export */   annotationProperties: () => (/* binding */ annotationProperties),
/* harmony export */   escapeData: () => (/* binding */ escapeData),
/* harmony export */   escapeProperty: () => (/* binding */ escapeProperty),
/* harmony export */   githubReporter: () => (/* binding */ githubReporter),
/* harmony export */   planAnnotations: () => (/* binding */ planAnnotations),
/* harmony export */   renderGithub: () => (/* binding */ renderGithub),
/* harmony export */   restNotice: () => (/* binding */ restNotice),
/* harmony export */   workflowCommand: () => (/* binding */ workflowCommand)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4278);


/** GitHub's per-step cap for each annotation level. */
const ANNOTATIONS_PER_LEVEL = 10;
const COMMAND_OF = { error: "error", warning: "warning", info: "notice" };
/**
 * Picks the findings to annotate. One notice slot is kept free for the counting notice whenever
 * something is left out, so that notice is never the one GitHub drops.
 */
function planAnnotations(findings, perLevel = ANNOTATIONS_PER_LEVEL) {
    const sorted = [...findings].sort((a, b) => _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[a.severity] - _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[b.severity]);
    const annotated = [];
    const rest = [];
    const used = { error: 0, warning: 0, info: 0 };
    for (const finding of sorted) {
        if (used[finding.severity] < perLevel) {
            annotated.push(finding);
            used[finding.severity] += 1;
        }
        else {
            rest.push(finding);
        }
    }
    if (rest.length > 0 && used.info === perLevel) {
        const lastInfo = annotated.findLastIndex((finding) => finding.severity === "info");
        rest.push(...annotated.splice(lastInfo, 1));
    }
    rest.sort((a, b) => _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[a.severity] - _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[b.severity]);
    return { annotated, rest };
}
/** Formats the notice that counts the findings left out of the annotations. */
function restNotice(rest, where) {
    const counts = ["error", "warning", "info"]
        .map((severity) => [severity, rest.filter((finding) => finding.severity === severity).length])
        .filter(([, count]) => count > 0)
        .map(([severity, count]) => `${count} ${severity}${count === 1 || severity === "info" ? "" : "s"}`);
    return `${rest.length} more finding${rest.length === 1 ? "" : "s"} (${counts.join(", ")}) not annotated, because GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations per level in a step: see ${where}`;
}
function annotationProperties(finding, pathPrefix) {
    const properties = {
        title: finding.ruleId,
        file: `${pathPrefix}${finding.file}`,
        startLine: finding.line,
        endLine: finding.endLine,
    };
    // GitHub rejects columns on an annotation that spans several lines.
    if (finding.endLine === finding.line) {
        properties.startColumn = finding.column;
        if (finding.endColumn > finding.column)
            properties.endColumn = finding.endColumn;
    }
    return properties;
}
/** Escaping of the runner's command parser: data escapes `%`, CR and LF; properties also `:` and `,`. */
function escapeData(text) {
    return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
    return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function workflowCommand(command, message, properties) {
    const names = [
        ["title", "title"],
        ["file", "file"],
        ["startLine", "line"],
        ["endLine", "endLine"],
        ["startColumn", "col"],
        ["endColumn", "endColumn"],
    ];
    const list = properties
        ? names.filter(([key]) => properties[key] !== undefined).map(([key, name]) => `${name}=${escapeProperty(String(properties[key]))}`)
        : [];
    return `::${command}${list.length ? ` ${list.join(",")}` : ""}::${escapeData(message)}`;
}
function renderGithub(result, pathPrefix) {
    const plan = planAnnotations(result.findings);
    const lines = plan.annotated.map((finding) => workflowCommand(COMMAND_OF[finding.severity], finding.message, annotationProperties(finding, pathPrefix)));
    for (const finding of plan.rest) {
        lines.push(`${pathPrefix}${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message} (${finding.ruleId})`);
    }
    if (plan.rest.length > 0) {
        lines.push(workflowCommand("notice", restNotice(plan.rest, "the log lines above, or run with --format sarif for code scanning")));
    }
    for (const message of result.internalErrors) {
        lines.push(workflowCommand("error", `plumbline internal error: ${message.split("\n")[0]}`));
    }
    const { errors, warnings, infos } = result.summary;
    lines.push(`plumbline: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} info in ${result.summary.files} files`);
    return `${lines.join("\n")}\n`;
}
const githubReporter = {
    name: "github",
    render(result) {
        return renderGithub(result, (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryPrefix */ .V)(result.root));
    },
};


/***/ }),

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


/***/ })

};
