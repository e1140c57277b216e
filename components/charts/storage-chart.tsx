"use client";

import { useLocale, useTranslations } from "next-intl";
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
import { formatGb, formatNumber, type Locale } from "@/lib/format";
import { storeColor } from "./palette";
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
  const locale = useLocale() as Locale;
  const t = useTranslations("charts");
  const marginName = t("storage.provisioned", {
    margin: formatNumber(report?.storage.marginPct ?? 0, 0, locale),
  });
  // Stable props for recharts (new ones make it re-register the series on every update).
  const series = useMemo(
    () => stores.map((s) => ({ key: s, name: t(`stores.${s}`), color: storeColor(s, theme) })),
    [stores, theme, t],
  );
  const gb = (x: number) => formatGb(x, locale);
  return (
    <ChartFrame
      title={t("storage.title")}
      state={!rows ? "loading" : rows.length === 0 ? "empty" : "ready"}
      summary={report ? storageSummary(report, locale) : undefined}
      emptyText={t("storage.empty")}
    >
      {rows && rows.length > 0 && (
        <StoragePlot rows={rows} series={series} ticks={ticks} marginName={marginName} />
      )}
      <HiddenTable
        caption={t("storage.caption")}
        columns={[
          t("storage.month"),
          t("storage.users"),
          ...series.map((s) => s.name),
          t("storage.total"),
          marginName,
        ]}
        rows={atMonths(rows ?? [], ticks).map((r) => [
          formatNumber(r.month, 0, locale),
          formatNumber(r.users, 0, locale),
          ...stores.map((s) => gb(r[s])),
          gb(r.totalGb),
          gb(r.withMarginGb),
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
  const t = useTranslations("charts.storage");
  const labels = usePlotLabels();
  const orders = useSeriesOrders(series, marginName);
  const yAxis = useValueAxis(rows, width !== null && width < COMPACT_WIDTH_PX);
  return (
    <div className={styles.plot} ref={plotRef}>
      <ComposedChart responsive data={rows} style={PLOT_STYLE} margin={MARGIN} title={t("title")}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis
          dataKey="month"
          type="number"
          domain={MONTH_DOMAIN}
          ticks={ticks}
          interval={0}
          {...AXIS_STYLE}
          label={labels.month}
        />
        <YAxis
          width={yAxis.width + (yAxis.label ? 16 : 0)}
          interval={0}
          {...AXIS_STYLE}
          tickFormatter={labels.tick}
          label={yAxis.label}
        />
        <Tooltip
          {...TOOLTIP_STYLE}
          formatter={labels.value}
          labelFormatter={labels.tooltip}
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

/** The month axis title and the GB formatters of ticks, values and the tooltip's title (stable for recharts). */
function usePlotLabels() {
  const locale = useLocale() as Locale;
  const t = useTranslations("charts.storage");
  return useMemo(
    () => ({
      month: axisLabel(t("month"), "insideBottom"),
      value: (v: unknown) => (typeof v === "number" ? formatGb(v, locale) : String(v)),
      tooltip: (_label: unknown, payload: TooltipPayload) => {
        const row = payload[0]?.payload as StorageRow | undefined;
        return row
          ? t("tooltipLabel", {
              month: formatNumber(row.month, 0, locale),
              users: formatNumber(row.users, 0, locale),
              stored: formatGb(row.totalGb, locale),
            })
          : "";
      },
      tick: (gb: number) => formatGb(gb, locale),
    }),
    [t, locale],
  );
}

/** Legend in stack order, then the total; tooltip top of the stack first, like the picture. */
function useSeriesOrders(series: StoragePlotProps["series"], marginName: string) {
  return useMemo(() => {
    const names = series.map((s) => s.name);
    return {
      legend: orderBy([...names, marginName]),
      tooltip: orderBy([marginName, ...[...names].reverse()]),
    };
  }, [series, marginName]);
}

/** The GB axis: wide enough for its largest tick, titled unless the plot is compact. */
function useValueAxis(rows: StorageRow[], compact: boolean) {
  const locale = useLocale() as Locale;
  const t = useTranslations("charts.storage");
  const width = useMemo(
    () => tickLabelWidth(formatGb(Math.max(0, ...rows.map((r) => r.withMarginGb)) * 1.25, locale)),
    [rows, locale],
  );
  const label = useMemo(() => (compact ? undefined : axisLabel(t("axis"), "insideLeft", -90)), [compact, t]);
  return { width, label };
}

const PLOT_STYLE = { width: "100%", height: 280 } as const;
const MARGIN = { top: 8, right: 12, bottom: 18, left: 4 } as const;
const MONTH_DOMAIN = ["dataMin", "dataMax"] as const;
