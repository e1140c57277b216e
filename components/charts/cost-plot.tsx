"use client";

import { useCallback, useMemo } from "react";
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
import {
  AXIS_STYLE,
  COMPACT_WIDTH_PX,
  GRID_STROKE,
  LEGEND_PROPS,
  ReferenceKey,
  type ReferenceKeyItem,
  TOOLTIP_STYLE,
  TooltipBox,
  axisLabel,
  useElementWidth,
} from "@/components/ui/chart";
import styles from "@/components/ui/chart/chart.module.css";
import { formatNumber } from "@/lib/format";
import type { CostRow } from "./cost-data";
import { CUMULATIVE, type CostPlotModel } from "./use-cost-chart";

const PLOT_STYLE = { width: "100%", height: 300 } as const;
const MARGIN = { top: 12, right: 4, bottom: 18, left: 4 } as const;
const CLOUD_DASH = "6 4";
const BREAK_EVEN_DASH = "2 3";

export interface CostPlotProps {
  plot: CostPlotModel;
  currency: string;
  money: (x: number) => string;
}

/**
 * Monthly cost by category as stacked bars (left axis), the cumulative TCO as a line (right axis), the all-cloud
 * TCO and the break-even month as reference lines with their key below. Axis titles go in a narrow panel.
 */
export function CostPlot({ plot, currency, money }: CostPlotProps) {
  const [plotRef, width] = useElementWidth();
  const compact = width !== null && width < COMPACT_WIDTH_PX;
  const labels = useMemo(
    () => ({
      month: axisLabel("Month", "insideBottom"),
      left: compact ? undefined : axisLabel(`Per month (${currency})`, "insideLeft", -90),
      right: compact ? undefined : axisLabel(`Cumulative (${currency})`, "insideRight", 90),
    }),
    [compact, currency],
  );
  const tooltip = useCallback((p: TooltipContentProps) => <CostTooltip {...p} money={money} />, [money]);
  const axis = { ...AXIS_STYLE, interval: 0 } as const;
  return (
    <div className={styles.plot} ref={plotRef}>
      <ComposedChart
        responsive
        data={plot.data}
        style={PLOT_STYLE}
        margin={MARGIN}
        barCategoryGap="12%"
        title="Cost and TCO"
      >
        <CartesianGrid vertical={false} stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis dataKey="month" ticks={plot.ticks} {...axis} label={labels.month} />
        <YAxis
          yAxisId="monthly"
          width={plot.leftWidth + (labels.left ? 16 : 0)}
          {...axis}
          tickFormatter={money}
          label={labels.left}
        />
        <YAxis
          yAxisId="cumulative"
          orientation="right"
          width={plot.rightWidth + (labels.right ? 16 : 0)}
          {...axis}
          tickFormatter={money}
          label={labels.right}
        />
        <Tooltip {...TOOLTIP_STYLE} content={tooltip} />
        <Legend {...LEGEND_PROPS} itemSorter={plot.legendOrder} />
        {plot.series.map((c) => (
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
        {referenceLines(plot)}
      </ComposedChart>
      <ReferenceKey items={referenceKey(plot, money)} />
    </div>
  );
}

/** The all-cloud TCO (a level) and the break-even month (a moment), as recharts elements. */
function referenceLines(plot: CostPlotModel) {
  const line = { yAxisId: "cumulative", stroke: "var(--text-muted)", strokeWidth: 1.5 } as const;
  return [
    plot.cloudTco !== null && (
      <ReferenceLine
        key="cloud"
        {...line}
        y={plot.cloudTco}
        strokeDasharray={CLOUD_DASH}
        ifOverflow="extendDomain"
      />
    ),
    plot.breakEven !== null && (
      <ReferenceLine key="break-even" {...line} x={plot.breakEven} strokeDasharray={BREAK_EVEN_DASH} />
    ),
  ];
}

/** What the reference lines mean, in words. */
function referenceKey(plot: CostPlotModel, money: (x: number) => string): ReferenceKeyItem[] {
  const lastMonth = plot.data[plot.data.length - 1]?.month ?? 0;
  const items: ReferenceKeyItem[] = [];
  if (plot.cloudTco !== null)
    items.push({
      orientation: "horizontal",
      dash: CLOUD_DASH,
      label: `All-cloud TCO at month ${formatNumber(lastMonth)}: ${money(plot.cloudTco)}`,
    });
  if (plot.breakEven !== null)
    items.push({
      orientation: "vertical",
      dash: BREAK_EVEN_DASH,
      label: `Break-even with the all-cloud alternative: month ${formatNumber(plot.breakEven)}`,
    });
  return items;
}

/** One month: the non-zero categories, the month's total and the cumulative TCO. */
function CostTooltip({ active, payload, money }: TooltipContentProps & { money: (x: number) => string }) {
  const row = payload?.[0]?.payload as CostRow | undefined;
  if (!active || !row) return null;
  const items = (payload ?? []).filter(
    (p) => p.name !== CUMULATIVE && typeof p.value === "number" && p.value !== 0,
  );
  return (
    <TooltipBox
      title={`Month ${formatNumber(row.month)}`}
      rows={[
        ...items.map((p) => ({ label: String(p.name), value: money(p.value as number), color: p.color })),
        { label: "This month", value: money(row.total) },
        { label: CUMULATIVE, value: money(row.cumulative) },
      ]}
    />
  );
}
