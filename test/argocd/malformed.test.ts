// Malformed Argo CD objects must never crash a rule: each shape below is linted without an
// internal error.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { lint } from "../../src/lint.js";
import { makeTempRepo, type TempRepo } from "../helpers/temp-repo.js";

const SHAPES: Record<string, string> = {
  "null-spec.yaml": "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: a}\nspec: null\n",
  "list-spec.yaml": "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: b}\nspec: [1, 2]\n",
  "bad-sources.yaml": "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: c}\nspec: {sources: [null, 3, {path: 7}], destination: []}\n",
  "bad-directory.yaml": "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: d}\nspec: {source: {repoURL: https://x/y, path: ., directory: [1], helm: {valueFiles: [1, null]}}, project: 5}\n",
  "no-name.yaml": "apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec: {source: {repoURL: https://x/y, path: '{{path}}'}}\n",
  "appset-null.yaml": "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata: {name: e}\nspec: null\n",
  "appset-odd.yaml":
    "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata: {name: f}\nspec:\n  goTemplate: true\n  generators: [null, {git: {repoURL: https://x/y, directories: [{path: '['}, null], files: 3}}, {list: {elements: 5}}, {matrix: {}}]\n  template: {metadata: {name: '{{ .path.basename | upper }}'}, spec: {source: {path: '{{index .path.segments 9}}'}}}\n",
  "project.yaml": "apiVersion: argoproj.io/v1alpha1\nkind: AppProject\nmetadata: {name: p}\nspec: {sourceRepos: 5, destinations: [null, {server: 3}], sourceNamespaces: 'x'}\n",
  "values.json": "[1, 2, 3]\n",
};

let made: TempRepo | undefined;
after(() => made?.remove());

test("malformed objects lint cleanly", async () => {
  made = makeTempRepo({ ".plumbline.yaml": "repoURLs: [https://x/y]\n", ...SHAPES });
  const result = await lint({ root: made.root, env: {} });
  assert.deepEqual(result.internalErrors, []);
});
