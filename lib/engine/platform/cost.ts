import type { PlanDocument } from "../../plan/plan-schema";
import type {
  CostItemCode,
  FindingParams,
  ComponentReport,
  CostBaseline,
  CostLine,
  CostMonth,
  Report,
  ServingReport,
} from "../report-schema";
import { amortisedUsdPerMonth } from "../policy";
import type { Series } from "./cost-alternatives";
import { capexCosts, componentGpuPowerW } from "./cost-capex";
import { purchasePlan } from "./cost-purchases";
import { monthContext, monthCosts, type MonthContext, type MonthCosts } from "./cost-months";

const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The month N of every monthly headline figure ("monthly run cost (OPEX, month N)", "monthly cost with CAPEX amortised
 * over H months", the cloud alternatives' monthly cost): month 0. Why month 0: it is the first month of operation, at
 * the plan's nominal users — the workload the design is sized for and the one the user typed; it exists for every
 * horizon (≥ 1 month); the advisor prices every option at it; and since OPEX never includes a purchase, the month the
 * hardware is bought in is a fair run month. Later months (growth, growth purchases) are in `monthly`.
 */
export const RUN_COST_MONTH = 0;

interface CostInputs {
  plan: PlanDocument;
  serving: ServingReport[];
  components: ComponentReport[];
  storageMonths: Report["storage"]["months"];
}

/**
 * Cost over the horizon, month by month, as cash, in phases: CAPEX (the plan's hardware bought in month 0,
 * cost-capex.ts, and the growth purchases of the dated purchase plan, cost-purchases.ts);
 * each month's OPEX and cloud bills (power, hosting, support, storage and staff; cloud tokens priced input and
 * output separately, cost-months.ts) with the all-cloud and GPU-rental alternatives priced for the same month; then
 * the running totals, unit costs, break-even months and the bill-of-materials lines. Energy = average power (idle
 * share + utilisation in busy hours) × hours × PUE × price (lib/engine/policy). TCO is the sum of the months. Every
 * price is a dated assumption, overridable in the plan.
 */
export function costReport({ plan, serving, components, storageMonths }: CostInputs): Report["cost"] {
  const capex = capexCosts(plan, components);
  const purchases = purchasePlan(plan, serving);
  const ctx = monthContext(
    plan,
    capex,
    serving,
    componentGpuPowerW(plan, components),
    storageMonths,
    purchases,
  );
  const months = Array.from({ length: plan.workload.horizonMonths }, (_, m) => monthCosts(ctx, m));
  const monthly = cashFlow(months, plan.costs.amortisationMonths);
  const tco = months.reduce((sum, m) => sum + m.totalUsd, 0);
  const tokens = months.reduce((s, m) => s + (m.demand.monthlyInputTokens + m.demand.monthlyOutputTokens), 0);
  const requests = months.reduce((s, m) => s + m.demand.monthlyRequests, 0);
  const cloudAlt = months.map((m) => m.cloudAlternative);
  const rentalAlt = months.map((m) => m.rentalAlternative);
  const first = months[RUN_COST_MONTH]!;
  const runUsd = first.opexUsd + first.cloudUsd;
  const amortised = monthly[RUN_COST_MONTH]!.amortisedCapexUsd;
  const cloud = summary(cloudAlt);
  return {
    monthly,
    runCostMonth: RUN_COST_MONTH,
    amortisationMonths: plan.costs.amortisationMonths,
    capexUsd: r2(months.reduce((s, m) => s + m.capexUsd, 0)),
    monthlyOpexUsd: r2(first.opexUsd),
    monthlyCloudUsd: r2(first.cloudUsd),
    monthlyRunCostUsd: r2(runUsd),
    amortisedCapexUsdPerMonth: r2(amortised),
    monthlyCostAmortisedUsd: r2(runUsd + amortised),
    tcoUsd: r2(tco),
    // Unit costs need at least one token / request over the horizon (0 otherwise: nothing to divide).
    perMillionTokensUsd: tokens >= 1 ? r2(tco / (tokens / 1e6)) : 0,
    perThousandRequestsUsd: requests >= 1 ? r2(tco / (requests / 1000)) : 0,
    lines: [...capex.lines, ...purchaseLines(plan, purchases), ...opexLines(plan, ctx.rackUnits, monthly)],
    purchasePlan: purchases,
    cloudAlternative: {
      model: `${ctx.reference.llm.name} + ${ctx.reference.embeddings.name}`,
      monthlyUsd: cloud.monthlyUsd,
      capexUsd: cloud.capexUsd,
      monthlyCostAmortisedUsd: r2(cloud.monthlyUsd + amortisedUsdPerMonth(cloud.capexUsd, plan.costs)),
      tcoUsd: cloud.tcoUsd,
      breakEvenMonth: breakEvenMonth(months, cloudAlt),
    },
    baselines: baselines(plan, ctx, months),
    gpuRentalAlternative: {
      ...summary(rentalAlt),
      breakEvenMonth: rents(ctx) ? breakEvenMonth(months, rentalAlt) : null,
    },
  };
}

/** Whether the plan self-hosts anything rentable (some month's rent is positive). */
const rents = (ctx: MonthContext) => ctx.rentalUsdByMonth.some((usd) => usd > 0);

/**
 * The selected cloud baselines (plan costs.cloudBaselines, in that order), each on the plan's own series: the
 * per-token APIs (the platform without its serving hardware, tokens billed at the API's prices) and GPU rental (the
 * serving GPUs rented by the hour). A baseline that cannot apply is left out: the open-weight API when no catalog API
 * serves the plan's model, GPU rental when the plan self-hosts nothing rentable.
 */
function baselines(plan: PlanDocument, ctx: MonthContext, months: MonthCosts[]): CostBaseline[] {
  const out: CostBaseline[] = [];
  const price = (
    series: Series[],
    own: Omit<CostBaseline, keyof ReturnType<typeof summary> | "breakEvenMonth" | "monthlyCostAmortisedUsd">,
  ) => {
    const s = summary(series);
    out.push({
      ...own,
      ...s,
      monthlyCostAmortisedUsd: r2(s.monthlyUsd + amortisedUsdPerMonth(s.capexUsd, plan.costs)),
      breakEvenMonth: breakEvenMonth(months, series),
    });
  };
  for (const id of plan.costs.cloudBaselines) {
    if (id === "gpu-rental") {
      if (!rents(ctx)) continue;
      price(
        months.map((m) => m.rentalAlternative),
        { id, name: "Serving GPUs rented by the hour", llmModel: null, pricesAsOf: plan.costs.pricesAsOf },
      );
      continue;
    }
    const i = ctx.apiBaselines.findIndex((b) => b.id === id);
    if (i < 0) continue;
    const b = ctx.apiBaselines[i]!;
    price(
      months.map((m) => m.apiAlternatives[i]!),
      { id, name: `${b.llm.name} + ${b.embeddings.name}`, llmModel: b.llmModelId, pricesAsOf: b.llm.asOf },
    );
  }
  return out;
}

/** An alternative's headline figures: month N's recurring cost (no one-off CAPEX), its CAPEX and its TCO. */
function summary(series: Series[]) {
  const first = series[RUN_COST_MONTH];
  return {
    monthlyUsd: r2(first ? first.opexUsd + first.cloudUsd : 0),
    capexUsd: r2(series.reduce((s, m) => s + m.capexUsd, 0)),
    tcoUsd: r2(series.reduce((s, m) => s + m.totalUsd, 0)),
  };
}

/**
 * The months as the report shows them: rounded to cents, with the running (cumulative) total and each month's
 * straight-line depreciation — every purchase spread over the `amortisationMonths` months from the month it is made.
 */
function cashFlow(months: MonthCosts[], amortisationMonths: number): CostMonth[] {
  let cumulative = 0;
  return months.map((m, month) => {
    cumulative += m.totalUsd;
    let amortised = 0;
    for (let bought = Math.max(0, month - amortisationMonths + 1); bought <= month; bought++)
      amortised += months[bought]!.capexUsd / amortisationMonths;
    return {
      month,
      capexUsd: r2(m.capexUsd),
      opexUsd: r2(m.opexUsd),
      cloudUsd: r2(m.cloudUsd),
      totalUsd: r2(m.totalUsd),
      amortisedCapexUsd: r2(amortised),
      cumulativeUsd: r2(cumulative),
      byCategory: Object.fromEntries(Object.entries(m.byCategory).map(([k, v]) => [k, r2(v)])),
    };
  });
}

/** First month in which the plan's cumulative cost is no more than the alternative's; null: never in the horizon. */
function breakEvenMonth(own: Series[], alternative: Series[]): number | null {
  let a = 0;
  let b = 0;
  for (let m = 0; m < own.length; m++) {
    a += own[m]!.totalUsd;
    b += alternative[m]!.totalUsd;
    if (a <= b) return m;
  }
  return null;
}

/** The purchase plan as bill-of-materials lines: what is bought, when, for how much. */
function purchaseLines(plan: PlanDocument, purchases: Report["cost"]["purchasePlan"]): CostLine[] {
  return purchases.map((p) => ({
    category: "serving hardware",
    item: `Month ${p.month}: ${p.label}: ${p.item} (+${p.replicasAdded} replica(s), ${p.replicasAfter} in all)`,
    itemCode: "purchase" as const,
    itemParams: {
      month: p.month,
      label: p.label,
      item: p.item,
      replicasAdded: p.replicasAdded,
      replicasAfter: p.replicasAfter,
    },
    quantity: p.unitsAdded,
    unitUsd: p.unitsAdded > 0 ? r2(p.capexUsd / p.unitsAdded) : 0,
    capexUsd: p.capexUsd,
    monthlyUsd: 0,
    asOf: plan.costs.pricesAsOf,
    source: "purchase plan: bought when user growth needs it (sizing policy, 80% of SLO capacity)",
  }));
}

/** The staff FTEs the plan pays for: platform, plus GPU serving when a model is self-hosted. */
function staffFte(plan: PlanDocument): number {
  const c = plan.costs;
  return c.platformStaffFte + (plan.nodes.some((n) => n.serving) ? c.servingStaffFte : 0);
}

/** The monthly bill-of-materials lines, priced at month 0 (they grow with the workload). */
function opexLines(plan: PlanDocument, rackUnits: number, monthly: CostMonth[]): CostLine[] {
  const c = plan.costs;
  const fte = staffFte(plan);
  const rows: [category: string, item: string, code: CostItemCode, params: FindingParams][] = [
    ["power", "Electricity (average draw × PUE)", "power", {}],
    ["hosting", `Colocation, ${rackUnits} rack units`, "hosting", { rackUnits }],
    [
      "support",
      `Hardware support (${c.supportPctOfCapexPerYear}% of CAPEX per year)`,
      "support",
      { pct: c.supportPctOfCapexPerYear },
    ],
    ["storage", "Provisioned storage with 30% margin (NVMe, SSD, HDD)", "storage", {}],
    [
      "staff",
      `Operations staff (${fte} FTE at ${c.staffUsdPerFteYear} USD/year, plus other staff cost)`,
      "staff",
      { fte, usdPerFteYear: c.staffUsdPerFteYear },
    ],
    ["cloud LLM", "Cloud LLM API (input and output tokens)", "cloud-llm", {}],
    ["cloud embeddings", "Cloud embedding API", "cloud-embeddings", {}],
  ];
  return rows.flatMap(([category, item, itemCode, itemParams]) => {
    const first = monthly[0]?.byCategory[category] ?? 0;
    if (first <= 0) return [];
    return [
      {
        category,
        item,
        itemCode,
        itemParams,
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
