import { describe, expect, it } from "vitest";
import { evaluate } from "../engine/evaluate";
import { buildTemplate } from "../templates";
import { keyFigureLabels, keyFiguresOf, selectKeyFigures } from "./key-figures";

describe("key figures selector", () => {
  const doc = buildTemplate("enterprise");
  const report = evaluate(doc);

  it("reads the report's headline quantities, memoised per report", () => {
    const k = selectKeyFigures({ report })!;
    const month0 = report.cost.monthly[0]!;
    expect(k.monthlyRunCostUsd).toBeCloseTo(month0.opexUsd + month0.cloudUsd, 1);
    // Month 0's depreciation = its purchases / H (36 months).
    expect(k.amortisedMonthlyCostUsd).toBeCloseTo(
      k.monthlyRunCostUsd + month0.capexUsd / doc.costs.amortisationMonths,
      1,
    );
    expect(k.tcoUsd).toBe(report.cost.tcoUsd);
    expect(k.gpus).toBe(report.totals.gpus);
    expect(selectKeyFigures({ report })).toBe(k);
    expect(keyFiguresOf(structuredClone(report))).not.toBe(k);
    expect(selectKeyFigures({ report: null })).toBeNull();
  });

  it("labels say which month and which period", () => {
    const k = keyFiguresOf(report);
    expect(keyFigureLabels.monthlyRunCost(k)).toBe("Monthly run cost (OPEX, month 0)");
    expect(keyFigureLabels.amortisedMonthlyCost(k)).toBe("Monthly cost with CAPEX amortised over 36 months");
    expect(keyFigureLabels.dataStored(k)).toBe(`Data stored at month ${report.plan.horizonMonths}`);
  });
});
