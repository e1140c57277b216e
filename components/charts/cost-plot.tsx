"use client";

import { useLocale, useTranslations } from "next-intl";
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
import { formatNumber, type Locale } from "@/lib/format";
import type { CostRow } from "./cost-data";
import type { CostPlotModel } from "./use-cost-chart";

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
  const t = useTranslations("charts.cost");
  const locale = useLocale() as Locale;
  const labels = useMemo(
    () => ({
      month: axisLabel(t("month"), "insideBottom"),
      left: compact ? undefined : axisLabel(t("perMonthAxis", { currency }), "insideLeft", -90),
      right: compact ? undefined : axisLabel(t("cumulativeAxis", { currency }), "insideRight", 90),
    }),
    [compact, currency, t],
  );
  const tooltip = useCallback(
    (p: TooltipContentProps) => <CostTooltip {...p} money={money} cumulativeName={plot.cumulativeName} />,
    [money, plot.cumulativeName],
  );
  const axis = { ...AXIS_STYLE, interval: 0 } as const;
  return (
    <div className={styles.plot} ref={plotRef}>
      <ComposedChart
        responsive
        data={plot.data}
        style={PLOT_STYLE}
        margin={MARGIN}
        barCategoryGap="12%"
        title={t("title")}
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
          name={plot.cumulativeName}
          type="linear"
          stroke="var(--text)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        {referenceLines(plot)}
      </ComposedChart>
      <ReferenceKey items={referenceKey(plot, money, t, locale)} />
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
function referenceKey(
  plot: CostPlotModel,
  money: (x: number) => string,
  t: (key: "cloudTcoKey" | "breakEvenKey", values: Record<string, string>) => string,
  locale: Locale,
): ReferenceKeyItem[] {
  const lastMonth = plot.data[plot.data.length - 1]?.month ?? 0;
  const items: ReferenceKeyItem[] = [];
  if (plot.cloudTco !== null)
    items.push({
      orientation: "horizontal",
      dash: CLOUD_DASH,
      label: t("cloudTcoKey", { month: formatNumber(lastMonth, 0, locale), tco: money(plot.cloudTco) }),
    });
  if (plot.breakEven !== null)
    items.push({
      orientation: "vertical",
      dash: BREAK_EVEN_DASH,
      label: t("breakEvenKey", { month: formatNumber(plot.breakEven, 0, locale) }),
    });
  return items;
}

/** One month: the non-zero categories, the month's total and the cumulative TCO. */
function CostTooltip({
  active,
  payload,
  money,
  cumulativeName,
}: TooltipContentProps & { money: (x: number) => string; cumulativeName: string }) {
  const t = useTranslations("charts.cost");
  const locale = useLocale() as Locale;
  const row = payload?.[0]?.payload as CostRow | undefined;
  if (!active || !row) return null;
  const items = (payload ?? []).filter(
    (p) => p.name !== cumulativeName && typeof p.value === "number" && p.value !== 0,
  );
  return (
    <TooltipBox
      title={t("monthTitle", { month: formatNumber(row.month, 0, locale) })}
      rows={[
        ...items.map((p) => ({ label: String(p.name), value: money(p.value as number), color: p.color })),
        { label: t("thisMonth"), value: money(row.total) },
        { label: cumulativeName, value: money(row.cumulative) },
      ]}
    />
  );
}
