"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo } from "react";
import { monthTicks, orderBy, tickLabelWidth, useChartTheme } from "@/components/ui/chart";
import type { Report } from "@/lib/engine/report-schema";
import { formatUsd, type Locale } from "@/lib/format";
import { costCategories, costFigures, costRows, type CostFigure, type CostRow } from "./cost-data";
import { costCategoryColor } from "./palette";

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A cost category of the engine ("serving hardware") in the reader's language: the proposal's names
 * (messages proposal.category.*), else the engine's word capitalised.
 */
export function useCategoryName(): (category: string) => string {
  const t = useTranslations("proposal");
  return useCallback(
    (c: string) => {
      const key = `category.${c.replace(/\s+/g, "_")}`;
      return t.has(key as never) ? t(key as never) : capitalise(c);
    },
    [t],
  );
}
/** Row key of a category's amount (flat keys: recharts re-registers series whose dataKey is a new function). */
const categoryKey = (category: string) => `cat:${category}`;

export interface CostSeries {
  key: string;
  name: string;
  color: string;
}

/** What the cost plot draws: rows with one key per drawn category, the series, ticks and axis widths. */
export interface CostPlotModel {
  data: (CostRow & Record<`cat:${string}`, number>)[];
  series: CostSeries[];
  ticks: number[];
  legendOrder: ReturnType<typeof orderBy>;
  /** The cumulative line's name in the legend, the tooltip and the table (the reader's language). */
  cumulativeName: string;
  leftWidth: number;
  rightWidth: number;
  /** The all-cloud alternative's TCO (display currency), drawn as a level; null when there is none. */
  cloudTco: number | null;
  /** Month the plan breaks even with the all-cloud alternative; null when it does not. */
  breakEven: number | null;
}

export interface CostChartModel {
  rows: CostRow[] | null;
  /** Every category with an amount (CAPEX first), drawn or not. */
  all: string[];
  hasCapex: boolean;
  figures: CostFigure[];
  plot: CostPlotModel | null;
  /** Amounts already in the display currency → text. */
  money: (x: number) => string;
  /** A category's name in the reader's language. */
  categoryName: (category: string) => string;
  cumulativeName: string;
}

/**
 * The cost chart's data, memoised: recharts re-registers its series whenever it gets new props, which is what costs
 * time on every edit. One-off CAPEX categories are drawn only when `showCapex` (they would dwarf the months).
 */
export function useCostChart(
  report: Report | null | undefined,
  currency: string,
  rate: number,
  showCapex: boolean,
  locale: Locale = "en",
): CostChartModel {
  const theme = useChartTheme();
  const categoryName = useCategoryName();
  const cumulativeName = useTranslations("charts.cost")("cumulativeName");
  const rows = useMemo(() => (report ? costRows(report, rate) : null), [report, rate]);
  const categories = useMemo(() => (report ? costCategories(report) : null), [report]);
  const figures = useMemo(
    () => (report ? costFigures(report, currency, rate, locale) : []),
    [report, currency, rate, locale],
  );
  const money = useCallback((x: number) => formatUsd(x, currency, 1, locale), [currency, locale]);
  const cloudAlt = report?.cost.cloudAlternative;
  const cloudTco = cloudAlt && cloudAlt.tcoUsd > 0 ? cloudAlt.tcoUsd * rate : null;
  const breakEven = cloudAlt?.breakEvenMonth ?? null;
  const all = useMemo(() => (categories ? [...categories.capex, ...categories.recurring] : []), [categories]);
  const plot = useMemo((): CostPlotModel | null => {
    if (!rows || !categories) return null;
    const drawn = [...(showCapex ? categories.capex : []), ...categories.recurring];
    const data = rows.map((r) => ({
      ...r,
      ...Object.fromEntries(drawn.map((c) => [categoryKey(c), r.byCategory[c] ?? 0])),
    }));
    const maxMonthly = Math.max(0, ...data.map((r) => drawn.reduce((s, c) => s + (r.byCategory[c] ?? 0), 0)));
    const maxCumulative = Math.max(0, cloudTco ?? 0, ...rows.map((r) => r.cumulative));
    return {
      data,
      series: drawn.map((c) => ({
        key: categoryKey(c),
        name: categoryName(c),
        color: costCategoryColor(c, theme, all.indexOf(c)),
      })),
      ticks: monthTicks(rows.map((r) => r.month)),
      legendOrder: orderBy([...drawn.map(categoryName), cumulativeName]),
      cumulativeName,
      leftWidth: tickLabelWidth(money(maxMonthly * 1.25)),
      rightWidth: tickLabelWidth(money(maxCumulative * 1.25)),
      cloudTco,
      breakEven,
    };
  }, [rows, categories, all, showCapex, theme, cloudTco, breakEven, money, categoryName, cumulativeName]);
  return {
    rows,
    all,
    hasCapex: (categories?.capex.length ?? 0) > 0,
    figures,
    plot,
    money,
    categoryName,
    cumulativeName,
  };
}
