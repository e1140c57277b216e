"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { atMonths, ChartFrame, FigureList, HiddenTable } from "@/components/ui/chart";
import styles from "@/components/ui/chart/chart.module.css";
import type { Report } from "@/lib/engine/report-schema";
import { formatNumber, formatUsd, type Locale } from "@/lib/format";
import { costSummary } from "./cost-data";
import { CostPlot } from "./cost-plot";
import { useCostChart, type CostChartModel } from "./use-cost-chart";

export interface CostChartProps {
  /**
   * The evaluated plan (`evaluate(plan)`); `null`/`undefined` while it is being computed (loading state).
   * Reads `report.cost` (monthly[] by category, CAPEX, OPEX, TCO, unit costs, the cloud and GPU-rental alternatives).
   */
  report: Report | null | undefined;
  /** ISO currency code to display (the plan's `metadata.currency`); default "USD". */
  currency?: string;
  /** Display currency per USD (the plan's `metadata.usdToCurrencyRate`); default 1. */
  rate?: number;
}

/**
 * Cost over the horizon: the headline figures, then monthly cost by category as stacked bars and the cumulative TCO
 * as a line, with the all-cloud alternative's TCO and the break-even month as reference lines. One-off CAPEX
 * (month 0) is left out of the bars unless "Show CAPEX" is ticked — it would flatten every other month — and is
 * always in the cumulative line. Screen readers get the numbers at the chart's month ticks as a table.
 */
export function CostChart({ report, currency = "USD", rate = 1 }: CostChartProps) {
  const [showCapex, setShowCapex] = useState(false);
  const locale = useLocale() as Locale;
  const t = useTranslations("charts.cost");
  const model = useCostChart(report, currency, rate, showCapex, locale);
  const { rows, plot } = model;
  return (
    <ChartFrame
      title={t("title")}
      state={!rows ? "loading" : rows.length === 0 ? "empty" : "ready"}
      summary={report ? costSummary(report, currency, rate, locale) : undefined}
      emptyText={t("empty")}
      actions={model.hasCapex ? <CapexToggle checked={showCapex} onChange={setShowCapex} /> : null}
    >
      <FigureList figures={model.figures} label={t("figuresLabel")} />
      {plot && plot.data.length > 0 && <CostPlot plot={plot} currency={currency} money={model.money} />}
      {report && model.hasCapex && !showCapex && report.cost.capexUsd > 0 && (
        <p className={styles.note}>
          {t("capexNote", { capex: formatUsd(report.cost.capexUsd, currency, rate, locale) })}
        </p>
      )}
      <CostTable model={model} currency={currency} />
    </ChartFrame>
  );
}

function CapexToggle({ checked, onChange }: { checked: boolean; onChange: (on: boolean) => void }) {
  const id = useId();
  const t = useTranslations("charts.cost");
  return (
    <label className={styles.toggle} htmlFor={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {t("showCapex")}
    </label>
  );
}

/** Every category, the month's total and the cumulative TCO at the chart's month ticks. */
function CostTable({ model, currency }: { model: CostChartModel; currency: string }) {
  const { all, money } = model;
  const t = useTranslations("charts.cost");
  const locale = useLocale() as Locale;
  return (
    <HiddenTable
      caption={t("caption", { currency })}
      columns={[t("month"), ...all.map(model.categoryName), t("total"), model.cumulativeName]}
      rows={atMonths(model.rows ?? [], model.plot?.ticks ?? []).map((r) => [
        formatNumber(r.month, 0, locale),
        ...all.map((c) => money(r.byCategory[c] ?? 0)),
        money(r.total),
        money(r.cumulative),
      ])}
    />
  );
}
