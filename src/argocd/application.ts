// Reads the parts of an Argo CD Application that decide what it renders and where it deploys.
// Pure: takes the object's plain value, returns a normalised shape; malformed fields become undefined.

export interface DirectoryOptions {
  recurse: boolean;
  include?: string;
  exclude?: string;
}

export interface ApplicationSource {
  /** Index in `spec.sources`, or undefined for `spec.source`. */
  index: number | undefined;
  /** YAML path of the source mapping, for positions. */
  yamlPath: (string | number)[];
  repoURL?: string;
  path?: string;
  chart?: string;
  targetRevision?: string;
  ref?: string;
  directory?: DirectoryOptions;
  /** Which explicit tool blocks are present (`directory`, `helm`, `kustomize`, `plugin`). */
  toolBlocks: string[];
}

export interface ApplicationSpec {
  name: string;
  namespace?: string;
  project?: string;
  destination: { server?: string; name?: string; namespace?: string };
  sources: ApplicationSource[];
  syncOptions: string[];
}

export const APPLICATION_GROUP = "argoproj.io";

export function readApplication(value: unknown): ApplicationSpec {
  const object = record(value);
  const metadata = record(object.metadata);
  const spec = record(object.spec);
  const destination = record(spec.destination);
  const syncPolicy = record(spec.syncPolicy);

  const sources: ApplicationSource[] = [];
  if (spec.source !== undefined) sources.push(readSource(spec.source, undefined, ["spec", "source"]));
  if (Array.isArray(spec.sources)) {
    spec.sources.forEach((source, index) => sources.push(readSource(source, index, ["spec", "sources", index])));
  }

  return {
    name: text(metadata.name) ?? "",
    namespace: text(metadata.namespace),
    project: text(spec.project),
    destination: {
      server: text(destination.server),
      name: text(destination.name),
      namespace: text(destination.namespace),
    },
    sources,
    syncOptions: Array.isArray(syncPolicy.syncOptions) ? syncPolicy.syncOptions.filter((o): o is string => typeof o === "string") : [],
  };
}

function readSource(value: unknown, index: number | undefined, yamlPath: (string | number)[]): ApplicationSource {
  const source = record(value);
  const toolBlocks = ["directory", "helm", "kustomize", "plugin"].filter((key) => source[key] !== undefined && source[key] !== null);
  const directoryBlock = source.directory === undefined ? undefined : record(source.directory);

  return {
    index,
    yamlPath,
    repoURL: text(source.repoURL),
    path: typeof source.path === "string" ? source.path : undefined,
    chart: text(source.chart),
    targetRevision: scalarText(source.targetRevision),
    ref: text(source.ref),
    directory: directoryBlock
      ? {
          recurse: directoryBlock.recurse === true,
          include: text(directoryBlock.include),
          exclude: text(directoryBlock.exclude),
        }
      : undefined,
    toolBlocks,
  };
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
