import { cidrContains, formatIp, ipamSubnets, parseCidr, parseIp, type Cidr } from "../../multus/net.js";
import { BY_WORKLOAD_FILE, rangeInAnnotation, WORKLOAD_READS, workloads, type NetworkRequest } from "../../multus/workloads.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";
import { decodedNad, ipamPlugin } from "./shared.js";

export const defaultRoute: Rule = {
  id: "attachment/default-route",
  defaultSeverity: "error",
  description: "More than one default-route gateway per address family, or a gateway outside the NAD's subnet",
  tags: ["multus"],
  reads: WORKLOAD_READS,
  partition: BY_WORKLOAD_FILE,
  check({ workspace, report }) {
    for (const workload of workloads(workspace)) {
      const site = workload.networks;
      if (!site) continue;
      const firstOfFamily = new Map<4 | 6, NetworkRequest>();

      for (const request of workload.requests) {
        if (request.source !== "networks") continue;
        const selection = request.selection;
        (selection.defaultRoute ?? []).forEach((gateway, index) => {
          const address = parseIp(gateway)!;
          const span = selection.defaultRouteSpans?.[index] ?? { start: selection.start, end: selection.end };
          const range = rangeInAnnotation(workspace, workload.object, site, span.start, span.end);
          const resource = resourceRefOf(workload.object);

          // Multus (pkg/types/conf.go) fails with "multus does not support ECMP for default-route".
          const earlier = firstOfFamily.get(address.family);
          if (earlier) {
            report({
              file: workload.object.file.path,
              range,
              resource,
              message: `second IPv${address.family} default-route gateway "${gateway}" (network "${request.name}"); network "${earlier.name}" already sets one and Multus rejects more than one per address family: keep a single default route`,
            });
          } else {
            firstOfFamily.set(address.family, request);
          }

          const nad = decodedNad(request);
          const ipam = nad ? ipamPlugin(nad)?.ipam : undefined;
          // Requested addresses with a prefix become the interface's subnets too (static IPAM replaces its own).
          const requested = (selection.ips ?? []).map(parseCidr).filter((cidr): cidr is Cidr => cidr !== undefined);
          const subnets = ipam ? [...ipamSubnets(ipam), ...requested].filter((subnet) => subnet.address.family === address.family) : [];
          if (subnets.length > 0 && !subnets.some((subnet) => cidrContains(subnet, address))) {
            report({
              file: workload.object.file.path,
              range,
              resource,
              message: `default-route gateway "${gateway}" is outside the subnet of network "${request.namespace}/${request.name}" (${subnets.map((subnet) => `${formatIp(subnet.network, subnet.address.family)}/${subnet.prefix}`).join(", ")}), so the route cannot be added: use a gateway inside that subnet`,
            });
          }
        });
      }
    }
  },
};
