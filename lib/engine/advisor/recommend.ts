import { getCloudModel, getModel } from "../../catalog";
import type { PlanDocument } from "../../plan/plan-schema";
import type { AdviseOption } from "./advise-schema";
import { constraintExclusions, exclusions } from "./eligibility";
import { withReasons, type OptionReason } from "./reasons";

export type CostBasis = NonNullable<PlanDocument["constraints"]["costBasis"]>;

/** An option's cost on the chosen basis: monthly (CAPEX amortised) or the TCO over the horizon, USD. */
export const costOf = (o: AdviseOption, basis: CostBasis): number =>
  basis === "horizon" ? o.tcoUsd : o.monthlyCostUsd;

/** The name people read for a served or cloud model id (the id itself when the catalog does not know it). */
const modelName = (id: string) => getModel(id)?.name ?? getCloudModel(id)?.name ?? id;

/** Cheapest first on the basis; ties: more headroom (elastic cloud counts as unlimited), then the id. */
export function byCost(basis: CostBasis) {
  return (a: AdviseOption, b: AdviseOption) =>
    costOf(a, basis) - costOf(b, basis) ||
    (b.headroom ?? Infinity) - (a.headroom ?? Infinity) ||
    a.id.localeCompare(b.id);
}

/** Sets meetsConstraints and excludedBecause on every option; returns the eligible ones (none excluded). */
export function assess(plan: PlanDocument, options: AdviseOption[]): AdviseOption[] {
  for (const o of options) {
    o.meetsConstraints = constraintExclusions(plan, o).length === 0;
    o.excludedBecause = exclusions(plan, o);
  }
  return options.filter((o) => o.excludedBecause.length === 0);
}

/** Response time a user waits for a whole answer, ms: TTFT + output tokens ÷ per-stream decode speed. */
function responseMs(o: AdviseOption, outputTokens: number): number {
  return o.ttftMs + (outputTokens * 1000) / Math.max(o.decodeTokensPerSecondPerStream, 1e-9);
}

/**
 * Marks the Pareto front among the eligible options on cost (by the basis) ↓, headroom ↑ (elastic cloud =
 * unlimited) and response time ↓: an option is on it when no other eligible option is at least as good on all three
 * and better on one. The cheapest eligible option (the recommendation) is always on it: nothing is cheaper, and
 * among equal costs byCost already prefers the one with the most headroom.
 */
export function markParetoFront(
  eligible: AdviseOption[],
  basis: CostBasis,
  outputTokens: number,
  cheapest: AdviseOption | null,
): void {
  const objs = eligible.map((o) => ({
    cost: costOf(o, basis),
    headroom: o.headroom ?? Infinity,
    latency: responseMs(o, outputTokens),
  }));
  eligible.forEach((o, i) => {
    const a = objs[i]!;
    o.paretoOptimal = !objs.some(
      (b, j) =>
        j !== i &&
        b.cost <= a.cost &&
        b.headroom >= a.headroom &&
        b.latency <= a.latency &&
        (b.cost < a.cost || b.headroom > a.headroom || b.latency < a.latency),
    );
  });
  if (cheapest) cheapest.paretoOptimal = true;
}

/**
 * The recommendation: the cheapest eligible option on the basis (self-hosted or cloud alike — a cloud model is
 * proposed only when the plan's model-swap constraint allows it), with the reasons it was chosen; null: none.
 */
export function recommend(
  plan: PlanDocument,
  eligible: AdviseOption[],
  basis: CostBasis,
): AdviseOption | null {
  const sorted = [...eligible].sort(byCost(basis));
  const best = sorted[0];
  if (!best) return null;
  const basisParams = { basis, horizonMonths: plan.workload.horizonMonths };
  const cheapest: OptionReason = {
    code: "cheapest",
    params: {
      ...basisParams,
      eligible: eligible.length,
      minTps: plan.slos.minTokensPerSecondPerUser,
      maxTtftMs: plan.slos.maxTtftMs,
    },
  };
  const other = sorted.find((o) => o.deployment.kind !== best.deployment.kind);
  const otherKind: OptionReason[] = other
    ? [
        {
          code: "cheapest-other-kind",
          params: {
            ...basisParams,
            kind: other.deployment.kind,
            model: modelName(other.deployment.llm.model),
            costUsd: Math.round(costOf(other, basis)),
          },
        },
      ]
    : [];
  Object.assign(best, withReasons([cheapest, ...best.reasonDetails, ...otherKind]));
  return best;
}
