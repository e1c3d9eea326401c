// Address helpers for the attachment rules: IP, CIDR and MAC parsing with Go's rules, and the
// host-local range arithmetic that decides whether a requested address can be handed out.
// Every IPv4 string is gated with `isValidFourPartDecimal`, because ipaddr.js reads `010.1.1.1` as
// octal while Go's net.ParseIP (1.17 and later) rejects leading zeros.
import ipaddr from "ipaddr.js";

export type IpFamily = 4 | 6;

export interface IpAddress {
  family: IpFamily;
  /** The address as an unsigned integer (32 or 128 bits). */
  value: bigint;
  text: string;
}

export interface Cidr {
  address: IpAddress;
  prefix: number;
  /** First and last address of the subnet. */
  network: bigint;
  broadcast: bigint;
}

/** Parses an IP address as Go's net.ParseIP does: dotted decimal IPv4 or IPv6 without a zone. */
export function parseIp(text: string): IpAddress | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) {
    return { family: 4, value: toBigInt(ipaddr.IPv4.parse(text).toByteArray()), text };
  }
  if (text.includes(":") && !text.includes("%") && ipaddr.IPv6.isValid(text)) {
    return { family: 6, value: toBigInt(ipaddr.IPv6.parse(text).toByteArray()), text };
  }
  return undefined;
}

/** Parses `address/prefix` as Go's net.ParseCIDR does; host bits may be set. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf("/");
  if (slash < 0) return undefined;
  const address = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!address || !/^\d{1,3}$/.test(prefixText)) return undefined;

  const prefix = Number(prefixText);
  const bits = address.family === 4 ? 32 : 128;
  if (prefix > bits) return undefined;

  const hostBits = BigInt(bits - prefix);
  const hostMask = (1n << hostBits) - 1n;
  const network = address.value & ~hostMask & ((1n << BigInt(bits)) - 1n);
  return { address, prefix, network, broadcast: network | hostMask };
}

/** An address or a CIDR, as Multus accepts in the `ips` list. */
export function parseIpOrCidr(text: string): { address: IpAddress; prefix?: number } | undefined {
  const cidr = parseCidr(text);
  if (cidr) return { address: cidr.address, prefix: cidr.prefix };
  const address = parseIp(text);
  return address ? { address } : undefined;
}

export function cidrContains(cidr: Cidr, address: IpAddress): boolean {
  return cidr.address.family === address.family && address.value >= cidr.network && address.value <= cidr.broadcast;
}

/**
 * Checks a hardware address as Go's net.ParseMAC does: 6, 8 or 20 octets written as pairs of hex
 * digits separated by `:` or `-`, or as groups of four hex digits separated by `.`.
 */
export function isValidMac(text: string): boolean {
  const pairs = /^[0-9a-fA-F]{2}(?:([:-])[0-9a-fA-F]{2})*$/.exec(text);
  if (pairs) {
    const separator = pairs[1];
    const groups = separator ? text.split(separator) : [text];
    return separator !== undefined && [6, 8, 20].includes(groups.length) && groups.every((group) => group.length === 2);
  }
  if (/^[0-9a-fA-F]{4}(?:\.[0-9a-fA-F]{4})*$/.test(text)) return [3, 4, 10].includes(text.split(".").length);
  return false;
}

/** One host-local range, canonicalised as host-local does: defaults for start, end and gateway. */
export interface HostLocalRange {
  subnet: Cidr;
  start: bigint;
  end: bigint;
  gateway?: bigint;
  /** The range as written, for messages. */
  text: string;
}

/**
 * The ranges of a host-local IPAM config: the legacy top-level `subnet` (prepended, as host-local
 * does) and every entry of `ranges`. Entries that do not parse are skipped; the NAD rules report them.
 * Defaults follow containernetworking/plugins host-local `Range.Canonicalize`: the start is the
 * subnet's second address, the end the last address (IPv4: the one before broadcast), and the
 * gateway the subnet's second address.
 */
export function hostLocalRanges(ipam: Record<string, unknown>): HostLocalRange[] {
  const written: Record<string, unknown>[] = [];
  if (typeof ipam.subnet === "string") written.push(ipam);
  if (Array.isArray(ipam.ranges)) {
    for (const set of ipam.ranges) {
      if (!Array.isArray(set)) continue;
      for (const range of set) if (isRecord(range)) written.push(range);
    }
  }

  const ranges: HostLocalRange[] = [];
  for (const range of written) {
    const subnet = typeof range.subnet === "string" ? parseCidr(range.subnet) : undefined;
    if (!subnet) continue;
    const last = subnet.address.family === 4 ? subnet.broadcast - 1n : subnet.broadcast;
    const start = ipInSubnet(range.rangeStart, subnet) ?? subnet.network + 1n;
    const end = ipInSubnet(range.rangeEnd, subnet) ?? last;
    const gateway = ipInSubnet(range.gateway, subnet) ?? subnet.network + 1n;
    ranges.push({ subnet, start, end, gateway, text: describeRange(range) });
  }
  return ranges;
}

function ipInSubnet(value: unknown, subnet: Cidr): bigint | undefined {
  if (typeof value !== "string") return undefined;
  const address = parseIp(value);
  return address && cidrContains(subnet, address) ? address.value : undefined;
}

function describeRange(range: Record<string, unknown>): string {
  const subnet = String(range.subnet);
  if (typeof range.rangeStart === "string" || typeof range.rangeEnd === "string") {
    return `${subnet} (${String(range.rangeStart ?? "start")}-${String(range.rangeEnd ?? "end")})`;
  }
  return subnet;
}

/** The subnets an IPAM config allocates from, for gateway checks: host-local ranges, whereabouts and static. */
export function ipamSubnets(ipam: Record<string, unknown>): Cidr[] {
  const subnets = hostLocalRanges(ipam).map((range) => range.subnet);
  const ipRanges = Array.isArray(ipam.ipRanges) ? ipam.ipRanges : [];
  const whereabouts = [ipam.range, ...ipRanges.map((entry) => (isRecord(entry) ? entry.range : undefined))];
  for (const value of whereabouts) {
    // whereabouts also accepts `first-last/prefix`; the prefix after the dash is what matters here.
    const text = typeof value === "string" ? value.replace(/^[^-/]+-/, "") : undefined;
    const cidr = text ? parseCidr(text) : undefined;
    if (cidr) subnets.push(cidr);
  }
  if (Array.isArray(ipam.addresses)) {
    for (const entry of ipam.addresses) {
      const cidr = isRecord(entry) && typeof entry.address === "string" ? parseCidr(entry.address) : undefined;
      if (cidr) subnets.push(cidr);
    }
  }
  return subnets;
}

function toBigInt(bytes: number[]): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

/** Formats a 32- or 128-bit integer as an address, for messages. */
export function formatIp(value: bigint, family: IpFamily): string {
  const length = family === 4 ? 4 : 16;
  const bytes: number[] = [];
  for (let index = length - 1; index >= 0; index--) bytes.push(Number((value >> BigInt(index * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
