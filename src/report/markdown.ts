// The job summary: counts by severity, findings by rule (linked to the rule docs) and by file, the
// deployment diagram and the list of findings. GitHub aborts the upload of a step summary over
// 1 MiB, so the large tables are cut to a byte budget and a closing line names what was cut.
import type { LintResult } from "../lint.js";
import { SEVERITY_ORDER, type Finding, type Severity } from "../types.js";
import { mermaidDiagram } from "./mermaid.js";
import type { Reporter } from "./reporter.js";

/** GitHub's limit for one step's summary is 1 MiB; the rest of the budget is a safety margin. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;

export interface MarkdownOptions {
  /** Lines shown under the heading, e.g. which files a pull request run reports on. */
  notes?: readonly string[];
  /** Files whose part of the diagram must be drawn on a large repo. */
  focusFiles?: ReadonlySet<string>;
  /** Link to a finding's line in the repository, when the caller knows the repository's address. */
  fileUrl?: (file: string, line: number) => string | undefined;
  maxBytes?: number;
  /** Where the complete list of findings is, named in the closing line about what was cut. */
  fullReport?: string;
}

/** The table by file may take this much, so the list of findings keeps most of the budget. */
const FILE_TABLE_MAX_BYTES = 256 * 1024;

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const ICON: Record<Severity, string> = { error: "🔴", warning: "🟠", info: "🔵" };

export function renderMarkdown(result: LintResult, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const out = new Budget(maxBytes - 2048);
  const { summary, findings } = result;
  const total = summary.errors + summary.warnings + summary.infos;

  out.add("## plumbline\n\n");
  out.add(
    total === 0
      ? `✅ No problems in ${plural(summary.files, "file")}.\n\n`
      : `${summary.errors > 0 ? "❌" : "⚠️"} ${plural(total, "finding")} (${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${summary.infos} info) in ${new Set(findings.map((finding) => finding.file)).size} of ${plural(summary.files, "file")}.\n\n`,
  );
  for (const note of options.notes ?? []) out.add(`> ${cell(note)}\n>\n`);
  if ((options.notes ?? []).length > 0) out.add("\n");

  if (result.internalErrors.length > 0) {
    out.add("### Internal errors\n\nplumbline failed while checking; these are bugs in plumbline, not in the repository:\n\n");
    for (const message of result.internalErrors) out.add(`- ${cell(message.split("\n")[0]!)}\n`);
    out.add("\n");
  }

  out.add("| Severity | Findings |\n| --- | ---: |\n");
  out.add(`| ${ICON.error} error | ${summary.errors} |\n| ${ICON.warning} warning | ${summary.warnings} |\n| ${ICON.info} info | ${summary.infos} |\n\n`);

  const cut: string[] = [];
  if (total > 0) {
    out.add("### Findings by rule\n\n| Rule | Severity | Findings | What it checks |\n| --- | --- | ---: | --- |\n");
    const byRule = countBy(findings, (finding) => finding.ruleId);
    const rules = new Map(result.rules.map((rule) => [rule.id, rule]));
    const ruleRows = [...byRule.entries()].sort(([a, x], [b, y]) => worst(x) - worst(y) || y.length - x.length || (a < b ? -1 : 1));
    const ruleCut = out.rows(
      ruleRows.map(([id, list]) => {
        const rule = rules.get(id);
        const severities = SEVERITIES.filter((severity) => list.some((finding) => finding.severity === severity)).join(", ");
        const link = rule ? `[\`${id}\`](${rule.docsUrl})` : `\`${id}\``;
        return `| ${link} | ${severities} | ${list.length} | ${cell(rule?.description ?? "")} |\n`;
      }),
    );
    out.add("\n");
    if (ruleCut > 0) cut.push(`${plural(ruleCut, "row")} of the table by rule`);
  }

  const diagram = mermaidDiagram(result, { focusFiles: options.focusFiles });
  if (diagram.text !== "") {
    const omitted = diagram.omitted > 0 ? `\n_${plural(diagram.omitted, "node")} that no finding or changed file touches are left out._\n` : "";
    const block = `### Deployment graph\n\nRed crossed links are references that findings report as broken.\n\n\`\`\`mermaid\n${diagram.text}\`\`\`\n${omitted}\n`;
    if (!out.add(block, 64 * 1024)) cut.push("the deployment graph");
  }

  if (total > 0) {
    out.add("### Findings by file\n\n| File | Errors | Warnings | Infos |\n| --- | ---: | ---: | ---: |\n");
    const byFile = countBy(findings, (finding) => finding.file);
    const fileCut = out.rows(
      [...byFile.entries()].map(([file, list]) => {
        const count = (severity: Severity) => list.filter((finding) => finding.severity === severity).length;
        return `| ${fileLink(file, list[0]!.line, options)} | ${count("error")} | ${count("warning")} | ${count("info")} |\n`;
      }),
      FILE_TABLE_MAX_BYTES,
    );
    out.add("\n");
    if (fileCut > 0) cut.push(`${plural(fileCut, "row")} of the table by file`);

    out.add(`<details><summary>All ${plural(total, "finding")}</summary>\n\n| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |\n`);
    const ordered = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const findingCut = out.rows(
      ordered.map(
        (finding) =>
          `| ${fileLink(finding.file, finding.line, options, `:${finding.line}:${finding.column}`)} | ${ICON[finding.severity]} ${finding.severity} | \`${finding.ruleId}\` | ${cell(finding.message)} |\n`,
      ),
    );
    out.add("\n</details>\n\n");
    if (findingCut > 0) cut.push(`${plural(findingCut, "row")} of the list of findings (the least severe)`);
  }

  if (cut.length > 0) {
    out.force(`_To keep this summary under GitHub's 1 MiB limit, ${cut.join(", ")} ${cut.length === 1 ? "was" : "were"} cut; ${options.fullReport ?? "run plumbline with --format json for every finding"}._\n`);
  }
  return out.text();
}

