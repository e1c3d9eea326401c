// GitHub workflow commands (`::error file=…,line=…::message`) for users who run the CLI in a plain
// `run:` step. GitHub keeps at most 10 error, 10 warning and 10 notice annotations per step and
// drops the rest. So the most severe findings are annotated first, and the others are printed as
// plain log lines followed by one notice that counts them.
import type { LintResult } from "../lint.js";
import { SEVERITY_ORDER, type Finding, type Severity } from "../types.js";
import { repositoryPrefix } from "./paths.js";
import type { Reporter } from "./reporter.js";

/** GitHub's per-step cap for each annotation level. */
export const ANNOTATIONS_PER_LEVEL = 10;

export type AnnotationCommand = "error" | "warning" | "notice";

export const COMMAND_OF: Record<Severity, AnnotationCommand> = { error: "error", warning: "warning", info: "notice" };

export interface AnnotationPlan {
  /** Findings to annotate, most severe first, at most `ANNOTATIONS_PER_LEVEL` per level. */
  annotated: Finding[];
  /** Findings over the cap, in report order. */
  rest: Finding[];
}

/**
 * Picks the findings to annotate. One notice slot is kept free for the counting notice whenever
 * something is left out, so that notice is never the one GitHub drops.
 */
export function planAnnotations(findings: readonly Finding[], perLevel = ANNOTATIONS_PER_LEVEL): AnnotationPlan {
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const annotated: Finding[] = [];
  const rest: Finding[] = [];
  const used: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of sorted) {
    if (used[finding.severity] < perLevel) {
      annotated.push(finding);
      used[finding.severity] += 1;
    } else {
      rest.push(finding);
    }
  }
  if (rest.length > 0 && used.info === perLevel) {
    const lastInfo = annotated.findLastIndex((finding) => finding.severity === "info");
    rest.push(...annotated.splice(lastInfo, 1));
  }
  rest.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { annotated, rest };
}

/** Formats the notice that counts the findings left out of the annotations. */
export function restNotice(rest: readonly Finding[], where: string): string {
  const counts = (["error", "warning", "info"] as const)
    .map((severity) => [severity, rest.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}${count === 1 || severity === "info" ? "" : "s"}`);
  return `${rest.length} more finding${rest.length === 1 ? "" : "s"} (${counts.join(", ")}) not annotated, because GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations per level in a step: see ${where}`;
}

/** The annotation properties GitHub accepts; columns only when the finding spans one line. */
export interface AnnotationProperties {
  title: string;
  file: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

export function annotationProperties(finding: Finding, pathPrefix: string): AnnotationProperties {
  const properties: AnnotationProperties = {
    title: finding.ruleId,
    file: `${pathPrefix}${finding.file}`,
    startLine: finding.line,
    endLine: finding.endLine,
  };
  // GitHub rejects columns on an annotation that spans several lines.
  if (finding.endLine === finding.line) {
    properties.startColumn = finding.column;
    if (finding.endColumn > finding.column) properties.endColumn = finding.endColumn;
  }
  return properties;
}

/** Escaping of the runner's command parser: data escapes `%`, CR and LF; properties also `:` and `,`. */
export function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

export function workflowCommand(command: AnnotationCommand, message: string, properties?: AnnotationProperties): string {
  const names: [keyof AnnotationProperties, string][] = [
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

export function renderGithub(result: LintResult, pathPrefix: string): string {
  const plan = planAnnotations(result.findings);
  const lines = plan.annotated.map((finding) =>
    workflowCommand(COMMAND_OF[finding.severity], finding.message, annotationProperties(finding, pathPrefix)),
  );
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

export const githubReporter: Reporter = {
  name: "github",
  render(result) {
    return renderGithub(result, repositoryPrefix(result.root));
  },
};
