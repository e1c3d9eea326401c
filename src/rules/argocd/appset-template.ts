import { flattenParams, goParamPaths, isFlatKey, isGoSyntax, pathParams, templateExpressions, type GeneratorResult, type Params } from "../../argocd/appset.js";
import type { Rule } from "../../types.js";
import { applicationSetModels } from "../../workspace/applications.js";
import { resourceRefOf } from "../../workspace/workspace.js";

export const appsetTemplate: Rule = {
  id: "appset/template",
  defaultSeverity: "error",
  description: "An ApplicationSet template uses the wrong template syntax, or a parameter its generators do not provide",
  tags: ["argocd", "applicationset"],
  check({ workspace, report }) {
    for (const { object, expansion } of applicationSetModels(workspace)) {
      const spec = (object.value.spec ?? {}) as Record<string, unknown>;
      const known = knownParameters(expansion.generators, expansion.goTemplate);

      walkStrings(spec.template, ["spec", "template"], (text, path) => {
        const expressions = templateExpressions(text);
        const flowControl = /\{\{-?\s*(range|with|define|block|template)\b|\$/.test(text);
        for (const { body } of expressions) {
          const message = expansion.goTemplate ? checkGo(body, known, flowControl) : checkFlat(body, known);
          if (!message) continue;
          report({ file: object.file.path, range: workspace.rangeOf(object, path), resource: resourceRefOf(object), message: `ApplicationSet "${object.name}" ${message}` });
          break;
        }
      });
    }
  },
};

function checkFlat(body: string, known: Set<string> | undefined): string | undefined {
  if (isGoSyntax(body)) {
    const flat = /^\.[\w.-]+$/.test(body) ? body.slice(1).replace(/^path\.path$/, "path") : undefined;
    return `template expression "{{${body}}}" is Go template syntax, but goTemplate is not true, so Argo CD leaves it as literal text; ${flat ? `write "{{${flat}}}" or ` : ""}set goTemplate: true`;
  }
  if (known && isFlatKey(body) && !known.has(body)) {
    return `template parameter "${body}" is not provided by its generators (they provide ${[...known].sort().slice(0, 6).map((key) => `"${key}"`).join(", ")}), so Argo CD leaves "{{${body}}}" as literal text; use one of those`;
  }
  return undefined;
}

function checkGo(body: string, known: Set<string> | undefined, flowControl: boolean): string | undefined {
  if (isFlatKey(body) && !isGoSyntax(body)) {
    const goForm = body === "path" ? ".path.path" : `.${body}`;
    return `template expression "{{${body}}}" is fasttemplate syntax, but goTemplate: true needs Go template syntax; write "{{${goForm}}}"`;
  }
  if (!known || flowControl) return undefined;
  for (const match of body.matchAll(/(?<![\w)$\].])\.([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)/g)) {
    const chain = match[1]!;
    if (!known.has(chain)) {
      return `template parameter ".${chain}" is not provided by its generators, so it renders as "<no value>"; use one of ${[...known].filter((key) => !key.includes(".") || key.startsWith("path.")).slice(0, 6).map((key) => `".${key}"`).join(", ")}`;
    }
  }
  return undefined;
}

/**
 * Collects the parameter names the generators provide, in the template's syntax. Returns undefined
 * when some generator is of a kind plumbline does not evaluate (cluster, matrix, merge, SCM, pull request).
 */
function knownParameters(generators: readonly GeneratorResult[], goTemplate: boolean): Set<string> | undefined {
  if (generators.length === 0) return undefined;
  const known = new Set<string>();
  for (const generator of generators) {
    if (generator.kind === "other") return undefined;
    const sets: Params[] = [...(generator.params ?? [])];
    if (generator.kind === "directories" || generator.kind === "files") {
      // The path parameters exist even when the generator matched nothing.
      const sample = pathParams("a/b", generator.kind === "files" ? "a/b/c.yaml" : undefined);
      sets.push(generator.pathParamPrefix ? { [generator.pathParamPrefix]: sample } : sample);
      // The keys of a files generator come from the files; with none matched they are unknown.
      if (generator.kind === "files" && (!generator.thisRepo || (generator.params ?? []).length === 0)) return undefined;
    }
    if (generator.kind === "list" && generator.params === undefined) return undefined;
    for (const params of sets) {
      const keys = goTemplate ? goParamPaths(params) : new Set(flattenParams(params).keys());
      for (const key of keys) known.add(key);
    }
    if (!goTemplate) for (let index = 0; index < 10; index++) known.add(`path[${index}]`);
  }
  return known;
}

function walkStrings(value: unknown, path: (string | number)[], visit: (text: string, path: (string | number)[]) => void): void {
  if (typeof value === "string") {
    if (value.includes("{{")) visit(value, path);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkStrings(item, [...path, index], visit));
    return;
  }
  if (typeof value === "object" && value !== null) for (const [key, child] of Object.entries(value)) walkStrings(child, [...path, key], visit);
}
