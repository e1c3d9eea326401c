// The one place the rule documentation's base URL is set; SARIF, the job summary and the JSON
// report all link through it.
export const DOCS_BASE_URL = "https://github.com/plumbline-dev/plumbline/blob/main/docs/rules/";

export function docsUrlFor(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
