// Writes docs/rules/README.md, the rule index, from the rule registry:
//   node --import tsx scripts/rule-index.ts          (write)
//   node --import tsx scripts/rule-index.ts --check  (exit 1 when the file is stale)
import { fileURLToPath } from "node:url";
import { allRules } from "../src/rules/index.js";
import { writeOrCheck } from "./generated-file.js";

const target = fileURLToPath(new URL("../docs/rules/README.md", import.meta.url));

export function renderRuleIndex(): string {
  const rows = allRules().map((rule) => `| [\`${rule.id}\`](${rule.id}.md) | ${rule.defaultSeverity} | ${rule.description.replace(/\|/g, "\\|")} |`);
  return [
    "# plumbline rules",
    "",
    "Every rule plumbline reports, with its default severity. Change a severity or turn a rule off in",
    "`.plumbline.yaml` (`rules: { nad/unused: off }`) or with `--rule ID=LEVEL`; suppress single",
    "findings as [suppression/unused](suppression/unused.md) describes.",
    "",
    "| rule | default | reports |",
    "|---|---|---|",
    ...rows,
    "",
    "This file is generated from the rule registry by `npm run docs:rules`.",
    "",
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeOrCheck(target, renderRuleIndex(), "docs/rules/README.md", "npm run docs:rules");
}
