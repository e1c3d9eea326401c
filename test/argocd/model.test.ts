// The Argo CD model on small repositories: repository identity, the render map, the app-of-apps
// graph, and the symlink check, which needs links created at run time.
import assert from "node:assert/strict";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { appGraph } from "../../src/argocd/graph.js";
import { lint } from "../../src/lint.js";
import { leavesRootLexically } from "../../src/rules/argocd/out-of-bounds-symlink.js";
import { makeTempRepo, type TempRepo } from "../helpers/temp-repo.js";
import { PROJECT_ROOT } from "../helpers/cli.js";

const URL = "https://github.com/acme/gitops.git";

function application(name: string, path: string, repoURL = URL, namespace = "web"): string {
  return [
    "apiVersion: argoproj.io/v1alpha1",
    "kind: Application",
    `metadata: {name: ${name}, namespace: argocd}`,
    "spec:",
    "  project: default",
    `  source: {repoURL: "${repoURL}", targetRevision: HEAD, path: ${path}}`,
    `  destination: {server: https://kubernetes.default.svc, namespace: ${namespace}}`,
    "  syncPolicy: {syncOptions: [CreateNamespace=true]}",
    "",
  ].join("\n");
}

const DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template: {spec: {containers: [{name: web, image: nginx}]}}}\n";

const repos: TempRepo[] = [];
function repo(files: Record<string, string>): TempRepo {
  const made = makeTempRepo(files, "plumbline-argocd-");
  repos.push(made);
  return made;
}
after(() => repos.forEach((made) => made.remove()));

describe("repository identity", () => {
  test("git origin in scp form", async () => {
    const made = repo({ ".git/config": '[remote "origin"]\n\turl = git@github.com:acme/gitops.git\n', "app.yaml": application("web", "apps", "https://github.com/Acme-Mirror/other") });
    const result = await lint({ root: made.root, env: {} });
    assert.ok(result.workspace.repoIdentity.urls.has("github.com/acme/gitops"));
  });

  test("GITHUB_REPOSITORY", async () => {
    const made = repo({ "app.yaml": application("web", "apps") });
    const result = await lint({ root: made.root, env: { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "acme/gitops" } });
    assert.ok(result.workspace.repoIdentity.urls.has("github.com/acme/gitops"));
  });

  test("root app repoURL", async () => {
    const made = repo({
      ".git/config": '[remote "origin"]\n\turl = https://github.com/acme/renamed.git\n',
      "argocd/root.yaml": application("root", "argocd/apps", "https://git.internal/mirror/gitops", "argocd"),
      "argocd/apps/web.yaml": application("web", "apps/web", "https://git.internal/mirror/gitops"),
      "apps/web/deployment.yaml": DEPLOYMENT,
    });
    const result = await lint({ root: made.root, env: {} });
    assert.ok(result.workspace.repoIdentity.urls.has("git.internal/mirror/gitops"));
  });

  test("another repository is external", async () => {
    const made = repo({
      ".plumbline.yaml": `repoURLs: ["${URL}"]\n`,
      "app.yaml": application("web", "apps/web", "https://github.com/other/repo"),
    });
    const result = await lint({ root: made.root, env: {} });
    assert.deepEqual(result.findings.map((finding) => finding.ruleId), ["argocd/external-source"]);
  });

  test("git refs are read", async () => {
    const made = repo({
      ".plumbline.yaml": `repoURLs: ["${URL}"]\n`,
      ".git/refs/heads/main": "0".repeat(40),
      ".git/refs/remotes/origin/feature/x": "0".repeat(40),
      ".git/packed-refs": `${"1".repeat(40)} refs/tags/v1\n`,
    });
    const result = await lint({ root: made.root, env: {} });
    const refs = result.workspace.repoIdentity.gitRefs!;
    assert.deepEqual([[...refs.branches].sort(), [...refs.tags]], [["feature/x", "main"], ["v1"]]);
  });
});

