// Facts about CNI plugins beyond their schemas: chaining, IPAM needs, version
// bounds and which binaries a cluster profile's nodes ship. Facts from the reference plugins
// (containernetworking/plugins), libcni v1.3.0 and kind's base image.
import type { Config } from "../config.js";

/** libcni's version.All (cni >= v1.2.0): a plugin accepts a cniVersion only as one of these exact strings. */
export const CNI_VERSIONS = ["0.1.0", "0.2.0", "0.3.0", "0.3.1", "0.4.0", "1.0.0", "1.1.0"] as const;

/** Lowest cniVersion each plugin supports (firewall.go, bandwidth/main.go and vrf/main.go use VersionsStartingFrom). */
export const MIN_CNI_VERSION: Record<string, string> = { firewall: "0.4.0", bandwidth: "0.3.0", vrf: "0.3.1" };

/** Plugins that need a prevResult, so they fail as the first or only plugin. */
export const CHAIN_ONLY_PLUGINS = new Set(["tuning", "portmap", "firewall", "sbr", "vrf"]);

/** Main plugins whose interface has no veth peer in the host namespace, which bandwidth needs. */
export const NO_VETH_PEER_PLUGINS = new Set(["macvlan", "ipvlan", "sriov", "host-device"]);

/** Main plugins whose ADD fails without `ipam.type`. */
export const IPAM_REQUIRED_PLUGINS = new Set(["ipvlan", "vlan", "ptp", "dummy"]);

/** Plugins backed by a device plugin: the VF or device comes from the NAD's resourceName. */
export const DEVICE_PLUGINS = new Set(["sriov", "ib-sriov"]);

/** Plugin binaries the nodes of kind and Docker Desktop's kind-based cluster ship (kind images/base/Dockerfile). */
const PROFILE_PLUGINS: Record<string, readonly string[]> = {
  kind: ["host-local", "loopback", "ptp", "portmap"],
  "docker-desktop": ["host-local", "loopback", "ptp", "portmap"],
};

/**
 * The plugin and IPAM binaries the target nodes have, or undefined when nothing is known (the
 * generic profile without an explicit `cluster.cniPlugins`).
 */
export function installedPlugins(config: Config): ReadonlySet<string> | undefined {
  if (config.cluster.cniPlugins) return new Set(config.cluster.cniPlugins);
  const profile = PROFILE_PLUGINS[config.cluster.profile];
  return profile ? new Set(profile) : undefined;
}

/** Compares two versions of the exact `x.y.z` form; negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let index = 0; index < 3; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function isKnownCniVersion(version: string): boolean {
  return (CNI_VERSIONS as readonly string[]).includes(version);
}

/** The exact version a near miss most likely means: `1.0` gives `1.0.0`, `v0.4.0` gives `0.4.0`. */
export function suggestCniVersion(version: string): string | undefined {
  const digits = version.trim().replace(/^v/i, "");
  const parts = digits.split(".");
  if (parts.some((part) => !/^\d+$/.test(part))) return undefined;
  while (parts.length < 3) parts.push("0");
  const candidate = parts.slice(0, 3).map((part) => String(Number(part))).join(".");
  return isKnownCniVersion(candidate) ? candidate : undefined;
}
