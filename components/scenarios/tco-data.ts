import type { Comparison } from "@/lib/engine/compare";
import { formatNumber, formatUsd, type Locale } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";

/**
 * "TCO over the horizon" chart data: one cumulative-cost line per design and the break-even points between them
 * (`compareScenarios().breakEvens`). Amounts in the display currency (USD × rate). Pure.
 */

export interface TcoSeries {
  /** Data key of the line in the rows ("s0" is the current design): scenario ids may hold characters recharts reads as paths. */
  key: string;
  /** null for the current design. */
  scenarioId: string | null;
  name: string;
  isCurrent: boolean;
  /** Position among the designs (colour index). */
  index: number;
}

/** One month: `month` plus each series' cumulative cost under its key. */
export type TcoRow = { month: number } & Record<string, number>;

export interface BreakEvenMarker {
  /** 1-based number drawn on the chart and in the list. */
  n: number;
  /** The design that costs more up front… */
  a: string;
  /** …is cumulatively no dearer than this one from `month` on. */
  b: string;
  aKey: string;
  month: number;
  /** Cumulative cost of `a` in that month, display currency (the marker's height). */
  value: number;
}

export interface TcoChartData {
  series: TcoSeries[];
  rows: TcoRow[];
  /** Crossings within the horizon, by month. */
  markers: BreakEvenMarker[];
  /** Pairs whose curves do not cross within the horizon (a stays dearer than b). */
  never: { a: string; b: string }[];
  horizonMonths: number;
}

export function tcoChartData(comparison: Comparison, rate = 1): TcoChartData {
  const series: TcoSeries[] = comparison.rows.map((r, i) => ({
    key: `s${i}`,
    scenarioId: i === 0 ? null : r.scenarioId,
    name: r.name,
    isCurrent: i === 0,
    index: i,
  }));
  const horizonMonths = Math.max(0, ...comparison.rows.map((r) => r.cumulativeUsd.length));
  const rows: TcoRow[] = [];
  for (let m = 0; m < horizonMonths; m++) {
    const row: TcoRow = { month: m } as TcoRow;
    comparison.rows.forEach((r, i) => {
      const v = r.cumulativeUsd[m];
      if (v !== undefined) (row as Record<string, number>)[`s${i}`] = v * rate;
    });
    rows.push(row);
  }
  // Ids resolve to the first design holding them (the current design is always "current" and first).
  const indexOf = (id: string) => comparison.rows.findIndex((r) => r.scenarioId === id);
  const crossings = comparison.breakEvens
    .map((b) => ({ ...b, ai: indexOf(b.a), bi: indexOf(b.b) }))
    .filter((b) => b.ai >= 0 && b.bi >= 0);
  const markers = crossings
    .filter((b): b is typeof b & { month: number } => b.month !== null)
    .sort((x, y) => x.month - y.month || x.ai - y.ai || x.bi - y.bi)
    .map((b, i) => ({
      n: i + 1,
      a: comparison.rows[b.ai]!.name,
      b: comparison.rows[b.bi]!.name,
      aKey: `s${b.ai}`,
      month: b.month,
      value: (comparison.rows[b.ai]!.cumulativeUsd[b.month] ?? 0) * rate,
    }));
  const never = crossings
    .filter((b) => b.month === null)
    .map((b) => ({ a: comparison.rows[b.ai]!.name, b: comparison.rows[b.bi]!.name }));
  return { series, rows, markers, never, horizonMonths };
}

export interface BreakEvenDot {
  month: number;
  /** Height of the dot: the lowest marker value of that month, display currency. */
  value: number;
  /** The marker numbers it stands for: "4", or "1–3" / "1, 3" when several pairs break even in the same month. */
  label: string;
}

/** One dot per month with break-evens, so pairs crossing in the same month do not draw their numbers on top of each other. */
export function breakEvenDots(markers: readonly BreakEvenMarker[]): BreakEvenDot[] {
  const byMonth = new Map<number, BreakEvenMarker[]>();
  for (const m of markers) byMonth.set(m.month, [...(byMonth.get(m.month) ?? []), m]);
  return [...byMonth.entries()].map(([month, ms]) => {
    const ns = ms.map((m) => m.n).sort((a, b) => a - b);
    const consecutive = ns.every((n, i) => i === 0 || n === ns[i - 1]! + 1);
    const label =
      ns.length === 1 ? String(ns[0]) : consecutive ? `${ns[0]}–${ns[ns.length - 1]}` : ns.join(", ");
    return { month, value: Math.min(...ms.map((m) => m.value)), label };
  });
}

/** "2 — Self-hosted pays back against 1 — Cloud in month 12 (cumulative $1.2M vs …)". */
export function breakEvenText(m: BreakEvenMarker, currency = "USD", locale: Locale = "en"): string {
  return translator(locale, "scenarios")("tco.breakEven", {
    a: m.a,
    b: m.b,
    month: formatNumber(m.month, 0, locale),
    value: formatUsd(m.value, currency, 1, locale),
  });
}

/** One sentence for screen readers and the chart caption. */
export function tcoSummary(data: TcoChartData, currency = "USD", locale: Locale = "en"): string {
  const t = translator(locale, "scenarios");
  const last = data.rows[data.rows.length - 1];
  if (!last) return t("tco.noMonths");
  const ranked = data.series
    .map((s) => ({ s, v: last[s.key] }))
    .filter((x): x is { s: TcoSeries; v: number } => x.v !== undefined)
    .sort((a, b) => a.v - b.v);
  const cheapest = ranked[0];
  const crossings =
    data.markers.length === 0
      ? t("tco.noCrossing")
      : t("tco.crossings", { count: formatNumber(data.markers.length, 0, locale), n: data.markers.length });
  return cheapest
    ? t("tco.summary", {
        months: formatNumber(data.horizonMonths, 0, locale),
        name: cheapest.s.name,
        value: formatUsd(cheapest.v, currency, 1, locale),
        crossings,
      })
    : crossings;
}
