"use client";

import { useLocale, useTranslations } from "next-intl";
import { memo, useCallback, useMemo } from "react";
import { Bar, Rectangle, type BarShapeProps, type TooltipContentProps } from "recharts";
import {
  ChartFrame,
  HiddenTable,
  NodeBarChart,
  TooltipBox,
  TooltipNote,
  useChartTheme,
} from "@/components/ui/chart";
import type { Report } from "@/lib/engine/report-schema";
import { formatCompact, formatNumber, formatTokensPerSecond, type Locale } from "@/lib/format";
import {
  capacityGroups,
  capacitySummary,
  formatCapacity,
  formatUtilisation,
  type CapacityRow,
} from "./capacity-data";
import { SERIES_COLORS, type ChartTheme } from "./palette";

export interface CapacityChartProps {
  /**
   * The evaluated plan (`evaluate(plan)`); `null`/`undefined` while it is being computed (loading state).
   * Reads `report.serving[]`: per node the capacity within the SLOs against the peak demand routed to it.
   */
  report: Report | null | undefined;
}

/**
 * Capacity vs peak demand per serving node, in two horizontal bar charts: LLMs on output tokens/s, embedding
 * nodes on input tokens/s. Self-hosted nodes show the capacity their replicas sustain within the SLOs; cloud nodes
 * are elastic (no capacity bar). Demand above capacity turns the demand bar red and adds a "▲" note under the node
 * name; the tooltip adds utilisation, replicas and the SLO verdict. Screen readers get a data table.
 */
export function CapacityChart({ report }: CapacityChartProps) {
  const theme = useChartTheme();
  const locale = useLocale() as Locale;
  const t = useTranslations("charts.capacity");
  const groups = useMemo(() => (report ? capacityGroups(report, locale) : null), [report, locale]);
  const rows = useMemo(() => (groups ? [...groups.llm, ...groups.embeddings] : []), [groups]);
  const state = !groups ? "loading" : rows.length === 0 ? "empty" : "ready";
  return (
    <ChartFrame
      title={t("title")}
      state={state}
      summary={groups ? capacitySummary(groups, locale) : undefined}
      emptyText={t("empty")}
    >
      {groups && groups.llm.length > 0 && (
        <CapacityBars heading={t("llmHeading")} axisUnit={t("llmAxis")} rows={groups.llm} theme={theme} />
      )}
      {groups && groups.embeddings.length > 0 && (
        <CapacityBars
          heading={t("embeddingsHeading")}
          axisUnit={t("embeddingsAxis")}
          rows={groups.embeddings}
          theme={theme}
        />
      )}
      <HiddenTable
        caption={t("caption")}
        columns={[
          t("node"),
          t("rate"),
          t("capacity"),
          t("demand"),
          t("utilisation"),
          t("replicas"),
          t("slo"),
        ]}
        rows={rows.map((r) => [
          r.label,
          r.metric === "output" ? t("rateOutput") : t("rateInput"),
          formatCapacity(r, locale),
          formatTokensPerSecond(r.demandTokensPerSecond, locale),
          formatUtilisation(r, locale) + (r.overloaded ? t("overCapacity") : ""),
          r.mode === "cloud"
            ? "—"
            : `${formatNumber(r.replicas, 0, locale)} (${formatNumber(r.requiredReplicas, 0, locale)})`,
          t("sloVerdict", { met: r.meetsSlo ? "yes" : "no", reason: r.sloReason }),
        ])}
      />
    </ChartFrame>
  );
}

interface CapacityBarsProps {
  heading: string;
  axisUnit: string;
  rows: CapacityRow[];
  theme: ChartTheme;
}

/** Capacity within the SLOs beside peak demand, one pair of bars per node; demand above capacity in red. */
const CapacityBars = memo(function CapacityBars({ heading, axisUnit, rows, theme }: CapacityBarsProps) {
  const demandColor = SERIES_COLORS.demand[theme];
  const t = useTranslations("charts.capacity");
  const locale = useLocale() as Locale;
  // Stable per language (recharts re-registers series when these change).
  const legend = useMemo(() => [t("capacity"), t("demand")], [t]);
  const tickNote = useCallback(
    (r: CapacityRow) => ({
      text: r.overloaded ? r.marker : r.mode === "cloud" ? t("elastic") : "",
      alert: r.overloaded,
    }),
    [t],
  );
  const xFormatter = useCallback((x: number) => formatCompact(x, locale), [locale]);
  // Stable props for recharts (new ones make it re-register the series on every update).
  const data = useMemo(
    () =>
      rows.map((r) => ({
        ...r,
        capacity: r.capacityTokensPerSecond ?? undefined,
        demand: r.demandTokensPerSecond,
      })),
    [rows],
  );
  const demandShape = useCallback(
    (p: BarShapeProps) => (
      <Rectangle
        {...p}
        fill={(p.payload as CapacityRow | undefined)?.overloaded ? "var(--error)" : demandColor}
      />
    ),
    [demandColor],
  );
  return (
    <NodeBarChart
      rows={data}
      title={heading}
      heading
      xLabel={axisUnit}
      xFormatter={xFormatter}
      note={tickNote}
      tooltip={CapacityTooltip}
      legend={legend}
    >
      <Bar
        dataKey="capacity"
        name={legend[0]}
        fill={SERIES_COLORS.capacity[theme]}
        isAnimationActive={false}
      />
      <Bar
        dataKey="demand"
        name={legend[1]}
        fill={demandColor}
        isAnimationActive={false}
        shape={demandShape}
      />
    </NodeBarChart>
  );
});

function CapacityTooltip({ active, payload }: TooltipContentProps) {
  const t = useTranslations("charts.capacity");
  const locale = useLocale() as Locale;
  const row = payload?.[0]?.payload as CapacityRow | undefined;
  if (!active || !row) return null;
  const replicas = `${formatNumber(row.replicas, 0, locale)} (${formatNumber(row.requiredReplicas, 0, locale)})`;
  return (
    <TooltipBox
      title={row.label}
      rows={[
        { label: t("capacity"), value: formatCapacity(row, locale) },
        { label: t("demand"), value: formatTokensPerSecond(row.demandTokensPerSecond, locale) },
        { label: t("utilisation"), value: formatUtilisation(row, locale) },
        ...(row.mode === "self-hosted" ? [{ label: t("replicas"), value: replicas }] : []),
      ]}
    >
      {row.overloaded && <TooltipNote alert>{t("exceeds")}</TooltipNote>}
      <TooltipNote>{t("sloNote", { met: row.meetsSlo ? "yes" : "no", reason: row.sloReason })}</TooltipNote>
    </TooltipBox>
  );
}
