// Output formats by name. Each loads on first use, so a plain run never loads SARIF or Mermaid code.
import type { Reporter } from "./reporter.js";

const loaders: Record<string, () => Promise<Reporter>> = {
  stylish: async () => (await import("./stylish.js")).stylishReporter,
  json: async () => (await import("./json.js")).jsonReporter,
  sarif: async () => (await import("./sarif.js")).sarifReporter,
  github: async () => (await import("./github.js")).githubReporter,
  markdown: async () => (await import("./markdown.js")).markdownReporter,
  mermaid: async () => (await import("./mermaid.js")).mermaidReporter,
};

export function formatNames(): string[] {
  return Object.keys(loaders);
}

/** Registers a format; used by modules that add formats (SARIF, GitHub, Markdown, Mermaid). */
export function registerFormat(name: string, loader: () => Promise<Reporter>): void {
  loaders[name] = loader;
}

export async function loadReporter(name: string): Promise<Reporter | undefined> {
  const loader = loaders[name];
  return loader ? loader() : undefined;
}
