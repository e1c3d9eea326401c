// SARIF 2.1.0 for GitHub code scanning. What GitHub reads and requires (from its "SARIF support
// for code scanning" page): `help.markdown` rather than `helpUri`, a region on every result, only
// the first location, and at most 25,000 results per run of which the 5,000 most severe are shown.
import type * as Sarif from "sarif";
import packageJson from "../../package.json" with { type: "json" };
import type { LintResult } from "../lint.js";
import { DOCS_BASE_URL } from "../rules/docs-url.js";
import { SEVERITY_ORDER, type Finding, type RegisteredRule, type Severity } from "../types.js";
import { repositoryPrefix } from "./paths.js";
import type { Reporter } from "./reporter.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

/** Results beyond this many are left out, most severe kept, because GitHub shows only 5,000 per run. */
export const MAX_SARIF_RESULTS = 5000;

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: "error", warning: "warning", info: "note" };
const PROBLEM_SEVERITY: Record<Severity, string> = { error: "error", warning: "warning", info: "recommendation" };

export interface SarifOptions {
  /** Prefix that turns a root-relative path into a repository-relative one, e.g. `deploy/`. */
  pathPrefix?: string;
  maxResults?: number;
}

/** Builds one SARIF log with one run: every registered rule and the reported findings. */
export function sarifLog(result: LintResult, options: SarifOptions = {}): Sarif.Log {
  const prefix = options.pathPrefix ?? "";
  const maxResults = options.maxResults ?? MAX_SARIF_RESULTS;
  const ruleIndex = new Map(result.rules.map((rule, index) => [rule.id, index]));

  const bySeverity = [...result.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const included = bySeverity.slice(0, maxResults);
  const omitted = bySeverity.length - included.length;

  const notifications: Sarif.Notification[] = result.internalErrors.map((message) => ({
    level: "error",
    message: { text: message.split("\n")[0]! },
  }));
  if (omitted > 0) {
    notifications.push({
      level: "warning",
      message: { text: `${omitted} of ${bySeverity.length} results were left out, keeping the ${maxResults} most severe; the JSON format lists every finding` },
    });
  }

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: "plumbline",
        semanticVersion: packageJson.version,
        version: packageJson.version,
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

function ruleDescriptor(rule: RegisteredRule): Sarif.ReportingDescriptor {
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

function sarifResult(finding: Finding, prefix: string, ruleIndex: number | undefined): Sarif.Result {
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
function compareForSarif(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  return a.column - b.column;
}

/** Percent-encodes what a URI reference cannot hold (spaces, `#`, `?`, `%`, non-ASCII), keeping `/`. */
function encodeUriPath(path: string): string {
  return path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text);
  return (match ? match[1]! : text).slice(0, 1024);
}

/** Derives the project's page from the rule docs' base URL, so the address is set in one place. */
function informationUri(): string {
  const marker = DOCS_BASE_URL.indexOf("/blob/");
  return marker > 0 ? DOCS_BASE_URL.slice(0, marker) : DOCS_BASE_URL;
}

export const sarifReporter: Reporter = {
  name: "sarif",
  render(result) {
    return `${JSON.stringify(sarifLog(result, { pathPrefix: repositoryPrefix(result.root) }), null, 2)}\n`;
  },
};
