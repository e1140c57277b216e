"use client";

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
import { formatCompact, formatNumber, formatTokensPerSecond } from "@/lib/format";
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
  const groups = useMemo(() => (report ? capacityGroups(report) : null), [report]);
  const rows = useMemo(() => (groups ? [...groups.llm, ...groups.embeddings] : []), [groups]);
  const state = !groups ? "loading" : rows.length === 0 ? "empty" : "ready";
  return (
    <ChartFrame
      title="Serving capacity vs peak demand"
      state={state}
      summary={groups ? capacitySummary(groups) : undefined}
      emptyText="No LLM or embedding nodes yet: add one to compare its capacity with the demand."
    >
      {groups && groups.llm.length > 0 && (
        <CapacityBars
          heading="LLM generation — output tokens/s"
          axisUnit="output tok/s"
          rows={groups.llm}
          theme={theme}
        />
      )}
      {groups && groups.embeddings.length > 0 && (
        <CapacityBars
          heading="Embeddings — input tokens/s"
          axisUnit="input tok/s"
          rows={groups.embeddings}
          theme={theme}
        />
      )}
      <HiddenTable
        caption="Serving capacity within the SLOs vs peak demand"
        columns={[
          "Node",
          "Rate",
          "Capacity at SLO",
          "Peak demand",
          "Utilisation",
          "Replicas (needed)",
          "SLO",
        ]}
        rows={rows.map((r) => [
          r.label,
          r.metric === "output" ? "output tokens/s" : "input tokens/s",
          formatCapacity(r),
          formatTokensPerSecond(r.demandTokensPerSecond),
          formatUtilisation(r) + (r.overloaded ? " — over capacity" : ""),
          r.mode === "cloud" ? "—" : `${formatNumber(r.replicas)} (${formatNumber(r.requiredReplicas)})`,
          `${r.meetsSlo ? "met" : "not met"}: ${r.sloReason}`,
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

const LEGEND = ["Capacity at SLO", "Peak demand"];

const tickNote = (r: CapacityRow) => ({
  text: r.overloaded ? r.marker : r.mode === "cloud" ? "elastic (cloud)" : "",
  alert: r.overloaded,
});

/** Capacity within the SLOs beside peak demand, one pair of bars per node; demand above capacity in red. */
const CapacityBars = memo(function CapacityBars({ heading, axisUnit, rows, theme }: CapacityBarsProps) {
  const demandColor = SERIES_COLORS.demand[theme];
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
      xFormatter={formatCompact}
      note={tickNote}
      tooltip={CapacityTooltip}
      legend={LEGEND}
    >
      <Bar
        dataKey="capacity"
        name="Capacity at SLO"
        fill={SERIES_COLORS.capacity[theme]}
        isAnimationActive={false}
      />
      <Bar
        dataKey="demand"
        name="Peak demand"
        fill={demandColor}
        isAnimationActive={false}
        shape={demandShape}
      />
    </NodeBarChart>
  );
});

function CapacityTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as CapacityRow | undefined;
  if (!active || !row) return null;
  const replicas = `${formatNumber(row.replicas)} (${formatNumber(row.requiredReplicas)})`;
  return (
    <TooltipBox
      title={row.label}
      rows={[
        { label: "Capacity at SLO", value: formatCapacity(row) },
        { label: "Peak demand", value: formatTokensPerSecond(row.demandTokensPerSecond) },
        { label: "Utilisation", value: formatUtilisation(row) },
        ...(row.mode === "self-hosted" ? [{ label: "Replicas (needed)", value: replicas }] : []),
      ]}
    >
      {row.overloaded && <TooltipNote alert>Demand exceeds capacity</TooltipNote>}
      <TooltipNote>
        SLO {row.meetsSlo ? "met" : "not met"}: {row.sloReason}
      </TooltipNote>
    </TooltipBox>
  );
}
