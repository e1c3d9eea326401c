// Go path.Match (directory generator), git pathspec (files generator) and doublestar matching.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { doublestarMatch, gitPathspecMatch, goPathMatch, isValidGoPathPattern } from "../../src/argocd/path-match.js";

describe("goPathMatch", () => {
  const cases: [string, string, boolean][] = [
    ["apps/*", "apps/web", true],
    ["apps/*", "apps/web/sub", false],
    ["apps/**", "apps/web/sub", false],
    ["apps/**", "apps/web", true],
    ["/apps/*", "apps/web", false],
    ["apps/*/", "apps/web", false],
    ["apps/{a,b}", "apps/a", false],
    ["apps/?eb", "apps/web", true],
    ["apps/[^x]eb", "apps/web", true],
    ["apps/[w]eb", "apps/web", true],
  ];
  for (const [pattern, dir, expected] of cases) {
    test(`"${pattern}" ${expected ? "matches" : "does not match"} "${dir}"`, () => assert.equal(goPathMatch(pattern, dir), expected));
  }
  test("unclosed class is malformed", () => assert.equal(isValidGoPathPattern("apps/[a"), false));
  test("malformed pattern matches nothing", () => assert.equal(goPathMatch("apps/[a", "apps/a"), false));
});

describe("gitPathspecMatch", () => {
  test("star crosses folders", () => assert.equal(gitPathspecMatch("config/*.json", "config/a/b.json"), true));
  test("literal folder matches files below", () => assert.equal(gitPathspecMatch("config", "config/a.json"), true));
  test("literal file matches itself", () => assert.equal(gitPathspecMatch("config/a.json", "config/a.json"), true));
  test("leading slash matches nothing", () => assert.equal(gitPathspecMatch("/config/*.json", "config/a.json"), false));
  test("other folder does not match", () => assert.equal(gitPathspecMatch("configs/*.json", "config/a.json"), false));
});

describe("doublestarMatch", () => {
  test("double star spans folders", () => assert.equal(doublestarMatch("config/**/config.json", "config/a/b/config.json"), true));
  test("double star matches zero folders", () => assert.equal(doublestarMatch("config/**/config.json", "config/config.json"), true));
  test("single star stays in a segment", () => assert.equal(doublestarMatch("config/*.json", "config/a/b.json"), false));
  test("braces alternate", () => assert.equal(doublestarMatch("argocd/{root,apps}.yaml", "argocd/apps.yaml"), true));
  test("literal path: exact match only", () => {
    assert.equal(doublestarMatch("argocd/root.yaml", "argocd/root.yaml"), true);
    assert.equal(doublestarMatch("argocd/root.yaml", "argocd/root.yml"), false);
    assert.equal(doublestarMatch("argocd/root.yaml", "x/argocd/root.yaml"), false);
  });
  test("escaped star: literal star only", () => {
    assert.equal(doublestarMatch("a/\\*.yaml", "a/*.yaml"), true);
    assert.equal(doublestarMatch("a/\\*.yaml", "a/b.yaml"), false);
  });
});

describe("matcher limits", () => {
  test("many stars stay fast", () => {
    const started = performance.now();
    assert.equal(goPathMatch(`${"*a".repeat(8)}b`, "a".repeat(60)), false);
    assert.equal(doublestarMatch(`${"*a".repeat(8)}b`, "a".repeat(60)), false);
    assert.equal(gitPathspecMatch(`${"*a".repeat(8)}b`, "a".repeat(60)), false);
    assert.ok(performance.now() - started < 200);
  });
  test("reversed range is malformed", () => assert.equal(isValidGoPathPattern("[z-a]"), false));
  test("double star at the end spans folders", () => assert.equal(doublestarMatch("charts/**", "charts/a/b.yaml"), true));
  test("double star inside a name stays in a segment", () => assert.equal(doublestarMatch("a**b/c", "ax/yb/c"), false));
});
