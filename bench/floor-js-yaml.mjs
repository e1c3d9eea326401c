// js-yaml's loadAll on the same files: plain values without positions, so no linter that reports
// exact positions can be built on it alone. Every value is retained alive, as in the yaml floor.
// Usage: node bench/floor-js-yaml.mjs ROOT
import { readFileSync } from "node:fs";
import { loadAll } from "js-yaml";
import { printResult, yamlFiles } from "./floor-files.mjs";

const retained = [];
let documents = 0;
let errors = 0;
for (const path of yamlFiles(process.argv[2])) {
  try {
    const values = loadAll(readFileSync(path, "utf8"));
    documents += values.length;
    retained.push(values);
  } catch {
    errors++;
  }
}
printResult({ files: retained.length, documents, errors });
