// Installs the package the way a user does, from the tarball `npm pack` makes, and runs its bin.
// The install uses --prefer-offline: the bin runs the committed ncc bundle, which needs no
// runtime dependency, so nothing beyond the npm registry (and normally nothing at all) is fetched.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { PROJECT_ROOT } from "./harness.js";

interface PackedFile {
  path: string;
}

describe("packed package", () => {
  let temp: string;
  let tarball: string;
  let files: string[];

  before(() => {
    temp = mkdtempSync(join(tmpdir(), "plumbline-pack-"));
    const pack = spawnSync("npm", ["pack", "--pack-destination", temp, "--json"], { cwd: PROJECT_ROOT, encoding: "utf8" });
    assert.equal(pack.status, 0, pack.stderr);
    const [info] = JSON.parse(pack.stdout) as [{ filename: string; files: PackedFile[] }];
    tarball = join(temp, info.filename);
    files = info.files.map((file) => file.path);

    const install = join(temp, "install");
    mkdirSync(install);
    writeFileSync(join(install, "package.json"), JSON.stringify({ name: "plumbline-pack-test", private: true }));
    const result = spawnSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], {
      cwd: install,
      encoding: "utf8",
      timeout: 300_000,
    });
    assert.equal(result.status, 0, `npm install of the tarball failed: ${result.stderr}`);
  });
  after(() => rmSync(temp, { recursive: true, force: true }));

  it("ships the CLI bundle", () => {
    for (const path of ["dist/cli/index.js", "schemas/config.schema.json", "package.json"]) assert.ok(files.includes(path), path);
  });

  it("leaves the Action bundle out", () => {
    // The Action runs from the git checkout of the action's repository, never from npm.
    assert.ok(!files.some((path) => path.startsWith("dist/action/")), files.join(", "));
  });

  it("leaves sources and tests out", () => {
    assert.ok(!files.some((path) => path.startsWith("src/") || path.startsWith("test/")), files.join(", "));
  });

  function npx(args: string[]) {
    return spawnSync("npx", ["--no-install", "plumbline", ...args], {
      cwd: join(temp, "install"),
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", GITHUB_ACTIONS: "", GITHUB_REPOSITORY: "" },
      timeout: 120_000,
    });
  }

  it("prints its version through npx", () => {
    const run = npx(["--version"]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it("lints the sock-shop example cleanly", () => {
    const run = npx(["--root", join(PROJECT_ROOT, "examples/sock-shop"), "--format", "json"]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.summary.errors, 0);
    assert.ok(report.summary.files > 0);
  });

  it("blocks the broken sock-shop example", () => {
    const run = npx(["--root", join(PROJECT_ROOT, "examples/sock-shop-broken")]);
    assert.equal(run.status, 1, run.stdout + run.stderr);
  });
});
