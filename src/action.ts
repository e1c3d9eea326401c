// Entry of the GitHub Action (action.yml: `runs.using: node24`, `main: dist/action/index.js`).
// The Node check matters only when someone runs the bundle by hand on an older Node.
const [major, minor] = process.versions.node.split(".").map(Number) as [number, number];
if (major < 20 || (major === 20 && minor < 18)) {
  process.stdout.write(`::error::plumbline needs Node 20.18 or later and this runner has ${process.versions.node}: use the Action as published (node24)\n`);
  process.exit(2);
}

const { isMainThread } = await import("node:worker_threads");
if (isMainThread) {
  const { run } = await import("./action/run.js");
  await run({ workerEntry: import.meta.url });
} else {
  // This file is also the entry of the parse workers that lint() starts on large repositories.
  const { runParseWorkerIfAsked } = await import("./workspace/parse-pool.js");
  runParseWorkerIfAsked();
}
