"use client";

import { useCallback, useMemo } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Rectangle,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
} from "recharts";
import {
  AXIS_LINE,
  AXIS_TICK,
  COMPACT_WIDTH_PX,
  ChartFrame,
  GRID_STROKE,
  HiddenTable,
  LEGEND_PROPS,
  NODE_AXIS,
  NodeTick,
  TOOLTIP_STYLE,
  TooltipBox,
  TooltipNote,
  axisLabel,
  barChartHeight,
  orderBy,
  useChartTheme,
  useElementWidth,
} from "@/components/ui/chart";
import styles from "@/components/ui/chart/chart.module.css";
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

const BAR_MARGIN = { top: 4, right: 16, bottom: 22, left: 0 } as const;
const ZERO_BASED = [0, "auto"] as const;
const X_LABEL = axisLabel("GB per instance", "insideBottom");
const LEGEND_ORDER = orderBy(["Weights", "KV cache", "Overhead", "Usable memory"]);
/** The stacked segments of what one instance needs, in stacking order. */
const SEGMENTS = [
  { key: "weightsGb", name: "Weights", color: SERIES_COLORS.weights },
  { key: "kvCacheGb", name: "KV cache", color: SERIES_COLORS.kvCache },
  { key: "overheadGb", name: "Overhead", color: SERIES_COLORS.overhead },
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

/** The horizontal bars, one pair per node, with the node's label and fit under it on the category axis. */
function MemoryBars({ rows }: { rows: MemoryRow[] }) {
  const theme = useChartTheme();
  const [plotRef, width] = useElementWidth();
  const axis = width !== null && width < COMPACT_WIDTH_PX ? NODE_AXIS.compact : NODE_AXIS.regular;
  // Stable props for recharts (new ones make it re-register the series on every update).
  const style = useMemo(() => ({ width: "100%", height: barChartHeight(rows.length) }), [rows.length]);
  const tick = useCallback(
    (p: { x?: number | string; y?: number | string; index: number }) => {
      const r = rows[p.index];
      return r ? (
        <NodeTick
          x={p.x}
          y={p.y}
          label={r.label}
          note={r.fits ? `${formatPct(r.usedShare)} used` : "✕ does not fit"}
          alert={!r.fits}
          maxChars={axis.chars}
        />
      ) : null;
    },
    [rows, axis.chars],
  );
  return (
    <div className={styles.plot} ref={plotRef}>
      <BarChart
        responsive
        layout="vertical"
        data={rows}
        style={style}
        margin={BAR_MARGIN}
        barGap={2}
        barCategoryGap="22%"
        title="Memory fit per serving instance"
      >
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis
          type="number"
          tick={AXIS_TICK}
          axisLine={AXIS_LINE}
          tickLine={AXIS_LINE}
          tickFormatter={formatGb}
          label={X_LABEL}
          domain={ZERO_BASED}
        />
        <YAxis
          type="category"
          dataKey="nodeId"
          width={axis.width}
          axisLine={AXIS_LINE}
          tickLine={false}
          interval={0}
          tick={tick}
        />
        <Tooltip {...TOOLTIP_STYLE} content={MemoryTooltip} />
        <Legend {...LEGEND_PROPS} itemSorter={LEGEND_ORDER} />
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
      </BarChart>
    </div>
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
