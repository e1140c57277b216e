import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { buildTemplate, TEMPLATE_IDS } from "../templates";
import { keyFiguresOf } from "../editor/key-figures";
import {
  amortisationMonths,
  amortisedMonthlyCostUsd,
  dataStoredAtHorizon,
  monthlyRunCostUsd,
  runCostMonth,
  sloStatus,
  storageProvisionedGb,
} from "./headline";

describe("headline quantities are the report's fields (one definition per figure)", () => {
  it.each(TEMPLATE_IDS)("%s: strip, dashboard, advisor and scenarios read the report", (id) => {
    const report = evaluate(buildTemplate(id));
    const c = report.cost;
    const month = c.monthly[c.runCostMonth]!;
    // Month N's OPEX + cloud, and its depreciation: the report's own month row, nothing recomputed.
    expect(runCostMonth(report)).toBe(0);
    expect(monthlyRunCostUsd(report)).toBe(c.monthlyRunCostUsd);
    expect(c.monthlyRunCostUsd).toBeCloseTo(month.opexUsd + month.cloudUsd, 1);
    expect(amortisedMonthlyCostUsd(report)).toBe(c.monthlyCostAmortisedUsd);
    expect(c.monthlyCostAmortisedUsd).toBeCloseTo(
      month.opexUsd + month.cloudUsd + month.amortisedCapexUsd,
      1,
    );
    expect(amortisationMonths(report)).toBe(buildTemplate(id).costs.amortisationMonths);
    expect(storageProvisionedGb(report)).toBe(report.totals.storageGb);
    expect(dataStoredAtHorizon(report)).toEqual({
      month: report.plan.horizonMonths,
      gb: report.storage.months.at(-1)!.totalGb,
    });
    const k = keyFiguresOf(report);
    expect(k.monthlyRunCostUsd).toBe(c.monthlyRunCostUsd);
    expect(k.amortisedMonthlyCostUsd).toBe(c.monthlyCostAmortisedUsd);
    expect(k.storageProvisionedGb).toBe(report.storage.provisionedGb);
    expect(k.dataStored.gb).toBe(report.storage.dataStoredGb);
  });

  it("storage provisioned and data stored are distinct quantities", () => {
    const report = evaluate(buildTemplate("enterprise"));
    // Provisioned: the components' volumes; stored: the data of the horizon's month (different numbers).
    expect(storageProvisionedGb(report)).not.toBe(dataStoredAtHorizon(report).gb);
    expect(sloStatus(report)).toMatch(/met|missed/);
    expect(sloStatus({ serving: [] })).toBe("none");
  });
});
