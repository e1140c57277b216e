import { describe, expect, it } from "vitest";
import { evaluate } from "../engine/evaluate";
import { buildTemplate } from "../templates";
import { keyFigureLabels, keyFiguresOf, selectKeyFigures } from "./key-figures";

describe("key figures selector", () => {
  const doc = buildTemplate("enterprise");
  const report = evaluate(doc);

  it("reads the report's headline quantities, memoised per report", () => {
    const k = selectKeyFigures({ report, doc })!;
    const month1 = report.cost.monthly[1]!;
    expect(k.monthlyRunCostUsd).toBeCloseTo(month1.opexUsd + month1.cloudUsd, 2);
    expect(k.amortisedMonthlyCostUsd).toBeCloseTo(
      k.monthlyRunCostUsd + report.cost.capexUsd / doc.costs.amortisationMonths,
      2,
    );
    expect(k.tcoUsd).toBe(report.cost.tcoUsd);
    expect(k.gpus).toBe(report.totals.gpus);
    expect(selectKeyFigures({ report, doc })).toBe(k);
    expect(keyFiguresOf(report, 12)).not.toBe(k);
    expect(selectKeyFigures({ report: null, doc })).toBeNull();
  });

  it("labels say which month and which period", () => {
    const k = keyFiguresOf(report, 36);
    expect(keyFigureLabels.monthlyRunCost(k)).toBe("Monthly run cost (OPEX, month 1)");
    expect(keyFigureLabels.amortisedMonthlyCost(k)).toBe("Monthly cost with CAPEX amortised over 36 months");
    expect(keyFigureLabels.dataStored(k)).toBe(`Data stored at month ${report.plan.horizonMonths}`);
  });
});
