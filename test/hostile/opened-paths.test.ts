// Runs the CLI from "/" with --root set to a fixture full of links and paths that lead out of it,
// under `strace -e trace=open,openat,openat2`. Every file the process opens must belong to the
// fixture, plumbline's own code, Node's runtime or a system library. Skipped where strace is not
// installed or cannot trace (for example in a container without ptrace).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../helpers/cli.js";
import { REPO_URL } from "./corpus.js";

const STRACE = ["/usr/bin/strace", "/bin/strace"].find((path) => spawnSync(path, ["-V"]).status === 0);

// Files Node opens for itself at startup, whatever it runs: shared libraries, OpenSSL's config, time
// zones, and the kernel's views of the process.
const SYSTEM_PREFIXES = ["/proc/", "/sys/", "/dev/", "/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/share/zoneinfo/", "/etc/ld.so.", "/etc/ssl/", "/etc/localtime"];

let workDir: string | undefined;

after(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function buildFixture(root: string): void {
  const application = (name: string, path: string): string =>
    `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: ${REPO_URL}\n    targetRevision: HEAD\n    path: ${JSON.stringify(path)}\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: default\n`;

  mkdirSync(join(root, "apps"));
  mkdirSync(join(root, "base"));
  writeFileSync(join(root, ".plumbline.yaml"), `repoURLs: [${REPO_URL}]\n`);
  writeFileSync(join(root, "apps/up.yaml"), application("up", "../../.."));
  writeFileSync(join(root, "apps/etc.yaml"), application("etc", "/etc"));
  writeFileSync(join(root, "apps/escape.yaml"), application("escape", "escape"));
  writeFileSync(join(root, "apps/through.yaml"), application("through", "host/etc"));
  writeFileSync(join(root, "base/kustomization.yaml"), "resources:\n  - ../base\n  - ../../../etc\n  - /etc/passwd\n  - ../escape\n");
  symlinkSync("/etc/passwd", join(root, "x.yaml"));
  symlinkSync("/", join(root, "host"));
  symlinkSync("/etc", join(root, "escape"));
  symlinkSync("../../../../../../../../etc/hostname", join(root, "relative.yaml"));
}

test("CLI opens nothing outside the root", { skip: STRACE ? false : "strace is not installed" }, (context) => {
  workDir = realpathSync(mkdtempSync(join(tmpdir(), "plumbline-opened-")));
  const root = join(workDir, "repo");
  mkdirSync(root);
  buildFixture(root);

  const trace = join(workDir, "strace.txt");
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  const run = spawnSync(
    STRACE!,
    ["-f", "-qq", "-e", "trace=open,openat,openat2", "-o", trace, process.execPath, "--import", tsx, join(PROJECT_ROOT, "src/cli.ts"), "--root", root, "--format", "json"],
    { cwd: "/", encoding: "utf8", timeout: 60_000, env: { ...process.env, NO_COLOR: "1", GITHUB_REPOSITORY: "" } },
  );
  if (/^strace: .*(ptrace|Operation not permitted)/m.test(run.stderr)) {
    context.skip(`strace cannot trace here: ${run.stderr.split("\n")[0]}`);
    return;
  }
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);

  const allowed = [
    `${root}/`,
    PROJECT_ROOT.endsWith("/") ? PROJECT_ROOT : `${PROJECT_ROOT}/`,
    `${dirname(dirname(realpathSync(process.execPath)))}/`,
    `${realpathSync(tmpdir())}/tsx-`,
    ...SYSTEM_PREFIXES,
  ];
  const opened = readFileSync(trace, "utf8")
    .split("\n")
    .map((line) => /open(?:at2?)?\((?:AT_FDCWD|\d+), "([^"]+)"|open\("([^"]+)"/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => match[1] ?? match[2]!);

  assert.ok(opened.some((path) => path.startsWith(`${root}/`)), "the trace shows no file of the fixture: strace recorded nothing useful");
  const outside = [...new Set(opened.filter((path) => path !== root && !allowed.some((prefix) => path.startsWith(prefix))))];
  assert.deepEqual(outside, [], `opened outside the root:\n${outside.join("\n")}`);
});
