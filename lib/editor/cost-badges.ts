import { nodeMonthlyCostsUsd, type NodeCostsUsd } from "../engine/node-costs";
import type { Report } from "../engine/report-schema";
import type { PlanDocument } from "../plan/plan-schema";

/**
 * The canvas's per-node monthly cost badges: whether they show (remembered per browser) and each node's figure —
 * the engine's allocation of the plan's amortised monthly cost (lib/engine/node-costs.ts), computed once per report.
 */
export const COST_BADGES_STORAGE_KEY = "stackplan.costBadges";

/** The remembered choice: on only for the exact stored "1" (anything else, or nothing, is off). */
export const parseStoredCostBadges = (raw: string | null): boolean => raw === "1";

/** Remembers the choice (best effort: storage may be disabled or absent, e.g. on the server). */
export function rememberCostBadges(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(COST_BADGES_STORAGE_KEY, on ? "1" : "0");
  } catch {
    // Storage disabled: remembered for this session only.
  }
}

/** The remembered choice, false when storage is absent or disabled. */
export function recallCostBadges(): boolean {
  try {
    return parseStoredCostBadges(globalThis.localStorage?.getItem(COST_BADGES_STORAGE_KEY) ?? null);
  } catch {
    return false;
  }
}

const cache = new WeakMap<Report, NodeCostsUsd>();

/**
 * A node's monthly cost (amortised), USD, from the store's report of `doc` — undefined while there is no report or
 * the node has none. The allocation runs once per report (cached), whichever node asks first.
 */
export function nodeCostUsd(
  state: { reportFor: PlanDocument | null; report: Report | null },
  nodeId: string,
): number | undefined {
  const report = state.report;
  // The report's own document: while an edit is being evaluated, the figures stay those of the last report.
  if (!report || !state.reportFor) return undefined;
  let costs = cache.get(report);
  if (!costs) {
    costs = nodeMonthlyCostsUsd(state.reportFor, report);
    cache.set(report, costs);
  }
  return costs[nodeId];
}
