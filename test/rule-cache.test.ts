// Reused rule findings (--cache): after any edit, a warm run reports exactly what a cold run
// reports, and a rule runs again only when an input it declares changed. The views that hold each
// rule to its declared reads are tested here too, because the reuse is only as sound as they are.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { globSync } from "glob";
import { loadConfig } from "../src/config.js";
import { nadModels } from "../src/cni/nad-model.js";
import { workloads } from "../src/multus/workloads.js";
import { allRules } from "../src/rules/index.js";
import { loadWorkspace } from "../src/workspace/load.js";
import type { Range, RegisteredRule, RuleInput } from "../src/types.js";
import { inPartition, restrictedWorkspace, UndeclaredReadError } from "../src/workspace/view.js";
import type { Workspace } from "../src/workspace/workspace.js";
import { PROJECT_ROOT, runCliJson, type JsonReport } from "./helpers/cli.js";

const RULE_CACHE = join("node_modules", ".cache", "plumbline", "rule-findings.json");
const FACTS_CACHE = join("node_modules", ".cache", "plumbline", "rule-facts.json");

interface WarmRun {
  report: JsonReport;
  status: number | null;
  stderr: string;
  reused: number;
  ran: string[];
}

describe("reused rule findings", () => {
  let base: string;
  let root: string;

  before(() => {
    base = mkdtempSync(join(tmpdir(), "plumbline-rule-cache-"));
    root = join(base, "repo");
    cpSync(join(PROJECT_ROOT, "examples", "sock-shop-broken"), root, { recursive: true });
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  function warm(): WarmRun {
    const result = runCliJson(["--root", root, "--cache"], { cwd: base, env: { DEBUG: "plumbline" } });
    const reused = /findings of (\d+) rules reused/.exec(result.stderr);
    const ran = [...result.stderr.matchAll(/^plumbline: rule (\S+):/gm)].map((match) => match[1]!);
    return { report: result.report, status: result.status, stderr: result.stderr, reused: Number(reused?.[1] ?? -1), ran };
  }

  function cold(): JsonReport & { status: number | null } {
    const result = runCliJson(["--root", root], { cwd: base });
    return { ...result.report, status: result.status };
  }

  function edit(path: string, change: (text: string) => string): void {
    const file = join(root, path);
    const before = readFileSync(file, "utf8");
    const after = change(before);
    assert.notEqual(after, before, `the edit of ${path} changed nothing`);
    writeFileSync(file, after);
  }

  function assertSameAsCold(run: WarmRun): void {
    const expected = cold();
    assert.doesNotMatch(run.stderr, /internal error/);
    assert.equal(run.status, expected.status);
    assert.deepStrictEqual(run.report.findings, expected.findings);
    assert.deepStrictEqual(run.report.summary, expected.summary);
  }

  const declared = allRules().filter((rule) => rule.reads && !rule.live).map((rule) => rule.id);

  // The steps build on each other, so they run in order, in one test each.
  test("unchanged: every declared rule reused", () => {
    assertSameAsCold(warm());
    const second = warm();
    assertSameAsCold(second);
    assert.equal(second.reused, declared.length);
    assert.deepEqual(second.ran.filter((id) => declared.includes(id)), []);
  });

  const WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
      annotations:
        k8s.v1.cni.cncf.io/networks: bridge-conf
    spec:
      containers:
        - name: web
          image: nginx
`;

  test("multi-node user added: host-local warned", () => {
    writeFileSync(join(root, "network-configs", "web.yaml"), WEB);
    const run = warm();
    assertSameAsCold(run);
    assert.ok(run.report.findings.some((finding) => finding.ruleId === "nad/ipam-per-node"));
  });

  test("replica count of a warned workload: message follows", () => {
    // The rule reports, so its findings are not reused on the facts alone: the message names the count.
    edit("network-configs/web.yaml", (text) => text.replace("replicas: 3", "replicas: 5"));
    const run = warm();
    assertSameAsCold(run);
    assert.ok(run.ran.includes("nad/ipam-per-node"));
    assert.ok(run.report.findings.some((finding) => finding.ruleId === "nad/ipam-per-node" && finding.message.includes("5 replicas")));
    edit("network-configs/web.yaml", (text) => text.replace("replicas: 5", "replicas: 3"));
    assertSameAsCold(warm());
  });

  test("replicas down to one: warning gone", () => {
    edit("network-configs/web.yaml", (text) => text.replace("replicas: 3", "replicas: 1"));
    const run = warm();
    assertSameAsCold(run);
    assert.ok(!run.report.findings.some((finding) => finding.ruleId === "nad/ipam-per-node"));
  });

  test("ignoring workload: finding moves to it", () => {
    edit("network-configs/web.yaml", (text) => text.replace("replicas: 1", "replicas: 4").replace("  name: web\n", '  name: web\n  annotations:\n    plumbline.dev/ignore: "nad/ipam-per-node"\n'));
    const run = warm();
    assertSameAsCold(run);
  });

  test("last reference removed: NAD unused", () => {
    rmSync(join(root, "network-configs", "web.yaml"));
    edit("network-configs/network-test-app.yaml", (text) => text.replace("networks: bridge-conf@bridge0", "networks: macvlan-missing@bridge0"));
    const run = warm();
    assertSameAsCold(run);
    assert.ok(run.report.findings.some((finding) => finding.ruleId === "nad/unused"));
  });

  test("facts kept while unused", () => {
    // An Application edit leaves the rules that derive facts reused; their facts must survive it.
    warm();
    edit("argocd/root-app-local.yaml", (text) => `${text}# comment\n`);
    assertSameAsCold(warm());
    edit("network-configs/test-pods.yaml", (text) => text.replace("networks: bridge-cnf", "networks: bridge-conf"));
    const run = warm();
    assertSameAsCold(run);
    assert.ok(run.ran.includes("nad/unused"), "a reference changed");
    assert.match(run.stderr, /facts nad\/unused references: 1 of \d+ files derived/);
  });

  test("facts unchanged: fact rules reused", () => {
    // A comment and a replica count change no network reference, and keep the workload on several
    // nodes, so neither rule that reads workloads through facts runs.
    edit("network-configs/test-pods.yaml", (text) => `${text}# comment\n`);
    const run = warm();
    assertSameAsCold(run);
    assert.match(run.stderr, /facts nad\/unused references fingerprinted, 1 of \d+ files derived/);
    assert.doesNotMatch(run.stderr, /^plumbline: facts [^\n]*: \d+ of \d+ files derived$/m, "no rule read the facts file");
    assert.ok(!run.ran.includes("nad/unused"));
    assert.ok(!run.ran.includes("nad/ipam-per-node"));
    edit("network-configs/network-test-app.yaml", (text) => text.replace(/replicas: (\d+)/, (_, count: string) => `replicas: ${Number(count) + 1}`));
    const second = warm();
    assertSameAsCold(second);
    assert.ok(!second.ran.includes("nad/unused"));
    assert.ok(!second.ran.includes("nad/ipam-per-node"), "a run without findings holds while the facts do");
    assert.ok(second.ran.includes("attachment/unknown-network"), "the workload's file changed");
  });

  test("workload edit: NAD rules reused", () => {
    edit("network-configs/test-pods.yaml", (text) => text.replace("networks: macvlan-conf", "networks: macvlan-missing"));
    const run = warm();
    assertSameAsCold(run);
    assert.ok(run.report.findings.some((finding) => finding.message.includes('"macvlan-missing"')));
    assert.ok(run.ran.includes("attachment/unknown-network"));
    assert.ok(!run.ran.includes("nad/config-json"), "no NAD changed");
  });

  test("NAD edit: NAD and attachment rules run", () => {
    edit("network-configs/macvlan-conf.yaml", (text) => text.replace("name: macvlan-conf", "name: macvlan-missing"));
    const run = warm();
    assertSameAsCold(run);
    assert.ok(run.ran.includes("nad/config-json"));
    assert.ok(run.ran.includes("attachment/unknown-network"));
  });

  test("Application edit: namespaces move", () => {
    edit("argocd/applications/multus-config-local.yaml", (text) => text.replace("namespace: sock-shop", "namespace: other"));
    const run = warm();
    assertSameAsCold(run);
    assert.ok(run.ran.includes("attachment/unknown-network"), "the pods' namespace changed");
  });

  test("new file with a NAD", () => {
    mkdirSync(join(root, "extra"), { recursive: true });
    const nad = readFileSync(join(root, "network-configs", "bridge-conf.yaml"), "utf8").replace(/name: bridge-conf/g, "name: bridge-cnf");
    writeFileSync(join(root, "extra", "bridge-cnf.yaml"), nad);
    assertSameAsCold(warm());
  });

  test("deleted workload file", () => {
    rmSync(join(root, "network-configs", "network-test-app.yaml"));
    assertSameAsCold(warm());
  });

  test("suppression comment added", () => {
    edit("network-configs/test-pods.yaml", (text) => text.replace("  annotations:\n    k8s.v1.cni.cncf.io/networks: macvlan-missing", "  annotations:\n    # plumbline-disable-next-line attachment/unknown-network\n    k8s.v1.cni.cncf.io/networks: macvlan-missing"));
    assertSameAsCold(warm());
  });

  test("ignore annotation added", () => {
    edit("network-configs/test-pods.yaml", (text) => text.replace("  name: multus-bridge-pod\n  annotations:\n", '  name: multus-bridge-pod\n  annotations:\n    plumbline.dev/ignore: "attachment/unknown-network"\n'));
    assertSameAsCold(warm());
  });

  test("syntax error in a NAD file", () => {
    appendFileSync(join(root, "network-configs", "bridge-conf.yaml"), "\n  bad: [\n");
    assertSameAsCold(warm());
  });

  test("config change: nothing reused", () => {
    appendFileSync(join(root, ".plumbline.yaml"), "\nrules:\n  nad/config-json: warning\n");
    const run = warm();
    assertSameAsCold(run);
    assert.equal(run.reused, 0);
  });

  test("exclude changes the tree", () => {
    appendFileSync(join(root, ".plumbline.yaml"), "exclude: [extra]\n");
    assertSameAsCold(warm());
  });

  const DAMAGED: [string, (text: string) => string][] = [
    ["truncated", (text) => text.slice(0, text.length / 2)],
    ["not JSON", () => "hello"],
    ["with a finding out of shape", (text) => text.replace(/"line":\d+/, '"line":0')],
  ];
  for (const [name, damage] of DAMAGED) {
    test(`a findings file ${name} is ignored`, () => {
      warm();
      const file = join(root, RULE_CACHE);
      writeFileSync(file, damage(readFileSync(file, "utf8")));
      const run = warm();
      assertSameAsCold(run);
      assert.equal(run.reused, 0);
      assert.equal(warm().reused, declared.length, "the file was rewritten");
    });
  }

  test("facts digests cut short: file ignored", () => {
    warm();
    const file = join(root, RULE_CACHE);
    const text = readFileSync(file, "utf8");
    const stored = JSON.parse(text.slice(text.indexOf("\n") + 1)) as { factDigests: Record<string, { digests: string }> };
    const names = Object.keys(stored.factDigests);
    assert.ok(names.includes("nad/unused references"));
    for (const name of names) stored.factDigests[name]!.digests = stored.factDigests[name]!.digests.slice(1);
    // A matching digest, as a hand edit could write it: the columns themselves are checked.
    const body = JSON.stringify(stored);
    writeFileSync(file, `${createHash("sha1").update(body).digest("base64")}\n${body}`);
    const run = warm();
    assertSameAsCold(run);
    assert.equal(run.reused, 0);
  });

  test("facts out of shape: derived again", () => {
    warm();
    const file = join(root, FACTS_CACHE);
    const text = readFileSync(file, "utf8");
    const stored = JSON.parse(text.slice(text.indexOf("\n") + 1)) as { facts: Record<string, Record<string, unknown[]>> };
    for (const byFile of Object.values(stored.facts)) for (const path of Object.keys(byFile)) byFile[path] = [{ path: "x" }, null];
    // A matching digest, as a hand edit could write it: the facts themselves are checked.
    const body = JSON.stringify(stored);
    writeFileSync(file, `${createHash("sha1").update(body).digest("base64")}\n${body}`);
    edit("network-configs/test-pods.yaml", (text) => text.replace("networks: bridge-conf", "networks: bridge-cnf"));
    const run = warm();
    assertSameAsCold(run);
    assert.ok(run.ran.includes("nad/unused"), "a reference changed");
    assert.match(run.stderr, /facts nad\/unused references: (\d+) of \1 files derived/);
  });

  test("damaged facts file: derived again", () => {
    warm();
    const file = join(root, FACTS_CACHE);
    writeFileSync(file, readFileSync(file, "utf8").slice(0, 100));
    edit("network-configs/test-pods.yaml", (text) => text.replace("networks: bridge-cnf", "networks: bridge-conf"));
    const run = warm();
    assertSameAsCold(run);
    assert.match(run.stderr, /facts nad\/unused references: (\d+) of \1 files derived/);
    edit("network-configs/test-pods.yaml", (text) => text.replace("networks: bridge-conf", "networks: bridge-cnf"));
    assert.match(warm().stderr, /facts nad\/unused references: 1 of \d+ files derived/, "the facts file was rewritten");
  });

  test("rules reused: facts file untouched", () => {
    warm();
    const file = join(root, FACTS_CACHE);
    writeFileSync(file, "unreadable");
    edit("argocd/root-app-local.yaml", (text) => `${text}# reread\n`);
    const run = warm();
    assertSameAsCold(run);
    assert.doesNotMatch(run.stderr, /^plumbline: facts [^\n]*: \d+ of \d+ files derived$/m);
    assert.equal(readFileSync(file, "utf8"), "unreadable");
  });

  test("equal facts: facts file kept", () => {
    // A NAD edit makes both rules run, so the facts file then contains the facts of both.
    edit("network-configs/test-pods.yaml", (text) => text.replace("networks: bridge-cnf", "networks: bridge-conf"));
    edit("network-configs/macvlan-conf.yaml", (text) => `${text}\n# a comment\n`);
    assertSameAsCold(warm());
    const file = join(root, FACTS_CACHE);
    const before = readFileSync(file, "utf8");
    // The comment in the pods' file gives the rules one file's facts to derive again.
    edit("network-configs/test-pods.yaml", (text) => `${text}\n# a comment changes no reference\n`);
    edit("network-configs/macvlan-conf.yaml", (text) => `${text}\n# another comment\n`);
    const run = warm();
    assertSameAsCold(run);
    assert.ok(run.ran.includes("nad/unused"));
    assert.match(run.stderr, /facts nad\/unused references: 1 of \d+ files derived/);
    assert.equal(readFileSync(file, "utf8"), before);
    edit("network-configs/test-pods.yaml", (text) => text.replace("networks: bridge-conf", "networks: bridge-cnf"));
    assertSameAsCold(warm());
    assert.notEqual(readFileSync(file, "utf8"), before, "a changed reference rewrites the facts");
  });

  test("another build's findings file is ignored", () => {
    const file = join(root, RULE_CACHE);
    writeFileSync(file, readFileSync(file, "utf8").replace(/"stamp":"/, '"stamp":"x'));
    assert.equal(warm().reused, 0);
  });
});

describe("forged facts", () => {
  // A cache edited by hand behind a recomputed checksum passes the shape checks. Facts that point at a
  // workload the file does not contain are caught by comparing them with the model.
  test("workload moved: derived again", () => {
    const base = mkdtempSync(join(tmpdir(), "plumbline-forged-facts-"));
    try {
      const root = join(base, "repo");
      const cache = join(base, "cache");
      cpSync(join(PROJECT_ROOT, "test", "fixtures", "rules", "nad", "ipam-per-node", "fires"), root, { recursive: true });
      rmSync(join(root, "expected.json"));
      const warm = () => runCliJson(["--root", root, "--cache-location", cache], { cwd: base });
      const cold = runCliJson(["--root", root], { cwd: base });
      assert.ok(cold.report.findings.some((finding) => finding.ruleId === "nad/ipam-per-node"));
      warm();

      const file = join(cache, "rule-facts.json");
      const text = readFileSync(file, "utf8");
      const stored = JSON.parse(text.slice(text.indexOf("\n") + 1)) as { facts: Record<string, ({ documentIndex: number }[] | null)[]> };
      const column = stored.facts["nad/ipam-per-node workloads"]!;
      const forged = column.find((facts) => facts !== null && facts.length > 0)!;
      forged[0]!.documentIndex += 5;
      const body = JSON.stringify(stored);
      writeFileSync(file, `${createHash("sha1").update(body).digest("base64")}\n${body}`);
      // A NAD edit makes the rule run, and read the forged facts.
      appendFileSync(join(root, "network", "nads.yaml"), "# edited\n");

      for (const run of [warm(), warm()]) {
        assert.doesNotMatch(run.stderr, /internal error/);
        assert.equal(run.status, cold.status);
        assert.deepStrictEqual(run.report.findings, runCliJson(["--root", root], { cwd: base }).report.findings);
      }
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe("rule declarations", () => {
  // The cache reuses an empty result while `decidedBy` holds, which is sound only when the rest of
  // what the rule reads cannot turn it into a finding: `decidedBy` must be a part of `reads`.
  test("decidedBy: a part of reads", () => {
    const covered = (reads: readonly RuleInput[], input: RuleInput): boolean => {
      if (typeof input === "string") return reads.includes(input);
      if ("kinds" in input) return input.kinds.every((kind) => reads.some((read) => typeof read === "object" && "kinds" in read && read.kinds.includes(kind)));
      return reads.some((read) => typeof read === "object" && "facts" in read && read.facts === input.facts);
    };
    const deciding = allRules().filter((rule) => rule.decidedBy);
    assert.ok(deciding.some((rule) => rule.id === "nad/ipam-per-node"));
    for (const rule of deciding) {
      assert.ok(rule.reads, `${rule.id}: decidedBy needs reads`);
      assert.ok(!rule.partition, `${rule.id}: decidedBy is not for a partitioned rule`);
      for (const input of rule.decidedBy!) assert.ok(covered(rule.reads, input), `${rule.id}: ${JSON.stringify(input)} is not in reads`);
    }
  });
});

describe("restricted views", () => {
  let workspace: Workspace;

  before(async () => {
    const root = join(PROJECT_ROOT, "examples", "sock-shop-broken");
    workspace = await loadWorkspace(root, loadConfig(root, undefined, new Set(allRules().map((rule) => rule.id)), root));
  });

  test("declared kinds: readable", () => {
    const view = restrictedWorkspace(workspace, "test/nads", [{ kinds: ["NetworkAttachmentDefinition"] }]);
    assert.ok(view.objectsOfKind("k8s.cni.cncf.io", "NetworkAttachmentDefinition").length > 0);
    assert.equal(nadModels(view).length, view.objectsOfKind("k8s.cni.cncf.io", "NetworkAttachmentDefinition").length);
  });

  test("undeclared reads: thrown", () => {
    const view = restrictedWorkspace(workspace, "test/nads", [{ kinds: ["NetworkAttachmentDefinition"] }]);
    assert.throws(() => view.objectsOfKind("apps", "Deployment"), UndeclaredReadError);
    assert.throws(() => view.find("", "Pod", "sock-shop", "x"), UndeclaredReadError);
    for (const read of [() => view.objects, () => view.applications, () => view.files, () => view.tree, () => view.kustomizations, () => view.deployersOf("x")]) {
      assert.throws(read, UndeclaredReadError);
    }
  });

  test("memoised helper: reads declared", () => {
    const full = restrictedWorkspace(workspace, "test/all", ["objects"]);
    assert.ok(workloads(full).length > 0);
    // The memo exists now; a caller without the workload kinds still may not use it.
    const view = restrictedWorkspace(workspace, "test/nads", [{ kinds: ["NetworkAttachmentDefinition"] }]);
    assert.throws(() => workloads(view), /test\/nads uses workloads, which reads .*Deployment/);
  });

  test("partitioned view: lists what the partition's files hold, in list order", async () => {
    const root = mkdtempSync(join(tmpdir(), "plumbline-partition-"));
    const deployment = (name: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n`;
    const service = (name: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n`;
    writeFileSync(join(root, "a.yaml"), `${service("a1")}---\n${deployment("a2")}---\n${service("a3")}`);
    writeFileSync(join(root, "b.yaml"), deployment("b1"));
    writeFileSync(join(root, "c.yaml"), `${deployment("c1")}---\n${deployment("c2")}`);
    const mixed = await loadWorkspace(root, loadConfig(root, undefined, new Set(allRules().map((rule) => rule.id)), root));
    rmSync(root, { recursive: true, force: true });
    const list = [...mixed.objects];
    assert.deepEqual(list.map((object) => object.name), ["a1", "a2", "a3", "b1", "c1", "c2"]);
    // The same list through views of other files: each view lists its own files' Deployments, and
    // every object of another kind wherever it is.
    for (const chosen of [["a.yaml"], ["c.yaml", "a.yaml"], ["b.yaml"], []]) {
      const view = restrictedWorkspace(mixed, "test/deployments", [{ kinds: ["Deployment"] }], { kinds: ["Deployment"], files: new Set(chosen) });
      const expected = list.filter((object) => object.kind !== "Deployment" || chosen.includes(object.file.path));
      assert.deepEqual(inPartition(view, list, (object) => object), expected, chosen.join());
      assert.deepEqual(view.objectsOfKind("apps", "Deployment"), mixed.objectsOfKind("apps", "Deployment").filter((object) => chosen.includes(object.file.path)));
    }
    // A list that grew since it was first seen is indexed again.
    const view = restrictedWorkspace(mixed, "test/deployments", [{ kinds: ["Deployment"] }], { kinds: ["Deployment"], files: new Set(["b.yaml", "c.yaml"]) });
    const growing = list.slice(0, 4);
    assert.deepEqual(inPartition(view, growing, (object) => object).map((object) => object.name), ["a1", "a3", "b1"]);
    growing.push(...list.slice(4));
    assert.deepEqual(inPartition(view, growing, (object) => object).map((object) => object.name), ["a1", "a3", "b1", "c1", "c2"]);
  });

  test("the base workspace: unrestricted", () => {
    assert.ok(workspace.objects.length > 0);
    assert.ok(workspace.tree.files.length > 0);
  });
});

// A partitioned rule promises that its findings in a file depend only on that file's objects of the
// partition's kinds. A warm run relies on it to run such a rule on changed files only, so each
// partitioned rule is run here on every fixture repository, once whole and once per file.
describe("partitioned rules", () => {
  const partitioned = allRules().filter((rule) => rule.partition && rule.reads);
  const repos = [
    ...globSync("test/fixtures/rules/*/*/{fires,quiet}", { cwd: PROJECT_ROOT, posix: true }),
    "examples/sock-shop",
    "examples/sock-shop-broken",
  ].sort();

  async function run(rule: RegisteredRule, workspace: Workspace, files?: ReadonlySet<string>): Promise<{ file: string; range: Range; message: string }[]> {
    const found: { file: string; range: Range; message: string }[] = [];
    const view = restrictedWorkspace(workspace, rule.id, rule.reads!, { kinds: rule.partition!.kinds, files });
    await rule.check({ workspace: view, config: workspace.config, report: (input) => found.push({ file: input.file, range: input.range, message: input.message }) });
    return found;
  }

  test("fixtures: partitions exist", () => {
    assert.ok(partitioned.length >= 20);
    assert.ok(repos.length > 100);
  });

  test("per file: same findings", async () => {
    const ids = new Set(allRules().map((rule) => rule.id));
    for (const repo of repos) {
      const root = join(PROJECT_ROOT, repo);
      const workspace = await loadWorkspace(root, loadConfig(root, undefined, ids, root));
      for (const rule of partitioned) {
        const kinds = new Set(rule.partition!.kinds);
        const files = new Set(workspace.objects.filter((object) => kinds.has(object.kind)).map((object) => object.file.path));
        const whole = await run(rule, workspace);
        for (const finding of whole) assert.ok(files.has(finding.file), `${rule.id} on ${repo} reported in ${finding.file}, outside its partition`);
        for (const file of files) {
          const alone = await run(rule, workspace, new Set([file]));
          assert.deepEqual(alone, whole.filter((finding) => finding.file === file), `${rule.id} on ${repo}, file ${file}`);
        }
      }
    }
  });
});
