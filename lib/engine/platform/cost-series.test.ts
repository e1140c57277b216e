import { describe, expect, it } from "vitest";
import type { PlanDocument } from "../../plan/plan-schema";
import { buildTemplate } from "../../templates";
import { evaluate } from "../evaluate";

/**
 * The cost series by hand, on the all-cloud template at 100 users: three compute servers (18,000 USD, 450 W, 1 U
 * each) and GPT-4.1 + text-embedding-3-large; default prices (0.15 USD/kWh, PUE 1.4, 40 USD/U, 10%/year support,
 * 36-month amortisation, 0.25 + 0.25 FTE at 150,000 USD/year).
 */
function cloudPlan(edit: (p: PlanDocument) => void = () => {}): PlanDocument {
  const p = buildTemplate("cloud-llm", { users: 100 });
  edit(p);
  return p;
}

describe("cost series, hand-computed", () => {
  const r = evaluate(cloudPlan());
  const m0 = r.cost.monthly[0]!;

  it("one-off CAPEX: three compute servers bought in month 0, none after", () => {
    expect(r.cost.lines.filter((l) => l.capexUsd > 0).map((l) => [l.category, l.quantity])).toEqual([
      ["compute", 3],
    ]);
    expect(m0.capexUsd).toBe(3 * 18_000);
    expect(r.cost.monthly.slice(1).every((m) => m.capexUsd === 0)).toBe(true);
    expect(r.cost.capexUsd).toBe(54_000);
  });

  it("recurring OPEX: power, colocation by rack unit and by kW, support, staff", () => {
    // 3 × 450 W = 1.35 kW × 730.5 h × PUE 1.4 × 0.15 USD/kWh = 207.10 USD.
    expect(m0.byCategory.power).toBeCloseTo(1.35 * 730.5 * 1.4 * 0.15, 2);
    expect(m0.byCategory.hosting).toBe(3 * 40);
    expect(m0.byCategory.support).toBeCloseTo((54_000 * 0.1) / 12, 6);
    // No self-hosted model: only the platform's 0.25 FTE.
    expect(m0.byCategory.staff).toBeCloseTo((0.25 * 150_000) / 12, 6);
    const kw = evaluate(cloudPlan((p) => (p.costs.hostingUsdPerKwMonth = 100))).cost.monthly[0]!;
    expect(kw.byCategory.hosting).toBeCloseTo(3 * 40 + 1.35 * 100, 6);
  });

  it("staff FTE: platform + serving when a model is self-hosted, plus the flat amount", () => {
    const self = evaluate(buildTemplate("self-hosted", { users: 100 })).cost.monthly[0]!;
    expect(self.byCategory.staff).toBeCloseTo((0.5 * 150_000) / 12, 6);
    const edited = cloudPlan((p) => {
      p.costs.platformStaffFte = 1;
      p.costs.staffUsdPerFteYear = 120_000;
      p.costs.staffUsdPerMonth = 500;
    });
    expect(evaluate(edited).cost.monthly[0]!.byCategory.staff).toBeCloseTo(10_000 + 500, 6);
  });

  it("amortised monthly cost: run cost + CAPEX ÷ amortisation months; each purchase depreciates over its period", () => {
    expect(r.cost.monthlyRunCostUsd).toBeCloseTo(m0.opexUsd + m0.cloudUsd, 2);
    expect(r.cost.amortisedCapexUsdPerMonth).toBe(1500);
    expect(r.cost.monthlyCostAmortisedUsd).toBeCloseTo(r.cost.monthlyRunCostUsd + 1500, 2);
    const short = evaluate(cloudPlan((p) => (p.costs.amortisationMonths = 12))).cost.monthly;
    expect(short.slice(0, 12).every((m) => m.amortisedCapexUsd === 4500)).toBe(true);
    expect(short.slice(12).every((m) => m.amortisedCapexUsd === 0)).toBe(true);
  });

  it("the cloud alternative is priced in the same series: for an all-cloud plan on the reference models it is the plan", () => {
    const alt = r.cost.cloudAlternative;
    expect(alt.monthlyUsd).toBe(r.cost.monthlyRunCostUsd);
    expect(alt.capexUsd).toBe(r.cost.capexUsd);
    expect(alt.monthlyCostAmortisedUsd).toBe(r.cost.monthlyCostAmortisedUsd);
    expect(alt.tcoUsd).toBe(r.cost.tcoUsd);
  });

  it("the cloud alternative's monthly figure excludes one-off CAPEX", () => {
    const self = evaluate(buildTemplate("self-hosted", { users: 100 })).cost;
    const alt = self.cloudAlternative;
    expect(alt.capexUsd).toBe(54_000);
    // Recurring only: the platform's power, colocation, support, storage and 0.25 FTE plus the API bill — far
    // below the one-off 54,000 USD it would include if month 0's cash were shown.
    expect(alt.monthlyUsd).toBe(r.cost.monthlyRunCostUsd);
    expect(alt.monthlyUsd).toBeLessThan(alt.capexUsd / 4);
    expect(alt.monthlyCostAmortisedUsd).toBeCloseTo(alt.monthlyUsd + 54_000 / 36, 2);
  });
});
