"use client";

import { useMemo } from "react";
import type { AdviseResult } from "../../engine/advisor";
import type { Comparison } from "../../engine/compare";
import type { PlanDocument, Scenario } from "../../plan/plan-schema";
import { getEngineClient } from "./engine-client";
import { planSignature } from "./plan-signature";
import type { SensitivityResult } from "./protocol";
import { useEngineTask, type EngineTaskOptions, type EngineTaskState } from "./use-engine-task";

export type AdvisorOptions = Pick<EngineTaskOptions, "enabled" | "debounceMs" | "slowAfterMs" | "client">;

/**
 * `advise(plan)` in the advisor worker, re-run 300 ms after the last change of anything the advisor reads (moving
 * nodes on the canvas does not count). `enabled: false` stops the automatic runs (`run()` still works), e.g. while
 * the advisor panel is collapsed.
 */
export function useAdvisor(plan: PlanDocument, options: AdvisorOptions = {}): EngineTaskState<AdviseResult> {
  const signature = useMemo(() => planSignature(plan), [plan]);
  return useEngineTask({ kind: "advise", plan }, signature, options);
}

/**
 * `compareScenarios(plan)` (current design + every scenario of the plan) in the advisor worker, debounced like
 * `useAdvisor`.
 */
export function useScenarioComparison(
  plan: PlanDocument,
  options: AdvisorOptions = {},
): EngineTaskState<Comparison> {
  const signature = useMemo(() => planSignature(plan), [plan]);
  return useEngineTask({ kind: "compare", plan }, signature, options);
}

/**
 * `sensitivity(plan, scenario)` with its factor-1 base, in the advisor worker. `scenarioId`: a scenario of the plan,
 * or `null` for the plan's own design; an id the plan does not hold computes nothing.
 */
export function useSensitivity(
  plan: PlanDocument,
  scenarioId: string | null,
  options: AdvisorOptions = {},
): EngineTaskState<SensitivityResult> {
  const signature = useMemo(() => `${scenarioId ?? ""}\n${planSignature(plan)}`, [plan, scenarioId]);
  const scenario = plan.scenarios.find((s) => s.id === scenarioId);
  const request =
    scenarioId === null
      ? { kind: "sensitivity" as const, plan }
      : scenario
        ? { kind: "sensitivity" as const, plan, scenario }
        : null;
  return useEngineTask(request, signature, options);
}

/** The reference's four scenarios sized for the plan (`specScenarios(plan)`), computed in the advisor worker. */
export function requestSpecScenarios(plan: PlanDocument): Promise<Scenario[]> {
  return getEngineClient().run({ kind: "spec-scenarios", plan });
}
