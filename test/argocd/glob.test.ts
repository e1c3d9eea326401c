// Argo CD's include/exclude matcher against the worked examples of gobwas glob without separators.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { compileArgoGlob, hasCommaOutsideBraces, hasStarBeforeSlash, isLiteralPattern, matchArgoGlob, starCrossesFolder } from "../../src/argocd/glob.js";

// relPath, pattern, expected: the table of Argo CD's include/exclude semantics.
const WORKED_EXAMPLES: [string, string, boolean][] = [
  ["app.yaml", "*.yaml", true],
  ["app.yaml", "*/app.yaml", false],
  ["app.yaml", "some-dir/*", false],
  ["app.yaml", "{a,b}/*", false],
  ["app.yaml", "app.yaml", true],
  ["app.yaml", "./*.yaml", false],
  ["app.yaml", "secrets", false],
  ["a/app.yaml", "*.yaml", true],
  ["a/app.yaml", "*/app.yaml", true],
  ["a/app.yaml", "some-dir/*", false],
  ["a/app.yaml", "{a,b}/*", true],
  ["a/app.yaml", "app.yaml", false],
  ["a/app.yaml", "./*.yaml", false],
  ["a/b/app.yaml", "*.yaml", true],
  ["a/b/app.yaml", "*/app.yaml", true],
  ["a/b/app.yaml", "{a,b}/*", true],
  ["a/b/app.yaml", "app.yaml", false],
  ["some-dir/x/y.yml", "*.yaml", false],
  ["some-dir/x/y.yml", "some-dir/*", true],
  ["some-dir/x/y.yml", "*/app.yaml", false],
  ["secrets/s.yaml", "*.yaml", true],
  ["secrets/s.yaml", "secrets", false],
  ["secrets/s.yaml", "secrets/*", true],
];

describe("matchArgoGlob", () => {
  for (const [path, pattern, expected] of WORKED_EXAMPLES) {
    test(`"${pattern}" ${expected ? "matches" : "does not match"} "${path}"`, () => {
      assert.equal(matchArgoGlob(pattern, path), expected);
    });
  }

  test("double star equals star", () => assert.equal(matchArgoGlob("**.yaml", "a/b/c.yaml"), true));
  test("question mark matches a slash", () => assert.equal(matchArgoGlob("a?b.yaml", "a/b.yaml"), true));
  test("character class", () => assert.equal(matchArgoGlob("[ab].yaml", "b.yaml"), true));
  test("negated class", () => assert.equal(matchArgoGlob("[!ab].yaml", "b.yaml"), false));
  test("escaped star is literal", () => assert.equal(matchArgoGlob("\\*.yaml", "x.yaml"), false));
  test("braces with globs inside", () => assert.equal(matchArgoGlob("{*.yml,*.yaml}", "deploy.yml"), true));
  test("comma list outside braces is literal", () => assert.equal(matchArgoGlob("*.yml,*.yaml", "deploy.yml"), false));
  test("matching is case-sensitive", () => assert.equal(matchArgoGlob("*.yaml", "app.YAML"), false));
  test("unclosed brace is invalid", () => assert.equal(compileArgoGlob("{*.yaml").ok, false));
  test("invalid pattern matches nothing", () => assert.equal(matchArgoGlob("[a", "a"), false));
  test("unclosed class is invalid", () => assert.equal(compileArgoGlob("[abc").ok, false));
  test("trailing escape is invalid", () => assert.equal(compileArgoGlob("a\\").ok, false));
});

describe("pitfall helpers", () => {
  test("star crossing a folder is detected", () => assert.equal(starCrossesFolder("*/app.yaml", "a/b/app.yaml"), true));
  test("one level deep is not a crossing", () => assert.equal(starCrossesFolder("*/app.yaml", "a/app.yaml"), false));
  test("trailing star may cross freely", () => assert.equal(hasStarBeforeSlash("some-dir/*"), false));
  test("star before slash is found", () => assert.equal(hasStarBeforeSlash("*/app.yaml"), true));
  test("comma outside braces is found", () => assert.equal(hasCommaOutsideBraces("*.yml,*.yaml"), true));
  test("comma inside braces is fine", () => assert.equal(hasCommaOutsideBraces("{*.yml,*.yaml}"), false));
  test("bare folder name is literal", () => assert.equal(isLiteralPattern("secrets"), true));
  test("wildcard pattern is not literal", () => assert.equal(isLiteralPattern("secrets/*"), false));
});

describe("matcher limits", () => {
  test("reversed range is invalid", () => assert.equal(compileArgoGlob("[z-a]").ok, false));
  test("unmatched closing brace is invalid", () => assert.equal(compileArgoGlob("a}").ok, false));
  test("nested braces alternate", () => assert.equal(matchArgoGlob("{a,{b,c}x}.yaml", "cx.yaml"), true));
  test("empty alternative matches", () => assert.equal(matchArgoGlob("app{,-prod}.yaml", "app.yaml"), true));
  test("many stars stay fast", () => {
    const started = performance.now();
    assert.equal(matchArgoGlob(`${"*a".repeat(8)}b`, "a".repeat(60)), false);
    assert.ok(performance.now() - started < 200);
  });
});
