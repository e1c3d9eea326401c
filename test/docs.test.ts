// Every registered rule has a documentation page with a failing and a passing example, and the
// rule index links every page.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { allRules } from "../src/rules/index.js";
import { DOCS_BASE_URL } from "../src/rules/docs-url.js";
import { PROJECT_ROOT } from "./helpers/cli.js";

const index = readFileSync(join(PROJECT_ROOT, "docs/rules/README.md"), "utf8");

for (const rule of allRules()) {
  describe(`docs of ${rule.id}`, () => {
    const path = join(PROJECT_ROOT, "docs/rules", `${rule.id}.md`);

    test("page exists", () => assert.ok(existsSync(path), `missing docs/rules/${rule.id}.md`));
    if (!existsSync(path)) return;
    const page = readFileSync(path, "utf8");

    test("title is the rule id", () => assert.equal(page.split("\n")[0], `# ${rule.id}`));
    test("states the default severity", () => assert.match(page, new RegExp(`Default severity: \\*\\*${rule.defaultSeverity}\\*\\*`)));
    if (!rule.live) {
      test("has a failing example", () => assert.match(page, /^Failing\b/m));
      test("has a passing example", () => assert.match(page, /^Passing\b/m));
    }
    test("index links the page", () => assert.ok(index.includes(`](${rule.id}.md)`), `docs/rules/README.md lacks ${rule.id}`));
    test("docs URL points at the page", () => assert.equal(rule.docsUrl, `${DOCS_BASE_URL}${rule.id}.md`));
  });
}

test("rule index is generated from the registry", async () => {
  const { renderRuleIndex } = await import("../scripts/rule-index.js");
  assert.equal(index, renderRuleIndex(), "docs/rules/README.md is stale: run npm run docs:rules");
});

test("schema validators are generated from schemas/", async () => {
  const { renderValidators } = await import("../scripts/compile-schemas.js");
  const generated = renderValidators();
  assert.deepEqual(generated.map((file) => file.path), ["src/generated/config-validator.ts", "src/generated/cni-validators.ts"]);
  for (const { path, content } of generated) {
    assert.ok(readFileSync(join(PROJECT_ROOT, path), "utf8") === content, `${path} is stale: run npm run schemas`);
  }
});
