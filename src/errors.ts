/** A bad command line or config: the front ends print its message on one line and exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
