// The file list every floor script reads: each *.yaml and *.yml below the root, outside .git and
// node_modules, sorted, as plumbline discovers them.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

export function yamlFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === ".git" || entry.name === "node_modules") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) files.push(path);
    }
  };
  walk(root);
  return files.sort((a, b) => (relative(root, a) < relative(root, b) ? -1 : 1));
}

/** Prints the floor's result as one JSON line; `maxRSS` is the process's own peak, in KiB. */
export function printResult(result) {
  process.stdout.write(`${JSON.stringify({ ...result, maxRSS: process.resourceUsage().maxRSS })}\n`);
}
