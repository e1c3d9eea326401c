// Reads the parts of an Argo CD Application that decide what it renders and where it deploys.
// Pure: takes the object's plain value, returns a normalised shape; malformed fields become undefined.
// Field names follow argo-cd manifests/crds/application-crd.yaml.

export interface DirectoryOptions {
  recurse: boolean;
  include?: string;
  exclude?: string;
}

export interface HelmOptions {
  valueFiles: string[];
  ignoreMissingValueFiles: boolean;
}

export interface ApplicationSource {
  /** Index in `spec.sources`, or undefined for `spec.source`. */
  index: number | undefined;
  /** YAML path of the source mapping inside the manifest, for positions. */
  yamlPath: (string | number)[];
  repoURL?: string;
  path?: string;
  chart?: string;
  targetRevision?: string;
  ref?: string;
  /** `ref` as written, even when it is not a string or is empty. */
  hasRef: boolean;
  directory?: DirectoryOptions;
  helm?: HelmOptions;
  /** Which explicit tool blocks are present (`directory`, `helm`, `kustomize`, `plugin`). */
  toolBlocks: string[];
}

export interface ApplicationSpec {
  name: string;
  namespace?: string;
  project?: string;
  /** `spec.project` is present (possibly empty). */
  hasProject: boolean;
  destination: { server?: string; name?: string; namespace?: string };
  hasDestination: boolean;
  sources: ApplicationSource[];
  /** Both `spec.source` and `spec.sources` are set; Argo CD then ignores `spec.source`. */
  sourceAndSources: boolean;
  syncOptions: string[];
}

export const APPLICATION_GROUP = "argoproj.io";

/** The API group and kinds of Argo CD's own objects. */
export const ARGO_KINDS = { application: "Application", applicationSet: "ApplicationSet", appProject: "AppProject" } as const;

/**
 * Reads an Application's metadata and spec. `prefix` is prepended to every YAML path, so an
 * ApplicationSet template (`spec.template`) can be read with positions inside the ApplicationSet.
 */
export function readApplication(value: unknown, prefix: (string | number)[] = []): ApplicationSpec {
  const object = record(value);
  const metadata = record(object.metadata);
  const spec = record(object.spec);
  const destination = record(spec.destination);
  const syncPolicy = record(spec.syncPolicy);

  const hasSources = Array.isArray(spec.sources) && spec.sources.length > 0;
  const sources: ApplicationSource[] = [];
  if (hasSources) {
    (spec.sources as unknown[]).forEach((source, index) => sources.push(readSource(source, index, [...prefix, "spec", "sources", index])));
  } else if (spec.source !== undefined && spec.source !== null) {
    sources.push(readSource(spec.source, undefined, [...prefix, "spec", "source"]));
  }

  return {
    name: text(metadata.name) ?? "",
    namespace: text(metadata.namespace),
    project: text(spec.project),
    hasProject: spec.project !== undefined && spec.project !== null,
    destination: {
      server: text(destination.server),
      name: text(destination.name),
      namespace: text(destination.namespace),
    },
    hasDestination: spec.destination !== undefined && spec.destination !== null,
    sources,
    sourceAndSources: hasSources && spec.source !== undefined && spec.source !== null,
    syncOptions: Array.isArray(syncPolicy.syncOptions) ? syncPolicy.syncOptions.filter((o): o is string => typeof o === "string") : [],
  };
}

function readSource(value: unknown, index: number | undefined, yamlPath: (string | number)[]): ApplicationSource {
  const source = record(value);
  const toolBlocks = ["directory", "helm", "kustomize", "plugin"].filter((key) => source[key] !== undefined && source[key] !== null);
  const directoryBlock = source.directory === undefined || source.directory === null ? undefined : record(source.directory);
  const helmBlock = source.helm === undefined || source.helm === null ? undefined : record(source.helm);

  return {
    index,
    yamlPath,
    repoURL: text(source.repoURL),
    path: typeof source.path === "string" ? source.path : undefined,
    chart: text(source.chart),
    targetRevision: scalarText(source.targetRevision),
    ref: text(source.ref),
    hasRef: source.ref !== undefined && source.ref !== null,
    directory: directoryBlock
      ? {
          recurse: directoryBlock.recurse === true,
          include: text(directoryBlock.include),
          exclude: text(directoryBlock.exclude),
        }
      : undefined,
    helm: helmBlock
      ? {
          valueFiles: Array.isArray(helmBlock.valueFiles) ? helmBlock.valueFiles.filter((file): file is string => typeof file === "string") : [],
          ignoreMissingValueFiles: helmBlock.ignoreMissingValueFiles === true,
        }
      : undefined,
    toolBlocks,
  };
}

/** True when the sync options turn on `CreateNamespace=true`. */
export function createsNamespace(spec: ApplicationSpec): boolean {
  return spec.syncOptions.some((option) => option.replace(/\s+/g, "") === "CreateNamespace=true");
}

/** The names Argo CD gives its local cluster; they all mean the cluster Argo CD runs in. */
const IN_CLUSTER = new Set(["https://kubernetes.default.svc", "https://kubernetes.default.svc/", "in-cluster"]);

/** A key that is equal for two destinations that name the same cluster, as far as the repo can tell. */
export function clusterKey(destination: ApplicationSpec["destination"]): string {
  const value = destination.server ?? destination.name ?? "";
  return IN_CLUSTER.has(value) ? "in-cluster" : value;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return text(value);
}
