import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getHardware, getPrecision } from "../../catalog";
import { parsePlanOrThrow } from "../../plan/parse";
import type { PlanDocument } from "../../plan/plan-schema";
import { applyScenario } from "../../plan/scenarios";
import { asReferenceScenario, buildTemplate } from "../../templates";
import { evaluate } from "../evaluate";
import { advise, violations } from "./advise";
import { adviseResultSchema } from "./advise-schema";
import { enumerateCandidates, candidateModels } from "./candidates";
import { candidateNode } from "./size-candidate";

function llmPlan(
  users: number,
  extra: Partial<PlanDocument["constraints"]> = {},
  environment: "production" | "dev" = "production",
): PlanDocument {
  const base = buildTemplate("self-hosted", { users });
  return parsePlanOrThrow({
    ...base,
    metadata: { ...base.metadata, environment },
    constraints: { ...base.constraints, allowedHardwareFamilies: ["nvidia"], ...extra },
  });
}

describe("sizing advisor", () => {
  it("answers the contract: recommended and options[] with id, description, deployment, meetsSlo, monthlyCostUsd, tcoUsd, headroom, findings", () => {
    const r = advise(buildTemplate("enterprise"));
    expect(adviseResultSchema.safeParse(r).success).toBe(true);
    expect(r.recommended).not.toBeNull();
    for (const o of r.options)
      expect(Object.keys(o)).toEqual(
        expect.arrayContaining([
          "id",
          "description",
          "deployment",
          "meetsSlo",
          "monthlyCostUsd",
          "tcoUsd",
          "headroom",
          "findings",
        ]),
      );
    expect(r.recommended!.reasons[0]).toMatch(/Cheapest/);
    expect(r.cloudAlternative?.tcoUsd).toBeGreaterThan(0);
  });

  it("the recommendation, applied, meets the SLOs with no error finding", () => {
    const plan = buildTemplate("enterprise");
    const rec = advise(plan).recommended!;
    const report = evaluate(applyScenario(plan, { nodes: rec.deployment.nodes }));
    expect(report.serving.every((s) => s.meetsSlo)).toBe(true);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  const H100_SKUS = ["h100-sxm", "h100-nvl", "h100-pcie"];
  it.each([
    [500, 2, 2, "100–500 users: 2×H100"],
    [2000, 4, 4, "500–2,000 users: 4×H100 (2 servers)"],
    // Replicas sized by the rate-based operating point with vLLM fitted on real runs (issue 11): below the spec's
    // counts, which came from a model ~1.5× too slow.
    [5000, 6, 8, "2,000–5,000 users: 8×H100 — the engine needs 6 at the band's top with 20% headroom"],
    [10_000, 10, 16, "5,000–10,000 users: 12–16×H100 — the engine needs 10 with 20% headroom"],
  ])("spec band at %i users → the cheapest H100 option uses %i–%i GPUs (%s)", (users, low, high) => {
    // The spec's bands size without N+1 across servers: compare at 99.5% availability.
    const plan = llmPlan(users, { allowedModels: ["llama-3.3-70b"] });
    plan.slos.availabilityPct = 99.5;
    const r = advise(plan);
    const h100 = r.options
      // Any H100 SKU: SXM on 4/8-GPU HGX boards, or the NVL/PCIe cards of 2-GPU servers (the spec's "2×H100").
      .filter((o) => o.meetsSlo && H100_SKUS.includes(o.deployment.llm.hardware ?? ""))
      .sort((a, b) => a.monthlyCostUsd - b.monthlyCostUsd)[0];
    expect(h100, "an H100 option").toBeDefined();
    expect(h100!.deployment.llm.gpus).toBeGreaterThanOrEqual(low);
    expect(h100!.deployment.llm.gpus).toBeLessThanOrEqual(high);
    expect(r.recommended!.monthlyCostUsd).toBeLessThanOrEqual(h100!.monthlyCostUsd);
  });

  it("[gap] at 10,000 users 8 H200s (more KV room per GPU) or a B200 system undercut the spec's 12–16 H100s", () => {
    const plan = llmPlan(10_000, { allowedModels: ["llama-3.3-70b"] });
    plan.slos.availabilityPct = 99.5;
    const rec = advise(plan).recommended!;
    expect(["h200-sxm", "b200"]).toContain(rec.deployment.llm.hardware);
    expect(rec.deployment.llm.gpus).toBeLessThanOrEqual(8);
  });

  it("finds the cheapest feasible option a brute-force search finds (small case)", () => {
    const plan = llmPlan(200, { allowedModels: ["llama-3.1-8b"] }, "dev");
    const r = advise(plan);
    const rec = r.recommended!;
    const embeddings = rec.deployment.nodes.filter((n) => n.kind !== "llm");
    let best = Infinity;
    for (const c of enumerateCandidates(plan, candidateModels(plan, "llm"), "llm")) {
      for (let replicas = 1; replicas <= 6; replicas++) {
        const applied = applyScenario(plan, {
          nodes: [{ ...candidateNode(c, "llm", replicas), id: "llm" }, ...embeddings],
        });
        const report = evaluate(applied);
        const llm = report.serving.find((s) => s.purpose === "llm")!;
        if (
          !report.serving.every((s) => s.meetsSlo) ||
          report.findings.some((f) => f.severity === "error") ||
          (llm.utilisation ?? 9) > 0.8
        )
          continue;
        const month = report.cost.monthly[0]!;
        best = Math.min(
          best,
          month.opexUsd + month.cloudUsd + report.cost.capexUsd / plan.costs.amortisationMonths,
        );
        // More replicas never cost less: the first feasible count is this candidate's cheapest.
        break;
      }
    }
    expect(best).toBeLessThan(Infinity);
    expect(rec.monthlyCostUsd).toBeLessThanOrEqual(best + 0.01);
  });

  it("never recommends what a constraint forbids", () => {
    const constraints = fc.record({
      maxMonthlyUsd: fc.option(fc.integer({ min: 2000, max: 40_000 }), { nil: undefined }),
      capexCapUsd: fc.option(fc.integer({ min: 50_000, max: 800_000 }), { nil: undefined }),
      maxPowerW: fc.option(fc.integer({ min: 3000, max: 30_000 }), { nil: undefined }),
      maxRackUnits: fc.option(fc.integer({ min: 6, max: 40 }), { nil: undefined }),
      precisionFloor: fc.option(fc.constantFrom("fp8", "bf16", "int4"), { nil: undefined }),
      dataOnPremises: fc.boolean(),
    });
    fc.assert(
      fc.property(constraints, fc.integer({ min: 100, max: 4000 }), (c, users) => {
        const clean = Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined));
        const plan = llmPlan(users, clean);
        const rec = advise(plan).recommended;
        if (!rec) return;
        expect(violations(plan, rec)).toEqual([]);
        if (c.precisionFloor && rec.deployment.llm.precision) {
          expect(getPrecision(rec.deployment.llm.precision)!.bitsPerWeight).toBeGreaterThanOrEqual(
            getPrecision(c.precisionFloor)!.bitsPerWeight,
          );
        }
        if (c.dataOnPremises) expect(rec.dataLeavesPremises).toBe(false);
        expect(rec.meetsSlo).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it("keeps to allowed hardware families, models and minimum size", () => {
    const plan = buildTemplate("mac-cluster");
    plan.slos = { ...plan.slos, minTokensPerSecondPerUser: 8, maxTtftMs: 30_000 };
    const r = advise(plan);
    for (const o of r.options.filter((x) => x.deployment.kind === "self-hosted"))
      expect(getHardware(o.deployment.llm.hardware!)!.family).toBe("apple");
    const big = advise(llmPlan(500, { minModelParamsB: 100 }));
    for (const o of big.options.filter((x) => x.deployment.kind === "self-hosted"))
      expect([
        "llama-3.1-405b",
        "mixtral-8x22b",
        "deepseek-v3",
        "deepseek-r1",
        "dbrx",
        "gpt-oss-120b",
      ]).toContain(o.deployment.llm.model);
  });

  it("says so when nothing meets the SLOs, showing the closest options", () => {
    // The Mac cluster as the reference quotes it: Llama 3.3 70B on Macs cannot meet 20 tok/s and a 2 s first token.
    const r = advise(asReferenceScenario(buildTemplate("mac-cluster"), "mac-cluster"));
    expect(r.recommended).toBeNull();
    expect(r.notes.join(" ")).toMatch(/No option meets/);
    expect(r.options.length).toBeGreaterThan(0);
    const selfHosted = r.options.filter((o) => o.deployment.kind === "self-hosted");
    expect(selfHosted.length).toBeGreaterThan(0);
    expect(selfHosted.every((o) => !o.meetsSlo)).toBe(true);
    // The cloud models are listed, excluded because the plan keeps data on premises.
    for (const o of r.options.filter((x) => x.deployment.kind === "cloud"))
      expect(o.excludedBecause.map((e) => e.code)).toContain("data-leaves-premises");
  });
});
