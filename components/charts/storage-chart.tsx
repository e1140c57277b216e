"use client";

import { useMemo } from "react";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipPayload,
} from "recharts";
import {
  AXIS_STYLE,
  COMPACT_WIDTH_PX,
  ChartFrame,
  GRID_STROKE,
  HiddenTable,
  LEGEND_PROPS,
  TOOLTIP_STYLE,
  axisLabel,
  atMonths,
  monthTicks,
  orderBy,
  tickLabelWidth,
  useChartTheme,
  useElementWidth,
} from "@/components/ui/chart";
import styles from "@/components/ui/chart/chart.module.css";
import type { Report, StoreId } from "@/lib/engine/report-schema";
import { formatGb, formatNumber } from "@/lib/format";
import { STORE_LABELS, storeColor } from "./palette";
import { activeStores, storageRows, storageSummary, type StorageRow } from "./storage-data";

export interface StorageChartProps {
  /**
   * The evaluated plan (`evaluate(plan)`); `null`/`undefined` while it is being computed (loading state).
   * Reads `report.storage.months[]` (GB per store, total, total with margin) and `marginPct`.
   */
  report: Report | null | undefined;
}

/**
 * Storage growth over the planning horizon: stacked areas per store (objects, PostgreSQL, vectors, search, Redis,
 * backups, logs) and the provisioned total with the safety margin as a dashed line; x in months from today, y in
 * GB/TB. Screen readers get the month-by-month table.
 */
export function StorageChart({ report }: StorageChartProps) {
  const theme = useChartTheme();
  const rows = useMemo(() => (report ? storageRows(report) : null), [report]);
  const stores = useMemo(() => (rows ? activeStores(rows) : []), [rows]);
  const ticks = useMemo(() => monthTicks(rows?.map((r) => r.month) ?? []), [rows]);
  const marginName = `Provisioned (+${formatNumber(report?.storage.marginPct ?? 0)}% margin)`;
  // Stable props for recharts (new ones make it re-register the series on every update).
  const series = useMemo(
    () => stores.map((s) => ({ key: s, name: STORE_LABELS[s], color: storeColor(s, theme) })),
    [stores, theme],
  );
  return (
    <ChartFrame
      title="Storage growth"
      state={!rows ? "loading" : rows.length === 0 ? "empty" : "ready"}
      summary={report ? storageSummary(report) : undefined}
      emptyText="No storage months: the plan has no horizon."
    >
      {rows && rows.length > 0 && (
        <StoragePlot rows={rows} series={series} ticks={ticks} marginName={marginName} />
      )}
      <HiddenTable
        caption="Storage per store at the chart's month ticks (every month in the tooltip)"
        columns={["Month", "Users", ...stores.map((s) => STORE_LABELS[s]), "Total", marginName]}
        rows={atMonths(rows ?? [], ticks).map((r) => [
          formatNumber(r.month),
          formatNumber(r.users),
          ...stores.map((s) => formatGb(r[s])),
          formatGb(r.totalGb),
          formatGb(r.withMarginGb),
        ])}
      />
    </ChartFrame>
  );
}

interface StoragePlotProps {
  rows: StorageRow[];
  series: { key: StoreId; name: string; color: string }[];
  ticks: number[];
  /** Name of the provisioned-total line (it says the margin). */
  marginName: string;
}

/** Stacked areas per store and the provisioned total as a dashed line; axis titles go in a narrow panel. */
function StoragePlot({ rows, series, ticks, marginName }: StoragePlotProps) {
  const [plotRef, width] = useElementWidth();
  const compact = width !== null && width < COMPACT_WIDTH_PX;
  const orders = useMemo(() => {
    const names = series.map((s) => s.name);
    // Tooltip: top of the stack first, like the picture.
    return {
      legend: orderBy([...names, marginName]),
      tooltip: orderBy([marginName, ...[...names].reverse()]),
    };
  }, [series, marginName]);
  const yWidth = useMemo(
    () => tickLabelWidth(formatGb(Math.max(0, ...rows.map((r) => r.withMarginGb)) * 1.25)),
    [rows],
  );
  const yLabel = useMemo(
    () => (compact ? undefined : axisLabel("Storage (GB/TB)", "insideLeft", -90)),
    [compact],
  );
  return (
    <div className={styles.plot} ref={plotRef}>
      <ComposedChart responsive data={rows} style={PLOT_STYLE} margin={MARGIN} title="Storage growth">
        <CartesianGrid vertical={false} stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis
          dataKey="month"
          type="number"
          domain={MONTH_DOMAIN}
          ticks={ticks}
          interval={0}
          {...AXIS_STYLE}
          label={MONTH_LABEL}
        />
        <YAxis
          width={yWidth + (yLabel ? 16 : 0)}
          interval={0}
          {...AXIS_STYLE}
          tickFormatter={(gb: number) => formatGb(gb)}
          label={yLabel}
        />
        <Tooltip
          {...TOOLTIP_STYLE}
          formatter={formatTooltipValue}
          labelFormatter={formatTooltipLabel}
          itemSorter={orders.tooltip}
        />
        <Legend {...LEGEND_PROPS} itemSorter={orders.legend} />
        {series.map((s) => (
          <Area
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.name}
            stackId="stores"
            stroke={s.color}
            fill={s.color}
            fillOpacity={0.8}
            isAnimationActive={false}
          />
        ))}
        <Line
          type="monotone"
          dataKey="withMarginGb"
          name={marginName}
          stroke="var(--text)"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </div>
  );
}

const PLOT_STYLE = { width: "100%", height: 280 } as const;
const MARGIN = { top: 8, right: 12, bottom: 18, left: 4 } as const;
const MONTH_DOMAIN = ["dataMin", "dataMax"] as const;
const MONTH_LABEL = axisLabel("Month", "insideBottom");

const formatTooltipValue = (v: unknown) => (typeof v === "number" ? formatGb(v) : String(v));
const formatTooltipLabel = (_label: unknown, payload: TooltipPayload) => {
  const row = payload[0]?.payload as StorageRow | undefined;
  return row
    ? `Month ${formatNumber(row.month)} · ${formatNumber(row.users)} users · ${formatGb(row.totalGb)} stored`
    : "";
};
