// IP and CIDR arithmetic for IPAM checks, on top of ipaddr.js. Addresses become bigints so ranges
// of both families compare and sort the same way. Pure.
import ipaddr from "ipaddr.js";

export type Family = 4 | 6;

export interface IpAddress {
  family: Family;
  value: bigint;
  text: string;
}

export interface Cidr {
  family: Family;
  /** The address as written (may have host bits set). */
  address: bigint;
  prefix: number;
  /** First and last address of the network. */
  network: bigint;
  broadcast: bigint;
  text: string;
}

/**
 * Parses an IP the way Go's net.ParseIP does: IPv4 only in four-part decimal without leading
 * zeros (ipaddr.js alone would read `010.1.1.1` as octal), IPv6 without a zone.
 */
export function parseIp(text: string): IpAddress | undefined {
  if (typeof text !== "string" || text === "" || text.includes("%")) return undefined;
  if (!text.includes(":")) {
    if (!ipaddr.IPv4.isValidFourPartDecimal(text)) return undefined;
    return { family: 4, value: toBigInt(ipaddr.IPv4.parse(text).toByteArray()), text };
  }
  if (!ipaddr.IPv6.isValid(text)) return undefined;
  const parsed = ipaddr.IPv6.parse(text);
  return { family: 6, value: toBigInt(parsed.toByteArray()), text };
}

/** Parses `address/prefix` as Go's net.ParseCIDR does (the address may have host bits set). */
export function parseCidr(text: string): Cidr | undefined {
  if (typeof text !== "string") return undefined;
  const slash = text.indexOf("/");
  if (slash < 0 || text.indexOf("/", slash + 1) >= 0) return undefined;
  const address = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!address || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const bits = bitsOf(address.family);
  if (prefix > bits) return undefined;

  const hostMask = (1n << BigInt(bits - prefix)) - 1n;
  const network = address.value & ~hostMask;
  return { family: address.family, address: address.value, prefix, network, broadcast: network | hostMask, text };
}

export function bitsOf(family: Family): number {
  return family === 4 ? 32 : 128;
}

export function hasHostBits(cidr: Cidr): boolean {
  return cidr.address !== cidr.network;
}

/** True for /31 and /32 (IPv4) and /127 and /128 (IPv6), too small for host-local. */
export function isTooSmall(cidr: Cidr): boolean {
  return cidr.prefix >= bitsOf(cidr.family) - 1;
}

export function contains(cidr: Cidr, ip: IpAddress): boolean {
  return cidr.family === ip.family && ip.value >= cidr.network && ip.value <= cidr.broadcast;
}

/** The network address written out, for "did you mean" fixes: `10.0.0.5/24` gives `10.0.0.0/24`. */
export function networkText(cidr: Cidr): string {
  return `${formatIp(cidr.family, cidr.network)}/${cidr.prefix}`;
}

export function formatIp(family: Family, value: bigint): string {
  const bytes: number[] = [];
  const length = family === 4 ? 4 : 16;
  for (let index = length - 1; index >= 0; index--) bytes.push(Number((value >> BigInt(index * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}

function toBigInt(bytes: number[]): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

export interface Interval<T> {
  family: Family;
  first: bigint;
  last: bigint;
  item: T;
}

/**
 * Finds overlapping intervals with one sort and a sweep, O(n log n + reported pairs), instead of
 * comparing every pair. `compatible` decides whether two overlapping items are fine together (for
 * example the same address pool); for each interval, the first incompatible earlier-starting
 * interval that is still open is reported.
 */
export function findOverlaps<T>(intervals: Interval<T>[], compatible: (a: T, b: T) => boolean): [Interval<T>, Interval<T>][] {
  const byStart = (a: Interval<T>, b: Interval<T>): number => {
    if (a.family !== b.family) return a.family - b.family;
    if (a.first === b.first) return 0;
    return a.first < b.first ? -1 : 1;
  };
  const sorted = [...intervals].sort(byStart);
  const pairs: [Interval<T>, Interval<T>][] = [];
  let open: Interval<T>[] = [];

  for (const current of sorted) {
    open = open.filter((interval) => interval.family === current.family && interval.last >= current.first);
    const partner = open.find((interval) => !compatible(interval.item, current.item));
    if (partner) pairs.push([partner, current]);
    open.push(current);
  }
  return pairs;
}
