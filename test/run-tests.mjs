// Runs every test/**/*.test.ts with node:test through tsx. The file list is explicit because
// `tsx --test` with no files runs nothing and exits 0; an empty list fails here instead.
// Usage: node test/run-tests.mjs [FILTER...]   (FILTER keeps the files whose path contains it)
import { spawnSync } from "node:child_process";
import { globSync } from "glob";

const filters = process.argv.slice(2);
const files = globSync("test/**/*.test.ts", { posix: true, ignore: ["test/fixtures/**", "test/hostile/**/corpus/**"] })
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

if (files.length === 0) {
  console.error(`no test files matched${filters.length ? ` ${filters.join(" ")}` : ""}`);
  process.exit(1);
}

const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", "--test-reporter=spec", ...files], { stdio: "inherit" });
process.exit(result.status ?? 1);
