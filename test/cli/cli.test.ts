// The CLI contract of DESIGN.md, checked on the real process: exit codes, output formats, flags,
// FILE arguments and usage errors.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { PROJECT_ROOT, runCli, runCliJson } from "../helpers/cli.js";
import { makeTempRepo } from "../helpers/temp-repo.js";

const SYNTAX_FIXTURE = "test/fixtures/rules/yaml/syntax/fires";
const CLEAN_EXAMPLE = "examples/sock-shop";

describe("exit codes", () => {
  test("clean example exits 0", () => {
    const run = runCli(["--root", CLEAN_EXAMPLE]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  test("an error finding exits 1", () => {
    assert.equal(runCli(["--root", SYNTAX_FIXTURE]).status, 1);
  });

  test("--fail-on none exits 0 despite errors", () => {
    assert.equal(runCli(["--root", SYNTAX_FIXTURE, "--fail-on", "none"]).status, 0);
  });

  test("--fail-on info exits 1 on an info finding", () => {
    const run = runCli(["--root", "test/fixtures/rules/suppression/unused/fires", "--fail-on", "info"]);
    assert.equal(run.status, 1);
  });

  test("info findings pass the default --fail-on", () => {
    assert.equal(runCli(["--root", "test/fixtures/rules/suppression/unused/fires"]).status, 0);
  });
});

describe("json format", () => {
  const { report, status } = runCliJson(["--root", SYNTAX_FIXTURE]);

  test("has version 1", () => assert.equal(report.version, 1));
  test("root is absolute", () => assert.ok(report.root.startsWith("/")));
  test("exit code matches findings", () => assert.equal(status, 1));

  test("finding carries every contract field", () => {
    const finding = report.findings.find((item) => item.file === "broken.yaml")!;
    assert.deepEqual(
      { ruleId: finding.ruleId, severity: finding.severity, file: finding.file, line: finding.line, column: finding.column },
      { ruleId: "yaml/syntax", severity: "error", file: "broken.yaml", line: 6, column: 9 },
    );
    assert.equal(typeof finding.endLine, "number");
    assert.equal(typeof finding.endColumn, "number");
    assert.match((finding as unknown as { docsUrl: string }).docsUrl, /docs\/rules\/yaml\/syntax\.md$/);
  });

  test("summary counts errors", () => assert.equal(report.summary.errors, report.findings.filter((f) => f.severity === "error").length));
  test("summary counts linted files only", () => assert.equal(report.summary.files, 9));

  test("findings are sorted by file and line", () => {
    const keys = report.findings.map((finding) => `${finding.file}:${String(finding.line).padStart(6, "0")}`);
    assert.deepEqual(keys, [...keys].sort());
  });
});

describe("stylish format", () => {
  const run = runCli(["--root", SYNTAX_FIXTURE]);

  test("groups findings under the file name", () => assert.match(run.stdout, /^broken\.yaml\n {2}6:9 +error +quoted string/m));
  test("ends each line with the rule id", () => assert.match(run.stdout, /never closed; add the closing " {2}yaml\/syntax$/m));
  test("prints a summary line", () => assert.match(run.stdout, /✖ 4 problems \(4 errors, 0 warnings, 0 info\) in 4 files of 9/));
  test("has no colour when NO_COLOR is set", () => assert.doesNotMatch(run.stdout, /\u001b\[/));

  test("has colour with FORCE_COLOR", () => {
    const coloured = runCli(["--root", SYNTAX_FIXTURE], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    assert.match(coloured.stdout, /\u001b\[31m/);
  });

  test("reports a clean repo in one line", () => {
    const clean = runCli(["--root", "test/fixtures/rules/yaml/syntax/quiet"]);
    assert.equal(clean.stdout, "✔ no problems in 10 files\n");
  });
});

describe("--rule", () => {
  test("downgrades a rule to warning", () => {
    const { report, status } = runCliJson(["--root", SYNTAX_FIXTURE, "--rule", "yaml/syntax=warning"]);
    assert.equal(status, 0);
    assert.ok(report.findings.every((finding) => finding.severity === "warning"));
  });

  test("turns a rule off", () => {
    const { report } = runCliJson(["--root", SYNTAX_FIXTURE, "--rule", "yaml/syntax=off"]);
    assert.equal(report.findings.length, 0);
  });

  test("rejects an unknown rule id", () => {
    const run = runCli(["--root", SYNTAX_FIXTURE, "--rule", "yaml/sintax=off"]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /unknown rule "yaml\/sintax" in --rule/);
  });

  test("rejects a bad level", () => {
    const run = runCli(["--root", SYNTAX_FIXTURE, "--rule", "yaml/syntax=fatal"]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /invalid --rule "yaml\/syntax=fatal"/);
  });
});

describe("FILE arguments", () => {
  test("restrict reporting to the named files", () => {
    const { report } = runCliJson(["--root", SYNTAX_FIXTURE, join(SYNTAX_FIXTURE, "broken.yaml")]);
    assert.deepEqual([...new Set(report.findings.map((finding) => finding.file))], ["broken.yaml"]);
  });

  test("still read the whole repository", () => {
    const { report } = runCliJson(["--root", SYNTAX_FIXTURE, join(SYNTAX_FIXTURE, "valid.yaml")]);
    assert.equal(report.summary.files, 9);
  });

  test("a clean file exits 0 in a broken repo", () => {
    assert.equal(runCli(["--root", SYNTAX_FIXTURE, join(SYNTAX_FIXTURE, "valid.yaml")]).status, 0);
  });

  test("a file outside the root is a usage error", () => {
    const run = runCli(["--root", SYNTAX_FIXTURE, "package.json"]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /is outside the root/);
  });

  test("excluded FILE: warning on stderr", () => {
    const repo = makeTempRepo({ ".plumbline.yaml": "exclude: [vendor, apps/skip.yaml]\n", "vendor/x/bad.yaml": "a: [\n", "apps/skip.yaml": "a: [\n", "apps/ok.yaml": "a: 1\n" });
    try {
      const run = runCli(["--root", repo.root, repo.path("vendor/x/bad.yaml"), repo.path("apps/skip.yaml"), repo.path("apps/ok.yaml")]);
      assert.equal(run.status, 0);
      assert.deepEqual(run.stderr.trim().split("\n"), [
        'plumbline: warning: "vendor/x/bad.yaml" was not linted: exclude in .plumbline.yaml leaves out the folder "vendor" it is in; remove the pattern that matches it to lint it',
        'plumbline: warning: "apps/skip.yaml" was not linted: exclude in .plumbline.yaml leaves it out; remove the pattern that matches it to lint it',
      ]);
      assert.equal(runCli(["--root", repo.root, repo.path("apps")]).stderr, "");
    } finally {
      repo.remove();
    }
  });

  test("symlinked folder FILE: warning on stderr", () => {
    const repo = makeTempRepo({ "real/bad.yaml": "a: [\n" });
    try {
      symlinkSync("real", repo.path("linked"));
      const run = runCli(["--root", repo.root, repo.path("linked")]);
      assert.equal(run.status, 0);
      assert.equal(run.stderr.trim(), 'plumbline: warning: "linked" was not linted: "linked" is a symbolic link to a folder, which plumbline does not enter (as Argo CD does not); pass the real path');
    } finally {
      repo.remove();
    }
  });

  test("FILE folder without YAML: warning", () => {
    const repo = makeTempRepo({ "docs/README.md": "# x\n", "apps/ok.yaml": "a: 1\n" });
    try {
      const run = runCli(["--root", repo.root, repo.path("docs"), repo.path("apps")]);
      assert.equal(run.status, 0);
      assert.equal(run.stderr.trim(), 'plumbline: warning: "docs" was not linted: the folder holds no *.yaml, *.yml or *.json file that plumbline reads');
    } finally {
      repo.remove();
    }
  });

  test("unread FILE: warning on stderr", () => {
    const repo = makeTempRepo({ "README.md": "# x\n", "node_modules/pkg/x.yaml": "a: [\n", "ok.yaml": "a: 1\n" });
    try {
      const run = runCli(["--root", repo.root, repo.path("README.md"), repo.path("node_modules/pkg/x.yaml"), repo.path("ok.yaml")]);
      assert.equal(run.status, 0);
      assert.deepEqual(run.stderr.trim().split("\n"), [
        'plumbline: warning: "README.md" was not linted: plumbline reads only *.yaml, *.yml and *.json files',
        'plumbline: warning: "node_modules/pkg/x.yaml" was not linted: plumbline never reads .git and node_modules folders',
      ]);
    } finally {
      repo.remove();
    }
  });
});

describe("usage and config errors", () => {
  const repo = makeTempRepo({ "cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n" });
  after(() => repo.remove());

  const withConfig = (config: string) => {
    writeFileSync(repo.path(".plumbline.yaml"), config);
    return runCli(["--root", repo.root]);
  };

  test("unknown config key names the key and line", () => {
    const run = withConfig("repoURLs: []\nexlude: [a]\n");
    assert.equal(run.status, 2);
    assert.equal(run.stderr.trim().split("\n").length, 1);
    assert.match(run.stderr, /\.plumbline\.yaml:2:1: unknown key "exlude" \(did you mean "exclude"\?\)/);
  });

  test("wrong type names the key", () => {
    const run = withConfig("argocd:\n  namespace: 3\n");
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.plumbline\.yaml:2:14: "argocd\.namespace" must be a string/);
  });

  test("bad enum lists the allowed values", () => {
    const run = withConfig("cluster:\n  profile: minikube\n");
    assert.match(run.stderr, /"cluster\.profile" must be one of generic, kind, docker-desktop; got "minikube"/);
  });

  test("unknown rule in config is named", () => {
    const run = withConfig("rules:\n  nad/unsed: off\n");
    assert.equal(run.status, 2);
    assert.match(run.stderr, /unknown rule "nad\/unsed"/);
  });

  test("exclude with ! negation: config error", () => {
    const run = withConfig("exclude:\n  - vendor\n  - \"!vendor/keep.yaml\"\n");
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.plumbline\.yaml:3:5: exclude pattern "!vendor\/keep\.yaml" starts with "!", but exclude has no negation/);
  });

  test("exclude glob too long: config error", () => {
    const run = withConfig(`exclude:\n  - vendor\n  - "${"a".repeat(70_000)}"\n`);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.plumbline\.yaml:3:5: exclude pattern "a{117}\.\.\." is not a valid glob \(pattern is too long\); fix or remove it/);
  });

  test("invalid YAML in config names the position", () => {
    const run = withConfig("exclude: [a\n");
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.plumbline\.yaml:\d+:\d+: invalid YAML in config/);
  });

  test("--output into a missing folder: says so", () => {
    writeFileSync(repo.path(".plumbline.yaml"), "exclude: []\n");
    const run = runCli(["--root", repo.root, "--output", join(repo.root, "missing", "report.json")]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot write --output ".*report\.json": its folder does not exist; create the folder or write the report elsewhere/);
  });

  test("--output naming a folder: says so", () => {
    writeFileSync(repo.path(".plumbline.yaml"), "exclude: []\n");
    const run = runCli(["--root", repo.root, "--output", repo.root]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /: it is a folder; name a file, such as plumbline\.sarif, inside it/);
  });

  test("--config naming a FIFO: says what to pass", () => {
    const fifo = repo.path("config.fifo");
    execFileSync("mkfifo", [fifo]);
    const run = runCli(["--root", repo.root, "--config", fifo]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot read config file ".*config\.fifo": file is a FIFO \(named pipe\), not a regular file, so it was not read; pass a regular file to --config$/m);
  });

  test("missing --config file is named", () => {
    const run = runCli(["--root", repo.root, "--config", "nope.yaml"]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /config file "nope\.yaml" not found/);
  });

  test("errors carry no stack trace", () => {
    const run = withConfig("exlude: [a]\n");
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });

  test("unknown flag is a usage error", () => {
    const run = runCli(["--frmat", "json"]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /unknown option '--frmat'.*--help/);
  });

  test("unknown format is a usage error", () => {
    const run = runCli(["--root", repo.root, "--format", "xml"]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /unknown format "xml"/);
  });

  test("missing root is a usage error", () => {
    const run = runCli(["--root", "no/such/folder"]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /root "no\/such\/folder" not found/);
  });

  test("relative FILE not found: names working directory", () => {
    writeFileSync(repo.path(".plumbline.yaml"), "");
    const run = runCli(["--root", repo.root, "cm.yaml"], { cwd: join(repo.root, "..") });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /file "cm\.yaml" not found \(a relative FILE is taken from the working directory, .*, not from the root\)/);
  });

  test("--live-timeout without --live: usage error", () => {
    writeFileSync(repo.path(".plumbline.yaml"), "");
    const run = runCli(["--root", repo.root, "--live-timeout", "abc"]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--live-timeout needs --kubeconfig or --live/);
  });

  test("exclude naming the root: config error", () => {
    for (const pattern of [".", "./", "/", "./."]) {
      const run = withConfig(`exclude:\n  - "${pattern}"\n`);
      assert.equal(run.status, 2, pattern);
      assert.match(run.stderr, /\.plumbline\.yaml:2:5: exclude pattern ".*" names the repository root/, pattern);
    }
  });

  test("exclude with . or .. segments: config error", () => {
    for (const pattern of ["vendor/.", "vendor/..", "/..", "a/./b"]) {
      const run = withConfig(`exclude:\n  - "${pattern}"\n`);
      assert.equal(run.status, 2, pattern);
      assert.match(run.stderr, /\.plumbline\.yaml:2:5: exclude pattern ".*" contains a "\." or "\.\." segment/, pattern);
    }
  });

  test("unquoted ! in a flow list: tag named", () => {
    const run = withConfig("exclude: [x, !vendor]\n");
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.plumbline\.yaml:1:14: YAML reads "!vendor" as a tag, not a value; quote it\. exclude patterns have no "!" negation/);
  });

  test("empty FILE argument: usage error", () => {
    writeFileSync(repo.path(".plumbline.yaml"), "");
    const run = runCli(["--root", repo.root, ""]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /empty FILE argument/);
  });

  test("rootApps glob matching nothing: warning", () => {
    const run = withConfig('argocd:\n  rootApps: ["argocd/root.yaml"]\n');
    assert.equal(run.status, 0);
    assert.match(run.stderr, /warning: argocd\.rootApps pattern "argocd\/root\.yaml" in \.plumbline\.yaml matches no Application manifest that plumbline reads/);
    const matched = runCli(["--root", join(PROJECT_ROOT, "examples", "sock-shop-broken")]);
    assert.doesNotMatch(matched.stderr, /matches no Application manifest/);
  });

  test("exclude leaving out everything: warning", () => {
    const run = withConfig('exclude: ["**"]\n');
    assert.equal(run.status, 0);
    assert.match(run.stderr, /warning: exclude in \.plumbline\.yaml leaves out every YAML and JSON file, so nothing was linted/);
  });

  test("unquoted ! in config: named as tag", () => {
    const run = withConfig("exclude:\n  - vendor\n  - !vendor/keep.yaml\n");
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.plumbline\.yaml:3:5: YAML reads "!vendor\/keep\.yaml" as a tag, not a value; quote it\. exclude patterns have no "!" negation/);
  });
});

describe("other flags", () => {
  test("--output writes the report to a file", () => {
    const repo = makeTempRepo({});
    const target = join(repo.root, "..", "report.json");
    const run = runCli(["--root", SYNTAX_FIXTURE, "--format", "json", "--output", target]);
    assert.equal(run.stdout, "");
    assert.equal(JSON.parse(readFileSync(target, "utf8")).version, 1);
    repo.remove();
  });

  test("--list-rules prints every core rule", () => {
    const run = runCli(["--list-rules"]);
    assert.match(run.stdout, /^yaml\/syntax +error +/m);
    assert.match(run.stdout, /^suppression\/unused +info +/m);
  });

  test("--version prints the package version", () => {
    const version = JSON.parse(readFileSync("package.json", "utf8")).version as string;
    assert.equal(runCli(["--version"]).stdout.trim(), version);
  });

  test("--help lists the options", () => assert.match(runCli(["--help"]).stdout, /--fail-on LEVEL/));
});

describe("root and symlinks", () => {
  test("default root is the git top level", () => {
    const repo = makeTempRepo({ "apps/bad.yaml": "a: [\n", "apps/deep/ok.yaml": "a: 1\n" });
    mkdirSync(repo.path(".git"));
    const { report } = runCliJson([], { cwd: repo.path("apps/deep") });
    assert.equal(report.root.endsWith("/repo"), true);
    assert.deepEqual(report.findings.map((finding) => finding.file), ["apps/bad.yaml"]);
    repo.remove();
  });

  test("a directory symlink out of the root is not followed", () => {
    const repo = makeTempRepo({ "ok.yaml": "a: 1\n" });
    mkdirSync(repo.path("../outside"));
    writeFileSync(repo.path("../outside/secret.yaml"), "token: [unclosed\n");
    symlinkSync("../outside", repo.path("linked"));
    const { report, stdout } = runCliJson(["--root", repo.root]);
    assert.equal(report.findings.filter((finding) => finding.ruleId === "yaml/syntax").length, 0);
    assert.doesNotMatch(stdout, /secret\.yaml/);
    repo.remove();
  });

  test("a file symlink out of the root is not read", () => {
    const repo = makeTempRepo({});
    writeFileSync(repo.path("../outside.yaml"), "password: [hunter2\n");
    symlinkSync("../outside.yaml", repo.path("x.yaml"));
    const run = runCli(["--root", repo.root, "--format", "json"]);
    assert.doesNotMatch(run.stdout + run.stderr, /hunter2/);
    assert.equal(JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === "yaml/syntax").length, 0);
    repo.remove();
  });

  test("a file symlink inside the root is read", () => {
    const repo = makeTempRepo({ "real/bad.yaml": "a: [\n" });
    symlinkSync("real/bad.yaml", repo.path("alias.yaml"));
    const { report } = runCliJson(["--root", repo.root]);
    assert.deepEqual(report.findings.filter((f) => f.ruleId === "yaml/syntax").map((f) => f.file), ["alias.yaml", "real/bad.yaml"]);
    repo.remove();
  });
});

