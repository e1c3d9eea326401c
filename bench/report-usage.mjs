// Preloaded with `node --import` when GNU time is missing: on exit, prints this process's own CPU
// time and peak RSS to stderr, which bench/run.ts reads.
process.on("exit", () => {
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.stderr.write(`\nbench-usage ${JSON.stringify({ cpuMs, maxRssKiB: usage.maxRSS })}\n`);
});