describe("render map and graph", () => {
  test("kustomize root renders only what it lists", async () => {
    const made = repo({
      ".plumbline.yaml": `repoURLs: ["${URL}"]\n`,
      "apps/root.yaml": application("root", "apps", URL, "argocd"),
      "apps/kustomization.yaml": "resources: [web/app.yaml]\n",
      "apps/web/app.yaml": application("web", "apps/web/manifests"),
      "apps/web/manifests/deployment.yaml": DEPLOYMENT,
    });
    const result = await lint({ root: made.root, env: {} });
    const graph = appGraph(result.workspace);
    const root = graph.nodes.find((node) => node.name === "root")!;
    assert.deepEqual(
      (graph.children.get(root) ?? []).map((node) => node.name),
      ["web"],
    );
    assert.deepEqual(result.workspace.deployersOf("apps/web/manifests/deployment.yaml").map((app) => app.spec.name), ["web"]);
  });

  test("kustomize namespace applies to rendered objects", async () => {
    const made = repo({
      ".plumbline.yaml": `repoURLs: ["${URL}"]\n`,
      "app.yaml": application("web", "overlay"),
      "overlay/kustomization.yaml": "namespace: team\nresources: [../base]\n",
      "base/kustomization.yaml": "resources: [deployment.yaml]\n",
      "base/deployment.yaml": DEPLOYMENT,
    });
    const result = await lint({ root: made.root, env: {} });
    const deployment = result.workspace.objects.find((object) => object.kind === "Deployment")!;
    assert.equal(deployment.namespace, "team");
  });

  test("remote kustomize base is external", async () => {
    const made = repo({
      ".plumbline.yaml": `repoURLs: ["${URL}"]\n`,
      "app.yaml": application("web", "overlay"),
      "overlay/kustomization.yaml": "resources: [https://github.com/acme/base//deploy?ref=v1]\n",
    });
    const result = await lint({ root: made.root, env: {} });
    assert.deepEqual(result.findings.map((finding) => finding.ruleId), ["argocd/external-source"]);
  });

  test("generated Applications render their folders", async () => {
    const made = repo({
      ".plumbline.yaml": `repoURLs: ["${URL}"]\n`,
      "appset.yaml": [
        "apiVersion: argoproj.io/v1alpha1",
        "kind: ApplicationSet",
        "metadata: {name: apps, namespace: argocd}",
        "spec:",
        `  generators: [{git: {repoURL: "${URL}", revision: HEAD, directories: [{path: "apps/*"}]}}]`,
        "  template:",
        "    metadata: {name: '{{path.basename}}'}",
        `    spec: {project: default, source: {repoURL: "${URL}", targetRevision: HEAD, path: '{{path}}'}, destination: {server: https://kubernetes.default.svc, namespace: '{{path.basename}}'}}`,
        "",
      ].join("\n"),
      "apps/web/deployment.yaml": DEPLOYMENT,
    });
    const result = await lint({ root: made.root, env: {} });
    assert.deepEqual(result.workspace.deployersOf("apps/web/deployment.yaml").map((app) => app.spec.name), ["web"]);
  });
});

describe("out-of-bounds symlinks", () => {
  test("a link that steps out and back in is out of bounds", () => assert.equal(leavesRootLexically("a/link", "../../repo/a/x"), true));
  test("a link inside the root is fine", () => assert.equal(leavesRootLexically("a/b/link", "../c/x"), false));
  test("a link from the root to its parent is out", () => assert.equal(leavesRootLexically("link", "../x"), true));

  test("links created at run time are reported", async () => {
    const made = repo({
      ".plumbline.yaml": `repoURLs: ["${URL}"]\n`,
      "app.yaml": application("web", "apps/web"),
      "apps/web/deployment.yaml": DEPLOYMENT,
    });
    symlinkSync("/etc/hostname", made.path("apps/web/abs.yaml"));
    symlinkSync("../../../repo/apps/web/deployment.yaml", made.path("apps/web/roundtrip.yaml"));
    symlinkSync("deployment.yaml", made.path("apps/web/inside.yaml"));
    const result = await lint({ root: made.root, env: {} });
    const links = result.findings.filter((finding) => finding.ruleId === "repo/out-of-bounds-symlink").map((finding) => finding.file);
    assert.deepEqual(links, ["apps/web/abs.yaml", "apps/web/roundtrip.yaml"]);
  });
});

describe("example-apps layout", () => {
  test("no errors or warnings", async () => {
    const result = await lint({ root: join(PROJECT_ROOT, "test/argocd/fixtures/example-apps"), env: {} });
    assert.deepEqual(result.findings.filter((finding) => finding.severity !== "info").map((finding) => `${finding.ruleId} ${finding.file}:${finding.line}`), []);
  });
});
