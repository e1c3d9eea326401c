import { BY_WORKLOAD_FILE, rangeInAnnotation, WORKLOAD_READS, workloads, type AnnotationSite, type Workload } from "../../multus/workloads.js";
import type { Rule, RuleContext } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

// Kubernetes caps all annotations of an object at 256 KiB together (apimachinery
// TotalAnnotationSizeLimitB), so a larger single value is rejected by the API server as well.
export const syntax: Rule = {
  id: "attachment/syntax",
  defaultSeverity: "error",
  description: "A networks or default-network annotation value does not parse as Multus reads it",
  tags: ["multus"],
  reads: WORKLOAD_READS,
  partition: BY_WORKLOAD_FILE,
  check(context) {
    for (const workload of workloads(context.workspace)) {
      for (const site of [workload.networks, workload.defaultNetwork]) {
        if (site) checkSite(context, workload, site);
      }
    }
  },
};

function checkSite(context: RuleContext, workload: Workload, site: AnnotationSite): void {
  const { workspace, config } = context;
  const object = workload.object;
  const resource = resourceRefOf(object);
  const wholeValue = () => workspace.rangeOf(object, site.path);

  if (site.value === undefined) {
    context.report({
      file: object.file.path,
      range: wholeValue(),
      resource,
      message: `annotation "${site.key}" must be a string; quote the value or write the JSON form inside a YAML string`,
    });
    return;
  }

  if (!site.parsed) {
    const limit = config.limits.maxAnnotationBytes;
    context.report({
      file: object.file.path,
      range: wholeValue(),
      resource,
      message: `annotation "${site.key}" is ${site.bytes} bytes, above the limit of ${limit} bytes (limits.maxAnnotationBytes), so it was not checked; Kubernetes rejects objects whose annotations exceed 262144 bytes together`,
    });
    return;
  }

  for (const error of site.parsed.errors) {
    context.report({
      file: object.file.path,
      range: rangeInAnnotation(workspace, object, site, error.start, error.end),
      resource,
      message: `annotation "${site.key}": ${error.message}`,
    });
  }
}
