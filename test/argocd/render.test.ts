// Argo CD's source path resolution, tool detection and Directory rendering on an in-memory tree.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ApplicationSource } from "../../src/argocd/application.js";
import { applicationPathsInTemplate, cleanPath, detectTool, hasManifestExtension, renderDirectory, resolveSourcePath, suggestDirectory } from "../../src/argocd/render.js";
import { RepoTree, parentOf } from "../../src/workspace/tree.js";

function treeOf(files: string[]): RepoTree {
  const dirs = new Set<string>([""]);
  for (const file of files) for (let dir = parentOf(file); dir !== ""; dir = parentOf(dir)) dirs.add(dir);
  return new RepoTree({ files: [...files].sort(), dirs: [...dirs].sort(), symlinks: [], special: [], unreadableDirs: [], excluded: [] });
}

function source(overrides: Partial<ApplicationSource> = {}): ApplicationSource {
  return { index: undefined, yamlPath: ["spec", "source"], hasRef: false, toolBlocks: [], ...overrides };
}

const tree = treeOf([
  "apps/guestbook/deployment.yaml",
  "apps/guestbook/service.yaml",
  "apps/deploy.yaml",
  "charts/nginx/Chart.yaml",
  "charts/nginx/values.yaml",
  "both/Chart.yaml",
  "both/kustomization.yaml",
  "nested/kustomization.yaml/x.yaml",
  "odd/MyChart.yaml",
  "lower/chart.yaml",
  "named/Kustomization.yaml",
  "deep/sub/Chart.yaml",
]);

describe("resolveSourcePath", () => {
  const table: [string, string][] = [
    ["apps/guestbook", "apps/guestbook"],
    [".", ""],
    ["./apps", "apps"],
    ["apps/", "apps"],
    ["apps//guestbook/..", "apps"],
  ];
  for (const [path, dir] of table) {
    test(`"${path}" resolves to "${dir}"`, () => assert.deepEqual(resolveSourcePath(path, tree), { ok: true, dir }));
  }

  const failures: [string, string][] = [
    ["/", "absolute"],
    ["/apps", "absolute"],
    ["../x", "outside-root"],
    ["a/../../x", "outside-root"],
    ["Apps", "missing"],
    ["apps/deploy.yaml", "not-directory"],
  ];
  for (const [path, reason] of failures) {
    test(`"${path}" fails as ${reason}`, () => {
      const resolution = resolveSourcePath(path, tree);
      assert.equal(resolution.ok ? "ok" : resolution.reason, reason);
    });
  }
});

describe("cleanPath", () => {
  // What Go's filepath.Clean returns for these relative paths.
  const CASES: [string, string][] = [
    ["", "."],
    [".", "."],
    ["./", "."],
    ["apps/guestbook", "apps/guestbook"],
    ["apps/guestbook/", "apps/guestbook"],
    ["apps//guestbook", "apps/guestbook"],
    ["./apps/guestbook", "apps/guestbook"],
    ["apps/./guestbook", "apps/guestbook"],
    ["apps/../guestbook", "guestbook"],
    ["apps/guestbook/..", "apps"],
    ["..", ".."],
    ["../apps", "../apps"],
    ["apps/..", "."],
    [".hidden/app", ".hidden/app"],
    ["apps/..x/y", "apps/..x/y"],
    ["apps/x.", "apps/x."],
  ];
  for (const [path, expected] of CASES) {
    test(`"${path}": "${expected}"`, () => assert.equal(cleanPath(path), expected));
  }
});

describe("hasManifestExtension", () => {
  test("manifest extensions: accepted", () => {
    for (const file of ["a.yaml", "dir/a.yml", "a.json", "x/y/a.jsonnet", "dir.d/.yaml"]) assert.ok(hasManifestExtension(file), file);
  });
  test("other names: rejected", () => {
    for (const file of ["a.YAML", "a.yaml.bak", "dir.yaml/readme", "a.txt", "yaml", "a.jsonnetx"]) assert.ok(!hasManifestExtension(file), file);
  });
});

