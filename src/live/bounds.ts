// Time bounds of the live phase, apart from the HTTP client so that a lint without --live loads
// neither the client nor node:https.

/** The whole live phase ends after this many request timeouts, so a slow server cannot stall a run. */
export const PHASE_BOUND_TIMEOUTS = 6;

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
