"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import {
  AXIS_LINE,
  AXIS_TICK,
  ChartFrame,
  GRID_STROKE,
  HiddenTable,
  LEGEND_PROPS,
  TOOLTIP_STYLE,
  TooltipBox,
  axisLabel,
  useChartTheme,
  monthTicks,
} from "@/components/ui/chart";
import { FALLBACK_COLORS, type ChartTheme } from "@/components/charts/palette";
import type { Comparison } from "@/lib/engine/compare";
import { formatNumber, formatUsd } from "@/lib/format";
import {
  breakEvenDots,
  breakEvenText,
  tcoChartData,
  tcoSummary,
  type BreakEvenDot,
  type TcoChartData,
  type TcoRow,
  type TcoSeries,
} from "./tco-data";
import styles from "./scenarios.module.css";

export interface TcoChartProps {
  /** `compareScenarios(plan)`; `null` while it is being computed (loading state). */
  comparison: Comparison | null;
  /** ISO currency code of the plan (`metadata.currency`). */
  currency: string;
  /** Display currency per USD (`metadata.usdToCurrencyRate`). */
  rate: number;
}

/** The current design in the text colour (dashed), scenarios in the categorical palette. */
export function seriesColor(s: Pick<TcoSeries, "isCurrent" | "index">, theme: ChartTheme): string {
  if (s.isCurrent) return "var(--text)";
  return FALLBACK_COLORS[(s.index - 1) % FALLBACK_COLORS.length]![theme];
}

/**
 * Cumulative cost of every design over the plan's horizon, one line each, with the break-even points numbered on
 * the chart and listed in words below (pairs that never cross are in a disclosure). The numbers are also in a
 * table for screen readers.
 */
export function TcoChart({ comparison, currency, rate }: TcoChartProps) {
  const t = useTranslations("scenarios.tco");
  const data = useMemo(() => (comparison ? tcoChartData(comparison, rate) : null), [comparison, rate]);
  const state = !data ? "loading" : data.rows.length === 0 ? "empty" : "ready";
  const locale = useLocale();
  const money = (v: number) => formatUsd(v, currency, 1, locale);
  const num = (v: number) => formatNumber(v, 0, locale);
  return (
    <ChartFrame
      title={t("title")}
      state={state}
      summary={data ? tcoSummary(data, currency, locale) : undefined}
      emptyText={t("empty")}
    >
      {data && data.rows.length > 0 && <TcoPlot data={data} currency={currency} />}
      {data && data.markers.length > 0 && <BreakEvenList markers={data.markers} currency={currency} />}
      {data && data.never.length > 0 && <NeverCrossing data={data} />}
      {data && (
        <HiddenTable
          caption={t("tableCaption", { currency })}
          columns={[t("month"), ...data.series.map((s) => s.name)]}
          rows={data.rows.map((r) => [num(r.month), ...data.series.map((s) => money(r[s.key] ?? NaN))])}
        />
      )}
    </ChartFrame>
  );
}

/** One cumulative-cost line per design and the numbered break-even dots. */
function TcoPlot({ data, currency }: { data: TcoChartData; currency: string }) {
  const t = useTranslations("scenarios.tco");
  const theme = useChartTheme();
  const ticks = useMemo(() => monthTicks(data.rows.map((r) => r.month)), [data]);
  const dots = useMemo(() => breakEvenDots(data.markers), [data]);
  const locale = useLocale();
  const money = (v: number) => formatUsd(v, currency, 1, locale);
  const num = (v: number) => formatNumber(v, 0, locale);
  const tick = (v: number) => (v === 0 ? num(0) : money(v));
  return (
    <div style={{ width: "100%", minWidth: 0 }}>
      <LineChart
        responsive
        data={data.rows}
        style={{ width: "100%", height: 320 }}
        margin={{ top: 14, right: 16, bottom: 18, left: 4 }}
        title={t("title")}
      >
        <CartesianGrid vertical={false} stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis
          dataKey="month"
          type="number"
          domain={["dataMin", "dataMax"]}
          ticks={ticks}
          interval={0}
          tick={AXIS_TICK}
          axisLine={AXIS_LINE}
          tickLine={AXIS_LINE}
          label={axisLabel(t("month"), "insideBottom")}
        />
        <YAxis
          width="auto"
          tick={AXIS_TICK}
          axisLine={AXIS_LINE}
          tickLine={AXIS_LINE}
          tickFormatter={tick}
          label={axisLabel(t("cumulative", { currency }), "insideLeft", -90)}
        />
        <Tooltip
          {...TOOLTIP_STYLE}
          cursor={{ stroke: "var(--border)" }}
          content={(p: TooltipContentProps) => (
            <TcoTooltip
              {...p}
              series={data.series}
              money={money}
              title={(month) => t("monthN", { month: num(month) })}
            />
          )}
        />
        <Legend {...LEGEND_PROPS} />
        {data.series.map((s) => seriesLine(s, theme))}
        {dots.map(breakEvenDot)}
      </LineChart>
    </div>
  );
}

