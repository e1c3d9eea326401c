// Builds throwaway repositories in the OS temp folder from a { path: content } map.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface TempRepo {
  root: string;
  path(relative: string): string;
  remove(): void;
}

export function makeTempRepo(files: Record<string, string>, prefix = "plumbline-test-"): TempRepo {
  const base = mkdtempSync(join(tmpdir(), prefix));
  const root = join(base, "repo");
  mkdirSync(root);
  for (const [relative, content] of Object.entries(files)) {
    const target = join(root, relative);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return {
    root,
    path: (relative) => join(root, relative),
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}
