import { describe, expect, it } from "vitest";
import { specScenarios } from "../../templates/reference-scenarios";
import { compareScenarios } from "../../engine/compare";
import { buildTemplate } from "../../templates";
import { runEngineTask } from "./engine-tasks";
import { planSignature } from "./plan-signature";

const plan = buildTemplate("enterprise");

describe("runEngineTask", () => {
  it("gives sensitivity a factor-1 base equal to the scenario's comparison row", () => {
    const scenario = specScenarios(plan)[1]!;
    const result = runEngineTask({ kind: "sensitivity", plan, scenario });
    const row = compareScenarios(plan, [scenario]).rows[1]!;
    expect(result.scenarioId).toBe(scenario.id);
    expect(result.base).toEqual({
      monthlyCostUsd: row.monthlyCostUsd,
      headroom: row.headroom,
      meetsSlo: row.meetsSlo,
    });
    expect(new Set(result.points.map((p) => p.driver))).toEqual(new Set(["users", "tokens", "prices"]));
  });

  it("compares the plan's own scenarios unless given others", () => {
    const withScenarios = { ...plan, scenarios: specScenarios(plan).slice(0, 2) };
    expect(runEngineTask({ kind: "compare", plan: withScenarios }).rows).toHaveLength(3);
    expect(runEngineTask({ kind: "compare", plan: withScenarios, scenarios: [] }).rows).toHaveLength(1);
  });
});

describe("planSignature", () => {
  it("ignores canvas moves and zone resizes but not workload edits", () => {
    const base = planSignature(plan);
    const moved = {
      ...plan,
      nodes: plan.nodes.map((n) => ({ ...n, position: { x: n.position.x + 40, y: n.position.y } })),
      zones: plan.zones.map((z) => ({ ...z, size: { width: z.size.width + 10, height: z.size.height } })),
    };
    expect(planSignature(moved)).toBe(base);
    const edited = { ...plan, workload: { ...plan.workload, users: plan.workload.users + 1 } };
    expect(planSignature(edited)).not.toBe(base);
  });
});
