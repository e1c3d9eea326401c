// Small helpers the NAD rules share: report a finding on a JSON path inside spec.config, or on
// a field of the NAD object itself.
import { configRange, type NadModel } from "../../cni/nad-model.js";
import type { RuleContext, Severity } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

export function reportInConfig(
  context: RuleContext,
  model: NadModel,
  path: readonly (string | number)[],
  message: string,
  options: { part?: "key" | "value"; severity?: Severity } = {},
): void {
  context.report({
    file: model.object.file.path,
    range: configRange(context.workspace, model, path, options.part ?? "value"),
    resource: resourceRefOf(model.object),
    message,
    ...(options.severity ? { severity: options.severity } : {}),
  });
}

export function reportOnObject(context: RuleContext, model: NadModel, path: readonly (string | number)[], message: string, severity?: Severity): void {
  context.report({
    file: model.object.file.path,
    range: context.workspace.rangeOf(model.object, path),
    resource: resourceRefOf(model.object),
    message,
    ...(severity ? { severity } : {}),
  });
}

/** A plugin's label for messages: its type, or its position in the chain. */
export function pluginLabel(type: string | undefined, index: number): string {
  return type ? `"${type}"` : `plugin ${index}`;
}
