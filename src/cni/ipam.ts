// IPAM semantics the JSON schemas cannot express, and the address pools each NAD allocates from.
// Facts from containernetworking/plugins host-local (allocator/config.go, range.go,
// range_set.go), static (main.go) and whereabouts (pkg/config/config.go, README.md).
import type { Severity } from "../types.js";
import { contains, findOverlaps, formatIp, hasHostBits, isTooSmall, networkText, parseCidr, parseIp, type Cidr, type Family, type Interval } from "./ip.js";
import type { JsonPath } from "./json.js";
import type { CniPlugin } from "./nad-model.js";

export interface IpamProblem {
  /** Absolute JSON path inside spec.config. */
  path: JsonPath;
  part: "key" | "value";
  message: string;
  severity?: Severity;
}

/** One contiguous block of addresses an IPAM plugin hands out. */
export interface IpPool {
  family: Family;
  first: bigint;
  last: bigint;
  subnet: Cidr;
  /** Absolute JSON path of the value that defines the pool (subnet or range). */
  path: JsonPath;
  ipamType: "host-local" | "whereabouts";
}

const HOST_LOCAL_KEYS_IN_WHEREABOUTS: Record<string, string> = { subnet: "range", rangeStart: "range_start", rangeEnd: "range_end" };

/** Checks the plugin's `ipam` object; the schema checks (types, unknown keys) run separately. */
export function checkIpam(plugin: CniPlugin): IpamProblem[] {
  const ipam = plugin.ipam;
  if (!ipam) return [];
  const base: JsonPath = [...plugin.jsonPath, "ipam"];
  switch (plugin.ipamType) {
    case "host-local":
      return checkHostLocal(ipam, base);
    case "whereabouts":
      return checkWhereabouts(ipam, base);
    case "static":
      return checkStatic(ipam, base);
    default:
      return [];
  }
}

function checkHostLocal(ipam: Record<string, unknown>, base: JsonPath): IpamProblem[] {
  const problems: IpamProblem[] = [];
  const sets = hostLocalRangeSets(ipam, base);
  if (sets.length === 0) {
    problems.push({ path: [...base, "type"], part: "value", message: `host-local IPAM has no "ranges" and no "subnet", so it fails with "no IP ranges specified"; add "subnet" or "ranges"` });
    return problems;
  }

  const setSpans: Interval<number>[] = [];
  sets.forEach((set, setIndex) => {
    let family: Family | undefined;
    for (const range of set) {
      const checked = checkHostLocalRange(range, problems);
      if (!checked) continue;
      if (family !== undefined && checked.family !== family) {
        problems.push({ path: range.subnetPath, part: "value", message: `range set mixes IPv4 and IPv6 subnets; put each family in its own entry of "ranges"` });
      }
      family ??= checked.family;
      setSpans.push({ family: checked.family, first: checked.first, last: checked.last, item: setIndex });
    }
  });

  // Range sets must not overlap each other (range_set.go Overlaps).
  for (const [earlier, later] of findOverlaps(setSpans, (a, b) => a === b)) {
    const laterRange = sets[later.item]![0]!;
    problems.push({
      path: laterRange.subnetPath,
      part: "value",
      message: `range set ${later.item} overlaps range set ${earlier.item} (${formatIp(earlier.family, earlier.first)} - ${formatIp(earlier.family, earlier.last)}); host-local rejects overlapping range sets, make them disjoint`,
    });
  }
  return problems;
}

interface RawRange {
  subnet: unknown;
  rangeStart: unknown;
  rangeEnd: unknown;
  gateway: unknown;
  subnetPath: JsonPath;
  path: JsonPath;
}

/** The range sets host-local uses: the legacy top-level range first, then `ranges` (config.go). */
function hostLocalRangeSets(ipam: Record<string, unknown>, base: JsonPath): RawRange[][] {
  const sets: RawRange[][] = [];
  if (ipam.subnet !== undefined) {
    sets.push([{ subnet: ipam.subnet, rangeStart: ipam.rangeStart, rangeEnd: ipam.rangeEnd, gateway: ipam.gateway, subnetPath: [...base, "subnet"], path: base }]);
  }
  if (Array.isArray(ipam.ranges)) {
    ipam.ranges.forEach((set, setIndex) => {
      if (!Array.isArray(set)) return;
      const ranges: RawRange[] = [];
      set.forEach((range, rangeIndex) => {
        if (range === null || typeof range !== "object" || Array.isArray(range)) return;
        const record = range as Record<string, unknown>;
        const path = [...base, "ranges", setIndex, rangeIndex];
        ranges.push({ subnet: record.subnet, rangeStart: record.rangeStart, rangeEnd: record.rangeEnd, gateway: record.gateway, subnetPath: [...path, "subnet"], path });
      });
      if (ranges.length > 0) sets.push(ranges);
    });
  }
  return sets;
}

