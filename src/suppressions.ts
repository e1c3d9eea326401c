// Inline suppressions: `# plumbline-disable-next-line RULE[,RULE] -- reason`,
// `# plumbline-disable-file RULE[,RULE]`, and the `plumbline.dev/ignore: "RULE[,RULE]"` annotation on
// an object. A suppression that matches no finding is reported as `suppression/unused`.
import { closestName } from "./config.js";
import type { Finding, Range } from "./types.js";
import { IGNORE_ANNOTATION, SUPPRESSION_MARKER, textMentions, type Workspace } from "./workspace/workspace.js";

export { IGNORE_ANNOTATION };

export interface Suppression {
  kind: "next-line" | "file" | "annotation";
  file: string;
  /** Rule ids, or `*` for every rule. */
  rules: string[];
  /** Position of the comment or annotation. */
  range: Range;
  /** Lines the suppression covers (inclusive); ignored for `file`. */
  fromLine: number;
  toLine: number;
  /** Rule ids that matched at least one finding. */
  used: Set<string>;
}

const DIRECTIVE = /(^|\s)#\s*plumbline-disable-(next-line|file)\b([^\n]*)/;

/** Finds every suppression in the workspace's parsed files and object annotations. */
export function collectSuppressions(workspace: Workspace): Suppression[] {
  const suppressions: Suppression[] = [];

  for (const file of workspace.files.values()) {
    if (!textMentions(file, SUPPRESSION_MARKER) || !file.text) continue;
    const lines = file.text.split("\n");
    lines.forEach((line, index) => {
      const match = DIRECTIVE.exec(line);
      if (!match || insideBlockScalar(lines, index)) return;
      const rules = parseRuleList(match[3]!.split(/\s--(\s|$)/)[0]!);
      const column = match.index + match[1]!.length + 1;
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
    if (object.ignoreAnnotation === false) continue;
    const annotations = (object.value.metadata as { annotations?: Record<string, unknown> } | undefined)?.annotations;
    const value = annotations?.[IGNORE_ANNOTATION];
    if (typeof value !== "string") continue;
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

/** Returns the 1-based number of the next line after `index` that is neither blank nor only a comment. */
function nextContentLine(lines: readonly string[], index: number): number {
  for (let next = index + 1; next < lines.length; next++) {
    const trimmed = lines[next]!.trim();
    if (trimmed !== "" && !trimmed.startsWith("#")) return next + 1;
  }
  return index + 2;
}

// A key whose value is a block scalar: `config: |`, `config: >-`, `- |2`, with an optional comment.
const BLOCK_SCALAR_HEADER = /(?:^|[:\-]\s+)[|>][0-9+-]*\s*(?:#.*)?$/;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * Returns the 0-based index of the last line of the block scalar that starts on line `index`, or
 * `index` itself when that line starts none. A directive above `config: |` thereby covers the
 * whole CNI JSON below it.
 */
function blockScalarEnd(lines: readonly string[], index: number): number {
  const header = lines[index];
  if (header === undefined || !BLOCK_SCALAR_HEADER.test(header.trimEnd())) return index;
  let end = index;
  for (let next = index + 1; next < lines.length; next++) {
    const line = lines[next]!;
    if (line.trim() === "") continue;
    if (indentOf(line) <= indentOf(header)) break;
    end = next;
  }
  return end;
}

/** True when line `index` is content of a block scalar, where `#` is text, not a comment. */
function insideBlockScalar(lines: readonly string[], index: number): boolean {
  // Walk up through ever less indented lines: the scalar's own content may be less indented than
  // the directive, but only a header ends the walk with "inside".
  let indent = indentOf(lines[index]!);
  for (let previous = index - 1; previous >= 0 && indent > 0; previous--) {
    const line = lines[previous]!;
    if (line.trim() === "" || indentOf(line) >= indent) continue;
    if (BLOCK_SCALAR_HEADER.test(line.trimEnd())) return true;
    indent = indentOf(line);
  }
  return false;
}

/** Returns the rule ids a suppression names. An empty list names every rule, as `*` does. */
export function parseRuleList(text: string): string[] {
  const rules = text
    .split(/[\s,]+/)
    .map((rule) => rule.trim())
    .filter((rule) => rule !== "");
  return rules.length === 0 ? ["*"] : rules;
}

/** Drops the findings a suppression covers and marks the suppressions that were used. */
export function applySuppressions(findings: readonly Finding[], suppressions: readonly Suppression[]): Finding[] {
  if (suppressions.length === 0) return [...findings];
  const byFile = new Map<string, Suppression[]>();
  for (const suppression of suppressions) {
    const list = byFile.get(suppression.file) ?? [];
    list.push(suppression);
    byFile.set(suppression.file, list);
  }

  return findings.filter((finding) => {
    const candidates = byFile.get(finding.file);
    if (!candidates) return true;
    let suppressed = false;
    for (const suppression of candidates) {
      if (!covers(suppression, finding)) continue;
      const rule = suppression.rules.includes(finding.ruleId) ? finding.ruleId : "*";
      suppression.used.add(rule);
      suppressed = true;
    }
    return !suppressed;
  });
}

function covers(suppression: Suppression, finding: Finding): boolean {
  if (finding.ruleId === "suppression/unused") return false;
  const ruleMatches = suppression.rules.includes("*") || suppression.rules.includes(finding.ruleId);
  if (!ruleMatches) return false;
  if (suppression.kind === "file") return true;
  return finding.line >= suppression.fromLine && finding.line <= suppression.toLine;
}

export interface UnusedSuppression {
  file: string;
  range: Range;
  message: string;
  /** A misspelt rule id is a warning: it hides nothing while looking as if it did. */
  severity?: "warning";
}

/** Describes each rule id of each suppression that matched nothing. */
export function unusedSuppressions(suppressions: readonly Suppression[], knownRuleIds: ReadonlySet<string>): UnusedSuppression[] {
  const unused: UnusedSuppression[] = [];
  for (const suppression of suppressions) {
    for (const rule of suppression.rules) {
      if (suppression.used.has(rule)) continue;
      const what = suppression.kind === "annotation" ? `annotation ${IGNORE_ANNOTATION}` : `plumbline-disable-${suppression.kind}`;
      const hint = closestName(rule, [...knownRuleIds]);
      const message = rule !== "*" && !knownRuleIds.has(rule)
        ? `${what} names unknown rule "${rule}"${hint ? ` (did you mean "${hint}"?)` : ""}; run plumbline --list-rules for the ids`
        : `${what} suppresses ${rule === "*" ? "every rule" : `"${rule}"`}, but no such finding is reported here; remove it`;
      const unknown = rule !== "*" && !knownRuleIds.has(rule);
      unused.push({ file: suppression.file, range: suppression.range, message, ...(unknown ? { severity: "warning" as const } : {}) });
    }
  }
  return unused;
}
