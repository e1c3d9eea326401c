// The repository walk: what it skips always, what `exclude` skips, and that the root is never skipped.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { globSync } from "glob";
import { discover } from "../../src/workspace/discover.js";
import { PROJECT_ROOT } from "../helpers/cli.js";

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

// The walk is plumbline's own readdir loop; glob's walk, with the same skips, is the reference.
describe("discover against glob's walk", () => {
  // A folder that an exclude glob matches is skipped whole, which glob's `ignore` does for `glob/**`.
  function reference(root: string, exclude: readonly string[]): { files: string[]; dirs: string[]; links: string[]; special: string[] } {
    const always = ["**/.git", "**/.git/**", "**/node_modules", "**/node_modules/**"];
    const entries = globSync("**", { cwd: root, dot: true, follow: false, withFileTypes: true, ignore: [...always, ...exclude.flatMap((pattern) => [pattern, `${pattern}/**`].map((glob) => glob.replace(/^\//, "")))] });
    const found = { files: [] as string[], dirs: [""] as string[], links: [] as string[], special: [] as string[] };
    for (const entry of entries) {
      const path = entry.relativePosix();
      if (path === "") continue;
      if (entry.isSymbolicLink()) found.links.push(path);
      else if (entry.isDirectory()) found.dirs.push(path);
      else if (entry.isFile()) found.files.push(path);
      else found.special.push(path);
    }
    for (const list of Object.values(found)) list.sort();
    return found;
  }

  async function assertSameAsGlob(root: string, exclude: readonly string[] = []): Promise<void> {
    const tree = await discover(root, exclude);
    const expected = reference(root, exclude);
    const links = tree.symlinks.map((link) => link.path);
    assert.deepEqual(tree.files.filter((file) => !links.includes(file)), expected.files, `files of ${root}`);
    assert.deepEqual(tree.dirs, expected.dirs, `folders of ${root}`);
    assert.deepEqual(links, expected.links, `links of ${root}`);
    assert.deepEqual(tree.special, expected.special, `special files of ${root}`);
  }

  test("fixture repositories: same entries", async () => {
    const roots = globSync(["test/fixtures/**/{fires,quiet}", "examples/*"], { cwd: PROJECT_ROOT, absolute: true });
    assert.ok(roots.length > 100);
    for (const root of roots) await assertSameAsGlob(root);
  });

  test("links, FIFOs and excludes: same entries", async () => {
    const root = repo("mixed", ["apps/a.yaml", "apps/deep/b.yaml", "vendor/c.yaml", "docs/d.md", "apps/web/e.tmpl.yaml", ".hidden/f.yaml"]);
    symlinkSync("apps", join(root, "linked-dir"));
    symlinkSync("apps/a.yaml", join(root, "linked-file.yaml"));
    symlinkSync("missing.yaml", join(root, "dangling.yaml"));
    symlinkSync("/etc/hostname", join(root, "outside.yaml"));
    execFileSync("mkfifo", [join(root, "apps", "pipe.yaml")]);
    await assertSameAsGlob(root);
    await assertSameAsGlob(root, ["vendor", "**/*.tmpl.yaml", "/docs"]);
  });
});