/** Validates one host-local range (range.go Canonicalize) and returns its allocatable span. */
function checkHostLocalRange(range: RawRange, problems: IpamProblem[]): { family: Family; first: bigint; last: bigint; subnet: Cidr } | undefined {
  if (typeof range.subnet !== "string") return undefined;
  const subnet = parseCidr(range.subnet);
  if (!subnet) {
    problems.push({ path: range.subnetPath, part: "value", message: `subnet "${range.subnet}" is not a CIDR such as 10.1.0.0/24 (IPv4 in plain decimal, no leading zeros)` });
    return undefined;
  }
  if (hasHostBits(subnet)) {
    problems.push({ path: range.subnetPath, part: "value", message: `subnet "${range.subnet}" has host bits set, so host-local fails with "Network has host bits set"; use "${networkText(subnet)}"` });
  }
  if (isTooSmall(subnet)) {
    problems.push({ path: range.subnetPath, part: "value", message: `subnet "${range.subnet}" is a /${subnet.prefix}, too small for host-local, which needs a network, a gateway and a host address; use a larger prefix` });
    return undefined;
  }

  // host-local defaults: start after the network address, end before the broadcast address (IPv4).
  let first = subnet.network + 1n;
  let last = subnet.family === 4 ? subnet.broadcast - 1n : subnet.broadcast;
  const start = checkAddressInSubnet(range.rangeStart, [...range.path, "rangeStart"], "rangeStart", subnet, problems);
  const end = checkAddressInSubnet(range.rangeEnd, [...range.path, "rangeEnd"], "rangeEnd", subnet, problems);
  checkAddressInSubnet(range.gateway, [...range.path, "gateway"], "gateway", subnet, problems);
  if (start !== undefined) first = start;
  if (end !== undefined) last = end;
  if (start !== undefined && end !== undefined && start > end) {
    problems.push({ path: [...range.path, "rangeStart"], part: "value", message: `rangeStart "${String(range.rangeStart)}" is after rangeEnd "${String(range.rangeEnd)}"; swap them` });
    return undefined;
  }
  return { family: subnet.family, first, last, subnet };
}

function checkAddressInSubnet(value: unknown, path: JsonPath, field: string, subnet: Cidr, problems: IpamProblem[]): bigint | undefined {
  if (typeof value !== "string") return undefined;
  const ip = parseIp(value);
  if (!ip) {
    problems.push({ path, part: "value", message: `${field} "${value}" is not an IP address (IPv4 in plain decimal, no leading zeros)` });
    return undefined;
  }
  if (!contains(subnet, ip)) {
    problems.push({ path, part: "value", message: `${field} "${value}" is outside subnet "${subnet.text}"; pick an address inside it` });
    return undefined;
  }
  return ip.value;
}

function checkWhereabouts(ipam: Record<string, unknown>, base: JsonPath): IpamProblem[] {
  const problems: IpamProblem[] = [];
  for (const [key, replacement] of Object.entries(HOST_LOCAL_KEYS_IN_WHEREABOUTS)) {
    if (ipam[key] === undefined) continue;
    problems.push({ path: [...base, key], part: "key", message: `whereabouts does not read host-local's "${key}"; use "${replacement}"` });
  }

  if (ipam.range === undefined && !Array.isArray(ipam.ipRanges)) {
    if (!problems.length) problems.push({ path: [...base, "type"], part: "value", message: `whereabouts IPAM has no "range" and no "ipRanges"; add "range", for example "192.0.2.0/24"` });
    return problems;
  }

  if (typeof ipam.range === "string") checkWhereaboutsRange(ipam, base, problems);
  if (Array.isArray(ipam.ipRanges)) {
    ipam.ipRanges.forEach((entry, index) => {
      if (entry !== null && typeof entry === "object" && !Array.isArray(entry)) checkWhereaboutsRange(entry as Record<string, unknown>, [...base, "ipRanges", index], problems);
    });
  }
  return problems;
}

/** Parses a whereabouts range: a CIDR (host bits allowed) or `firstIP-lastIP/prefix`. */
export function parseWhereaboutsRange(text: string): { subnet: Cidr; first?: bigint; last?: bigint } | undefined {
  const dash = text.indexOf("-");
  if (dash < 0) {
    const subnet = parseCidr(text);
    return subnet ? { subnet } : undefined;
  }
  const slash = text.lastIndexOf("/");
  if (slash < dash) return undefined;
  const subnet = parseCidr(text.slice(0, dash) + text.slice(slash));
  const first = parseIp(text.slice(0, dash));
  const last = parseIp(text.slice(dash + 1, slash));
  if (!subnet || !first || !last) return undefined;
  return { subnet, first: first.value, last: last.value };
}

