// Module hooks for a test: prints a marker on stderr when anything resolves @kubernetes/client-node.
export async function resolve(specifier, context, next) {
  if (specifier.startsWith("@kubernetes/client-node")) process.stderr.write("MARK client-node resolved\n");
  return next(specifier, context);
}
