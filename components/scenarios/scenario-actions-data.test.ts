import { describe, expect, it } from "vitest";
import { specScenarios } from "@/lib/templates/reference-scenarios";
import { scenarioFromCurrent } from "@/lib/plan/scenarios";
import { buildTemplate } from "@/lib/templates";
import {
  MAX_SCENARIOS,
  scenarioNameError,
  specScenariosMessage,
  specScenariosToAdd,
} from "./scenario-actions-data";

const plan = buildTemplate("enterprise");
const spec = specScenarios(plan);

describe("specScenariosToAdd", () => {
  it("adds the four reference scenarios once", () => {
    const first = specScenariosToAdd(plan, spec);
    expect(first.add.map((s) => s.kind)).toEqual(["cloud", "self-hosted", "hybrid", "mac-cluster"]);
    expect(specScenariosMessage(first)).toMatch(/^Added 4 reference scenarios: 1 — Cloud, /);
    const again = specScenariosToAdd({ scenarios: spec }, specScenarios({ ...plan, scenarios: spec }));
    expect(again.add).toEqual([]);
    expect(again.skipped).toHaveLength(4);
    expect(specScenariosMessage(again)).toMatch(/^Already in the plan: /);
  });

  it("never goes above the plan's scenario limit", () => {
    const full = Array.from({ length: MAX_SCENARIOS - 1 }, (_, i) => ({
      ...spec[0]!,
      id: `s${i}`,
      name: `S ${i}`,
    }));
    const r = specScenariosToAdd({ scenarios: full }, spec);
    expect(r.add).toHaveLength(1);
    expect(r.overCap).toHaveLength(3);
    expect(specScenariosMessage(r)).toMatch(/a plan holds at most 20 scenarios/);
  });
});

describe("scenarioNameError", () => {
  it("accepts a new name and explains what is wrong otherwise", () => {
    const withOne = { scenarios: [scenarioFromCurrent(plan, "Today")] };
    expect(scenarioNameError(withOne, "Tomorrow")).toBeNull();
    expect(scenarioNameError(withOne, "  ")).toMatch(/Give the scenario a name/);
    expect(scenarioNameError(withOne, " today ")).toMatch(/already called “today”/);
    expect(scenarioNameError(withOne, "x".repeat(81))).toMatch(/at most 80 characters \(this one has 81\)/);
  });

  it("explains in French with French typography", () => {
    const withOne = { scenarios: [scenarioFromCurrent(plan, "Today")] };
    expect(scenarioNameError(withOne, " today ", "fr")).toBe(
      "Un scénario s’appelle déjà «\u00a0today\u00a0»\u00a0: choisissez un autre nom pour que la comparaison les distingue.",
    );
    expect(specScenariosMessage(specScenariosToAdd(plan, spec), "fr")).toMatch(
      /^4 scénarios de référence ajoutés\u00a0: 1 — Cloud, /,
    );
  });
});
