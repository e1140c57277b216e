/**
 * Runs one engine request: the code the worker (or the main-thread fallback) executes. Imports the engine — load
 * it only inside the worker or lazily (`import()`), never statically from a component.
 */
import { advise } from "../../engine/advisor";
import { specScenarios } from "../../templates/reference-scenarios";
import { compareScenarios, sensitivity } from "../../engine/compare";
import type { Scenario } from "../../plan/plan-schema";
import type {
  EngineRequest,
  EngineRequestOf,
  EngineResultOf,
  EngineTaskKind,
  SensitivityResult,
} from "./protocol";

export function runEngineTask<K extends EngineTaskKind>(request: EngineRequestOf<K>): EngineResultOf<K>;
export function runEngineTask(request: EngineRequest): unknown;
export function runEngineTask(request: EngineRequest): unknown {
  switch (request.kind) {
    case "advise":
      return advise(request.plan);
    case "compare":
      return compareScenarios(request.plan, request.scenarios ?? request.plan.scenarios);
    case "spec-scenarios":
      return specScenarios(request.plan);
    case "sensitivity":
      return sensitivityWithBase(request);
  }
}

/**
 * `sensitivity()` plus its factor-1 base, taken from `compareScenarios` so the base and the ±25/50% points use the
 * same measure (month-1 OPEX + cloud, headroom at peak).
 */
function sensitivityWithBase({ plan, scenario }: EngineRequestOf<"sensitivity">): SensitivityResult {
  const compared: Scenario[] = scenario ? [{ description: "", createdBy: "user", ...scenario }] : [];
  const rows = compareScenarios(plan, compared).rows;
  const row = rows[rows.length - 1]!;
  return {
    scenarioId: scenario?.id ?? null,
    base: { monthlyCostUsd: row.monthlyCostUsd, headroom: row.headroom, meetsSlo: row.meetsSlo },
    points: sensitivity(plan, scenario),
  };
}
