import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { buildTemplate } from "../templates";
import {
  amortisedMonthlyCostUsd,
  dataStoredAtHorizon,
  monthlyRunCostUsd,
  runCostMonth,
  sloStatus,
  storageProvisionedGb,
} from "./headline";
import type { CostMonth, Report } from "./report-schema";

const month = (m: number, opexUsd: number, cloudUsd: number, capexUsd = 0): CostMonth => ({
  month: m,
  capexUsd,
  opexUsd,
  cloudUsd,
  totalUsd: capexUsd + opexUsd + cloudUsd,
  amortisedCapexUsd: 0,
  cumulativeUsd: 0,
  byCategory: {},
});
const cost = (monthly: CostMonth[], capexUsd = 0) =>
  ({ cost: { monthly, capexUsd } }) as Pick<Report, "cost">;

describe("headline quantities", () => {
  it("the run cost is month 1's OPEX + cloud (month 0 carries the purchase)", () => {
    const r = cost([month(0, 100, 10, 36_000), month(1, 120.004, 30)], 36_000);
    expect(runCostMonth(r)).toBe(1);
    expect(monthlyRunCostUsd(r)).toBe(150);
    // 150 + 36,000 / 36 = 1,150
    expect(amortisedMonthlyCostUsd(r, 36)).toBe(1150);
  });

  it("a one-month horizon uses month 0; an empty one costs 0", () => {
    expect(runCostMonth(cost([month(0, 5, 1)]))).toBe(0);
    expect(monthlyRunCostUsd(cost([month(0, 5, 1)]))).toBe(6);
    expect(monthlyRunCostUsd(cost([]))).toBe(0);
  });

  it("refuses an amortisation period under one month", () => {
    expect(() => amortisedMonthlyCostUsd(cost([month(0, 1, 0)]), 0)).toThrow(/amortisationMonths/);
  });

  it("separates storage provisioned from data stored at the horizon", () => {
    const report = evaluate(buildTemplate("enterprise"));
    const stored = dataStoredAtHorizon(report)!;
    expect(stored.month).toBe(report.plan.horizonMonths); // months 0…H: the horizon itself
    expect(stored.gb).toBe(report.storage.months.at(-1)!.totalGb);
    expect(storageProvisionedGb(report)).toBe(report.totals.storageGb);
    expect(sloStatus(report)).toMatch(/met|missed/);
    expect(sloStatus({ serving: [] })).toBe("none");
  });
});
