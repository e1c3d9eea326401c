// The workspace model: object identity, namespace resolution, file roles and positions.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { defaultConfig } from "../../src/config.js";
import { loadWorkspace } from "../../src/workspace/load.js";
import { reindentQuotedContinuations } from "../../src/workspace/parse.js";
import { makeTempRepo } from "../helpers/temp-repo.js";

const APP = (name: string, path: string, namespace: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://git.example.com/org/gitops.git
    path: ${path}
  destination:
    server: https://kubernetes.default.svc
    namespace: ${namespace}
`;

const POD = (name: string, namespace?: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
${namespace ? `  namespace: ${namespace}\n` : ""}spec:
  containers: [{ name: c, image: busybox }]
`;

async function load(files: Record<string, string>) {
  const repo = makeTempRepo(files);
  const config = { ...defaultConfig(), repoURLs: ["https://git.example.com/org/gitops.git"] };
  const workspace = await loadWorkspace(repo.root, config, { env: {} });
  repo.remove();
  return workspace;
}

describe("namespace resolution", async () => {
  const workspace = await load({
    "argocd/app.yaml": APP("web", "apps/web", "from-app"),
    "apps/web/pod.yaml": POD("plain"),
    "apps/web/declared.yaml": POD("declared", "from-metadata"),
    "kustomized/kustomization.yaml": "namespace: from-kustomize\nresources:\n  - pod.yaml\n  - ../base\n",
    "kustomized/pod.yaml": POD("kustomized", "overridden"),
    "base/kustomization.yaml": "namespace: base-ns\nresources: [pod.yaml]\n",
    "base/pod.yaml": POD("based"),
    "loose/pod.yaml": POD("loose"),
    "cluster/ns.yaml": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n",
  });
  const namespaceOf = (name: string) => workspace.objects.find((object) => object.name === name)!;

  test("metadata wins over the Application", () => assert.equal(namespaceOf("declared").namespace, "from-metadata"));
  test("Application destination fills a missing namespace", () => assert.equal(namespaceOf("plain").namespace, "from-app"));
  test("source is recorded", () => assert.equal(namespaceOf("plain").namespaceSource, "application"));
  test("kustomization overrides metadata", () => assert.equal(namespaceOf("kustomized").namespace, "from-kustomize"));
  test("outer kustomization wins over a base", () => assert.equal(namespaceOf("based").namespace, "from-kustomize"));
  test("unreferenced object has no namespace", () => assert.equal(namespaceOf("loose").namespace, undefined));
  test("cluster-scoped object has no namespace", () => assert.equal(namespaceOf("team").namespace, undefined));
  test("find uses the resolved namespace", () => assert.equal(workspace.find("", "Pod", "from-app", "plain").length, 1));
});

describe("object identity", async () => {
  const workspace = await load({
    "crd.yaml": `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: network-attachment-definitions.k8s.cni.cncf.io
spec:
  names:
    kind: NetworkAttachmentDefinition
`,
    "list.yaml": `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: { name: first }
  - apiVersion: v1
    kind: ConfigMap
    metadata: { name: second }
`,
    "rollout.yaml": "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: canary\n",
    "values.yaml": "replicas: 3\nimage: nginx\n",
  });

  test("a CRD is not a NAD", () => assert.equal(workspace.objectsOfKind("k8s.cni.cncf.io", "NetworkAttachmentDefinition").length, 0));
  test("List items are objects", () => assert.deepEqual(workspace.objectsOfKind("", "ConfigMap").map((o) => o.name), ["first", "second"]));
  test("a Rollout is not an Application", () => assert.equal(workspace.applications.length, 0));
  test("documents without kind are not objects", () => assert.equal(workspace.objects.length, 4));
});

describe("file roles", async () => {
  const workspace = await load({
    "charts/web/Chart.yaml": "apiVersion: v2\nname: web\nversion: 1.0.0\n",
    "charts/web/values.yaml": "replicas: 1\n",
    "charts/web/templates/deploy.yaml": "metadata:\n  name: {{ .Release.Name }}\n  {{- if .Values.x }}\n",
    "overlay/kustomization.yaml": "resources: [../base.yaml]\npatches:\n  - path: patch.yaml\n",
    "overlay/patch.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n",
    "base.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n",
    "notes.txt": "hello",
  });
  const role = (path: string) => workspace.files.get(path)!.role;

  test("chart templates are not parsed", () => assert.equal(workspace.files.get("charts/web/templates/deploy.yaml")!.documents.length, 0));
  test("chart templates have the chart role", () => assert.equal(role("charts/web/templates/deploy.yaml"), "helm-chart"));
  test("chart values are values", () => assert.equal(role("charts/web/values.yaml"), "helm-values"));
  test("patch files are patches", () => assert.equal(role("overlay/patch.yaml"), "kustomize-patch"));
  test("patches are not objects", () => assert.equal(workspace.objectsOfKind("apps", "Deployment").length, 1));
  test("other files are listed, not read", () => assert.equal(workspace.files.get("notes.txt")!.text, undefined));
});

describe("positions", async () => {
  const workspace = await load({
    "crlf.yaml": "apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: crlf\r\n  namespace: team\r\n",
    "cr.yaml": "apiVersion: v1\rkind: Pod\rmetadata:\r  name: lone-cr\r  namespace: team\r",
    "bom.yaml": "\ufeffapiVersion: v1\nkind: Pod\nmetadata:\n  name: bom\n  namespace: team\n",
  });

  for (const name of ["crlf", "lone-cr", "bom"]) {
    test(`${name} name value is on line 4 column 9`, () => {
      const object = workspace.objects.find((candidate) => candidate.name === name)!;
      const range = workspace.rangeOf(object, ["metadata", "name"]);
      assert.deepEqual([range.line, range.column], [4, 9]);
    });
  }

  test("a missing path points at the deepest existing key", () => {
    const object = workspace.objects.find((candidate) => candidate.name === "crlf")!;
    const range = workspace.rangeOf(object, ["metadata", "annotations", "x"]);
    assert.deepEqual([range.line, range.column], [3, 1]);
  });
});

describe("go-yaml leniency", () => {
  test("re-indents an under-indented quoted scalar", () => {
    const text = "spec:\n  config: '{\n\"a\": 1\n}'\nnext: 1\n";
    assert.equal(reindentQuotedContinuations(text), "spec:\n  config: '{\n    \"a\": 1\n    }'\nnext: 1\n");
  });

  test("leaves a closed quoted scalar alone", () => {
    const text = "a: 'one'\nb: \"two\"\n";
    assert.equal(reindentQuotedContinuations(text), text);
  });

  test("a recovered file keeps its objects", async () => {
    const workspace = await load({ "nad.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  config: '{\n\"a\": 1\n}'\n" });
    assert.equal(workspace.files.get("nad.yaml")!.recovered, true);
    assert.deepEqual(workspace.objects[0]!.value.data, { config: '{ "a": 1 }' });
  });
});


describe("model order", async () => {
  const workspace = await load({
    "b/pods.yaml": `${POD("b-first")}---\n${POD("b-second")}`,
    "a/list.yaml": `apiVersion: v1\nkind: List\nitems:\n  - ${POD("a-item-0").trimEnd().replace(/\n/g, "\n    ")}\n  - ${POD("a-item-1").trimEnd().replace(/\n/g, "\n    ")}\n`,
    "c/pod.yaml": POD("c"),
  });
  const names = (objects: readonly { name: string }[]) => objects.map((object) => object.name);

  test("objects: by path, document, item", () => {
    assert.deepEqual(names(workspace.objects), ["a-item-0", "a-item-1", "b-first", "b-second", "c"]);
  });

  test("inModelOrder: sorts back", () => {
    assert.deepEqual(names(workspace.inModelOrder([...workspace.objects].reverse())), names(workspace.objects));
  });

  test("added out of order: sorts by the order added", () => {
    const [first, second] = workspace.objects;
    // Adding an earlier object after the last one breaks path order, so the order added decides.
    workspace.addObject(first!);
    const sorted = workspace.inModelOrder([first!, second!, workspace.objects.at(-2)!]);
    assert.deepEqual(names(sorted), ["a-item-1", "c", "a-item-0"]);
  });
});

describe("find", async () => {
  const NAD = (namespace: string, name: string) =>
    `apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: "${name}"\n  namespace: "${namespace}"\nspec:\n  config: "{}"\n`;
  const workspace = await load({ "nads.yaml": [NAD("a|b", "c"), NAD("a", "b|c"), NAD("a/b", "c")].join("---\n") });
  const found = (namespace: string, name: string) => workspace.find("k8s.cni.cncf.io", "NetworkAttachmentDefinition", namespace, name).map((object) => `${object.namespace} ${object.name}`);

  test("namespace and name: kept apart", () => {
    assert.deepEqual(found("a", "b|c"), ["a b|c"]);
    assert.deepEqual(found("a|b", "c"), ["a|b c"]);
    assert.deepEqual(found("a/b", "c"), ["a/b c"]);
  });
});
