"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useMemo } from "react";
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
import { formatGb, formatPct, type Locale } from "@/lib/format";
import { memoryRows, memorySummary, type MemoryRow } from "./memory-fit-data";
import { SERIES_COLORS } from "./palette";

export interface MemoryFitChartProps {
  /**
   * The evaluated plan (`evaluate(plan)`); `null`/`undefined` while it is being computed (loading state).
   * Reads `report.serving[]` (self-hosted nodes only): `memory` of one instance and `fits`.
   */
  report: Report | null | undefined;
}

/**
 * Memory fit per self-hosted serving instance: a stacked bar of weights, KV cache and runtime overhead (GB, the
 * instance's devices together) beside a bar of the devices' usable memory. A node that does not fit has its usable
 * capacity bar and segment outlines in red and "✕ does not fit" under its name. Screen readers get a data table.
 */
export function MemoryFitChart({ report }: MemoryFitChartProps) {
  const rows = useMemo(() => (report ? memoryRows(report) : null), [report]);
  const locale = useLocale() as Locale;
  const t = useTranslations("charts.memory");
  const gb = (x: number) => formatGb(x, locale);
  return (
    <ChartFrame
      title={t("title")}
      state={!rows ? "loading" : rows.length === 0 ? "empty" : "ready"}
      summary={rows ? memorySummary(rows, locale) : undefined}
      emptyText={t("empty")}
    >
      {rows && rows.length > 0 && <MemoryBars rows={rows} />}
      <HiddenTable
        caption={t("caption")}
        columns={[
          t("node"),
          t("weights"),
          t("kvCache"),
          t("overhead"),
          t("required"),
          t("usable"),
          t("fitsColumn"),
        ]}
        rows={(rows ?? []).map((r) => [
          r.label,
          gb(r.weightsGb),
          gb(r.kvCacheGb),
          gb(r.overheadGb),
          gb(r.requiredGb),
          gb(r.capacityGb),
          r.fits ? t("fitsYes", { share: formatPct(r.usedShare, 0, locale) }) : t("fitsNo"),
        ])}
      />
    </ChartFrame>
  );
}

/** The stacked segments of what one instance needs, in stacking order (`name`: the message key). */
const SEGMENTS = [
  { key: "weightsGb", name: "weights", color: SERIES_COLORS.weights },
  { key: "kvCacheGb", name: "kvCache", color: SERIES_COLORS.kvCache },
  { key: "overheadGb", name: "overhead", color: SERIES_COLORS.overhead },
] as const;

const rowOf = (p: { payload?: unknown }) => p.payload as MemoryRow | undefined;

/** Outlines a segment in the error colour when its node does not fit. */
const segmentShape = (p: BarShapeProps) => {
  const misfit = rowOf(p)?.fits === false;
  return <Rectangle {...p} stroke={misfit ? "var(--error)" : "none"} strokeWidth={misfit ? 2 : 0} />;
};

/** The usable-memory bar turns red when the node does not fit. */
const capacityShape = (p: BarShapeProps) =>
  rowOf(p)?.fits === false ? (
    <Rectangle {...p} fill="var(--error)" fillOpacity={0.55} stroke="var(--error)" />
  ) : (
    <Rectangle {...p} />
  );

/** The horizontal bars, one pair per node: what it needs (stacked) beside what its devices offer. */
function MemoryBars({ rows }: { rows: MemoryRow[] }) {
  const theme = useChartTheme();
  const locale = useLocale() as Locale;
  const t = useTranslations("charts.memory");
  // Stable per language (recharts re-registers series when these change).
  const legend = useMemo(() => [...SEGMENTS.map((s) => t(s.name)), t("usableMemory")], [t]);
  const fitNote = useCallback(
    (r: MemoryRow) =>
      r.fits
        ? { text: t("used", { share: formatPct(r.usedShare, 0, locale) }), alert: false }
        : { text: t("noFit"), alert: true },
    [t, locale],
  );
  const xFormatter = useCallback((x: number) => formatGb(x, locale), [locale]);
  return (
    <NodeBarChart
      rows={rows}
      title={t("title")}
      xLabel={t("axis")}
      xFormatter={xFormatter}
      note={fitNote}
      tooltip={MemoryTooltip}
      legend={legend}
    >
      {SEGMENTS.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={t(s.name)}
          stackId="required"
          fill={s.color[theme]}
          isAnimationActive={false}
          shape={segmentShape}
        />
      ))}
      <Bar
        dataKey="capacityGb"
        name={t("usableMemory")}
        fill="var(--text-muted)"
        fillOpacity={0.35}
        stroke="var(--text-muted)"
        isAnimationActive={false}
        shape={capacityShape}
      />
    </NodeBarChart>
  );
}

function MemoryTooltip({ active, payload }: TooltipContentProps) {
  const locale = useLocale() as Locale;
  const t = useTranslations("charts.memory");
  const row = payload?.[0]?.payload as MemoryRow | undefined;
  if (!active || !row) return null;
  return (
    <TooltipBox
      title={row.label}
      rows={[
        ...SEGMENTS.map((s) => ({ label: t(s.name), value: formatGb(row[s.key], locale) })),
        { label: t("required"), value: formatGb(row.requiredGb, locale) },
        { label: t("usableMemory"), value: formatGb(row.capacityGb, locale) },
      ]}
    >
      {row.fits ? (
        <TooltipNote>{t("fitsNote", { share: formatPct(row.usedShare, 0, locale) })}</TooltipNote>
      ) : (
        <TooltipNote alert>{t("noFitNote")}</TooltipNote>
      )}
    </TooltipBox>
  );
}
