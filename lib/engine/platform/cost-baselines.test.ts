import { describe, expect, it } from "vitest";
import type { PlanDocument } from "../../plan/plan-schema";
import { buildTemplate } from "../../templates";
import { evaluate } from "../evaluate";
import { gpuRentalUsdByMonth } from "./cost-months";

/**
 * The selectable cloud baselines, by hand. Self-hosted template at 1,000 users: Llama 3.3 70B on 2 × 2 H100 SXM,
 * e5-mistral on 2 × 1 L4. Prices: GPT-4.1 2 / 8, GPT-4o mini 0.15 / 0.6, DeepInfra Llama 3.3 70B 0.10 / 0.32,
 * Together 0.88 / 0.88 USD per million input / output tokens; text-embedding-3-large 0.13, -small 0.02; rental
 * H100 SXM 3.99 and L4 0.78 USD per GPU-hour; 730.5 hours a month.
 */
function plan(edit: (p: PlanDocument) => void = () => {}): PlanDocument {
  const p = buildTemplate("self-hosted", { users: 1000 });
  edit(p);
  return p;
}

const byId = (p: PlanDocument) => Object.fromEntries(evaluate(p).cost.baselines.map((b) => [b.id, b]));

describe("cloud baselines", () => {
  const r = evaluate(plan());
  const b = byId(plan());
  const d = r.demand;

  it("lists the four selected baselines, each with its models and the date of its prices", () => {
    expect(r.cost.baselines.map((x) => x.id)).toEqual([
      "premium-api",
      "small-api",
      "open-weight-api",
      "gpu-rental",
    ]);
    expect(b["premium-api"]!.llmModel).toBe("openai-gpt-4.1");
    expect(b["small-api"]!.llmModel).toBe("openai-gpt-4o-mini");
    // The cheaper of the two APIs serving Llama 3.3 70B for this mix: DeepInfra.
    expect(b["open-weight-api"]!.llmModel).toBe("deepinfra-llama-3.3-70b");
    expect(b["open-weight-api"]!.pricesAsOf).toBe("2026-11-05");
    expect(b["gpu-rental"]!.llmModel).toBeNull();
  });

  it("the per-token baselines differ only by their token bills (same platform, same series)", () => {
    const tokens = (inUsd: number, outUsd: number, embUsd: number) =>
      (d.monthlyInputTokens * inUsd + d.monthlyOutputTokens * outUsd + d.monthlyEmbeddingTokens * embUsd) /
      1e6;
    const premium = b["premium-api"]!.monthlyUsd;
    expect(premium - b["small-api"]!.monthlyUsd).toBeCloseTo(tokens(2, 8, 0.13) - tokens(0.15, 0.6, 0.02), 0);
    expect(premium - b["open-weight-api"]!.monthlyUsd).toBeCloseTo(
      tokens(2, 8, 0.13) - tokens(0.1, 0.32, 0.02),
      0,
    );
    expect(b["small-api"]!.capexUsd).toBe(b["premium-api"]!.capexUsd);
  });

  it("monthly figures exclude one-off CAPEX; the amortised figure adds it over H months", () => {
    for (const x of r.cost.baselines) {
      expect(x.monthlyCostAmortisedUsd).toBeCloseTo(x.monthlyUsd + x.capexUsd / 36, 1);
      expect(x.monthlyUsd).toBeLessThan(x.tcoUsd / 36 + 1);
    }
    // GPU rental: the plan's CAPEX without the serving hardware; the rent is recurring.
    const serving = r.cost.lines
      .filter((l) => l.category === "serving hardware")
      .reduce((s, l) => s + l.capexUsd, 0);
    expect(b["gpu-rental"]!.capexUsd).toBeCloseTo(r.cost.capexUsd - serving, 2);
  });

  it("GPU rental bills every serving GPU for every hour at the dated catalog price", () => {
    // 4 H100 NVL × 3.07 + 2 L4 × 0.78 = 13.84 USD an hour; × 730.5 h = 10,110.12 USD a month. Doubling the H100
    // NVL price via the plan's override adds 4 × 3.07 × 730.5 = 8,970.54 USD a month.
    const dearer = byId(plan((p) => (p.costs.gpuRentalOverridesUsdPerHour = { "h100-nvl": 6.14 })));
    expect(dearer["gpu-rental"]!.monthlyUsd - b["gpu-rental"]!.monthlyUsd).toBeCloseTo(4 * 3.07 * 730.5, 1);
  });

  it("the plan selects the baselines and overrides their prices", () => {
    const only = evaluate(plan((p) => (p.costs.cloudBaselines = ["small-api"]))).cost.baselines;
    expect(only.map((x) => x.id)).toEqual(["small-api"]);
    const cheaper = byId(
      plan(
        (p) =>
          (p.costs.cloudPriceOverrides = {
            "openai-gpt-4o-mini": { inputUsdPerMTok: 0, outputUsdPerMTok: 0 },
          }),
      ),
    );
    expect(b["small-api"]!.monthlyUsd - cheaper["small-api"]!.monthlyUsd).toBeCloseTo(
      (d.monthlyInputTokens * 0.15 + d.monthlyOutputTokens * 0.6) / 1e6,
      0,
    );
  });

  it("leaves out what cannot apply: no API serves the Mac template's model; Macs are not rented", () => {
    const mac = evaluate(buildTemplate("mac-cluster")).cost.baselines.map((x) => x.id);
    expect(mac).toEqual(["premium-api", "small-api"]);
  });

  it("GPU rental rents the devices the purchase plan has in service each month, not month 0's all along", () => {
    // Mac-cluster template with its M3 Ultra rented at 2 USD an hour (plan override): 5 LLM Macs in month 0, the
    // purchase plan adds one in months 1, 13, 23 and 32 (users +20% a year). Rent(m) = Macs(m) × 2 × 730.5 =
    // 1,461 USD × Macs(m): 7,305 in month 0, 8,766 in months 1–12, 10,227 in 13–22, 11,688 in 23–31, 13,149 in 32–35.
    // Over 36 months: 5 + 12 × 6 + 10 × 7 + 9 × 8 + 4 × 9 = 255 Mac-months × 1,461 = 372,555 USD (month 0's 5 Macs
    // all along would be 180 × 1,461 = 262,980).
    const mac = buildTemplate("mac-cluster");
    const rented = buildTemplate("mac-cluster");
    rented.costs.gpuRentalOverridesUsdPerHour = { "m3-ultra": 2 };
    const r = evaluate(rented);
    expect(r.cost.purchasePlan.map((p) => [p.month, p.nodeId, p.replicasAfter])).toEqual([
      [1, "llm", 6],
      [13, "llm", 7],
      [23, "llm", 8],
      [32, "llm", 9],
    ]);
    const rent = gpuRentalUsdByMonth(rented, r.cost.purchasePlan);
    expect(rent).toHaveLength(36);
    for (const [m, usd] of [
      [0, 7305],
      [1, 8766],
      [12, 8766],
      [13, 10_227],
      [23, 11_688],
      [35, 13_149],
    ] as const)
      expect(rent[m], `month ${m}`).toBeCloseTo(usd, 6);
    expect(rent.reduce((s, x) => s + x, 0)).toBeCloseTo(372_555, 6);
    // The baseline is the plan's series with that rent in place of the Macs (not rented before the override).
    const before = evaluate(mac).cost.gpuRentalAlternative;
    const rental = byId(rented)["gpu-rental"]!;
    expect(rental.tcoUsd - before.tcoUsd).toBeCloseTo(372_555, 1);
    expect(rental.monthlyUsd - before.monthlyUsd).toBeCloseTo(7305, 1);
    expect(rental.tcoUsd).toBe(r.cost.gpuRentalAlternative.tcoUsd);
  });
});
