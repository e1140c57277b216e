import type { ComponentKind } from "./components";

/**
 * The reference platform's sizing tiers (docs/reference-platform.md §2), transcribed as data. Ranges keep both ends
 * ("2–3 pods" → [2, 3]); the sizing model (lib/engine/sizing) interpolates between them and the templates use the
 * end that matches their user count. Units: CPU cores, RAM GB, storage GB — per pod/replica unless `perCluster`.
 */
export interface TierRow {
  cpuCores: [number, number];
  memoryGb: [number, number];
  storageGb: [number, number];
  replicas: [number, number];
  gpuPerReplica?: number;
  /** Storage is the cluster's usable total (object storage spreads data), not per replica. */
  storagePerCluster?: boolean;
  autoscale?: boolean;
  note?: string;
}

export type TierId = "minimal" | "production" | "enterprise";

export interface TierSpec {
  id: TierId;
  name: string;
  usersRange: [number, number];
  rows: Partial<Record<ComponentKind, TierRow>>;
  /** The spec's own totals where it states them (minimal: 11 cores, 28 GB, 740 GB). */
  statedTotals?: { cpuCores: number; memoryGb: number; storageGb: number };
}

const one = (n: number): [number, number] => [n, n];

export const SPEC_TIERS: Record<TierId, TierSpec> = {
  minimal: {
    id: "minimal",
    name: "Minimal — test, < 50 users",
    usersRange: [1, 49],
    rows: {
      api: { cpuCores: one(2), memoryGb: one(4), storageGb: one(20), replicas: one(1), note: "Node + PM2" },
      frontend: { cpuCores: one(1), memoryGb: one(2), storageGb: one(10), replicas: one(1) },
      odin: {
        cpuCores: one(2),
        memoryGb: one(4),
        storageGb: one(30),
        replicas: one(1),
        note: "No GPU: basic OCR",
      },
      postgres: { cpuCores: one(2), memoryGb: one(8), storageGb: one(100), replicas: one(1), note: "+ WAL" },
      chroma: { cpuCores: one(1), memoryGb: one(4), storageGb: one(50), replicas: one(1) },
      meili: { cpuCores: one(1), memoryGb: one(2), storageGb: one(20), replicas: one(1) },
      redis: { cpuCores: one(1), memoryGb: one(2), storageGb: one(10), replicas: one(1) },
      s3: {
        cpuCores: one(1),
        memoryGb: one(2),
        storageGb: one(500),
        replicas: one(1),
        storagePerCluster: true,
        note: "500 GB+ depending on volume",
      },
    },
    statedTotals: { cpuCores: 11, memoryGb: 28, storageGb: 740 },
  },
  production: {
    id: "production",
    name: "Recommended — production, 100–500 users",
    usersRange: [100, 500],
    rows: {
      api: { cpuCores: one(3), memoryGb: one(4), storageGb: one(20), replicas: [2, 3] },
      frontend: { cpuCores: one(2), memoryGb: one(4), storageGb: one(10), replicas: [2, 3] },
      odin: {
        cpuCores: one(3),
        memoryGb: one(6),
        storageGb: one(50),
        replicas: one(2),
        note: "GPU optional for OCR (NVIDIA T4 or better)",
      },
      postgres: {
        cpuCores: one(4),
        memoryGb: one(16),
        storageGb: one(500),
        replicas: one(3),
        note: "1 primary + 2 replicas",
      },
      chroma: { cpuCores: one(2), memoryGb: one(8), storageGb: one(200), replicas: [2, 3] },
      meili: { cpuCores: one(2), memoryGb: one(4), storageGb: one(50), replicas: one(2) },
      redis: {
        cpuCores: one(2),
        memoryGb: one(8),
        storageGb: one(20),
        replicas: one(3),
        note: "1 primary + 2 replicas",
      },
      s3: {
        cpuCores: one(2),
        memoryGb: one(8),
        storageGb: one(2000),
        replicas: one(4),
        storagePerCluster: true,
        note: "2 TB+, 4-node cluster",
      },
      lb: {
        cpuCores: one(2),
        memoryGb: one(4),
        storageGb: one(10),
        replicas: one(2),
        note: "Nginx/HAProxy; the spec gives no count — [planner] HA pair",
      },
    },
  },
  enterprise: {
    id: "enterprise",
    name: "Enterprise — 1,000–10,000+ users",
    usersRange: [1000, 10_000],
    rows: {
      api: { cpuCores: one(4), memoryGb: one(6), storageGb: one(30), replicas: [5, 10], autoscale: true },
      frontend: {
        cpuCores: one(2),
        memoryGb: one(4),
        storageGb: one(15),
        replicas: [5, 10],
        autoscale: true,
      },
      odin: { cpuCores: one(4), memoryGb: one(8), storageGb: one(100), replicas: [3, 5], gpuPerReplica: 1 },
      postgres: {
        cpuCores: [8, 16],
        memoryGb: [64, 128],
        storageGb: [2000, 5000],
        replicas: [3, 5],
        note: "NVMe, 3–5 node cluster",
      },
      chroma: { cpuCores: one(4), memoryGb: one(16), storageGb: one(1000), replicas: [3, 5] },
      meili: { cpuCores: one(4), memoryGb: one(8), storageGb: one(200), replicas: one(3) },
      redis: {
        cpuCores: one(4),
        memoryGb: one(16),
        storageGb: one(50),
        replicas: one(6),
        note: "6-node cluster",
      },
      s3: {
        cpuCores: one(4),
        memoryGb: one(16),
        storageGb: one(10_000),
        replicas: one(8),
        storagePerCluster: true,
        note: "10+ TB, 8+ nodes",
      },
      lb: { cpuCores: one(4), memoryGb: one(8), storageGb: one(20), replicas: one(2), note: "HA pair" },
      monitoring: {
        cpuCores: one(4),
        memoryGb: one(16),
        storageGb: one(500),
        replicas: one(1),
        note: "Prometheus + Grafana",
      },
    },
  },
};
