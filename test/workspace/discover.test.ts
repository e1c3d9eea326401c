// The repository walk: what it skips always, what `exclude` skips, and that the root is never skipped.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { discover } from "../../src/workspace/discover.js";

const scratch = mkdtempSync(join(tmpdir(), "plumbline-discover-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

function repo(name: string, files: readonly string[]): string {
  const root = join(scratch, name);
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), "a: 1\n");
  }
  return root;
}

describe("discover", () => {
  const files = [
    "app.yaml",
    ".git/config",
    ".git/objects/ab/cd.yaml",
    "sub/.git",
    "node_modules/pkg/x.yaml",
    "apps/node_modules/y.yaml",
    "apps/node_modules_backup/z.yaml",
    "apps/.gitignore",
    "apps/web/deploy.yaml",
    "charts/c/values.yaml",
    "vendor/v.yaml",
    "apps/web/deploy.tmpl.yaml",
  ];

  test(".git and node_modules: skipped anywhere", async () => {
    const tree = await discover(repo("always", files), []);
    assert.deepEqual(tree.files, [
      "app.yaml",
      "apps/.gitignore",
      "apps/node_modules_backup/z.yaml",
      "apps/web/deploy.tmpl.yaml",
      "apps/web/deploy.yaml",
      "charts/c/values.yaml",
      "vendor/v.yaml",
    ]);
    assert.ok(!tree.dirs.some((dir) => dir.includes(".git") || dir.split("/").includes("node_modules")), tree.dirs.join(", "));
  });

  test("exclude: matched folder skipped whole", async () => {
    const tree = await discover(repo("exclude", files), ["charts/**", "vendor", "**/*.tmpl.yaml"]);
    assert.deepEqual(tree.files, ["app.yaml", "apps/.gitignore", "apps/node_modules_backup/z.yaml", "apps/web/deploy.yaml"]);
    assert.ok(!tree.dirs.includes("charts/c"));
  });

  test("exclude: left-out entries recorded", async () => {
    const tree = await discover(repo("excluded", files), ["charts/**", "vendor", "**/*.tmpl.yaml"]);
    assert.deepEqual(tree.excluded, ["apps/web/deploy.tmpl.yaml", "charts", "vendor"]);
  });

  test("exclude: a leading slash anchors at the root", async () => {
    const tree = await discover(repo("anchored", [...files, "apps/vendor/w.yaml"]), ["/vendor", "/apps/web/*.tmpl.yaml"]);
    assert.deepEqual(tree.excluded, ["apps/web/deploy.tmpl.yaml", "vendor"]);
    assert.ok(tree.files.includes("apps/vendor/w.yaml"));
  });

  test("root named node_modules: walked", async () => {
    for (const name of ["node_modules", ".git"]) {
      const tree = await discover(repo(join(`named-${name.replace(".", "")}`, name), ["a.yaml", "node_modules/b.yaml"]), []);
      assert.deepEqual(tree.files, ["a.yaml"], name);
    }
  });
});
