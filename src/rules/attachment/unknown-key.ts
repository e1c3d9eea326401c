import { closestName } from "../../config.js";
import { BY_WORKLOAD_FILE, rangeInAnnotation, WORKLOAD_READS, workloads } from "../../multus/workloads.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

/** Keys Multus reads in a JSON selection element (pkg/types/types.go NetworkSelectionElement). */
const KNOWN_KEYS = [
  "name",
  "namespace",
  "interface",
  "ips",
  "mac",
  "infiniband-guid",
  "portMappings",
  "bandwidth",
  "cni-args",
  "default-route",
  "deviceID",
  "ipam-claim-reference",
];

// Keys seen in the wild that Multus silently ignores, with the key that was meant.
const COMMON_MISTAKES: Record<string, string> = {
  macaddress: "mac",
  macrequest: "mac",
  "mac-address": "mac",
  mac_address: "mac",
  gateway: "default-route",
  gateways: "default-route",
  defaultroute: "default-route",
  default_route: "default-route",
  "default-routes": "default-route",
  ip: "ips",
  ipaddress: "ips",
  ipaddresses: "ips",
  addresses: "ips",
  address: "ips",
  ifname: "interface",
  iface: "interface",
  interfacename: "interface",
  "interface-name": "interface",
  ns: "namespace",
  infinibandguid: "infiniband-guid",
  infiniband_guid: "infiniband-guid",
  guid: "infiniband-guid",
  cniargs: "cni-args",
  cni_args: "cni-args",
  portmapping: "portMappings",
  "port-mappings": "portMappings",
  deviceid: "deviceID",
  "device-id": "deviceID",
};

export const unknownKey: Rule = {
  id: "attachment/unknown-key",
  defaultSeverity: "warning",
  description: "A JSON network selection element has a key that Multus ignores, or the deprecated interfaceRequest",
  tags: ["multus"],
  reads: WORKLOAD_READS,
  partition: BY_WORKLOAD_FILE,
  check({ workspace, report }) {
    for (const workload of workloads(workspace)) {
      for (const site of [workload.networks, workload.defaultNetwork]) {
        if (!site?.parsed || site.parsed.format !== "json") continue;
        for (const element of site.parsed.elements) {
          for (const unknown of element.unknownKeys ?? []) {
            const meant = COMMON_MISTAKES[unknown.key.toLowerCase()] ?? closestName(unknown.key, KNOWN_KEYS);
            const fix = meant ? `rename it to "${meant}"` : `remove it; Multus reads ${KNOWN_KEYS.map((key) => `"${key}"`).join(", ")}`;
            report({
              file: workload.object.file.path,
              range: rangeInAnnotation(workspace, workload.object, site, unknown.start, unknown.end),
              resource: resourceRefOf(workload.object),
              message: `key "${unknown.key}" in network "${element.name}" is not a Multus selection key and is silently ignored: ${fix}`,
            });
          }
          if (element.interfaceFromRequest && element.spans?.interfaceRequest) {
            const span = element.spans.interfaceRequest;
            report({
              file: workload.object.file.path,
              range: rangeInAnnotation(workspace, workload.object, site, span.start, span.end),
              resource: resourceRefOf(workload.object),
              message: `"interfaceRequest" in network "${element.name}" is the deprecated spelling from Multus before 3.2: rename the key to "interface"`,
            });
          }
        }
      }
    }
  },
};
