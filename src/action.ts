// Entry of the GitHub Action (action.yml: `runs.using: node24`, `main: dist/action/index.js`).
// The Node check matters only when someone runs the bundle by hand on an older Node.
const [major, minor] = process.versions.node.split(".").map(Number) as [number, number];
if (major < 20 || (major === 20 && minor < 18)) {
  process.stdout.write(`::error::plumbline needs Node 20.18 or later and this runner has ${process.versions.node}: use the Action as published (node24)\n`);
  process.exit(2);
}

const { run } = await import("./action/run.js");
await run();
