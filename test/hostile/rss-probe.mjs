// Preloaded into the CLI process by the hostile test (NODE_OPTIONS=--import): on exit, writes the
// process's peak resident set size in kilobytes to the file named by PLUMBLINE_RSS_FILE.
import { writeFileSync } from "node:fs";

const target = process.env.PLUMBLINE_RSS_FILE;
if (target) {
  process.on("exit", () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
