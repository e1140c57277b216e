import type { PlanDocument } from "../../plan/plan-schema";
import type { AdviseOption } from "./advise-schema";
import { constraintExclusions, exclusions } from "./eligibility";

export type CostBasis = NonNullable<PlanDocument["constraints"]["costBasis"]>;

/** An option's cost on the chosen basis: monthly (CAPEX amortised) or the TCO over the horizon, USD. */
export const costOf = (o: AdviseOption, basis: CostBasis): number =>
  basis === "horizon" ? o.tcoUsd : o.monthlyCostUsd;

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
  const what = basis === "horizon" ? `TCO over ${plan.workload.horizonMonths} months` : "monthly cost";
  best.reasons.unshift(
    `Cheapest by ${what} of ${eligible.length} option(s) that meet the SLOs (≥ ${plan.slos.minTokensPerSecondPerUser} tok/s per user, TTFT ≤ ${plan.slos.maxTtftMs} ms) and every constraint, with no error finding`,
  );
  const other = sorted.find((o) => o.deployment.kind !== best.deployment.kind);
  if (other)
    best.reasons.push(
      `Cheapest ${other.deployment.kind} option: ${other.deployment.llm.model} at ${Math.round(costOf(other, basis)).toLocaleString("en-US")} USD (${what})`,
    );
  return best;
}
