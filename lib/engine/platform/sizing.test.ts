import { describe, expect, it } from "vitest";
import type { ComponentKind } from "../../catalog/components";
import { SPEC_TIERS } from "../../catalog/spec-tiers";
import { recommendedSize } from "./sizing";

const PLATFORM: ComponentKind[] = [
  "api",
  "frontend",
  "odin",
  "postgres",
  "chroma",
  "meili",
  "redis",
  "s3",
  "lb",
  "monitoring",
];
const total = (kinds: ComponentKind[], users: number, env: "dev" | "production" = "dev") =>
  kinds.reduce(
    (t, k) => {
      const r = recommendedSize(k, users, env)!;
      return {
        cores: t.cores + r.cpuCores * r.replicas,
        memory: t.memory + r.memoryGb * r.replicas,
        storage: t.storage + r.storageGb * r.replicas,
      };
    },
    { cores: 0, memory: 0, storage: 0 },
  );

describe("platform sizing reproduces the reference tiers (docs/reference-platform.md §2)", () => {
  it("minimal tier (< 50 users): 11 cores, 28 GB, 740 GB — the spec's totals", () => {
    const kinds = Object.keys(SPEC_TIERS.minimal.rows) as ComponentKind[];
    expect(total(kinds, 25)).toEqual({ cores: 11, memory: 28, storage: 740 });
    expect(total(kinds, 49)).toEqual({ cores: 11, memory: 28, storage: 740 });
  });

  it.each([
    ["production", 100, 0],
    ["production", 500, 1],
    ["enterprise", 1000, 0],
    ["enterprise", 10_000, 1],
  ] as const)("%s tier at %i users: every row of the spec's table", (tier, users, end) => {
    for (const [kind, row] of Object.entries(SPEC_TIERS[tier].rows)) {
      const r = recommendedSize(kind as ComponentKind, users, "dev")!;
      expect(r.replicas, `${kind} replicas`).toBe(row.replicas[end]);
      expect(r.cpuCores, `${kind} cores`).toBe(row.cpuCores[end]);
      expect(r.memoryGb, `${kind} memory`).toBe(row.memoryGb[end]);
      const storage = row.storagePerCluster ? r.storageGb * r.replicas : r.storageGb;
      expect(storage, `${kind} storage`).toBe(row.storageGb[end]);
      expect(r.gpusPerReplica, `${kind} GPUs`).toBe(row.gpuPerReplica ?? 0);
    }
  });

  it("[flaw] the production tier's per-node line (3 nodes of 8–12 cores, 24–32 GB) cannot hold its own rows: 54 cores and 164 GB at the low replica ends", () => {
    const kinds = Object.keys(SPEC_TIERS.production.rows) as ComponentKind[];
    const rows = total(kinds, 100);
    expect(rows).toEqual({ cores: 54, memory: 164, storage: 4240 });
    expect(rows.cores / 3).toBeGreaterThan(12); // 18 cores per node
    expect(rows.memory / 3).toBeGreaterThan(32); // ~55 GB per node
    expect(rows.storage / 3 / 1000).toBeLessThan(3); // storage does fit the stated 1–3 TB per node
  });

  it("scales smoothly in between: totals never fall as users grow", () => {
    let prev = total(PLATFORM, 1);
    for (let users = 2; users <= 40_000; users = Math.ceil(users * 1.07)) {
      const t = total(PLATFORM, users);
      expect(t.cores).toBeGreaterThanOrEqual(prev.cores);
      expect(t.memory).toBeGreaterThanOrEqual(prev.memory);
      expect(t.storage).toBeGreaterThanOrEqual(prev.storage - 1e-6);
      prev = t;
    }
  });

  it("production enforces HA: ≥ 2 stateless replicas, a primary and replicas for stateful stores", () => {
    expect(recommendedSize("api", 25, "production")!.replicas).toBe(2);
    expect(recommendedSize("postgres", 25, "production")!.replicas).toBe(3);
    expect(recommendedSize("redis", 25, "production")!.replicas).toBe(3);
    expect(recommendedSize("s3", 25, "production")!.replicas).toBe(4);
    expect(recommendedSize("api", 25, "dev")!.replicas).toBe(1);
  });

  it("gives Odin a GPU per pod at enterprise scale (OCR), none below", () => {
    expect(recommendedSize("odin", 300, "production")!.gpusPerReplica).toBe(0);
    expect(recommendedSize("odin", 2000, "production")!.gpusPerReplica).toBe(1);
  });

  it("serving components are sized by the inference model, not here", () => {
    expect(recommendedSize("llm", 1000, "production")).toBeUndefined();
  });
});
