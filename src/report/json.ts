// The versioned machine-readable report. Fields may be added; none may change meaning without a new
// `version`.
import type { Reporter } from "./reporter.js";

export const jsonReporter: Reporter = {
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
