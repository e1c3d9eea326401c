import { BY_WORKLOAD_FILE, rangeInAnnotation, WORKLOAD_READS, workloads, type AnnotationSite, type Workload } from "../../multus/workloads.js";
import type { NetworkSelection } from "../../multus/annotation.js";
import type { Rule, RuleContext } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

// Linux IFNAMSIZ is 16 bytes including the terminating NUL; libcni (pkg/utils ValidateInterfaceName)
// and Multus both reject longer names, names with "/", ":" or white space, and "." or "..".
const MAX_INTERFACE_BYTES = 15;

export const interfaceName: Rule = {
  id: "attachment/interface",
  defaultSeverity: "error",
  description: "A requested interface name is invalid, taken by eth0, used twice, or collides with an automatic netN name",
  tags: ["multus"],
  reads: WORKLOAD_READS,
  partition: BY_WORKLOAD_FILE,
  check(context) {
    for (const workload of workloads(context.workspace)) {
      const site = workload.networks;
      if (!site?.parsed) continue;
      checkNames(context, workload, site, site.parsed.elements);
    }
  },
};

function checkNames(context: RuleContext, workload: Workload, site: AnnotationSite, elements: NetworkSelection[]): void {
  const report = (element: NetworkSelection, message: string): void => {
    const span = element.spans?.interface ?? { start: element.start, end: element.end };
    context.report({
      file: workload.object.file.path,
      range: rangeInAnnotation(context.workspace, workload.object, site, span.start, span.end),
      resource: resourceRefOf(workload.object),
      message,
    });
  };

  // Multus names attachment i (1-based, after the cluster network's eth0) "net<i>" unless the
  // selection requests a name (multus-cni pkg/multus getIfname).
  const automatic = new Map<string, NetworkSelection>();
  elements.forEach((element, index) => {
    if (element.interface === undefined) automatic.set(`net${index + 1}`, element);
  });

  const seen = new Map<string, NetworkSelection>();
  for (const element of elements) {
    const name = element.interface;
    if (name === undefined) continue;

    const problem = invalidInterfaceName(name);
    if (problem) {
      report(element, `interface name "${name}" for network "${element.name}" ${problem}`);
      continue;
    }
    if (name === "eth0") {
      report(element, `interface name "eth0" for network "${element.name}" is taken by the cluster network: choose another name, such as "net1"`);
      continue;
    }
    const earlier = seen.get(name);
    if (earlier) {
      report(element, `interface name "${name}" is requested twice (networks "${earlier.name}" and "${element.name}"), so the second attachment fails: give each a different name`);
      continue;
    }
    seen.set(name, element);

    const collides = automatic.get(name);
    if (collides) {
      report(element, `interface name "${name}" for network "${element.name}" is the automatic name Multus gives network "${collides.name}", so the pod fails with "interface name ${name} already exists": name both interfaces explicitly or pick a name outside net1, net2, ...`);
    }
  }
}

/** Why a name cannot be a Linux interface name, or undefined when it can. */
export function invalidInterfaceName(name: string): string | undefined {
  const bytes = Buffer.byteLength(name, "utf8");
  if (bytes > MAX_INTERFACE_BYTES) return `is ${bytes} bytes long; Linux interface names have at most ${MAX_INTERFACE_BYTES}`;
  if (/[/:\s]/.test(name)) return `contains "/", ":" or white space, which Linux interface names cannot hold`;
  if (name === "." || name === "..") return `cannot be "." or ".."`;
  return undefined;
}
