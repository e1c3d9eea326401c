// The unreadable-file case as an unprivileged user. Root reads a chmod 000 file anyway, so when the
// suite runs as root (as CI does) the CLI is started through setpriv as "nobody" instead.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const CLI_SOURCE = fileURLToPath(new URL("../../src/cli.ts", import.meta.url));
const TSX_LOADER = import.meta.resolve("tsx");
const NOBODY = "65534";

function runAsNobody(args: string[]) {
  return spawnSync("setpriv", [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", process.execPath, "--import", TSX_LOADER, CLI_SOURCE, ...args], {
    cwd: tmpdir(),
    encoding: "utf8",
    env: { PATH: process.env.PATH, NO_COLOR: "1", HOME: tmpdir() },
    timeout: 60_000,
  });
}

/** Returns an Argo CD Application of this repository that renders `path`. */
function application(name: string, path: string): string {
  return [
    "apiVersion: argoproj.io/v1alpha1",
    "kind: Application",
    `metadata: { name: ${name}, namespace: argocd }`,
    "spec:",
    "  project: default",
    `  source: { repoURL: https://git.example.com/org/gitops.git, targetRevision: HEAD, path: ${path} }`,
    "  destination: { server: https://kubernetes.default.svc, namespace: web }",
    "",
  ].join("\n");
}

function skipReason(): string | undefined {
  if (process.getuid?.() !== 0) return "not running as root: hostile.test.ts covers the case directly";
  if (!existsSync("/usr/bin/setpriv")) return "setpriv is not installed, so the CLI cannot run as an unprivileged user";
  const probe = runAsNobody(["--version"]);
  if (probe.status !== 0) return `the unprivileged user cannot run the CLI from this checkout (${(probe.stderr || "no output").split("\n")[0]})`;
  return undefined;
}

describe("unreadable file as an unprivileged user", { skip: skipReason() }, () => {
  const base = mkdtempSync(join(tmpdir(), "plumbline-unreadable-"));
  chmodSync(base, 0o755);
  const root = join(base, "repo");
  mkdirSync(root);
  writeFileSync(join(root, "ok.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n");
  writeFileSync(join(root, "x.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: secret-value-not-printed\n");
  chmodSync(join(root, "x.yaml"), 0o000);
  after(() => rmSync(base, { recursive: true, force: true }));

  const run = runAsNobody(["--root", root, "--format", "json"]);

  test("exits 1", () => assert.equal(run.status, 1, run.stderr));
  test("prints no stack trace", () => assert.doesNotMatch(run.stderr, /\n\s+at /));
  test("never prints the file content", () => assert.doesNotMatch(run.stdout + run.stderr, /secret-value-not-printed/));

  test("reports permission denied on the file", () => {
    const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; line: number; message: string }[] }).findings;
    const finding = findings.find((item) => item.ruleId === "repo/unreadable");
    assert.deepEqual(finding && [finding.file, finding.line], ["x.yaml", 1]);
    assert.match(finding!.message, /permission denied/);
  });
});

describe("unlistable folder as an unprivileged user", { skip: skipReason() }, () => {
  const base = mkdtempSync(join(tmpdir(), "plumbline-unreadable-"));
  chmodSync(base, 0o755);
  const root = join(base, "repo");
  mkdirSync(join(root, "argocd"), { recursive: true });
  mkdirSync(join(root, "locked"));
  writeFileSync(join(root, ".plumbline.yaml"), "repoURLs: [https://git.example.com/org/gitops.git]\n");
  writeFileSync(join(root, "argocd", "locked.yaml"), application("locked", "locked"));
  writeFileSync(join(root, "argocd", "inner.yaml"), application("inner", "locked/inner"));
  writeFileSync(join(root, "locked", "deploy.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: inside\n");
  mkdirSync(join(root, "locked", "inner"));
  writeFileSync(join(root, "locked", "inner", "deploy.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: inner\n");
  // Mode 000: other users can neither list the folder nor open anything in it.
  chmodSync(join(root, "locked"), 0o000);
  after(() => rmSync(base, { recursive: true, force: true }));

  for (const cache of [[], ["--cache-location", join(base, "cache")]]) {
    const run = runAsNobody(["--root", root, "--format", "json", ...cache]);
    const label = cache.length > 0 ? "with --cache" : "without the cache";

    test(`exits 1 ${label}`, () => assert.equal(run.status, 1, run.stderr));

    test(`reports the folder ${label}`, () => {
      const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; message: string }[] }).findings;
      assert.deepEqual(
        findings.map((finding) => `${finding.ruleId} ${finding.file}`),
        ["repo/unreadable locked"],
      );
      assert.match(findings[0]!.message, /folder cannot be listed/);
    });
  }

  test("folder as FILE: reported", () => {
    const run = runAsNobody(["--root", root, "--format", "json", join(root, "locked")]);
    const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; file: string }[] }).findings;
    assert.deepEqual(findings.map((finding) => `${finding.ruleId} ${finding.file}`), ["repo/unreadable locked"]);
  });
});

describe("unreadable files and root as an unprivileged user", { skip: skipReason() }, () => {
  const base = mkdtempSync(join(tmpdir(), "plumbline-unreadable-"));
  chmodSync(base, 0o755);
  const root = join(base, "repo");
  mkdirSync(join(root, "argocd"), { recursive: true });
  mkdirSync(join(root, "web"));
  writeFileSync(join(root, ".plumbline.yaml"), "repoURLs: [https://git.example.com/org/gitops.git]\n");
  writeFileSync(join(root, "argocd", "web.yaml"), application("web", "web"));
  writeFileSync(join(root, "web", "deploy.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n");
  chmodSync(join(root, "web", "deploy.yaml"), 0o000);
  const lockedRoot = join(base, "locked-root");
  mkdirSync(lockedRoot);
  writeFileSync(join(lockedRoot, "a.yaml"), "a: 1\n");
  chmodSync(lockedRoot, 0o000);
  after(() => rmSync(base, { recursive: true, force: true }));

  test("unreadable app files: not empty", () => {
    const run = runAsNobody(["--root", root, "--format", "json"]);
    const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; file: string }[] }).findings;
    assert.deepEqual(findings.map((finding) => `${finding.ruleId} ${finding.file}`), ["repo/unreadable web/deploy.yaml"]);
  });

  test("unreadable config: no exclude advice", () => {
    const configRoot = join(base, "config-root");
    mkdirSync(configRoot);
    writeFileSync(join(configRoot, ".plumbline.yaml"), "exclude: []\n");
    chmodSync(join(configRoot, ".plumbline.yaml"), 0o000);
    const run = runAsNobody(["--root", configRoot]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot read config file ".*\.plumbline\.yaml": cannot read file: permission denied; make it readable$/m);
  });

  test("unsearchable folder: file not missing", () => {
    const fileRoot = join(base, "file-root");
    mkdirSync(join(fileRoot, "sub"), { recursive: true });
    writeFileSync(join(fileRoot, "sub", "a.yaml"), "a: 1\n");
    // Listable but not searchable: the name shows, the file cannot be reached.
    chmodSync(join(fileRoot, "sub"), 0o644);
    const run = runAsNobody(["--root", fileRoot, join(fileRoot, "sub", "a.yaml")]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /file ".*sub\/a\.yaml" cannot be reached \(permission denied\)/);
  });

  test("unlistable root: exits 2", () => {
    const run = runAsNobody(["--root", lockedRoot]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /root ".*locked-root" cannot be listed \(EACCES\)/);
  });
});
