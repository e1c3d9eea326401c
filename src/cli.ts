#!/usr/bin/env node
// Entry of the `plumbline` command. The version check runs before any other module loads, so an
// old Node fails with one clear line instead of a syntax or import error.
const [major, minor] = process.versions.node.split(".").map(Number) as [number, number];
if (major < 20 || (major === 20 && minor < 18)) {
  process.stderr.write(`plumbline: Node ${process.versions.node} is not supported; install Node 20.18 or later\n`);
  process.exit(2);
}

const { isMainThread } = await import("node:worker_threads");
if (isMainThread) {
  // A reader that stops early (`plumbline --format json | head`) closes the pipe; that is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });

  const { main } = await import("./cli-main.js");
  process.exitCode = await main(process.argv.slice(2), process.env, { workerEntry: import.meta.url });
} else {
  // This file is also the entry of the parse workers that lint() starts on large repositories.
  const { runParseWorkerIfAsked } = await import("./workspace/parse-pool.js");
  runParseWorkerIfAsked();
}
