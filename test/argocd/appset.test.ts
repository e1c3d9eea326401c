// ApplicationSet generators and templates evaluated offline.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { evaluateGoExpression, expandApplicationSet, flattenParams, isFlatKey, isGoSyntax, pathParams, renderTemplate } from "../../src/argocd/appset.js";
import { RepoTree, parentOf } from "../../src/workspace/tree.js";

function treeOf(files: string[]): RepoTree {
  const dirs = new Set<string>([""]);
  for (const file of files) for (let dir = parentOf(file); dir !== ""; dir = parentOf(dir)) dirs.add(dir);
  return new RepoTree({ files: [...files].sort(), dirs: [...dirs].sort(), symlinks: [], special: [], unreadableDirs: [], excluded: [] });
}

const tree = treeOf(["apps/web/a.yaml", "apps/api/a.yaml", "apps/.hidden/a.yaml", "apps/web/sub/b.yaml", "clusters/dev/config.json", "clusters/prod/config.json"]);
const data: Record<string, unknown[]> = {
  "clusters/dev/config.json": [{ cluster: { name: "dev", server: "https://dev" } }],
  "clusters/prod/config.json": [[{ cluster: { name: "prod-a" } }, { cluster: { name: "prod-b" } }]],
};
const context = { tree, readData: (file: string) => data[file], isThisRepo: () => true };

function appSet(generator: unknown, template: unknown, goTemplate = false): unknown {
  return { spec: { goTemplate, generators: [generator], template } };
}

describe("directory generator", () => {
  const template = { metadata: { name: "{{path.basename}}" }, spec: { source: { path: "{{path}}" } } };

  test("star stays in one folder and hidden folders are skipped", () => {
    const expansion = expandApplicationSet(appSet({ git: { repoURL: "x", directories: [{ path: "apps/*" }] } }, template), context);
    assert.deepEqual(expansion.applications.map((app) => (app.value.metadata as { name: string }).name), ["api", "web"]);
  });
  test("exclude wins", () => {
    const expansion = expandApplicationSet(appSet({ git: { repoURL: "x", directories: [{ path: "apps/*" }, { path: "apps/api", exclude: true }] } }, template), context);
    assert.equal(expansion.applications.length, 1);
  });
  test("leading slash matches nothing", () => {
    const expansion = expandApplicationSet(appSet({ git: { repoURL: "x", directories: [{ path: "/apps/*" }] } }, template), context);
    assert.equal(expansion.generators[0]!.items[0]!.matches.length, 0);
  });
  test("rendered path", () => {
    const expansion = expandApplicationSet(appSet({ git: { repoURL: "x", directories: [{ path: "apps/web" }] } }, template), context);
    assert.equal((expansion.applications[0]!.value.spec as { source: { path: string } }).source.path, "apps/web");
  });
});

describe("files generator", () => {
  test("one Application per object, arrays expand", () => {
    const template = { metadata: { name: "{{cluster.name}}" } };
    const expansion = expandApplicationSet(appSet({ git: { repoURL: "x", files: [{ path: "clusters/*/config.json" }] } }, template), context);
    assert.deepEqual(expansion.applications.map((app) => (app.value.metadata as { name: string }).name), ["dev", "prod-a", "prod-b"]);
  });
  test("path parameters come from the file's folder", () => {
    const template = { metadata: { name: "{{path.basename}}-{{path.filename}}" } };
    const expansion = expandApplicationSet(appSet({ git: { repoURL: "x", files: [{ path: "clusters/dev/config.json" }] } }, template), context);
    assert.equal((expansion.applications[0]!.value.metadata as { name: string }).name, "dev-config.json");
  });
});

describe("list generator", () => {
  test("elements are parameter sets", () => {
    const expansion = expandApplicationSet(appSet({ list: { elements: [{ cluster: "a" }, { cluster: "b" }] } }, { metadata: { name: "{{cluster}}" } }), context);
    assert.equal(expansion.applications.length, 2);
  });
});

describe("templates", () => {
  const params = pathParams("apps/web", undefined);
  test("flat keys", () => assert.deepEqual([...flattenParams(params).keys()].sort(), ["path", "path.basename", "path.basenameNormalized", "path[0]", "path[1]"]));
  test("go field chain", () => assert.equal(evaluateGoExpression(".path.basename", params), "web"));
  test("go index", () => assert.equal(evaluateGoExpression("index .path.segments 0", params), "apps"));
  test("unknown go function is unresolved", () => assert.equal(evaluateGoExpression("upper .path.basename", params), undefined));
  test("go syntax left literal in flat mode", () => {
    const rendered = renderTemplate({ name: "{{.path.basename}}" }, params, false);
    assert.equal(rendered.unresolved, true);
  });
  test("dot starts go syntax", () => assert.equal(isGoSyntax(".path.path"), true));
  test("dotted key is flat", () => assert.equal(isFlatKey("path.basename"), true));
  test("indexed key is flat", () => assert.equal(isFlatKey("path[1]"), true));
});
