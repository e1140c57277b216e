import type { ComponentKind } from "../../catalog/components";
import type { PlanDocument } from "../../plan/plan-schema";
import type { Report, StoreId } from "../report-schema";
import { chunksPerDocument, usersAt } from "./workload";

/**
 * Storage growth, month by month over the horizon. Every per-user constant below is derived from the reference
 * platform's 1,000-user breakdown (docs/reference-platform.md §5) unless the workload gives the quantity itself.
 */
export const STORAGE_CONSTANTS = {
  /** PostgreSQL: metadata, conversations and logs — §5: 500 GB at 1,000 users. */
  postgresGbPerUser: 0.5,
  /** Redis: sessions and application cache — §5: 20 GB at 1,000 users. */
  redisGbPerUser: 0.02,
  /** Bytes per float of a stored vector (float32). */
  bytesPerDimension: 4,
  /** HNSW graph per vector: 2 × M neighbour ids of 4 bytes with M = 16 (Chroma's default), plus an 8-byte id. */
  hnswBytesPerVector: 2 * 16 * 4 + 8,
  /** Chroma stores each chunk's text (≈ 4 bytes per token) and metadata (≈ 200 bytes). */
  textBytesPerToken: 4,
  metadataBytesPerChunk: 200,
  /** Meilisearch: its inverted index and caches are ≈ 5× the extracted text ([planner]; §5 gives 100 GB at 1,000 users). */
  searchIndexPerTextByte: 5,
  /** Logs are kept 12 months (audit logs: 1 year, §6). */
  logRetentionMonths: 12,
  /** Daily change of the databases beyond growth (rewrites, WAL) as a share of their size — enters incremental backups. */
  databaseChurnPerDay: 0.01,
  /** Safety margin on provisioned storage (§5: 30%). */
  marginPct: 30,
} as const;

const GB = 1e9;

/** The store a platform component's persistent volume holds (what "will its volume last the horizon?" compares). */
export const COMPONENT_STORE: Partial<Record<ComponentKind, StoreId>> = {
  postgres: "postgres",
  chroma: "vectors",
  meili: "search",
  s3: "objects",
};

/** Storage to provision for `gb` of data: the data plus the safety margin (§5: 30%), GB. */
export function withStorageMargin(gb: number): number {
  return gb * (1 + STORAGE_CONSTANTS.marginPct / 100);
}

export interface StorageBreakdown {
  byStore: Record<StoreId, number>;
  vector: { rawVectors: number; index: number; metadataAndText: number };
}

/** Storage at month `month` (users and documents grown), GB per store. */
export function storageAt(plan: Pick<PlanDocument, "workload">, month: number): StorageBreakdown {
  const w = plan.workload;
  const c = STORAGE_CONSTANTS;
  const users = usersAt(w, month);
  const docs = users * w.documentsPerUser;
  const chunks = docs * chunksPerDocument(w);
  const objects = (docs * w.averageDocumentSizeMb) / 1000;
  const rawVectors = (chunks * w.embeddingDimensions * c.bytesPerDimension) / GB;
  const index = (chunks * c.hnswBytesPerVector) / GB;
  const metadataAndText = (chunks * (w.chunkSizeTokens * c.textBytesPerToken + c.metadataBytesPerChunk)) / GB;
  const vectors = rawVectors + index + metadataAndText;
  const postgres = users * c.postgresGbPerUser;
  const search =
    (docs * w.pagesPerDocument * w.tokensPerPage * c.textBytesPerToken * c.searchIndexPerTextByte) / GB;
  const redis = users * c.redisGbPerUser;
  const logs = ((w.logsGbPerMonth * users) / 1000) * Math.min(month + 1, c.logRetentionMonths);
  // Backups: one full copy of the durable stores plus one incremental per retained day (the day's growth and
  // database churn). Redis persists to its own RDB/AOF and is rebuilt from PostgreSQL; it is not counted.
  const durable = objects + postgres + vectors + search;
  const dailyGrowth = (durable * (w.yearlyGrowthPct / 100)) / 365;
  const dailyChurn = (postgres + vectors + search) * c.databaseChurnPerDay;
  const backups = durable + w.backupRetentionDays * (dailyGrowth + dailyChurn);
  return {
    byStore: { objects, postgres, vectors, search, redis, backups, logs },
    vector: { rawVectors, index, metadataAndText },
  };
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Storage over the horizon: month 0 (today) through `horizonMonths`, each store in GB, the total, and the total with
 * the safety margin. Non-decreasing month to month (users and documents only grow; logs accumulate to retention).
 * Two distinct headline quantities: "storage provisioned" (`provisionedGb`, the components' volumes, passed in) and
 * "data stored at month N" (`dataStoredGb` of `dataStoredMonth`, the horizon's last month, no margin).
 */
export function storageReport(plan: PlanDocument, provisionedGb = 0): Report["storage"] {
  const months: Report["storage"]["months"] = [];
  for (let m = 0; m <= plan.workload.horizonMonths; m++) {
    const { byStore } = storageAt(plan, m);
    const total = Object.values(byStore).reduce((a, b) => a + b, 0);
    months.push({
      month: m,
      users: Math.round(usersAt(plan.workload, m)),
      byStore: Object.fromEntries(Object.entries(byStore).map(([k, v]) => [k, r2(v)])) as Record<
        StoreId,
        number
      >,
      totalGb: r2(total),
      withMarginGb: r2(withStorageMargin(total)),
    });
  }
  const v = storageAt(plan, 0).vector;
  const last = months[months.length - 1]!;
  return {
    months,
    provisionedGb: r2(provisionedGb),
    dataStoredMonth: last.month,
    dataStoredGb: last.totalGb,
    marginPct: STORAGE_CONSTANTS.marginPct,
    performance: storagePerformance(plan),
    vectorBreakdownGb: {
      rawVectors: r2(v.rawVectors),
      index: r2(v.index),
      metadataAndText: r2(v.metadataAndText),
    },
  };
}

/**
 * IOPS and throughput each store needs (§5 performance table, stated for the reference scale of 1,000 users), scaled
 * with the peak request rate relative to that scale, never below a fifth of the reference figure.
 */
export function storagePerformance(plan: PlanDocument): Report["storage"]["performance"] {
  const scale = Math.max(0.2, plan.workload.users / 1000);
  const row = (store: string, iops: number, mbps: number, storageClass: string, media: string) => ({
    store,
    iops: Math.round(iops * scale),
    throughputMBps: Math.round(mbps * scale),
    storageClass,
    media,
  });
  return [
    row("postgres", 10_000, 500, "fast-ssd", "local NVMe SSD"),
    row("vectors", 5_000, 300, "fast-ssd", "SSD (local or SAN)"),
    row("objects", 1_000, 1_000, "s3-csi", "HDD RAID or SSD"),
    row("logs", 500, 50, "standard", "SSD"),
  ];
}
