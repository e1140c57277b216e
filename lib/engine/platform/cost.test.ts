import { describe, expect, it } from "vitest";
import { buildTemplate, TEMPLATE_IDS } from "../../templates";
import { evaluate } from "../evaluate";

describe("cost and TCO", () => {
  it.each(TEMPLATE_IDS)("%s: every total is the sum of its parts", (id) => {
    const c = evaluate(buildTemplate(id)).cost;
    let cumulative = 0;
    for (const m of c.monthly) {
      expect(m.totalUsd).toBeCloseTo(m.capexUsd + m.opexUsd + m.cloudUsd, 1);
      expect(Object.values(m.byCategory).reduce((a, b) => a + b, 0)).toBeCloseTo(m.totalUsd, 0);
      cumulative += m.totalUsd;
      expect(m.cumulativeUsd).toBeCloseTo(cumulative, 0);
    }
    expect(c.tcoUsd).toBeCloseTo(cumulative, 0);
    expect(c.monthly).toHaveLength(36);
    expect(c.capexUsd).toBeCloseTo(
      c.lines.reduce((s, l) => s + l.capexUsd, 0),
      0,
    );
  });

  it("reference §3: a cloud LLM for 1,000 users costs $5k–15k a month (GPT-4.1 at the default workload: ~$9k)", () => {
    const plan = buildTemplate("cloud-llm");
    const r = evaluate(plan);
    const llm = r.cost.monthly[0]!.byCategory["cloud LLM"]!;
    expect(llm).toBeGreaterThan(5000);
    expect(llm).toBeLessThan(15_000);
    // by hand: 1,008,000 requests × (3,000 × $2 + 400 × $8) per million tokens
    expect(llm).toBeCloseTo((1_008_000 * (3000 * 2 + 400 * 8)) / 1e6, -1);
  });

  it("[gap] reference §3 quotes embeddings at $0.5k–2k a month: at $0.13 per million tokens that is 4–15 B tokens, several re-indexings of the corpus a month — the default workload costs under $100", () => {
    const r = evaluate(buildTemplate("cloud-llm"));
    const embeddings = r.cost.monthly[0]!.byCategory["cloud embeddings"]!;
    expect(embeddings).toBeLessThan(500);
    expect((r.demand.monthlyEmbeddingTokens * 0.13) / 1e6).toBeCloseTo(embeddings, 0);
  });

  it("hardware is bought in month 0; later months carry no CAPEX; power, hosting and support are monthly", () => {
    const c = evaluate(buildTemplate("self-hosted")).cost;
    expect(c.monthly[0]!.capexUsd).toBeGreaterThan(100_000);
    expect(c.monthly.slice(1).every((m) => m.capexUsd === 0)).toBe(true);
    expect(c.monthly[1]!.byCategory.power).toBeGreaterThan(0);
    expect(c.monthly[1]!.byCategory.support).toBeCloseTo((c.capexUsd * 0.1) / 12, 0);
  });

  it("cost per million tokens and per thousand requests divide the TCO by the horizon's volumes", () => {
    const r = evaluate(buildTemplate("self-hosted"));
    expect(r.cost.perMillionTokensUsd).toBeGreaterThan(0);
    expect(r.cost.perThousandRequestsUsd).toBeGreaterThan(r.cost.perMillionTokensUsd);
  });

  it("compares with the all-cloud and GPU-rental alternatives and finds the break-even month", () => {
    const c = evaluate(buildTemplate("enterprise")).cost;
    expect(c.cloudAlternative.tcoUsd).toBeGreaterThan(0);
    expect(c.cloudAlternative.breakEvenMonth === null || c.cloudAlternative.breakEvenMonth >= 0).toBe(true);
    // Renting the same GPUs is priced (~$2.5/GPU-hour); with vLLM calibrated on real runs the enterprise template needs
    // 6 H100s, not 8, and buying them no longer pays back within the horizon (issue 11).
    expect(c.gpuRentalAlternative.tcoUsd).toBeGreaterThan(0);
    expect(c.gpuRentalAlternative.breakEvenMonth === null || c.gpuRentalAlternative.breakEvenMonth >= 0).toBe(
      true,
    );
  });

  it("a plan price override replaces the catalog list price", () => {
    const plan = buildTemplate("self-hosted");
    const before = evaluate(plan).cost.capexUsd;
    plan.costs.hardwarePriceOverridesUsd["gpu-server-2x-h100-nvl"] = 1;
    expect(evaluate(plan).cost.capexUsd).toBeLessThan(before - 100_000);
  });

  it("a price saved under a retired product id still applies to the SKU that replaced it", () => {
    const plan = buildTemplate("self-hosted");
    plan.costs.hardwarePriceOverridesUsd["gpu-server-2x-h100-nvl"] = 1;
    const current = evaluate(plan).cost.capexUsd;
    delete plan.costs.hardwarePriceOverridesUsd["gpu-server-2x-h100-nvl"];
    plan.costs.hardwarePriceOverridesUsd["gpu-server-2x-h100"] = 1;
    expect(evaluate(plan).cost.capexUsd).toBe(current);
  });
});
