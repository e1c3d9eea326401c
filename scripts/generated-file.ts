// Shared entry of the scripts that generate a committed file: write it, or with --check exit 1
// when the committed copy differs from what the script would write.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export function writeOrCheck(target: string, content: string, label: string, command: string): void {
  if (!process.argv.includes("--check")) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    return;
  }

  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // A missing file is stale.
  }
  if (current !== content) {
    console.error(`${label} is stale: run ${command}`);
    process.exit(1);
  }
}
