// Parser designs that could take plumbline below kubeconform, measured in-process on the same files.
// Run each variant in its own process (cold JIT, as a lint run is). It prints the CPU time of parsing
// alone, because the files are read before the clock starts, and the peak RSS.
// Usage: node bench/experiments/parsers.mjs ROOT VARIANT
//   yaml-floor     parseAllDocuments with a LineCounter (the benchmark's floor, YAML 1.2)
//   yaml-compose   the same as YAML 1.1, the version Kubernetes decodes
//   yaml-tokens    the same with keepSourceTokens, as plumbline parses
//   yaml-cst       yaml's Parser only: CST tokens with offsets, no composed nodes
//   yaml-lexer     yaml's Lexer only: the token stream
//   js-yaml        js-yaml loadAll, plain values, no positions
//   js-yaml-listen js-yaml loadAll with a listener that records each node's start and end offset
//   scan-compose   a line scan for `kind:` decides which documents to compose; the rest only lexed
import { readFileSync } from "node:fs";
import { LineCounter, Lexer, Parser, parseAllDocuments } from "yaml";
import { loadAll } from "js-yaml";
import { yamlFiles } from "../floor-files.mjs";

const [root, variant] = process.argv.slice(2);
const texts = yamlFiles(root).map((path) => readFileSync(path, "utf8"));
const retained = [];
let units = 0;
const interesting = /^kind:\s*(NetworkAttachmentDefinition|Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob|Pod|Application|ApplicationSet|AppProject|Kustomization)\s*$/m;

const start = process.cpuUsage();
for (const text of texts) {
  switch (variant) {
    case "yaml-floor":
    case "yaml-compose":
    case "yaml-tokens": {
      // yaml-floor: the benchmark's floor (YAML 1.2 core schema); yaml-compose: YAML 1.1 as
      // Kubernetes reads it; yaml-tokens: plumbline's options, YAML 1.1 plus keepSourceTokens.
      const lineCounter = new LineCounter();
      const options = variant === "yaml-floor" ? { lineCounter } : { lineCounter, version: "1.1", keepSourceTokens: variant === "yaml-tokens" };
      const documents = parseAllDocuments(text, options);
      units += documents.length;
      retained.push(documents, lineCounter);
      break;
    }
    case "yaml-cst": {
      const lineCounter = new LineCounter();
      for (const token of new Parser(lineCounter.addNewLine).parse(text)) {
        units++;
        retained.push(token);
      }
      retained.push(lineCounter);
      break;
    }
    case "yaml-lexer": {
      for (const token of new Lexer().lex(text)) units += token.length > 0 ? 1 : 0;
      break;
    }
    case "js-yaml": {
      const values = loadAll(text);
      units += values.length;
      retained.push(values);
      break;
    }
    case "js-yaml-listen": {
      const ranges = [];
      const values = loadAll(text, undefined, {
        listener(event, state) {
          if (event === "open") ranges.push(state.position);
          else if (event === "close") ranges.push(state.position);
        },
      });
      units += values.length;
      retained.push(values, ranges);
      break;
    }
    case "scan-compose": {
      // Split on document markers; compose only documents whose kind a rule reads. The rest are
      // still run through the lexer and CST parser so syntax errors are found.
      for (const part of text.split(/^---\s*$/m)) {
        if (interesting.test(part)) {
          const lineCounter = new LineCounter();
          const documents = parseAllDocuments(part, { lineCounter, version: "1.1" });
          units += documents.length;
          retained.push(documents, lineCounter);
        } else {
          for (const token of new Parser().parse(part)) retained.push(token);
          units++;
        }
      }
      break;
    }
    default:
      throw new Error(`unknown variant "${variant}"`);
  }
}
const used = process.cpuUsage(start);
process.stdout.write(
  `${JSON.stringify({ variant, units, parseCpuMs: Math.round((used.user + used.system) / 1000), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