function checkWhereaboutsRange(entry: Record<string, unknown>, base: JsonPath, problems: IpamProblem[]): void {
  if (typeof entry.range !== "string") return;
  const parsed = parseWhereaboutsRange(entry.range);
  if (!parsed) {
    problems.push({ path: [...base, "range"], part: "value", message: `range "${entry.range}" is not a CIDR such as 192.0.2.0/24 or a span such as 192.0.2.10-192.0.2.50/24; whereabouts fails with "invalid CIDR"` });
    return;
  }
  const { subnet } = parsed;
  const start = checkAddressInSubnet(entry.range_start, [...base, "range_start"], "range_start", subnet, problems);
  const end = checkAddressInSubnet(entry.range_end, [...base, "range_end"], "range_end", subnet, problems);
  if (start !== undefined && end !== undefined && start > end) {
    problems.push({ path: [...base, "range_start"], part: "value", message: `range_start "${String(entry.range_start)}" is after range_end "${String(entry.range_end)}"; swap them` });
  }
  if (Array.isArray(entry.exclude)) {
    entry.exclude.forEach((item, index) => {
      if (typeof item !== "string") return;
      const excluded = parseCidr(item);
      const path = [...base, "exclude", index];
      if (!excluded) problems.push({ path, part: "value", message: `exclude entry "${item}" is not a CIDR; write it as 192.0.2.0/28` });
      else if (excluded.family !== subnet.family || excluded.network < subnet.network || excluded.broadcast > subnet.broadcast) {
        problems.push({ path, part: "value", message: `exclude entry "${item}" is outside range "${String(entry.range)}", so it excludes nothing; fix the address or remove it` });
      }
    });
  }
}

function checkStatic(ipam: Record<string, unknown>, base: JsonPath): IpamProblem[] {
  const problems: IpamProblem[] = [];
  if (!Array.isArray(ipam.addresses)) return problems;
  ipam.addresses.forEach((entry, index) => {
    if (entry === null || typeof entry !== "object") return;
    const { address, gateway } = entry as Record<string, unknown>;
    const path = [...base, "addresses", index];
    if (typeof address !== "string") return;
    const cidr = parseCidr(address);
    if (!cidr) {
      const hint = parseIp(address) ? `; add the prefix, for example "${address}/24"` : "";
      problems.push({ path: [...path, "address"], part: "value", message: `static address "${address}" is not in CIDR notation, which the static IPAM plugin requires${hint}` });
      return;
    }
    if (typeof gateway === "string") {
      const ip = parseIp(gateway);
      if (!ip) problems.push({ path: [...path, "gateway"], part: "value", message: `gateway "${gateway}" is not an IP address` });
      else if (!contains(cidr, ip)) problems.push({ path: [...path, "gateway"], part: "value", message: `gateway "${gateway}" is outside "${address}"; the route to it will not resolve`, severity: "warning" });
    }
  });
  return problems;
}

/** Checks `routes[].dst` (CIDR) and `routes[].gw` (IP) of any IPAM type. */
export function checkRoutes(plugin: CniPlugin): IpamProblem[] {
  const routes = plugin.ipam?.routes;
  if (!Array.isArray(routes)) return [];
  const problems: IpamProblem[] = [];
  routes.forEach((route, index) => {
    if (route === null || typeof route !== "object") return;
    const { dst, gw } = route as Record<string, unknown>;
    const path = [...plugin.jsonPath, "ipam", "routes", index];
    if (typeof dst === "string" && !parseCidr(dst)) problems.push({ path: [...path, "dst"], part: "value", message: `route dst "${dst}" is not a CIDR; write it as 0.0.0.0/0 or 10.0.0.0/8` });
    if (typeof gw === "string" && !parseIp(gw)) problems.push({ path: [...path, "gw"], part: "value", message: `route gw "${gw}" is not an IP address` });
  });
  return problems;
}

/** The address pools a plugin's IPAM allocates from (host-local and whereabouts; static has none). */
export function ipamPools(plugin: CniPlugin): IpPool[] {
  const ipam = plugin.ipam;
  if (!ipam) return [];
  const base: JsonPath = [...plugin.jsonPath, "ipam"];
  const pools: IpPool[] = [];

  if (plugin.ipamType === "host-local") {
    for (const set of hostLocalRangeSets(ipam, base)) {
      for (const range of set) {
        const checked = checkHostLocalRange(range, []);
        if (checked) pools.push({ family: checked.family, first: checked.first, last: checked.last, subnet: checked.subnet, path: range.subnetPath, ipamType: "host-local" });
      }
    }
  } else if (plugin.ipamType === "whereabouts") {
    const entries: [Record<string, unknown>, JsonPath][] = [];
    if (typeof ipam.range === "string") entries.push([ipam, base]);
    if (Array.isArray(ipam.ipRanges)) {
      ipam.ipRanges.forEach((entry, index) => {
        if (entry !== null && typeof entry === "object") entries.push([entry as Record<string, unknown>, [...base, "ipRanges", index]]);
      });
    }
    for (const [entry, path] of entries) {
      if (typeof entry.range !== "string") continue;
      const parsed = parseWhereaboutsRange(entry.range);
      if (!parsed) continue;
      const start = typeof entry.range_start === "string" ? parseIp(entry.range_start)?.value : undefined;
      const end = typeof entry.range_end === "string" ? parseIp(entry.range_end)?.value : undefined;
      const first = start ?? parsed.first ?? parsed.subnet.network + 1n;
      const last = end ?? parsed.last ?? parsed.subnet.broadcast;
      if (first > last) continue;
      pools.push({ family: parsed.subnet.family, first, last, subnet: parsed.subnet, path: [...path, "range"], ipamType: "whereabouts" });
    }
  }
  return pools;
}
