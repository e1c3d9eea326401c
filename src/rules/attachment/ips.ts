import { hostLocalRanges, formatIp, parseIpOrCidr } from "../../multus/net.js";
import { BY_WORKLOAD_FILE, rangeInAnnotation, WORKLOAD_READS, workloads, type NetworkRequest, type Workload } from "../../multus/workloads.js";
import type { Rule, RuleContext, Severity } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";
import { KNOWN_PLUGIN_TYPES, decodedNad, describeReplicas, describeWorkload, ipamPlugin, runsSeveralPods } from "./shared.js";

export const ips: Rule = {
  id: "attachment/ips",
  defaultSeverity: "error",
  description: "Requested fixed IPs that the NAD's IPAM cannot honour, or one fixed IP shared by several pods",
  tags: ["multus", "ipam"],
  reads: WORKLOAD_READS,
  partition: BY_WORKLOAD_FILE,
  check(context) {
    for (const workload of workloads(context.workspace)) {
      const site = workload.networks;
      if (!site) continue;
      for (const request of workload.requests) {
        if (request.source !== "networks" || !request.selection.ips || request.selection.ips.length === 0) continue;
        checkRequest(context, workload, request);
      }
    }
  },
};

function checkRequest(context: RuleContext, workload: Workload, request: NetworkRequest): void {
  const site = workload.networks!;
  const selection = request.selection;
  const report = (index: number | undefined, message: string, severity?: Severity): void => {
    const span = index !== undefined ? selection.ipSpans?.[index] : selection.spans?.ips;
    const where = span ?? { start: selection.start, end: selection.end };
    context.report({
      file: workload.object.file.path,
      range: rangeInAnnotation(context.workspace, workload.object, site, where.start, where.end),
      resource: resourceRefOf(workload.object),
      message,
      severity,
    });
  };

  const shared = runsSeveralPods(workload);
  const nad = decodedNad(request);
  const plugin = nad ? ipamPlugin(nad) : undefined;
  const mainType = nad?.plugins[0]?.type;
  const modelled = mainType !== undefined && KNOWN_PLUGIN_TYPES.has(mainType);
  const ipamType = typeof plugin?.ipam?.type === "string" ? plugin.ipam.type : undefined;

  if (nad && modelled && (ipamType === undefined || ipamType === "dhcp")) {
    const why = ipamType === "dhcp" ? "uses dhcp IPAM, which takes its address from the DHCP server" : "has no IPAM type, so no plugin assigns addresses";
    report(undefined, `network ${quote(request)} ${why}, and Multus silently drops the requested "ips": use static, host-local or whereabouts IPAM, or remove "ips"`);
    return;
  }

  if (shared && ipamType !== "whereabouts") {
    report(undefined, `${describeWorkload(workload)} runs ${describeReplicas(workload)} that all request the same "ips" on ${quote(request)}, so every pod after the first fails or duplicates the address: give each pod its own address (a StatefulSet per address, or IPAM that allocates from a pool)`);
  }

  selection.ips!.forEach((text, index) => {
    const parsed = parseIpOrCidr(text)!;
    if (ipamType === "static" && parsed.prefix === undefined) {
      report(index, `static IPAM needs every requested address in CIDR notation, but "${text}" has no prefix length: write "${text}/${parsed.address.family === 4 ? 24 : 64}" with the subnet's real prefix`);
      return;
    }
    if (ipamType === "host-local" && plugin?.ipam) {
      const problem = hostLocalProblem(plugin.ipam, text);
      if (problem) report(index, `requested address "${text}" ${problem} of network ${quote(request)}, so host-local rejects it and the pod does not start`);
      return;
    }
    if (ipamType === "whereabouts") {
      const note = shared ? `; with ${describeReplicas(workload)} every pod gets this same extra address` : "";
      report(
        index,
        `whereabouts adds requested address "${text}" as an extra static address next to one from its pool, without reserving it in the pool, so another pod can be given it too${note}: exclude it from the whereabouts range or use static IPAM for fixed addresses`,
        "warning",
      );
    }
  });
}

function hostLocalProblem(ipam: Record<string, unknown>, text: string): string | undefined {
  const ranges = hostLocalRanges(ipam);
  if (ranges.length === 0) return undefined;
  const address = parseIpOrCidr(text)!.address;
  const sameFamily = ranges.filter((range) => range.subnet.address.family === address.family);
  const inside = sameFamily.find((range) => address.value >= range.start && address.value <= range.end);
  if (!inside) {
    return `is outside the host-local range ${sameFamily.map((range) => range.text).join(", ") || "(none of its address family)"}`;
  }
  if (inside.gateway === address.value) return `is the gateway ${formatIp(inside.gateway, address.family)} of the host-local range`;
  return undefined;
}

function quote(request: NetworkRequest): string {
  return `"${request.namespace}/${request.name}"`;
}
