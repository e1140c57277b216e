"use client";

import { useCallback, useId, useMemo, useState } from "react";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import type { Report } from "@/lib/engine/report-schema";
import { formatNumber, formatUsd } from "@/lib/format";
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
  COMPACT_WIDTH_PX,
  orderBy,
  useChartTheme,
  useElementWidth,
} from "./chart-frame";
import { atMonths, monthTicks, tickLabelWidth } from "./chart-format";
import { costCategories, costFigures, costRows, costSummary, type CostRow } from "./cost-data";
import { costCategoryColor } from "./palette";
import styles from "./charts.module.css";

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

const CUMULATIVE = "Cumulative TCO";

/**
 * Cost over the horizon: monthly cost by category as stacked bars (left axis) and the cumulative TCO as a line
 * (right axis), with the all-cloud alternative's TCO and the break-even month as reference lines. One-off CAPEX
 * (month 0) is left out of the bars unless "Show CAPEX" is ticked — it would flatten every other month — and is
 * always in the cumulative line. The headline figures sit above the chart as a description list.
 */
export function CostChart({ report, currency = "USD", rate = 1 }: CostChartProps) {
  const theme = useChartTheme();
  const toggleId = useId();
  const [showCapex, setShowCapex] = useState(false);
  const [plotRef, width] = useElementWidth();
  const compact = width !== null && width < COMPACT_WIDTH_PX;
  const rows = useMemo(() => (report ? costRows(report, rate) : null), [report, rate]);
  const categories = useMemo(() => (report ? costCategories(report) : null), [report]);
  const figures = useMemo(
    () => (report ? costFigures(report, currency, rate) : []),
    [report, currency, rate],
  );
  const money = useCallback((x: number) => formatUsd(x, currency, 1), [currency]);
  const cloudAlt = report?.cost.cloudAlternative;
  const cloudTco = cloudAlt && cloudAlt.tcoUsd > 0 ? cloudAlt.tcoUsd * rate : null;
  const breakEven = cloudAlt?.breakEvenMonth ?? null;
  const lastMonth = rows?.[rows.length - 1]?.month ?? 0;

  // Everything recharts sees is memoised: new props make it re-register series, which is what costs time.
  const chart = useMemo(() => {
    if (!rows || !categories) return null;
    const all = [...categories.capex, ...categories.recurring];
    const drawn = [...(showCapex ? categories.capex : []), ...categories.recurring];
    const data = rows.map((r) => ({
      ...r,
      ...Object.fromEntries(drawn.map((c) => [categoryKey(c), r.byCategory[c] ?? 0])),
    }));
    const maxMonthly = Math.max(0, ...data.map((r) => drawn.reduce((s, c) => s + (r.byCategory[c] ?? 0), 0)));
    const maxCumulative = Math.max(0, cloudTco ?? 0, ...rows.map((r) => r.cumulative));
    return {
      data,
      all,
      series: drawn.map((c) => ({
        key: categoryKey(c),
        name: capitalise(c),
        color: costCategoryColor(c, theme, all.indexOf(c)),
      })),
      ticks: monthTicks(rows.map((r) => r.month)),
      legendOrder: orderBy([...drawn.map(capitalise), CUMULATIVE]),
      leftWidth: tickLabelWidth(money(maxMonthly * 1.25)),
      rightWidth: tickLabelWidth(money(maxCumulative * 1.25)),
    };
  }, [rows, categories, showCapex, theme, cloudTco, money]);
  const labels = useMemo(
    () => ({
      month: axisLabel("Month", "insideBottom"),
      left: compact ? undefined : axisLabel(`Per month (${currency})`, "insideLeft", -90),
      right: compact ? undefined : axisLabel(`Cumulative (${currency})`, "insideRight", 90),
    }),
    [compact, currency],
  );
  const tooltip = useCallback((p: TooltipContentProps) => <CostTooltip {...p} money={money} />, [money]);
  const state = !rows ? "loading" : rows.length === 0 ? "empty" : "ready";
  const hasCapex = (categories?.capex.length ?? 0) > 0;

  return (
    <ChartFrame
      title="Cost and TCO"
      state={state}
      summary={report ? costSummary(report, currency, rate) : undefined}
      emptyText="No cost months: the plan has no horizon."
      actions={
        hasCapex ? (
          <label className={styles.toggle} htmlFor={toggleId}>
            <input
              id={toggleId}
              type="checkbox"
              checked={showCapex}
              onChange={(e) => setShowCapex(e.target.checked)}
            />
            Show CAPEX in the bars
          </label>
        ) : null
      }
    >
      <dl className={styles.figureGrid} aria-label="Cost figures">
        {figures.map((f) => (
          <div key={f.id} className={styles.figure}>
            <dt>{f.label}</dt>
            <dd>
              {f.value}
              {f.hint && (
                <>
                  {" "}
                  <span className={styles.figureHint}>{f.hint}</span>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {chart && chart.data.length > 0 && (
        <div className={styles.plot} ref={plotRef}>
          <ComposedChart
            responsive
            data={chart.data}
            style={PLOT_STYLE}
            margin={MARGIN}
            barCategoryGap="12%"
            title="Cost and TCO"
          >
            <CartesianGrid vertical={false} stroke={GRID_STROKE} strokeDasharray="3 3" />
            <XAxis
              dataKey="month"
              ticks={chart.ticks}
              interval={0}
              tick={AXIS_TICK}
              axisLine={AXIS_LINE}
              tickLine={AXIS_LINE}
              label={labels.month}
            />
            <YAxis
              yAxisId="monthly"
              interval={0}
              width={chart.leftWidth + (labels.left ? 16 : 0)}
              tick={AXIS_TICK}
              axisLine={AXIS_LINE}
              tickLine={AXIS_LINE}
              tickFormatter={money}
              label={labels.left}
            />
            <YAxis
              yAxisId="cumulative"
              orientation="right"
              interval={0}
              width={chart.rightWidth + (labels.right ? 16 : 0)}
              tick={AXIS_TICK}
              axisLine={AXIS_LINE}
              tickLine={AXIS_LINE}
              tickFormatter={money}
              label={labels.right}
            />
            <Tooltip {...TOOLTIP_STYLE} content={tooltip} />
            <Legend {...LEGEND_PROPS} itemSorter={chart.legendOrder} />
            {chart.series.map((c) => (
              <Bar
                key={c.key}
                yAxisId="monthly"
                stackId="month"
                dataKey={c.key}
                name={c.name}
                fill={c.color}
                isAnimationActive={false}
              />
            ))}
            <Line
              yAxisId="cumulative"
              dataKey="cumulative"
              name={CUMULATIVE}
              type="linear"
              stroke="var(--text)"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            {cloudTco !== null && (
              <ReferenceLine
                yAxisId="cumulative"
                y={cloudTco}
                stroke="var(--text-muted)"
                strokeDasharray="6 4"
                strokeWidth={1.5}
                ifOverflow="extendDomain"
              />
            )}
            {breakEven !== null && (
              <ReferenceLine
                yAxisId="cumulative"
                x={breakEven}
                stroke="var(--text-muted)"
                strokeDasharray="2 3"
                strokeWidth={1.5}
              />
            )}
          </ComposedChart>
          {/* The reference lines' key: HTML, so it never collides with the bars at any width. */}
          {(cloudTco !== null || breakEven !== null) && (
            <ul className={styles.refKey} aria-label="Reference lines">
              {cloudTco !== null && (
                <li>
                  <svg width="24" height="10" aria-hidden="true">
                    <line
                      x1="0"
                      y1="5"
                      x2="24"
                      y2="5"
                      stroke="var(--text-muted)"
                      strokeWidth="2"
                      strokeDasharray="6 4"
                    />
                  </svg>
                  All-cloud TCO at month {formatNumber(lastMonth)}: {money(cloudTco)}
                </li>
              )}
              {breakEven !== null && (
                <li>
                  <svg width="10" height="14" aria-hidden="true">
                    <line
                      x1="5"
                      y1="0"
                      x2="5"
                      y2="14"
                      stroke="var(--text-muted)"
                      strokeWidth="2"
                      strokeDasharray="2 3"
                    />
                  </svg>
                  Break-even with the all-cloud alternative: month {formatNumber(breakEven)}
                </li>
              )}
            </ul>
          )}
        </div>
      )}
      {report && hasCapex && !showCapex && report.cost.capexUsd > 0 && (
        <p className={styles.note}>
          One-off CAPEX of {formatUsd(report.cost.capexUsd, currency, rate)} in month 0 is not drawn in the
          bars (it would dwarf the monthly costs); the cumulative line includes it.
        </p>
      )}
      <HiddenTable
        caption={`Cost by category at the chart's month ticks, ${currency} (every month in the tooltip)`}
        columns={["Month", ...(chart?.all ?? []).map(capitalise), "Total", CUMULATIVE]}
        rows={atMonths(rows ?? [], chart?.ticks ?? []).map((r) => [
          formatNumber(r.month),
          ...(chart?.all ?? []).map((c) => money(r.byCategory[c] ?? 0)),
          money(r.total),
          money(r.cumulative),
        ])}
      />
    </ChartFrame>
  );
}

const PLOT_STYLE = { width: "100%", height: 300 } as const;
const MARGIN = { top: 12, right: 4, bottom: 18, left: 4 } as const;
/** Row key of a category's amount (flat keys: recharts re-registers series whose dataKey is a new function). */
const categoryKey = (category: string) => `cat:${category}`;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function CostTooltip({ active, payload, money }: TooltipContentProps & { money: (x: number) => string }) {
  const row = payload?.[0]?.payload as CostRow | undefined;
  if (!active || !row) return null;
  const items = (payload ?? []).filter(
    (p) => p.name !== CUMULATIVE && typeof p.value === "number" && p.value !== 0,
  );
  return (
    <TooltipBox title={`Month ${formatNumber(row.month)}`}>
      <dl>
        {items.map((p) => (
          <div key={String(p.name)} style={{ display: "contents" }}>
            <dt>
              <span aria-hidden="true" style={{ color: p.color }}>
                ■{" "}
              </span>
              {String(p.name)}
            </dt>
            <dd>{money(p.value as number)}</dd>
          </div>
        ))}
        <dt>This month</dt>
        <dd>{money(row.total)}</dd>
        <dt>{CUMULATIVE}</dt>
        <dd>{money(row.cumulative)}</dd>
      </dl>
    </TooltipBox>
  );
}
