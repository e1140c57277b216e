"use client";

import { useMemo } from "react";
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
import { formatGb, formatPct } from "@/lib/format";
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
  return (
    <ChartFrame
      title="Memory fit per serving instance"
      state={!rows ? "loading" : rows.length === 0 ? "empty" : "ready"}
      summary={rows ? memorySummary(rows) : undefined}
      emptyText="No self-hosted LLM or embedding nodes: cloud APIs have no memory to fit."
    >
      {rows && rows.length > 0 && <MemoryBars rows={rows} />}
      <HiddenTable
        caption="Memory per serving instance, GB"
        columns={["Node", "Weights", "KV cache", "Overhead", "Required", "Usable", "Fits"]}
        rows={(rows ?? []).map((r) => [
          r.label,
          formatGb(r.weightsGb),
          formatGb(r.kvCacheGb),
          formatGb(r.overheadGb),
          formatGb(r.requiredGb),
          formatGb(r.capacityGb),
          r.fits ? `yes (${formatPct(r.usedShare)} used)` : "no",
        ])}
      />
    </ChartFrame>
  );
}

/** The stacked segments of what one instance needs, in stacking order. */
const SEGMENTS = [
  { key: "weightsGb", name: "Weights", color: SERIES_COLORS.weights },
  { key: "kvCacheGb", name: "KV cache", color: SERIES_COLORS.kvCache },
  { key: "overheadGb", name: "Overhead", color: SERIES_COLORS.overhead },
] as const;
const LEGEND = [...SEGMENTS.map((s) => s.name), "Usable memory"];

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

const fitNote = (r: MemoryRow) =>
  r.fits ? { text: `${formatPct(r.usedShare)} used`, alert: false } : { text: "✕ does not fit", alert: true };

/** The horizontal bars, one pair per node: what it needs (stacked) beside what its devices offer. */
function MemoryBars({ rows }: { rows: MemoryRow[] }) {
  const theme = useChartTheme();
  return (
    <NodeBarChart
      rows={rows}
      title="Memory fit per serving instance"
      xLabel="GB per instance"
      xFormatter={formatGb}
      note={fitNote}
      tooltip={MemoryTooltip}
      legend={LEGEND}
    >
      {SEGMENTS.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          stackId="required"
          fill={s.color[theme]}
          isAnimationActive={false}
          shape={segmentShape}
        />
      ))}
      <Bar
        dataKey="capacityGb"
        name="Usable memory"
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
  const row = payload?.[0]?.payload as MemoryRow | undefined;
  if (!active || !row) return null;
  return (
    <TooltipBox
      title={row.label}
      rows={[
        ...SEGMENTS.map((s) => ({ label: s.name, value: formatGb(row[s.key]) })),
        { label: "Required", value: formatGb(row.requiredGb) },
        { label: "Usable memory", value: formatGb(row.capacityGb) },
      ]}
    >
      {row.fits ? (
        <TooltipNote>Fits: {formatPct(row.usedShare)} of the usable memory</TooltipNote>
      ) : (
        <TooltipNote alert>Does not fit on its devices</TooltipNote>
      )}
    </TooltipBox>
  );
}
