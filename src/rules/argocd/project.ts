import { closestName } from "../../config.js";
import { APPLICATION_GROUP, clusterKey, type ApplicationSpec } from "../../argocd/application.js";
import { matchArgoGlob } from "../../argocd/glob.js";
import { normalizeRepoURL } from "../../argocd/repo-url.js";
import type { Rule } from "../../types.js";

import { appRange, appResource, describeApp, sourceRange } from "./shared.js";

export const projectRule: Rule = {
  id: "argocd/project",
  defaultSeverity: "error",
  description: "An Application's project is missing or undefined, or the AppProject does not permit its repository or destination",
  tags: ["argocd"],
  check({ workspace, config, report }) {
    const projects = workspace.objectsOfKind(APPLICATION_GROUP, "AppProject");
    const known = [...new Set(["default", ...config.argocd.projects, ...projects.map((project) => project.name)])];
    const seen = new Set<string>();

    for (const app of workspace.applications) {
      const emit = (range: ReturnType<typeof appRange>, message: string): void => {
        const key = `${app.object.file.path}:${range.line}:${range.column}:${message}`;
        if (seen.has(key)) return;
        seen.add(key);
        report({ file: app.object.file.path, range, resource: appResource(app), message: `${describeApp(app)} ${message}` });
      };

      if (!app.spec.hasProject) {
        emit(appRange(workspace, app, ["spec"], "key"), `has no spec.project, which the Application CRD requires; set project: default or the AppProject to use`);
        continue;
      }
      const name = app.spec.project ?? "default";
      if (name.includes("{{")) continue;
      const project = projects.find((object) => object.name === name);
      if (!project) {
        if (known.includes(name)) continue;
        const hint = closestName(name, known);
        emit(
          appRange(workspace, app, ["spec", "project"]),
          `uses project "${name}", which this repository does not define ("Application referencing project ${name} which does not exist")${hint ? `; did you mean "${hint}"?` : "; add the AppProject, or list it in argocd.projects if it is defined elsewhere"}`,
        );
        continue;
      }

      const spec = (project.value.spec ?? {}) as Record<string, unknown>;
      const sourceRepos = strings(spec.sourceRepos);
      for (const { source } of app.sources) {
        if (!source.repoURL || source.repoURL.includes("{{")) continue;
        if (permitsRepo(sourceRepos, source.repoURL)) continue;
        emit(sourceRange(workspace, app, source, "repoURL"), `reads "${source.repoURL}", which AppProject "${name}" does not list in sourceRepos ("application repo is not permitted in project"); add it to the project's sourceRepos`);
      }

      const destination = app.spec.destination;
      if ((destination.server ?? destination.name ?? "").includes("{{") || destination.namespace?.includes("{{")) continue;
      if (!permitsDestination(spec.destinations, destination)) {
        const target = destination.server ?? destination.name ?? "";
        emit(
          appRange(workspace, app, ["spec", "destination"], "key"),
          `deploys to "${target}" namespace "${destination.namespace ?? ""}", which AppProject "${name}" does not allow in destinations; add the destination to the project`,
        );
      }
    }
  },
};

/** Argo CD's sourceRepos: glob patterns, `!` for a deny entry; a deny match wins. */
function permitsRepo(patterns: readonly string[], repoURL: string): boolean {
  const normalized = normalizeRepoURL(repoURL) ?? repoURL;
  const matches = (pattern: string): boolean =>
    pattern === "*" || matchArgoGlob(pattern, repoURL) || matchArgoGlob(normalizeRepoURL(pattern) ?? pattern, normalized);
  if (patterns.some((pattern) => pattern.startsWith("!") && matches(pattern.slice(1)))) return false;
  return patterns.some((pattern) => !pattern.startsWith("!") && matches(pattern));
}

function permitsDestination(entries: unknown, destination: ApplicationSpec["destination"]): boolean {
  const list = Array.isArray(entries) ? entries.filter((entry): entry is Record<string, unknown> => typeof entry === "object" && entry !== null) : [];
  const namespace = destination.namespace ?? "";
  const matchesEntry = (entry: Record<string, unknown>, negate: boolean): boolean => {
    const strip = (value: unknown): string | undefined => {
      if (typeof value !== "string") return undefined;
      return negate ? value.replace(/^!/, "") : value;
    };
    const server = strip(entry.server);
    const name = strip(entry.name);
    const namespacePattern = strip(entry.namespace) ?? "";
    const clusterMatches =
      (server !== undefined && destination.server !== undefined && (matchArgoGlob(server, destination.server) || clusterKey({ server }) === clusterKey(destination))) ||
      (name !== undefined && destination.name !== undefined && matchArgoGlob(name, destination.name)) ||
      (server !== undefined && destination.name !== undefined && clusterKey({ server }) === clusterKey(destination));
    return clusterMatches && matchArgoGlob(namespacePattern, namespace);
  };
  const isDeny = (entry: Record<string, unknown>): boolean =>
    [entry.server, entry.name, entry.namespace].some((value) => typeof value === "string" && value.startsWith("!"));
  if (list.some((entry) => isDeny(entry) && matchesEntry(entry, true))) return false;
  return list.some((entry) => !isDeny(entry) && matchesEntry(entry, false));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === "string") : [];
}


