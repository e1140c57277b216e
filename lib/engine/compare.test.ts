import { describe, expect, it } from "vitest";
import { applyScenario, scenarioFromCurrent } from "../plan/scenarios";
import { buildTemplate } from "../templates";
import { specScenarios } from "../templates/reference-scenarios";
import { breakEvens, compareScenarios, sensitivity, SENSITIVITY_FACTORS } from "./compare";
import { evaluate } from "./evaluate";

describe("scenarios and comparison", () => {
  const plan = buildTemplate("enterprise");
  const scenarios = specScenarios(plan);

  it("builds the reference's four scenarios sized for the plan", () => {
    expect(scenarios.map((s) => s.kind)).toEqual(["cloud", "self-hosted", "hybrid", "mac-cluster"]);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(4);
    expect(scenarios[0]!.nodes.every((n) => n.kind === "cloud-llm")).toBe(true);
    expect(scenarios[2]!.nodes.find((n) => n.kind === "cloud-llm")!.cloud!.role).toBe("fallback");
  });

  it("applying a scenario swaps the AI nodes and rewires the reference flows", () => {
    const applied = applyScenario(plan, scenarios[0]!);
    expect(applied.nodes.filter((n) => n.kind === "llm" || n.kind === "embeddings")).toHaveLength(0);
    expect(applied.edges.some((e) => e.source === "api" && e.target === "cloud-llm")).toBe(true);
    expect(applied.edges.some((e) => e.source === "odin" && e.target === "cloud-embeddings")).toBe(true);
    expect(applied.edges.some((e) => e.target === "llm")).toBe(false);
    expect(evaluate(applied).findings.filter((f) => f.code === "missing-flow")).toEqual([]);
  });

  it("a scenario captured from the current design applies back to the same plan", () => {
    const s = scenarioFromCurrent(plan, "Baseline");
    expect(
      JSON.stringify(
        applyScenario(plan, s)
          .nodes.map((n) => n.id)
          .sort(),
      ),
    ).toBe(JSON.stringify(plan.nodes.map((n) => n.id).sort()));
  });

  it("compares cost, capacity, latency, power, compliance and risks side by side", () => {
    const cmp = compareScenarios(plan, scenarios);
    expect(cmp.rows.map((r) => r.name)).toEqual(["Current design", ...scenarios.map((s) => s.name)]);
    const cloud = cmp.rows.find((r) => r.kind === "cloud")!;
    const mac = cmp.rows.find((r) => r.kind === "mac-cluster")!;
    expect(cloud.dataLeavesPremises).toBe(true);
    expect(cloud.gpus).toBe(0);
    expect(mac.risks.some((r) => r.code.startsWith("macos"))).toBe(true);
    for (const r of cmp.rows) expect(r.cumulativeUsd).toHaveLength(plan.workload.horizonMonths);
  });

  it("break-even: the first month the dearer-up-front scenario is cumulatively no dearer", () => {
    const rows = [
      { scenarioId: "a", cumulativeUsd: [100, 110, 120, 130] },
      { scenarioId: "b", cumulativeUsd: [10, 50, 100, 150] },
    ] as Parameters<typeof breakEvens>[0];
    expect(breakEvens(rows)).toEqual([{ a: "a", b: "b", month: 3 }]);
  });

  it("sensitivity moves cost with users, tokens and prices by ±25% and ±50%", () => {
    const points = sensitivity(plan, scenarios[1]);
    expect(points).toHaveLength(3 * SENSITIVITY_FACTORS.length);
    const prices = points.filter((p) => p.driver === "prices");
    expect(prices[0]!.monthlyCostUsd).toBeLessThan(prices.at(-1)!.monthlyCostUsd);
    const users = points.filter((p) => p.driver === "users");
    expect(users[0]!.headroom!).toBeGreaterThan(users.at(-1)!.headroom!);
  });
});
