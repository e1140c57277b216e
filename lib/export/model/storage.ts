import type { ComponentKind } from "../../catalog/components";
import { minioLayout, minioParity } from "../../engine/rules/store-topology";
import type { Report, StoreId } from "../../engine/report-schema";
import type { StorageClassName, StorageModel } from "./types";

/**
 * Where each stateful component keeps its data and on which storage class (§7: fast-ssd for PostgreSQL and ChromaDB,
 * standard for logs/backups). Meilisearch and Redis are not named by §7: they get `standard` ([planner]; Redis serves
 * from memory, Meilisearch's index is rebuildable). MinIO's drives are local disks of their own class: MinIO's
 * erasure coding is the redundancy, so replicated block storage (or §7's s3-csi, which mounts buckets of another
 * S3 service) underneath it would only multiply the copies.
 */
const STATEFUL: Partial<
  Record<
    ComponentKind,
    { store: StoreId | null; storageClass: StorageClassName; mountPath: string; copies: "full" | "erasure" }
  >
> = {
  postgres: {
    store: "postgres",
    storageClass: "fast-ssd",
    mountPath: "/var/lib/postgresql/data",
    copies: "full",
  },
  chroma: { store: "vectors", storageClass: "fast-ssd", mountPath: "/data", copies: "full" },
  meili: { store: "search", storageClass: "standard", mountPath: "/meili_data", copies: "full" },
  redis: { store: "redis", storageClass: "standard", mountPath: "/data", copies: "full" },
  s3: { store: "objects", storageClass: "minio-drives", mountPath: "/data", copies: "erasure" },
  monitoring: { store: null, storageClass: "standard", mountPath: "/prometheus", copies: "full" },
};

export function storageProfile(kind: ComponentKind) {
  return STATEFUL[kind];
}

/** Raw capacity over usable for MinIO's erasure set of `setSize` drives: set / (set − parity). */
export function erasureOverhead(setSize: number): number {
  return setSize / (setSize - minioParity(setSize));
}

const GB = (x: number) => Math.max(1, Math.ceil(x - 1e-9));
const fmt = (x: number) => Math.round(x).toLocaleString("en-US");

/** Store size (with the safety margin) at the last month of the horizon, GB. */
export function storeAtHorizonGb(report: Report, store: StoreId): { gb: number; month: number } {
  const last = report.storage.months.at(-1);
  if (!last) return { gb: 0, month: 0 };
  return { gb: last.byStore[store] * (1 + report.storage.marginPct / 100), month: last.month };
}

/** Per-drive figure of the model for MinIO (erasure-coded over servers × drives), or per replica elsewhere. */
function modelledPerClaim(kind: ComponentKind, gb: number, replicas: number): { gb: number; how: string } {
  if (kind !== "s3") return { gb, how: "a full copy per replica" };
  const { drivesPerServer, setSize } = minioLayout(replicas);
  const drives = replicas * drivesPerServer;
  const overhead = erasureOverhead(setSize ?? drives);
  return {
    gb: (gb * overhead) / drives,
    how: `spread over ${replicas} server(s) × ${drivesPerServer} drive(s) with ×${overhead.toFixed(2)} erasure-coding parity`,
  };
}

/**
 * The claim of a stateful component, per replica (per drive for MinIO): the larger of the node's storage (what the
 * plan gives it, spread over MinIO's drives) and what the storage model computes for the last month of the horizon
 * with the margin. Replicated stores hold a full copy each; MinIO spreads objects with erasure-coding parity.
 */
export function storageFor(
  kind: ComponentKind,
  componentStorageGb: number,
  replicas: number,
  report: Report,
): StorageModel | undefined {
  const profile = STATEFUL[kind];
  if (!profile) return undefined;
  const drives = kind === "s3" ? minioLayout(replicas).drivesPerServer : 1;
  const planned = componentStorageGb / drives;
  const unit = kind === "s3" ? "drive" : "replica";
  let modelled = 0;
  let basis = `the plan's ${fmt(planned)} GB per ${unit}`;
  if (profile.store) {
    const { gb, month } = storeAtHorizonGb(report, profile.store);
    const per = modelledPerClaim(kind, gb, replicas);
    modelled = per.gb;
    const model = `storage model, month ${month}: ${profile.store} ${fmt(gb)} GB incl. ${report.storage.marginPct}% margin, ${per.how} = ${fmt(modelled)} GB`;
    basis =
      modelled > planned
        ? `${model} (larger than the plan's ${fmt(planned)} GB)`
        : `the plan's ${fmt(planned)} GB per ${unit} (${model})`;
  }
  return {
    claim: "data",
    store: profile.store,
    storageClass: profile.storageClass,
    sizeG: GB(Math.max(planned, modelled)),
    basis,
    accessMode: "ReadWriteOnce",
    mountPath: profile.mountPath,
  };
}

export function mountPathFor(kind: ComponentKind): string | undefined {
  return STATEFUL[kind]?.mountPath;
}
