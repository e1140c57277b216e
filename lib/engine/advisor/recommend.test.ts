import { describe, expect, it } from "vitest";
import { parsePlanOrThrow } from "../../plan/parse";
import type { PlanDocument } from "../../plan/plan-schema";
import { buildTemplate } from "../../templates";
import { advise } from "./advise";
import type { AdviseOption } from "./advise-schema";
import { costOf } from "./recommend";

/** The self-hosted template (Llama 3.3 70B) at 300 users with its constraints replaced by `constraints`. */
function plan300(constraints: Partial<PlanDocument["constraints"]>): PlanDocument {
  const base = buildTemplate("self-hosted", { users: 300 });
  return parsePlanOrThrow({
    ...base,
    constraints: { allowedHardwareFamilies: ["nvidia", "apple"], dataOnPremises: false, ...constraints },
  });
}

const eligible = (o: AdviseOption) => o.meetsSlo && o.meetsConstraints && o.excludedBecause.length === 0;
const codes = (o: AdviseOption) => o.excludedBecause.map((e) => e.code);

describe("advisor recommendation and eligibility", () => {
  const open = advise(plan300({}));

  it("a cheaper cloud option wins when no constraint excludes it", () => {
    const rec = open.recommended!;
    expect(rec.deployment.kind).toBe("cloud");
    expect(eligible(rec)).toBe(true);
    const cheapestSelfHosted = open.options
      .filter((o) => o.deployment.kind === "self-hosted" && eligible(o))
      .sort((a, b) => a.monthlyCostUsd - b.monthlyCostUsd)[0]!;
    expect(rec.monthlyCostUsd).toBeLessThan(cheapestSelfHosted.monthlyCostUsd);
    // Nothing eligible is cheaper; the recommendation is on the Pareto front.
    for (const o of open.options.filter(eligible))
      expect(o.monthlyCostUsd).toBeGreaterThanOrEqual(rec.monthlyCostUsd);
    expect(rec.paretoOptimal).toBe(true);
  });

  it("only eligible options are Pareto-optimal, and none of them is dominated", () => {
    for (const o of open.options.filter((x) => !eligible(x))) expect(o.paretoOptimal).toBe(false);
    const front = open.options.filter((o) => o.paretoOptimal);
    for (const a of front)
      for (const b of open.options.filter(eligible))
        if (b !== a)
          expect(
            b.monthlyCostUsd < a.monthlyCostUsd &&
              (b.headroom ?? Infinity) >= (a.headroom ?? Infinity) &&
              b.ttftMs + 400_000 / b.decodeTokensPerSecondPerStream <=
                a.ttftMs + 400_000 / a.decodeTokensPerSecondPerStream,
          ).toBe(false);
  });

  it("data on premises excludes every cloud option, with the reason", () => {
    const r = advise(plan300({ dataOnPremises: true }));
    const cloud = r.options.filter((o) => o.deployment.kind === "cloud");
    expect(cloud.length).toBeGreaterThan(0);
    for (const o of cloud) {
      expect(o.meetsConstraints).toBe(false);
      expect(codes(o)).toContain("data-leaves-premises");
      expect(o.excludedBecause.find((e) => e.code === "data-leaves-premises")!.reason).toMatch(/on premises/);
    }
    expect(r.recommended!.deployment.kind).toBe("self-hosted");
    expect(r.recommended!.deployment.llm.model).toBe("llama-3.3-70b");
  });

  it("the same-model policy excludes other models; same-class keeps those of the plan's class or better", () => {
    const same = advise(plan300({ modelSwap: "same-model" }));
    expect(same.modelSwap).toBe("same-model");
    const cloud = same.options.filter((x) => x.deployment.kind === "cloud");
    // The cloud options are the plan's baselines: premium, small and the hosted API of its own model.
    expect(cloud.map((o) => o.deployment.llm.model).sort()).toEqual([
      "deepinfra-llama-3.3-70b",
      "openai-gpt-4.1",
      "openai-gpt-4o-mini",
    ]);
    for (const o of cloud.filter((x) => !x.deployment.llm.model.includes("llama")))
      expect(codes(o)).toContain("model-swap");
    // The hosted Llama 3.3 70B is the same model: not a swap (it is cheaper at 300 users, and recommended).
    const hosted = cloud.find((o) => o.deployment.llm.model === "deepinfra-llama-3.3-70b")!;
    expect(codes(hosted)).not.toContain("model-swap");
    expect(same.recommended!.deployment.llm.model).toBe("deepinfra-llama-3.3-70b");
    const cls = advise(plan300({ modelSwap: "same-class" }));
    const byModel = (m: string) => cls.options.find((o) => o.deployment.llm.model === m)!;
    expect(codes(byModel("openai-gpt-4o-mini"))).toContain("model-swap"); // small < large (70 B)
    expect(codes(byModel("deepinfra-llama-3.3-70b"))).not.toContain("model-swap"); // large
    expect(codes(byModel("openai-gpt-4.1"))).not.toContain("model-swap"); // frontier
  });

  it("an allowed-models list naming the plan's LLM excludes the other cloud models, not its hosted API", () => {
    const r = advise(plan300({ allowedModels: ["llama-3.3-70b"] }));
    for (const o of r.options.filter((x) => x.deployment.kind === "cloud"))
      expect(codes(o).includes("model-not-allowed")).toBe(!o.deployment.llm.model.includes("llama"));
  });

  it("the cloud options follow the plan's selected baselines", () => {
    const p = plan300({});
    p.costs.cloudBaselines = ["small-api"];
    const cloud = advise(p).options.filter((o) => o.deployment.kind === "cloud");
    expect(cloud.map((o) => o.deployment.llm.model)).toEqual(["openai-gpt-4o-mini"]);
  });

  it("ranks by the TCO over the horizon when the plan asks for it", () => {
    const r = advise(plan300({ costBasis: "horizon", dataOnPremises: true }));
    expect(r.costBasis).toBe("horizon");
    const best = Math.min(...r.options.filter(eligible).map((o) => costOf(o, "horizon")));
    expect(r.recommended!.tcoUsd).toBe(best);
    expect(r.recommended!.reasons[0]).toMatch(/TCO over 36 months/);
  });

  it("a budget below every option leaves no recommendation and says which constraint", () => {
    const r = advise(plan300({ maxMonthlyUsd: 100 }));
    expect(r.recommended).toBeNull();
    for (const o of r.options) expect(codes(o)).toContain("monthly-budget");
  });
});