/** A design's line: the current design dashed. A plain element (recharts reads its chart's direct children). */
function seriesLine(s: TcoSeries, theme: ChartTheme) {
  return (
    <Line
      key={s.key}
      dataKey={s.key}
      name={s.name}
      type="linear"
      stroke={seriesColor(s, theme)}
      strokeWidth={2}
      strokeDasharray={s.isCurrent ? "6 3" : undefined}
      dot={false}
      isAnimationActive={false}
    />
  );
}

/** A numbered break-even point (a wider circle for two-digit labels). */
function breakEvenDot(m: BreakEvenDot) {
  return (
    <ReferenceDot
      key={m.month}
      x={m.month}
      y={m.value}
      r={m.label.length > 2 ? 13 : 9}
      fill="var(--surface)"
      stroke="var(--text)"
      strokeWidth={1.5}
      ifOverflow="extendDomain"
      label={{
        value: m.label,
        position: "center",
        fill: "var(--text)",
        fontSize: 10,
        fontWeight: 600,
      }}
    />
  );
}

/** The break-even points in words, numbered as on the chart. */
function BreakEvenList({ markers, currency }: { markers: TcoChartData["markers"]; currency: string }) {
  const t = useTranslations("scenarios.tco");
  const locale = useLocale();
  return (
    <>
      <h4 className={styles.message} style={{ fontWeight: 600, color: "var(--text)" }}>
        {t("breakEvens")}
      </h4>
      <ol className={styles.breakEvens}>
        {markers.map((m) => (
          <li key={m.n}>{breakEvenText(m, currency, locale)}</li>
        ))}
      </ol>
    </>
  );
}

/** The pairs of designs that never cross over the horizon, in a disclosure. */
function NeverCrossing({ data }: { data: TcoChartData }) {
  const t = useTranslations("scenarios.tco");
  const locale = useLocale();
  const num = (v: number) => formatNumber(v, 0, locale);
  return (
    <details className={styles.details}>
      <summary>
        {t("never", {
          count: num(data.never.length),
          n: data.never.length,
          months: num(data.horizonMonths),
        })}
      </summary>
      <ul>
        {data.never.map((p) => (
          <li key={`${p.a}|${p.b}`}>{t("dearer", { a: p.a, b: p.b })}</li>
        ))}
      </ul>
    </details>
  );
}

function TcoTooltip({
  active,
  payload,
  series,
  money,
  title,
}: TooltipContentProps & {
  series: TcoSeries[];
  money: (v: number) => string;
  /** "Month 12", in the page's language. */
  title: (month: number) => string;
}) {
  const row = payload?.[0]?.payload as TcoRow | undefined;
  if (!active || !row) return null;
  const ranked = series
    .map((s) => ({ s, v: row[s.key] }))
    .filter((x): x is { s: TcoSeries; v: number } => x.v !== undefined)
    .sort((a, b) => a.v - b.v);
  return (
    <TooltipBox title={title(row.month)}>
      <dl>
        {ranked.map(({ s, v }) => (
          <div key={s.key} style={{ display: "contents" }}>
            <dt>{s.name}</dt>
            <dd>{money(v)}</dd>
          </div>
        ))}
      </dl>
    </TooltipBox>
  );
}
