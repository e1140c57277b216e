import type { ComponentKind } from "../../catalog/components";
import type { Report, StoreId } from "../../engine/report-schema";
import type { StorageClassName, StorageModel } from "./types";

/**
 * Where each stateful component keeps its data and on which storage class (§7: fast-ssd for PostgreSQL and ChromaDB,
 * standard for logs/backups, s3-csi for objects — the engine's storage.performance table says the same).
 * Meilisearch and Redis are not named by §7: they get `standard` ([planner]; Redis serves from memory, Meilisearch's
 * index is rebuildable).
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
  s3: { store: "objects", storageClass: "s3-csi", mountPath: "/data", copies: "erasure" },
  monitoring: { store: null, storageClass: "standard", mountPath: "/prometheus", copies: "full" },
};

export function storageProfile(kind: ComponentKind) {
  return STATEFUL[kind];
}

/**
 * MinIO's default parity for an erasure set of `drives` drives (EC:0 for one drive, EC:1 for 2–3, EC:2 for 4–5, EC:3
 * for 6–7, EC:4 from 8): raw capacity = usable × drives / (drives − parity).
 */
export function erasureOverhead(drives: number): number {
  const parity = drives <= 1 ? 0 : drives <= 3 ? 1 : drives <= 5 ? 2 : drives <= 7 ? 3 : 4;
  return drives / (drives - parity);
}

const GB = (x: number) => Math.max(1, Math.ceil(x - 1e-9));
const fmt = (x: number) => Math.round(x).toLocaleString("en-US");

/** Store size (with the safety margin) at the last month of the horizon, GB. */
export function storeAtHorizonGb(report: Report, store: StoreId): { gb: number; month: number } {
  const last = report.storage.months.at(-1);
  if (!last) return { gb: 0, month: 0 };
  return { gb: last.byStore[store] * (1 + report.storage.marginPct / 100), month: last.month };
}

/**
 * The claim of a stateful component, per replica: the larger of the node's storage (what the plan gives it) and what
 * the storage model computes for the last month of the horizon with the margin. Replicated stores (PostgreSQL
 * replicas, Chroma/Meilisearch copies, Redis replicas) hold a full copy each; MinIO spreads objects over its drives
 * with erasure-coding parity.
 */
export function storageFor(
  kind: ComponentKind,
  componentStorageGb: number,
  replicas: number,
  report: Report,
): StorageModel | undefined {
  const profile = STATEFUL[kind];
  if (!profile) return undefined;
  const planned = componentStorageGb;
  let modelled = 0;
  let basis = `the plan's ${fmt(planned)} GB per replica`;
  if (profile.store) {
    const { gb, month } = storeAtHorizonGb(report, profile.store);
    modelled = profile.copies === "full" ? gb : (gb * erasureOverhead(replicas)) / replicas;
    const how =
      profile.copies === "full"
        ? "a full copy per replica"
        : `spread over ${replicas} drive(s) with ×${erasureOverhead(replicas).toFixed(2)} erasure-coding parity`;
    const model = `storage model, month ${month}: ${profile.store} ${fmt(gb)} GB incl. ${report.storage.marginPct}% margin, ${how} = ${fmt(modelled)} GB`;
    basis =
      modelled > planned
        ? `${model} (larger than the plan's ${fmt(planned)} GB)`
        : `the plan's ${fmt(planned)} GB per replica (${model})`;
  }
  return {
    claim: "data",
    store: profile.store,
    storageClass: profile.storageClass,
    sizeG: GB(Math.max(planned, modelled)),
    basis,
    accessMode: "ReadWriteOnce",
  };
}

export function mountPathFor(kind: ComponentKind): string | undefined {
  return STATEFUL[kind]?.mountPath;
}