describe("suppressions", () => {
  test("disable-next-line hides the finding on the next line", () => {
    const { report } = runCliJson(["--root", "test/fixtures/rules/suppression/unused/quiet"]);
    assert.equal(report.findings.length, 0);
  });

  test("an unmatched suppression is reported", () => {
    const { report } = runCliJson(["--root", "test/fixtures/rules/suppression/unused/fires"]);
    assert.ok(report.findings.every((finding) => finding.ruleId === "suppression/unused"));
  });
});

describe("--threads", () => {
  for (const value of ["0", "two", "1.5", "65"]) {
    test(`rejects "${value}"`, () => {
      const run = runCli(["--root", CLEAN_EXAMPLE, "--threads", value]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, new RegExp(`invalid --threads "${value.replace(".", "\\.")}": give a whole number from 1 to 64`));
    });
  }

  test("1 lints on the main thread alone", () => {
    const run = runCli(["--root", SYNTAX_FIXTURE, "--threads", "1"], { env: { DEBUG: "plumbline" } });
    assert.equal(run.status, 1);
    assert.doesNotMatch(run.stderr, /worker thread/);
  });
});

describe("--cache-location", () => {
  test("rejects an empty value", () => {
    const run = runCli(["--root", CLEAN_EXAMPLE, "--cache-location", ""]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /invalid --cache-location "": name a folder/);
  });
});

describe("--threads values", () => {
  test("a value with a leading dash names the = form", () => {
    const run = runCli(["--root", CLEAN_EXAMPLE, "--threads", "-1"]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /option '--threads' is followed by a value that starts with "-"; write --threads=VALUE to pass it/);
  });

  for (const value of ["1e1", "0x2", " 2", "-1"]) {
    test(`rejects "${value}" given with =`, () => {
      const run = runCli(["--root", CLEAN_EXAMPLE, `--threads=${value}`]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /invalid --threads ".*": give a whole number from 1 to 64/);
    });
  }
});
