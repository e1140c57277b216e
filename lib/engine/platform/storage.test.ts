import { describe, expect, it } from "vitest";
import { parsePlanOrThrow } from "../../plan/parse";
import { CURRENT_SCHEMA_VERSION, type PlanDocument } from "../../plan/plan-schema";
import { storageAt, storageReport } from "./storage";
import { chunksPerDocument } from "./workload";

/** The reference's 1,000-user inputs: 500 documents of 10 MB, 1,000-dim vectors, 50 M chunks (100 per document). */
function specPlan(users = 1000, extra: Record<string, number> = {}): PlanDocument {
  return parsePlanOrThrow({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    metadata: { name: "spec §5" },
    workload: {
      users,
      documentsPerUser: 500,
      averageDocumentSizeMb: 10,
      embeddingDimensions: 1000,
      pagesPerDocument: 20,
      tokensPerPage: 500,
      chunkSizeTokens: 100,
      chunkOverlapTokens: 0,
      yearlyGrowthPct: 40,
      backupRetentionDays: 30,
      logsGbPerMonth: 50,
      ...extra,
    },
  });
}

describe("storage model against the reference breakdown (docs/reference-platform.md §5)", () => {
  const plan = specPlan();
  const { byStore, vector } = storageAt(plan, 0);

  it("uses the spec's 50 M chunks at its own inputs (100 per document)", () => {
    expect(chunksPerDocument(plan.workload)).toBe(100);
  });

  it("reproduces the 1,000-user breakdown item by item", () => {
    expect(byStore.objects).toBe(5000); // 500 docs × 10 MB × 1,000 = 5 TB
    expect(byStore.postgres).toBe(500);
    expect(vector.rawVectors).toBeCloseTo(200, 6); // 1,000 dims × 4 B × 50 M chunks
    expect(byStore.search).toBeCloseTo(100, 6);
    expect(byStore.redis).toBeCloseTo(20, 6);
    expect(byStore.logs).toBe(50); // one month of logs
    expect(byStore.backups / 6000).toBeGreaterThan(0.95); // "6 TB (30-day retention, daily snapshots)"
    expect(byStore.backups / 6000).toBeLessThan(1.1);
  });

  it("[flaw] states what 'raw vectors only' leaves out: the HNSW index and the stored chunk text", () => {
    expect(vector.index).toBeCloseTo((50e6 * 136) / 1e9, 6);
    expect(vector.metadataAndText).toBeCloseTo((50e6 * (100 * 4 + 200)) / 1e9, 6);
    expect(byStore.vectors).toBeGreaterThan(200 * 1.15);
  });

  it("[flaw] the items sum to ~12 TB before the 30% margin — ~16 TB with it, not '~12 TB with a 30% margin'", () => {
    const month0 = storageReport(plan).months[0]!;
    expect(month0.totalGb / 1000).toBeGreaterThan(11.5);
    expect(month0.totalGb / 1000).toBeLessThan(12.6);
    expect(month0.withMarginGb / 1000).toBeGreaterThan(15);
    expect(month0.withMarginGb / 1000).toBeLessThan(16.5);
  });

  it.each([
    [100, 500, 200],
    [1000, 5000, 2000],
    [5000, 25_000, 10_000],
    [10_000, 50_000, 20_000],
  ])(
    "the users → storage table: %i users hold %i GB of files, growing %i GB a year (40%%/year)",
    (users, gb, growth) => {
      const p = specPlan(users);
      expect(storageAt(p, 0).byStore.objects).toBeCloseTo(gb, 6);
      expect(storageAt(p, 12).byStore.objects - storageAt(p, 0).byStore.objects).toBeCloseTo(growth, 6);
    },
  );

  it("[flaw] 500 users × 500 documents × 10 MB is 2.5 TB (+1 TB/year), not 2 TB", () => {
    const p = specPlan(500);
    expect(storageAt(p, 0).byStore.objects).toBe(2500);
    expect(storageAt(p, 12).byStore.objects - storageAt(p, 0).byStore.objects).toBeCloseTo(1000, 6);
  });

  it("never decreases month to month, store by store", () => {
    const months = storageReport(specPlan(3000, { horizonMonths: 60 })).months;
    expect(months).toHaveLength(61);
    for (let i = 1; i < months.length; i++) {
      for (const [k, v] of Object.entries(months[i]!.byStore))
        expect(v).toBeGreaterThanOrEqual(months[i - 1]!.byStore[k as keyof (typeof months)[0]["byStore"]]);
    }
  });
});
