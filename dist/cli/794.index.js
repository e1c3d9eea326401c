export const id = 794;
export const ids = [794];
export const modules = {

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsonReporter: () => (/* binding */ jsonReporter)
/* harmony export */ });
const jsonReporter = {
    name: "json",
    render(result) {
        const report = {
            version: result.version,
            root: result.root,
            findings: result.findings.map((finding) => ({
                ruleId: finding.ruleId,
                severity: finding.severity,
                message: finding.message,
                file: finding.file,
                line: finding.line,
                column: finding.column,
                endLine: finding.endLine,
                endColumn: finding.endColumn,
                ...(finding.resource ? { resource: finding.resource } : {}),
                docsUrl: finding.docsUrl,
            })),
            summary: result.summary,
        };
        return `${JSON.stringify(report, null, 2)}\n`;
    },
};


/***/ })

};
