import { liveSnapshot, type ApplicationState } from "../../live/snapshot.js";
import type { LiveRuleContext, Rule } from "../../types.js";

export const appStatus: Rule = {
  id: "live/app-status",
  defaultSeverity: "warning",
  description: "An Argo CD Application from the repo is missing, OutOfSync or not Healthy in the cluster",
  tags: ["live", "argocd"],
  live: true,
  async check(context) {
    const { workspace, config, live } = context as LiveRuleContext;
    const snapshot = await liveSnapshot(workspace, config, live);
    if (snapshot.fatal) return;

    let reportedNoCrd = false;
    for (const state of snapshot.applications) {
      if (state.presence === "crd-missing" && reportedNoCrd) continue;
      const message = messageFor(state, snapshot.server ?? "");
      if (!message) continue;
      if (state.presence === "crd-missing") reportedNoCrd = true;

      // A generated Application points into its ApplicationSet's template.
      const { object, yamlPrefix, spec } = state.application;
      context.report({
        message,
        file: object.file.path,
        range: workspace.rangeOf(object, [...yamlPrefix, "metadata", "name"]),
        resource: { kind: "Application", namespace: state.namespace, name: spec.name },
      });
    }
  },
};

function messageFor(state: ApplicationState, server: string): string | undefined {
  const name = `${state.namespace}/${state.application.spec.name}`;
  if (state.presence === "crd-missing") {
    return `the cluster at "${server}" has no Application resource (argoproj.io/v1alpha1), so Argo CD is not installed there and deploys none of the repo's Applications: install Argo CD, or check the kubeconfig context`;
  }
  if (state.presence === "missing") {
    return `the Application "${name}" does not exist in the cluster: apply it, or sync the Application that renders it`;
  }

  const states: string[] = [];
  if (state.sync !== undefined && state.sync !== "Synced") states.push(state.sync);
  if (state.health !== undefined && state.health !== "Healthy") states.push(state.health);
  if (states.length === 0) return undefined;

  const reasons = state.conditions.filter((condition) => condition.message !== "").map((condition) => `${condition.type}: "${shorten(condition.message)}"`);
  if (state.healthMessage) reasons.push(`health: "${shorten(state.healthMessage)}"`);
  const details = reasons.length > 0 ? `: ${reasons.join("; ")}` : "";
  const fix = reasons.length > 0 ? "fix the cause, then sync it" : `run argocd app get ${state.application.spec.name} for the details`;
  return `the Application "${name}" is ${states.join(" and ")} in the cluster${details}; ${fix}`;
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > 200 ? `${clean.slice(0, 197)}...` : clean;
}
