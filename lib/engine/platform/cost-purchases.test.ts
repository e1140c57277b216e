import { describe, expect, it } from "vitest";
import type { PlanDocument } from "../../plan/plan-schema";
import { buildTemplate } from "../../templates";
import { evaluate } from "../evaluate";
import type { ServingReport } from "../report-schema";
import { firstPurchaseMonth, purchasePlan, replicasNeeded } from "./cost-purchases";

/**
 * The dated purchase plan, by hand. The Mac-cluster template's LLM node (one Mac Studio per replica), priced at
 * 10,000 USD a Mac (plan override), 4 replicas at 76% of their SLO capacity today, users growing 20% a year over 36
 * months. The policy keeps each replica at ≤ 80%: needed(m) = ceil(0.76 × 4 × 1.2^(m/12) / 0.8) = ceil(3.8 × 1.2^(m/12)).
 *   month 4:  3.8 × 1.2^(4/12)  = 4.038 → 5 (first month above 4)
 *   month 19: 3.8 × 1.2^(19/12) = 5.072 → 6
 *   month 31: 3.8 × 1.2^(31/12) = 6.086 → 7 (month 35: 6.94, still 7)
 */
function macPlan(): PlanDocument {
  const p = buildTemplate("mac-cluster");
  const llm = p.nodes.find((n) => n.id === "llm")!;
  llm.replicas = 4;
  p.costs.hardwarePriceOverridesUsd = { [llm.serving!.product!]: 10_000 };
  return p;
}

const llmAt = (utilisation: number, replicas = 4) =>
  ({
    nodeId: "llm",
    label: "LLM",
    mode: "self-hosted",
    fits: true,
    utilisation,
    replicas,
  }) as ServingReport;

describe("purchase plan", () => {
  it("replicas needed: the policy's count at the month's demand, never fewer than owned", () => {
    expect(replicasNeeded(llmAt(0.76), 1)).toBe(4);
    expect(replicasNeeded(llmAt(0.76), 1.2 ** (4 / 12))).toBe(5);
    expect(replicasNeeded(llmAt(0.1), 2)).toBe(4);
  });

  it("buys one Mac in months 4, 19 and 31, each at its price, not all in month 0", () => {
    const purchases = purchasePlan(macPlan(), [llmAt(0.76)]);
    expect(
      purchases.map((p) => [p.month, p.replicasAdded, p.replicasAfter, p.unitsAdded, p.capexUsd]),
    ).toEqual([
      [4, 1, 5, 1, 10_000],
      [19, 1, 6, 1, 10_000],
      [31, 1, 7, 1, 10_000],
    ]);
    expect(firstPurchaseMonth(purchases, "llm")).toBe(4);
    expect(firstPurchaseMonth(purchases, "embeddings")).toBeNull();
    // Nothing to buy without growth, or for a node with headroom to the horizon (0.4 × 1.2³ = 0.69 < 0.8).
    const flat = macPlan();
    flat.workload.yearlyGrowthPct = 0;
    expect(purchasePlan(flat, [llmAt(0.76)])).toEqual([]);
    expect(purchasePlan(macPlan(), [llmAt(0.4)])).toEqual([]);
  });

  it("the TCO and the months' cash include the purchases; the finding points to the first purchase month", () => {
    const r = evaluate(buildTemplate("mac-cluster"));
    const plan = r.cost.purchasePlan;
    expect(plan.length).toBeGreaterThan(0);
    for (const p of plan) {
      const month = r.cost.monthly[p.month]!;
      expect(month.capexUsd).toBeCloseTo(
        plan.filter((x) => x.month === p.month).reduce((s, x) => s + x.capexUsd, 0),
        2,
      );
      expect(r.cost.lines.some((l) => l.item.startsWith(`Month ${p.month}: `))).toBe(true);
    }
    const total = r.cost.monthly.reduce((s, m) => s + m.capexUsd, 0);
    expect(r.cost.capexUsd).toBeCloseTo(total, 1);
    expect(r.cost.capexUsd - r.cost.monthly[0]!.capexUsd).toBeCloseTo(
      plan.reduce((s, p) => s + p.capexUsd, 0),
      1,
    );
    const runsOut = r.findings.find((f) => f.code === "capacity-runs-out" && f.target.id === "llm")!;
    expect(runsOut.params!.purchaseMonth).toBe(plan[0]!.month);
    expect(runsOut.message).toMatch(new RegExp(`purchase plan buys more from month ${plan[0]!.month}$`));
  });
});
