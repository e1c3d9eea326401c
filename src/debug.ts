// Diagnostics on stderr, printed only with DEBUG=plumbline (or a DEBUG list that contains it).
// Callers pass counts, paths and timings only: never a kubeconfig, token or certificate.
const enabled = (process.env.DEBUG ?? "").split(",").map((entry) => entry.trim()).includes("plumbline");

export function debugEnabled(): boolean {
  return enabled;
}

export function debug(message: string): void {
  if (enabled) process.stderr.write(`plumbline: ${message}\n`);
}

/** Runs `step` and logs its wall time under `label` when debugging is on. */
export async function timed<T>(label: string, step: () => T | Promise<T>): Promise<T> {
  if (!enabled) return step();
  const start = performance.now();
  const result = await step();
  debug(`${label}: ${(performance.now() - start).toFixed(1)} ms`);
  return result;
}
