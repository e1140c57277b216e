/**
 * The message protocol between the page and the advisor worker (`advisor.worker.ts`). Type-only imports of the
 * engine: this module is safe to load on the main thread without pulling the engine into the page's bundle.
 */
import type { AdviseResult } from "../../engine/advisor";
import type { Comparison, SensitivityPoint } from "../../engine/compare";
import type { PlanDocument, Scenario } from "../../plan/plan-schema";

/** The base (factor 1) of a sensitivity analysis: the scenario's own figures with the plan as it is. */
export interface SensitivityBase {
  /** Monthly run cost (OPEX + cloud APIs, month N = report cost.runCostMonth), USD — the same measure as the sensitivity points. */
  monthlyCostUsd: number;
  /** LLM capacity at the SLOs / peak demand − 1; null for elastic cloud. */
  headroom: number | null;
  meetsSlo: boolean;
}

/** `sensitivity(plan, scenario)` with its base point. */
export interface SensitivityResult {
  /** Id of the analysed scenario (null: the plan's own design). */
  scenarioId: string | null;
  base: SensitivityBase;
  points: SensitivityPoint[];
}

/** What the engine can be asked to compute off the main thread. */
export type EngineRequest =
  | { kind: "advise"; plan: PlanDocument }
  | { kind: "compare"; plan: PlanDocument; scenarios?: Scenario[] }
  | {
      kind: "sensitivity";
      plan: PlanDocument;
      /** The scenario to analyse; omitted: the current design. */
      scenario?: Pick<Scenario, "id" | "name" | "kind" | "nodes">;
    }
  | { kind: "spec-scenarios"; plan: PlanDocument };

export type EngineTaskKind = EngineRequest["kind"];

/** The result type of each request kind. */
export interface EngineResults {
  advise: AdviseResult;
  compare: Comparison;
  sensitivity: SensitivityResult;
  "spec-scenarios": Scenario[];
}

export type EngineRequestOf<K extends EngineTaskKind> = Extract<EngineRequest, { kind: K }>;
export type EngineResultOf<K extends EngineTaskKind> = EngineResults[K];

/**
 * A call to the worker. Calls sharing a `channel` supersede each other: only the newest one still waiting is
 * computed, older waiting ones are answered `superseded` (the one being computed runs to completion — the engine
 * is synchronous — and its answer is discarded by the caller's request id).
 */
export interface EngineCall {
  type: "call";
  id: number;
  channel: string;
  request: EngineRequest;
}

/** Drops the channel's waiting call, if any (a hook unmounted or was disabled). */
export interface EngineCancel {
  type: "cancel";
  channel: string;
}

export type ToWorker = EngineCall | EngineCancel;

export type FromWorker =
  | { id: number; status: "ok"; result: unknown }
  | { id: number; status: "error"; error: string }
  | { id: number; status: "superseded" };
