import type { CostChange } from "../../api/version-schemas";
import { evaluate } from "../../engine/evaluate";
import { monthlyRunCostUsd } from "../../engine/headline";
import type { PlanDocument } from "../../plan/plan-schema";

/**
 * The monthly cost a version changed (the history's "cost change of that version"): the engine's monthly run cost
 * (lib/engine/headline.ts, the one definition every screen shows) of the older and the newer document, USD, and the
 * money the newer document displays it in. Both amounts use the newer document's currency and rate, so a change of
 * exchange rate alone is not shown as a change of cost.
 */
export type { CostChange };

/** Two evaluations, in a worker thread like every evaluation. */
export function costChangeJob(input: { before: PlanDocument; after: PlanDocument }): CostChange {
  return {
    fromMonthlyRunCostUsd: monthlyRunCostUsd(evaluate(input.before)),
    toMonthlyRunCostUsd: monthlyRunCostUsd(evaluate(input.after)),
    currency: input.after.metadata.currency,
    usdToCurrencyRate: input.after.metadata.usdToCurrencyRate,
  };
}
