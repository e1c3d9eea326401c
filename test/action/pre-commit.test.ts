// Runs the published hook for real. `pre-commit try-repo` installs this project the way pre-commit
// installs a `language: node` hook: npm install, npm pack, then npm install -g of the tarball, with
// the system Node. It then runs the hook on the staged files of a temporary git repository.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { PROJECT_ROOT } from "./harness.js";

const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
const SKIP = preCommit.error || preCommit.status !== 0 ? "pre-commit is not on PATH (.ci/run installs Debian's pre-commit package)" : false;

const CLEAN_NAD = `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: macvlan-conf
  namespace: default
spec:
  config: '{"cniVersion": "0.3.1", "name": "macvlan-conf", "type": "macvlan", "master": "eth0", "mode": "bridge", "ipam": {"type": "host-local", "subnet": "192.168.1.0/24"}}'
`;

// spec.config written as a YAML flow mapping that is never closed: the file does not parse.
const BROKEN_NAD = `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: broken-conf
  namespace: default
spec:
  config: {"cniVersion": "0.3.1", "type": "macvlan"
`;

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync("git", ["-c", "user.email=test@example.com", "-c", "user.name=test", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
  assert.equal(result.status, 0, `git ${args.join(" ")}: ${result.stderr}`);
}

/**
 * Copies the working tree (tracked and untracked files that .gitignore does not exclude) into a new
 * git repository, because try-repo clones committed content and leaves untracked files out.
 */
function snapshotProject(target: string): void {
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  assert.equal(listed.status, 0, listed.stderr);
  for (const path of listed.stdout.split("\0").filter(Boolean)) {
    const source = join(PROJECT_ROOT, path);
    try {
      if (!statSync(source).isFile()) continue;
    } catch {
      continue; // deleted in the working tree
    }
    mkdirSync(dirname(join(target, path)), { recursive: true });
    copyFileSync(source, join(target, path));
  }
  git(target, "init", "-q");
  git(target, "add", "-A");
  git(target, "commit", "-q", "-m", "snapshot");
}

describe("pre-commit hook", { skip: SKIP }, () => {
  let temp: string;
  let hookRepo: string;
  let userRepo: string;

  before(() => {
    temp = mkdtempSync(join(tmpdir(), "plumbline-pre-commit-"));
    hookRepo = join(temp, "hook");
    userRepo = join(temp, "user");
    mkdirSync(hookRepo);
    mkdirSync(join(userRepo, "net"), { recursive: true });
    snapshotProject(hookRepo);
    git(userRepo, "init", "-q");
  });
  after(() => rmSync(temp, { recursive: true, force: true }));

  function tryRepo() {
    return spawnSync("pre-commit", ["try-repo", hookRepo, "plumbline"], {
      cwd: userRepo,
      encoding: "utf8",
      env: { ...process.env, PRE_COMMIT_HOME: join(temp, "cache"), NO_COLOR: "1" },
      timeout: 600_000,
    });
  }

  it("passes a clean commit", () => {
    writeFileSync(join(userRepo, "net/macvlan.yaml"), CLEAN_NAD);
    git(userRepo, "add", "-A");
    const run = tryRepo();
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /plumbline\.+Passed/);
    // The hook runs with --cache: the parse cache exists and does not show up in git status.
    assert.ok(statSync(join(userRepo, "node_modules/.cache/plumbline/parse-cache.v8")).size > 0);
    const status = spawnSync("git", ["status", "--porcelain", "--untracked-files=all"], { cwd: userRepo, encoding: "utf8" });
    assert.doesNotMatch(status.stdout, /node_modules/);
  });

  it("blocks a commit with a broken NAD", () => {
    writeFileSync(join(userRepo, "net/broken.yaml"), BROKEN_NAD);
    git(userRepo, "add", "-A");
    const run = tryRepo();
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /plumbline\.+Failed/);
    assert.match(run.stdout, /net\/broken\.yaml\n\s+\d+:\d+\s+error\s+.*yaml\/syntax/);
  });
});
