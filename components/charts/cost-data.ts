import type { Figure } from "@/components/ui/chart";
import { CAPEX_CATEGORIES } from "@/lib/engine/platform/cost-capex";
import type { CostBaseline, Report } from "@/lib/engine/report-schema";
import { formatNumber, formatUsd, type Locale } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";

/**
 * Cost chart data. Amounts in the rows are in the display currency (USD × rate), so the axis ticks are round
 * numbers in that currency; format them with `formatUsd(value, currency, 1)`.
 */

/** Categories the engine books as one-off CAPEX (lib/engine/platform/cost-capex.ts). */
export { CAPEX_CATEGORIES };

export interface CostCategories {
  /** One-off purchases (month 0): drawn only on request, they would dwarf the monthly bars. */
  capex: string[];
  /** Monthly costs: OPEX (power, hosting, support, storage, staff) and cloud APIs. */
  recurring: string[];
}

/**
 * The categories with a non-zero amount in some month, in the report's order, split into CAPEX (the known CAPEX
 * categories and any category of a cost line with CAPEX) and recurring.
 */
export function costCategories(report: Report): CostCategories {
  const capexSet = new Set([
    ...CAPEX_CATEGORIES,
    ...report.cost.lines.filter((l) => l.capexUsd > 0).map((l) => l.category),
  ]);
  const seen: string[] = [];
  for (const m of report.cost.monthly) {
    for (const [category, usd] of Object.entries(m.byCategory)) {
      if (usd !== 0 && !seen.includes(category)) seen.push(category);
    }
  }
  // Keep the order of the first month's record (stable legend), then any late-appearing category.
  const order = Object.keys(report.cost.monthly[0]?.byCategory ?? {});
  seen.sort((a, b) => rank(order, a) - rank(order, b));
  return { capex: seen.filter((c) => capexSet.has(c)), recurring: seen.filter((c) => !capexSet.has(c)) };
}

const rank = (order: string[], x: string) => {
  const i = order.indexOf(x);
  return i === -1 ? order.length : i;
};

export interface CostRow {
  month: number;
  /** Amount per category, display currency. */
  byCategory: Record<string, number>;
  /** One-off purchases this month, display currency. */
  capex: number;
  /** OPEX + cloud APIs this month, display currency. */
  recurring: number;
  total: number;
  /** Total cost of ownership so far, display currency. */
  cumulative: number;
}

/** Cost months → chart rows in the display currency. */
export function costRows(report: Report, rate = 1): CostRow[] {
  return report.cost.monthly.map((m) => ({
    month: m.month,
    byCategory: Object.fromEntries(Object.entries(m.byCategory).map(([k, v]) => [k, v * rate])),
    capex: m.capexUsd * rate,
    recurring: (m.opexUsd + m.cloudUsd) * rate,
    total: m.totalUsd * rate,
    cumulative: m.cumulativeUsd * rate,
  }));
}

/** A headline cost figure; its hint names the model compared or the break-even month. */
export type CostFigure = Figure;

type Say = ReturnType<typeof translator<"charts">>;

const breakEvenText = (month: number | null, say: Say, locale: Locale) =>
  month === null
    ? say("cost.breakEvenNone")
    : say("cost.breakEvenMonth", { month: formatNumber(month, 0, locale) });

/** The headline cost figures, formatted in the plan's currency and the interface language. */
export function costFigures(report: Report, currency = "USD", rate = 1, locale: Locale = "en"): CostFigure[] {
  const c = report.cost;
  const say = translator(locale, "charts");
  const usd = (x: number) => formatUsd(x, currency, rate, locale);
  const horizon = c.monthly.length;
  return [
    { id: "capex", label: say("cost.capex"), value: usd(c.capexUsd) },
    { id: "opex", label: say("cost.opex"), value: usd(c.monthlyOpexUsd) },
    { id: "cloud", label: say("cost.cloud"), value: usd(c.monthlyCloudUsd) },
    { id: "tco", label: say("cost.tco", { months: horizon }), value: usd(c.tcoUsd) },
    { id: "per-mtok", label: say("cost.perMtok"), value: usd(c.perMillionTokensUsd) },
    { id: "per-krequests", label: say("cost.perKRequests"), value: usd(c.perThousandRequestsUsd) },
    ...c.baselines.map((b) => baselineFigure(b, c.runCostMonth, say, usd, locale)),
  ];
}

const BASELINE_LABEL = {
  "premium-api": "cost.baselinePremiumApi",
  "small-api": "cost.baselineSmallApi",
  "open-weight-api": "cost.baselineOpenWeightApi",
  "gpu-rental": "cost.baselineGpuRental",
} as const;

/**
 * One selected cloud baseline (report cost.baselines): its TCO, and in the hint what it prices, its monthly run cost
 * (OPEX, month N — no one-off CAPEX, the same month as the plan's) and the month the plan breaks even against it.
 */
function baselineFigure(
  b: CostBaseline,
  month: number,
  say: Say,
  usd: (x: number) => string,
  locale: Locale,
): CostFigure {
  return {
    id: `baseline-${b.id}`,
    label: say(BASELINE_LABEL[b.id]),
    value: usd(b.tcoUsd),
    hint: say("cost.baselineHint", {
      name: b.id === "gpu-rental" ? say("cost.baselineGpuRentalName") : b.name,
      monthly: usd(b.monthlyUsd),
      month: formatNumber(month, 0, locale),
      breakEven: breakEvenText(b.breakEvenMonth, say, locale),
    }),
  };
}

/** One-sentence summary for screen readers and the chart caption. */
export function costSummary(report: Report, currency = "USD", rate = 1, locale: Locale = "en"): string {
  const c = report.cost;
  const say = translator(locale, "charts");
  const last = c.monthly[c.monthly.length - 1];
  if (!last) return say("cost.noMonths");
  const usd = (x: number) => formatUsd(x, currency, rate, locale);
  return say("cost.summary", {
    capex: usd(c.capexUsd),
    monthly: usd(c.monthlyRunCostUsd),
    tco: usd(c.tcoUsd),
    months: formatNumber(c.monthly.length, 0, locale),
    cloudTco: usd(c.cloudAlternative.tcoUsd),
    breakEven: breakEvenText(c.cloudAlternative.breakEvenMonth, say, locale),
  });
}
