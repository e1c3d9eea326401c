// Summarises a V8 .cpuprofile: self time by function and by script, largest first.
// Usage: node bench/profile-summary.mjs FILE.cpuprofile [TOP]
import { readFileSync } from "node:fs";

const profile = JSON.parse(readFileSync(process.argv[2], "utf8"));
const top = Number(process.argv[3] ?? 40);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfTicks = new Map();
for (const id of profile.samples) selfTicks.set(id, (selfTicks.get(id) ?? 0) + 1);
const total = profile.samples.length;

const byFunction = new Map();
const byScript = new Map();
for (const [id, ticks] of selfTicks) {
  const frame = byId.get(id).callFrame;
  const script = frame.url.replace(/^.*\//, "") || "(native)";
  const name = `${frame.functionName || "(anonymous)"} ${script}:${frame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + ticks);
  byScript.set(script, (byScript.get(script) ?? 0) + ticks);
}
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, ticks] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((100 * ticks) / total).toFixed(1).padStart(5)}%  ${name}`);
  }
};
print("self time by script", byScript);
print("self time by function", byFunction);
