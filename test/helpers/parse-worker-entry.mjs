// Worker entry for tests of the parse pool: what src/cli.ts does in a worker thread. Plain
// JavaScript, because a worker thread does not inherit the tsx loader of the test process; it
// registers tsx itself before importing the TypeScript source.
import { register } from "tsx/esm/api";

register();
const { runParseWorkerIfAsked } = await import("../../src/workspace/parse-pool.ts");
runParseWorkerIfAsked();
