import type { PlanDocument } from "../../plan/plan-schema";
import type { ComponentReport, CostLine, CostMonth, Report, ServingReport } from "../report-schema";
import { capexCosts, componentGpuPowerW } from "./cost-capex";
import { monthContext, monthCosts, type MonthCosts } from "./cost-months";

const r2 = (x: number) => Math.round(x * 100) / 100;

interface CostInputs {
  plan: PlanDocument;
  serving: ServingReport[];
  components: ComponentReport[];
  storageMonths: Report["storage"]["months"];
}

/**
 * Cost over the horizon, month by month, as cash, in phases: CAPEX (hardware bought in month 0, cost-capex.ts);
 * each month's OPEX and cloud bills (power, hosting, support, storage and staff; cloud tokens priced input and
 * output separately, cost-months.ts) with the all-cloud and GPU-rental alternatives priced for the same month; then
 * the running totals, unit costs, break-even months and the bill-of-materials lines. Energy = average power (idle
 * share + utilisation in busy hours) × hours × PUE × price (lib/engine/policy). TCO is the sum of the months. Every
 * price is a dated assumption, overridable in the plan.
 */
export function costReport({ plan, serving, components, storageMonths }: CostInputs): Report["cost"] {
  const capex = capexCosts(plan, components);
  const ctx = monthContext(plan, capex, serving, componentGpuPowerW(plan, components), storageMonths);
  const months = Array.from({ length: plan.workload.horizonMonths }, (_, m) => monthCosts(ctx, m));
  const monthly = cashFlow(months);
  const tco = months.reduce((sum, m) => sum + m.totalUsd, 0);
  const tokens = months.reduce((s, m) => s + (m.demand.monthlyInputTokens + m.demand.monthlyOutputTokens), 0);
  const requests = months.reduce((s, m) => s + m.demand.monthlyRequests, 0);
  const cloudAlt = months.map((m) => m.cloudAlternativeUsd);
  const rentalAlt = months.map((m) => m.rentalAlternativeUsd);
  const first = monthly[0];
  return {
    monthly,
    capexUsd: r2(capex.totalUsd),
    monthlyOpexUsd: r2(first?.opexUsd ?? 0),
    monthlyCloudUsd: r2(first?.cloudUsd ?? 0),
    tcoUsd: r2(tco),
    // Unit costs need at least one token / request over the horizon (0 otherwise: nothing to divide).
    perMillionTokensUsd: tokens >= 1 ? r2(tco / (tokens / 1e6)) : 0,
    perThousandRequestsUsd: requests >= 1 ? r2(tco / (requests / 1000)) : 0,
    lines: [...capex.lines, ...opexLines(plan, ctx.rackUnits, monthly)],
    cloudAlternative: {
      model: `${ctx.reference.llm.name} + ${ctx.reference.embeddings.name}`,
      monthlyUsd: r2(cloudAlt[0] ?? 0),
      tcoUsd: r2(cloudAlt.reduce((a, b) => a + b, 0)),
      breakEvenMonth: breakEvenMonth(monthly, cloudAlt),
    },
    gpuRentalAlternative: {
      monthlyUsd: r2(rentalAlt[1] ?? rentalAlt[0] ?? 0),
      tcoUsd: r2(rentalAlt.reduce((a, b) => a + b, 0)),
      breakEvenMonth: ctx.rentalUsd > 0 ? breakEvenMonth(monthly, rentalAlt) : null,
    },
  };
}

/** The months as the report shows them: rounded to cents, with the running (cumulative) total. */
function cashFlow(months: MonthCosts[]): CostMonth[] {
  let cumulative = 0;
  return months.map((m, month) => {
    cumulative += m.totalUsd;
    return {
      month,
      capexUsd: r2(m.capexUsd),
      opexUsd: r2(m.opexUsd),
      cloudUsd: r2(m.cloudUsd),
      totalUsd: r2(m.totalUsd),
      cumulativeUsd: r2(cumulative),
      byCategory: Object.fromEntries(Object.entries(m.byCategory).map(([k, v]) => [k, r2(v)])),
    };
  });
}

/** First month in which the plan's cumulative cost is no more than the alternative's; null: never in the horizon. */
function breakEvenMonth(monthly: CostMonth[], alternative: number[]): number | null {
  let a = 0;
  let b = 0;
  for (let m = 0; m < monthly.length; m++) {
    a += monthly[m]!.totalUsd;
    b += alternative[m]!;
    if (a <= b) return m;
  }
  return null;
}

/** The monthly bill-of-materials lines, priced at month 0 (they grow with the workload). */
function opexLines(plan: PlanDocument, rackUnits: number, monthly: CostMonth[]): CostLine[] {
  const c = plan.costs;
  const rows: [category: string, item: string][] = [
    ["power", "Electricity (average draw × PUE)"],
    ["hosting", `Colocation, ${rackUnits} rack units`],
    ["support", `Hardware support (${c.supportPctOfCapexPerYear}% of CAPEX per year)`],
    ["storage", "Provisioned storage with 30% margin (NVMe, SSD, HDD)"],
    ["staff", "Operations staff"],
    ["cloud LLM", "Cloud LLM API (input and output tokens)"],
    ["cloud embeddings", "Cloud embedding API"],
  ];
  return rows.flatMap(([category, item]) => {
    const first = monthly[0]?.byCategory[category] ?? 0;
    if (first <= 0) return [];
    return [
      {
        category,
        item,
        quantity: 1,
        unitUsd: r2(first),
        capexUsd: 0,
        monthlyUsd: r2(first),
        asOf: c.pricesAsOf,
        source: "plan cost assumptions (month 0; grows with the workload)",
      },
    ];
  });
}