describe("suggestDirectory", () => {
  test("case mismatch", () => assert.deepEqual(suggestDirectory("Apps/Guestbook", tree), { path: "apps/guestbook", caseMismatch: true }));
  test("extra leading folder", () => assert.deepEqual(suggestDirectory("eu-west/apps/guestbook", tree), { path: "apps/guestbook", caseMismatch: false }));
  test("small typo", () => assert.deepEqual(suggestDirectory("apps/gestbook", tree), { path: "apps/guestbook", caseMismatch: false }));
  test("nothing close", () => assert.equal(suggestDirectory("zzzzzzzz/qqqqqq", tree), undefined));
});

describe("detectTool", () => {
  test("plain folder is Directory", () => assert.equal(detectTool(source(), "apps/guestbook", tree), "directory"));
  test("Chart.yaml means Helm", () => assert.equal(detectTool(source(), "charts/nginx", tree), "helm"));
  test("a name ending in Chart.yaml means Helm", () => assert.equal(detectTool(source(), "odd", tree), "helm"));
  test("lower-case chart.yaml is not Helm", () => assert.equal(detectTool(source(), "lower", tree), "directory"));
  test("Kustomization.yaml is not detected", () => assert.equal(detectTool(source(), "named", tree), "directory"));
  test("kustomize wins over Helm", () => assert.equal(detectTool(source(), "both", tree), "kustomize"));
  test("only files directly in the path count", () => assert.equal(detectTool(source(), "deep", tree), "directory"));
  test("a folder named like a kustomization does not count", () => assert.equal(detectTool(source(), "nested", tree), "directory"));
  test("explicit block wins", () => assert.equal(detectTool(source({ toolBlocks: ["directory"] }), "charts/nginx", tree), "directory"));
});

describe("renderDirectory", () => {
  const files = treeOf([
    "app/a.yaml",
    "app/b.YAML",
    "app/c.json",
    "app/d.jsonnet",
    "app/e.txt",
    "app/.hidden.yaml",
    "app/.github/workflow.yml",
    "app/sub/f.yml",
    "app/sub/skip.yaml",
  ]);
  const noMarker = (): boolean => false;

  test("extension filter is case-sensitive", () => {
    assert.deepEqual(renderDirectory("app", { recurse: false }, files, noMarker).files, ["app/.hidden.yaml", "app/a.yaml", "app/c.json", "app/d.jsonnet"]);
  });
  test("subfolders need recurse", () => {
    assert.deepEqual(renderDirectory("app/sub", { recurse: false, include: "*.yml" }, treeOf(["app/sub/deeper/g.yml", "app/sub/h.yaml"]), noMarker).inSubfolders, [
      "app/sub/deeper/g.yml",
    ]);
  });
  test("subfolders are listed only for an empty render", () => {
    assert.deepEqual(renderDirectory("app", { recurse: false }, files, noMarker).inSubfolders, []);
  });
  test("recurse walks hidden folders", () => {
    assert.ok(renderDirectory("app", { recurse: true }, files, noMarker).files.includes("app/.github/workflow.yml"));
  });
  test("exclude wins over include", () => {
    const render = renderDirectory("app", { recurse: true, include: "*.yml", exclude: "sub/*" }, files, noMarker);
    assert.deepEqual(render.files, ["app/.github/workflow.yml"]);
  });
  test("skip marker drops a file", () => {
    const render = renderDirectory("app", { recurse: true, include: "sub/*" }, files, (file) => file.endsWith("skip.yaml"));
    assert.deepEqual(render.skipped, ["app/sub/skip.yaml"]);
  });
});

describe("applicationPathsInTemplate", () => {
  const template = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  source:\n    path: helm-guestbook\n    repoURL: {{ .Values.repoURL }}\n---\nkind: Application\nspec:\n  source:\n    path: {{ .Values.path }}\n";
  test("literal paths are found", () => assert.deepEqual(applicationPathsInTemplate(template), ["helm-guestbook"]));
  test("other kinds are ignored", () => assert.deepEqual(applicationPathsInTemplate("kind: ConfigMap\ndata:\n  path: x\n"), []));
});