/** Accumulates text up to a byte budget; `rows` adds table rows until the budget runs out. */
class Budget {
  private readonly parts: string[] = [];
  private used = 0;

  constructor(private readonly limit: number) {}

  /** Adds `text` if it fits, keeping `reserve` bytes free for what follows; returns whether it was added. */
  add(text: string, reserve = 0): boolean {
    const size = Buffer.byteLength(text);
    if (this.used + size + reserve > this.limit) return false;
    this.parts.push(text);
    this.used += size;
    return true;
  }

  /** Adds text past the budget, for the closing line about what was cut. The constructor's limit keeps a margin for it. */
  force(text: string): void {
    this.parts.push(text);
    this.used += Buffer.byteLength(text);
  }

  /** Adds rows in order until one does not fit, in the budget or in `sectionLimit`; returns how many were left out. */
  rows(rows: readonly string[], sectionLimit = Infinity): number {
    let section = 0;
    for (let index = 0; index < rows.length; index += 1) {
      section += Buffer.byteLength(rows[index]!);
      if (section > sectionLimit || !this.add(rows[index]!, 1024)) return rows.length - index;
    }
    return 0;
  }

  text(): string {
    return this.parts.join("");
  }
}

function fileLink(file: string, line: number, options: MarkdownOptions, suffix = ""): string {
  const text = `${file}${suffix}`;
  const url = options.fileUrl?.(file, line);
  const code = text.includes("`") ? cell(text) : `\`${text}\``;
  return url ? `[${code}](${url})` : code;
}

/** Makes text safe inside a Markdown table cell: no line breaks, pipes escaped, no raw HTML. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replaceAll("|", "\\|").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function countBy(findings: readonly Finding[], key: (finding: Finding) => string): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = map.get(key(finding));
    if (list) list.push(finding);
    else map.set(key(finding), [finding]);
  }
  return map;
}

function worst(findings: readonly Finding[]): number {
  return Math.min(...findings.map((finding) => SEVERITY_ORDER[finding.severity]));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export const markdownReporter: Reporter = {
  name: "markdown",
  render(result) {
    return renderMarkdown(result);
  },
};
