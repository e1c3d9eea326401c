import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { makeTempRepo, type TempRepo } from "../helpers/temp-repo.js";
import { GRAPH_REPO } from "../report/graph-repo.js";
import { actionBundle, runAction, startFakeGitHub, type ActionRun, type FakeGitHub } from "./harness.js";
import { sarifSchemaErrors } from "./sarif-schema.js";

const BROKEN = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken\n  labels: {a: b\n";

/** Twelve files with a YAML syntax error each, and one unused suppression (an info finding). */
function brokenRepo(): Record<string, string> {
  const files: Record<string, string> = {
    "ok.yaml": "# plumbline-disable-next-line yaml/syntax -- nothing to suppress\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n",
  };
  for (let index = 1; index <= 12; index += 1) files[`broken-${String(index).padStart(2, "0")}.yaml`] = BROKEN;
  return files;
}

function annotations(run: ActionRun) {
  return run.commands.filter((command) => ["error", "warning", "notice"].includes(command.command) && command.properties.file);
}

function pullRequestEvent(number = 7, extra: Record<string, unknown> = {}) {
  return { action: "synchronize", number, pull_request: { number, head: { sha: "feedfacefeedfacefeedfacefeedfacefeedface" }, ...extra } };
}

describe("action bundle", () => {
  before(() => {
    actionBundle();
  });

  describe("full run", () => {
    let repo: TempRepo;
    let run: ActionRun;

    before(async () => {
      repo = makeTempRepo(brokenRepo());
      run = await runAction({ workspace: repo.root, inputs: { "fail-on": "error", "sarif-file": "out/plumbline.sarif" } });
    });
    after(() => repo.remove());

    it("fails the step on errors", () => {
      assert.equal(run.status, 1, run.stdout + run.stderr);
      assert.ok(run.commands.some((command) => command.command === "error" && /12 findings at or above fail-on "error"/.test(command.message)), run.stdout);
    });

    it("annotates ten errors with positions", () => {
      const errors = annotations(run).filter((command) => command.command === "error");
      assert.equal(errors.length, 10);
      for (const error of errors) {
        assert.match(error.properties.file!, /^broken-\d\d\.yaml$/);
        assert.equal(error.properties.line, "6");
        assert.equal(error.properties.col, "1");
        assert.equal(error.properties.title, "yaml/syntax");
      }
    });

    it("annotates the most severe first", () => {
      const levels = annotations(run).map((command) => command.command);
      assert.equal(levels.lastIndexOf("error") < levels.indexOf("notice"), true, levels.join(","));
    });

    it("annotates the info finding", () => {
      const notices = annotations(run).filter((command) => command.command === "notice");
      assert.deepEqual(notices.map((notice) => notice.properties.file), ["ok.yaml"]);
    });

    it("counts the rest in one notice", () => {
      const rest = run.commands.filter((command) => command.command === "notice" && !command.properties.file);
      assert.equal(rest.length, 1);
      assert.match(rest[0]!.message, /^2 more findings \(2 errors\) not annotated.*job summary and the SARIF file$/);
    });

    it("sets the count outputs", () => {
      assert.equal(run.outputs.errors, "12");
      assert.equal(run.outputs.warnings, "0");
      assert.equal(run.outputs.infos, "1");
    });

    it("writes valid SARIF and names it", () => {
      assert.equal(run.outputs["sarif-file"], `${repo.root}/out/plumbline.sarif`);
      const log = JSON.parse(readFileSync(run.outputs["sarif-file"]!, "utf8"));
      assert.deepEqual(sarifSchemaErrors(log), []);
      assert.equal(log.runs[0].results.length, 13);
    });

    it("writes the job summary", () => {
      assert.match(run.summary, /^## plumbline$/m);
      assert.match(run.summary, /\| 🔴 error \| 12 \|/);
      assert.match(run.summary, /\[`yaml\/syntax`\]\(https:\/\/\S+\/yaml\/syntax\.md\)/);
      assert.match(run.summary, /\[`broken-01\.yaml`\]\(https:\/\/github\.example\.com\/acme\/gitops\/blob\/0123456789abcdef0123456789abcdef01234567\/broken-01\.yaml#L6\)/);
    });
  });

  describe("fail-on", () => {
    let repo: TempRepo;

    before(() => {
      repo = makeTempRepo({ "ok.yaml": "# plumbline-disable-next-line yaml/syntax -- nothing to suppress\nkey: value\n" });
    });
    after(() => repo.remove());

    it("passes infos under fail-on error", async () => {
      const run = await runAction({ workspace: repo.root, inputs: { "fail-on": "error" } });
      assert.equal(run.status, 0, run.stdout);
      assert.equal(run.outputs.infos, "1");
    });

    it("fails infos under fail-on info", async () => {
      const run = await runAction({ workspace: repo.root, inputs: { "fail-on": "info" } });
      assert.equal(run.status, 1, run.stdout);
    });

    it("never fails under fail-on none", async () => {
      const broken = makeTempRepo(brokenRepo());
      try {
        const run = await runAction({ workspace: broken.root, inputs: { "fail-on": "none" } });
        assert.equal(run.status, 0, run.stdout);
        assert.equal(run.outputs.errors, "12");
      } finally {
        broken.remove();
      }
    });

    it("rejects an invalid level", async () => {
      const run = await runAction({ workspace: repo.root, inputs: { "fail-on": "fatal" } });
      assert.equal(run.status, 1);
      assert.ok(run.commands.some((command) => command.command === "error" && command.message === 'plumbline: invalid input fail-on "fatal": use one of error, warning, info, none'), run.stdout);
    });

    it("fails with the message of an invalid config", async () => {
      const invalid = makeTempRepo({ ".plumbline.yaml": "unknownKey: 1\n", "a.yaml": "a: 1\n" });
      try {
        const run = await runAction({ workspace: invalid.root });
        assert.equal(run.status, 1);
        const failure = run.commands.find((command) => command.command === "error" && command.message.startsWith("plumbline: "));
        assert.ok(failure, run.stdout);
        assert.match(failure.message, /unknownKey/);
        assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /);
      } finally {
        invalid.remove();
      }
    });
  });

  describe("root inside the checkout", () => {
    it("prefixes annotation and SARIF paths", async () => {
      const repo = makeTempRepo({ "deploy/bad.yaml": BROKEN, "outside.yaml": BROKEN });
      try {
        const run = await runAction({ workspace: repo.root, inputs: { root: "deploy", "sarif-file": "p.sarif" } });
        assert.deepEqual(annotations(run).map((command) => command.properties.file), ["deploy/bad.yaml"]);
        const log = JSON.parse(readFileSync(run.outputs["sarif-file"]!, "utf8"));
        assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, "deploy/bad.yaml");
      } finally {
        repo.remove();
      }
    });
  });

  describe("changed-files-only", () => {
    let repo: TempRepo;
    let github: FakeGitHub | undefined;

    before(() => {
      repo = makeTempRepo({ ...brokenRepo(), ...GRAPH_REPO });
    });
    after(async () => {
      await github?.close();
      repo.remove();
    });

    async function runWithFiles(files: { filename: string; status?: string; previous_filename?: string }[], event = pullRequestEvent()): Promise<ActionRun> {
      await github?.close();
      github = await startFakeGitHub(files);
      return runAction({
        workspace: repo.root,
        apiUrl: github.url,
        event,
        inputs: { "changed-files-only": "true", "github-token": "test-token-123", "fail-on": "none" },
      });
    }

    function padding(count: number) {
      return Array.from({ length: count }, (_, index) => ({ filename: `docs/page-${index}.md` }));
    }

    it("reports only the changed files", async () => {
      const run = await runWithFiles([...padding(120), { filename: "broken-03.yaml" }, ...padding(130)]);
      assert.deepEqual(annotations(run).map((command) => command.properties.file), ["broken-03.yaml"]);
      assert.equal(run.outputs.errors, "1");
    });

    it("pages through the files 100 at a time", async () => {
      await runWithFiles([...padding(120), { filename: "broken-03.yaml" }, ...padding(130)]);
      const pages = github!.requests.map((request) => new URL(request.path, "http://x").searchParams);
      assert.equal(pages.length, 3);
      assert.ok(pages.every((page) => page.get("per_page") === "100"));
      assert.deepEqual(pages.map((page) => page.get("page") ?? "1"), ["1", "2", "3"]);
    });

    it("requests the event's pull request with the token", async () => {
      await runWithFiles([{ filename: "broken-03.yaml" }]);
      assert.match(github!.requests[0]!.path, /^\/repos\/acme\/gitops\/pulls\/7\/files\?/);
      assert.equal(github!.requests[0]!.authorization, "token test-token-123");
    });

    it("says so in the summary", async () => {
      const run = await runWithFiles([{ filename: "broken-03.yaml" }]);
      assert.match(run.summary, /^> Pull request #7: reporting findings in the 1 changed file and in the files they affect/m);
    });

    it("reports the pods of a changed NAD", async () => {
      const run = await runWithFiles([{ filename: "network/nad.yaml" }]);
      assert.ok(annotations(run).some((command) => command.properties.file === "network/pod.yaml"), run.stdout);
    });

    it("leaves the pod out when nothing it uses changed", async () => {
      const run = await runWithFiles([{ filename: "broken-01.yaml" }]);
      assert.ok(!annotations(run).some((command) => command.properties.file === "network/pod.yaml"), run.stdout);
    });

    it("reports what a changed Application renders", async () => {
      const run = await runWithFiles([{ filename: "argocd/apps/network.yaml" }]);
      assert.ok(annotations(run).some((command) => command.properties.file === "network/pod.yaml"), run.stdout);
    });

    it("reports dangling references when a manifest is removed", async () => {
      const run = await runWithFiles([{ filename: "network/old-nad.yaml", status: "removed" }]);
      const files = annotations(run).map((command) => command.properties.file);
      assert.ok(files.includes("network/pod.yaml"), run.stdout);
      assert.ok(!files.includes("broken-01.yaml"), run.stdout);
    });

    it("reports everything past GitHub's 3000-file cap", async () => {
      const run = await runWithFiles(padding(3000));
      assert.ok(Number(run.outputs.errors) >= 12, run.outputs.errors);
      assert.ok(run.commands.some((command) => command.command === "notice" && /more than GitHub's limit of 3000 listed files, so plumbline reports findings in every file/.test(command.message)));
      assert.equal(github!.requests.length, 30);
    });

    it("skips listing when the payload counts over 3000", async () => {
      const run = await runWithFiles([{ filename: "broken-01.yaml" }], pullRequestEvent(8, { changed_files: 3500 }));
      assert.equal(github!.requests.length, 0);
      assert.ok(Number(run.outputs.errors) >= 12, run.outputs.errors);
    });

    it("explains a forbidden file listing", async () => {
      await github?.close();
      github = await startFakeGitHub([{ filename: "broken-01.yaml" }]);
      const run = await runAction({
        workspace: repo.root,
        apiUrl: github.url,
        event: pullRequestEvent(),
        inputs: { "changed-files-only": "true", "github-token": "forbidden" },
      });
      assert.equal(run.status, 1);
      const failure = run.commands.find((command) => command.command === "error" && !command.properties.file);
      assert.match(failure?.message ?? "", /^plumbline: listing the files of pull request #7 failed: Resource not accessible by integration.*pull-requests: read/);
    });

    it("reports everything outside a pull request", async () => {
      const run = await runWithFiles([{ filename: "broken-01.yaml" }], { ref: "refs/heads/main" } as never);
      assert.equal(github!.requests.length, 0);
      assert.ok(Number(run.outputs.errors) >= 12, run.outputs.errors);
      assert.ok(run.commands.some((command) => command.command === "notice" && /changed-files-only applies to pull requests/.test(command.message)));
    });
  });

  describe("kubeconfig", () => {
    it("masks the kubeconfig and its credentials", async () => {
      const github = await startFakeGitHub([]);
      const repo = makeTempRepo({ "a.yaml": "a: 1\n" });
      const token = "s3cr3t-t0ken-value-0123456789";
      const key = Buffer.from("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n").toString("base64");
      const kubeconfig = `apiVersion: v1
kind: Config
clusters:
  - name: test
    cluster:
      server: ${github.url}
contexts:
  - name: test
    context: { cluster: test, user: robot }
current-context: test
users:
  - name: robot
    user:
      token: ${token}
      client-key-data: ${key}
`;
      try {
        const run = await runAction({ workspace: repo.root, inputs: { kubeconfig, "fail-on": "none" } });
        const masks = run.commands.filter((command) => command.command === "add-mask").map((command) => command.message);
        assert.ok(masks.includes(kubeconfig), "whole kubeconfig masked");
        assert.ok(masks.includes(token), "token masked");
        assert.ok(masks.includes(key), "client key masked");
        assert.ok(masks.includes("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"), "decoded key line masked");
        const printed = (run.stdout + run.stderr).split("\n").filter((line) => !line.startsWith("::add-mask::"));
        assert.ok(!printed.some((line) => line.includes(token)), "token never printed");
        assert.ok(!printed.some((line) => line.includes(key)), "key never printed");
      } finally {
        repo.remove();
        await github.close();
      }
    });
  });
});
