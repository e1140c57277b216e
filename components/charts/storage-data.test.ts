import { describe, expect, it } from "vitest";
import { STORES } from "@/lib/engine/report-schema";
import { atMonths, monthTicks } from "@/components/ui/chart/axis";
import { activeStores, storageRows, storageSummary } from "./storage-data";
import { emptyReport, templateReport } from "./test-reports";

describe("storageRows", () => {
  it("enterprise: one row per month 0…36 with the 7 stores, totals and margin", () => {
    const report = templateReport("enterprise");
    const rows = storageRows(report);
    expect(rows.map((r) => r.month)).toEqual(Array.from({ length: 37 }, (_, i) => i));
    const first = rows[0]!;
    // By hand: 3,000 users × 500 documents × 10 MB = 15,000 GB of objects; logs 50 GB/month per 1,000 users.
    expect(first.users).toBe(3000);
    expect(first.objects).toBe(15_000);
    expect(first.logs).toBe(150);
    for (const r of rows) {
      expect(STORES.reduce((s, k) => s + r[k], 0)).toBeCloseTo(r.totalGb, 0);
      // 30% safety margin.
      expect(r.withMarginGb).toBeCloseTo(r.totalGb * 1.3, 0);
    }
    // 20% a year for 3 years: 3,000 × 1.2³ = 5,184 users, 25,920 GB of objects.
    expect(rows[36]).toMatchObject({ users: 5184, objects: 25_920 });
    expect(activeStores(rows)).toEqual([...STORES]);
    expect(storageSummary(report)).toBe(
      "45.7 TB today growing to 82.7 TB by month 36 (5,184 users), including the 30% margin.",
    );
  });

  it("mac-cluster: 300 users × 500 × 10 MB = 1.5 TB of objects today", () => {
    const rows = storageRows(templateReport("mac-cluster"));
    expect(rows[0]).toMatchObject({ users: 300, objects: 1500, logs: 15 });
    expect(rows[rows.length - 1]!.users).toBe(518);
  });

  it("leaves empty stores out of the legend", () => {
    const report = templateReport("minimal");
    for (const m of report.storage.months) m.byStore.redis = 0;
    expect(activeStores(storageRows(report))).not.toContain("redis");
  });

  it("an empty report has no rows", () => {
    const report = emptyReport();
    expect(storageRows(report)).toEqual([]);
    expect(activeStores([])).toEqual([]);
    expect(storageSummary(report)).toBe("No storage months to show.");
  });
});

describe("monthTicks", () => {
  it("spaces ticks by the horizon", () => {
    expect(monthTicks(Array.from({ length: 37 }, (_, i) => i))).toEqual([0, 6, 12, 18, 24, 30, 36]);
    expect(monthTicks(Array.from({ length: 36 }, (_, i) => i))).toEqual([0, 6, 12, 18, 24, 30, 35]);
    expect(monthTicks(Array.from({ length: 13 }, (_, i) => i))).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(monthTicks([0, 1])).toEqual([0, 1]);
    expect(monthTicks([0])).toEqual([0]);
    expect(monthTicks([])).toEqual([]);
    expect(monthTicks(Array.from({ length: 61 }, (_, i) => i))).toEqual([0, 12, 24, 36, 48, 60]);
  });

  it("samples rows at the ticks for the screen-reader table", () => {
    const rows = storageRows(templateReport("enterprise"));
    expect(atMonths(rows, monthTicks(rows.map((r) => r.month))).map((r) => r.month)).toEqual([
      0, 6, 12, 18, 24, 30, 36,
    ]);
  });
});
