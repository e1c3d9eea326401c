// The floor of a linter built on `yaml`: read every YAML file and parse it with parseAllDocuments
// and a LineCounter, keeping every document alive as a linter of the whole repository must.
// Usage: node bench/floor-yaml.mjs ROOT
import { readFileSync } from "node:fs";
import { LineCounter, parseAllDocuments } from "yaml";
import { printResult, yamlFiles } from "./floor-files.mjs";

const retained = [];
let documents = 0;
let errors = 0;
for (const path of yamlFiles(process.argv[2])) {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(readFileSync(path, "utf8"), { lineCounter });
  const list = Array.isArray(parsed) ? parsed : [];
  documents += list.length;
  for (const document of list) errors += document.errors.length;
  retained.push({ lineCounter, parsed });
}
printResult({ files: retained.length, documents, errors });
