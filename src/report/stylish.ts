// Terminal output in the style of ESLint's stylish formatter: findings grouped by file, one line
// each (`line:column  severity  message  rule-id`), then one summary line.
import { styleText } from "node:util";
import type { Finding, Severity } from "../types.js";
import type { Reporter } from "./reporter.js";

type Style = Parameters<typeof styleText>[0];

const SEVERITY_STYLE: Record<Severity, Style> = { error: "red", warning: "yellow", info: "cyan" };

export const stylishReporter: Reporter = {
  name: "stylish",
  render(result, { color }) {
    const paint = (style: Style, text: string): string => (color ? styleText(style, text, { validateStream: false }) : text);
    const byFile = new Map<string, Finding[]>();
    for (const finding of result.findings) {
      const list = byFile.get(finding.file) ?? [];
      list.push(finding);
      byFile.set(finding.file, list);
    }

    const lines: string[] = [];
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
    const style: Style = errors > 0 ? "red" : warnings > 0 ? "yellow" : "green";
    lines.push(paint(["bold", style] as unknown as Style, `${total === 0 ? "✔" : "✖"} ${summary}`));
    return `${lines.join("\n")}\n`;
  },
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 || noun === "info" ? "" : "s"}`;
}
