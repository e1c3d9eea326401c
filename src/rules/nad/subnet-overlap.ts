import { findOverlaps, formatIp, type Interval } from "../../cni/ip.js";
import { ipamPools, type IpPool } from "../../cni/ipam.js";
import { configRange, NAD_READS, nadModels, type NadModel } from "../../cni/nad-model.js";
import type { Rule } from "../../types.js";
import { resourceRefOf } from "../../workspace/workspace.js";

interface PoolOwner {
  model: NadModel;
  order: number;
  pool: IpPool;
  /** NADs with the same key allocate from one store, so their overlap is harmless. */
  key: string;
}

// host-local keeps one store per CNI name under its dataDir (backend/disk/backend.go). whereabouts
// shares one pool per range unless network_name separates them, and by default it also checks
// overlapping ranges across its pools (enable_overlapping_ranges).
export const subnetOverlap: Rule = {
  id: "nad/subnet-overlap",
  defaultSeverity: "warning",
  description: "Two NADs allocate from overlapping ranges kept in separate pools, so they can hand out the same address",
  tags: ["multus", "cni", "ipam"],
  reads: NAD_READS,
  check(context) {
    const { workspace } = context;
    const intervals: Interval<PoolOwner>[] = [];

    nadModels(workspace).forEach((model, order) => {
      if (model.configStatus !== "ok") return;
      const name = model.cniName ?? model.object.name;
      for (const plugin of model.plugins) {
        const ipam = plugin.ipam ?? {};
        for (const pool of ipamPools(plugin)) {
          const key = pool.ipamType === "host-local"
            ? `host-local|${typeof ipam.dataDir === "string" ? ipam.dataDir : ""}|${name}`
            : `whereabouts|${typeof ipam.network_name === "string" ? ipam.network_name : ""}`;
          intervals.push({ family: pool.family, first: pool.first, last: pool.last, item: { model, order, pool, key } });
        }
      }
    });

    const reported = new Set<NadModel>();
    const pairs = findOverlaps(intervals, (a, b) => a.model === b.model || a.key === b.key);
    const ordered = pairs
      .map(([a, b]): [Interval<PoolOwner>, Interval<PoolOwner>] => (a.item.order <= b.item.order ? [a, b] : [b, a]))
      .sort((x, y) => x[1].item.order - y[1].item.order);

    for (const [earlier, later] of ordered) {
      if (reported.has(later.item.model)) continue;
      reported.add(later.item.model);
      const other = earlier.item.model;
      const where = workspace.rangeOfObject(other.object);
      const otherName = `${other.object.namespace ? `${other.object.namespace}/` : ""}${other.object.name}`;
      const span = `${formatIp(earlier.family, earlier.first)}-${formatIp(earlier.family, earlier.last)}`;
      context.report({
        file: later.item.model.object.file.path,
        range: configRange(workspace, later.item.model, later.item.pool.path),
        resource: resourceRefOf(later.item.model.object),
        message: `this ${later.item.pool.ipamType} range overlaps ${span} of NAD "${otherName}" (${other.object.file.path}:${where.line}), which allocates from a separate pool, so both can hand out the same address; use disjoint ranges or one shared pool`,
      });
    }
  },
};
