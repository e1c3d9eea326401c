export const id = 552;
export const ids = [552];
export const modules = {

/***/ 1552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stylishReporter: () => (/* binding */ stylishReporter)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
// Terminal output in the style of ESLint's stylish formatter: findings grouped by file, one line
// each (`line:column  severity  message  rule-id`), then one summary line.

const SEVERITY_STYLE = { error: "red", warning: "yellow", info: "cyan" };
const stylishReporter = {
    name: "stylish",
    render(result, { color }) {
        const paint = (style, text) => (color ? (0,node_util__WEBPACK_IMPORTED_MODULE_0__.styleText)(style, text, { validateStream: false }) : text);
        const byFile = new Map();
        for (const finding of result.findings) {
            const list = byFile.get(finding.file) ?? [];
            list.push(finding);
            byFile.set(finding.file, list);
        }
        const lines = [];
        for (const [file, findings] of byFile) {
            lines.push(paint("underline", file));
            const positionWidth = Math.max(...findings.map((finding) => `${finding.line}:${finding.column}`.length));
            const severityWidth = Math.max(...findings.map((finding) => finding.severity.length));
            for (const finding of findings) {
                const position = `${finding.line}:${finding.column}`.padEnd(positionWidth);
                const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(severityWidth));
                lines.push(`  ${paint("dim", position)}  ${severity}  ${finding.message}  ${paint("dim", finding.ruleId)}`);
            }
            lines.push("");
        }
        const { errors, warnings, infos, files } = result.summary;
        const total = errors + warnings + infos;
        const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}`;
        const summary = total === 0
            ? `no problems in ${plural(files, "file")}`
            : `${plural(total, "problem")} (${counts}) in ${plural(byFile.size, "file")} of ${files}`;
        const style = errors > 0 ? "red" : warnings > 0 ? "yellow" : "green";
        lines.push(paint(["bold", style], `${total === 0 ? "✔" : "✖"} ${summary}`));
        return `${lines.join("\n")}\n`;
    },
};
function plural(count, noun) {
    return `${count} ${noun}${count === 1 || noun === "info" ? "" : "s"}`;
}


/***/ })

};
