"use client";

import { useCallback, useMemo, type ReactNode } from "react";
import { BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { AXIS_LINE, AXIS_STYLE, GRID_STROKE, NODE_AXIS, axisLabel, barChartHeight } from "./axis";
import { LEGEND_PROPS, orderBy } from "./legend";
import { NodeTick } from "./node-tick";
import { COMPACT_WIDTH_PX, useElementWidth } from "./theme";
import { TOOLTIP_STYLE } from "./tooltip";
import styles from "./chart.module.css";

export interface NodeBarChartProps<T extends { nodeId: string; label: string }> {
  /** One row per node, top to bottom; the chart's data. */
  rows: readonly T[];
  /** The chart's SVG title; also shown above it when `heading` is set. */
  title: string;
  /** Show the title above the chart (when a card holds several). */
  heading?: boolean;
  /** Value axis title ("GB per instance"). */
  xLabel: string;
  xFormatter: (value: number) => string;
  /** The line under a node's label on the category axis ("✕ does not fit"), and whether it is an alert. */
  note: (row: T) => { text: string; alert: boolean };
  tooltip: (props: TooltipContentProps) => ReactNode;
  /** Legend order (the series' names). */
  legend: readonly string[];
  /** The <Bar> series. */
  children: ReactNode;
}

const MARGIN = { top: 4, right: 16, bottom: 22, left: 0 } as const;
const ZERO_BASED = [0, "auto"] as const;

/**
 * Horizontal bars with one row per node: the node's label and a status note on the category axis (shortened in a
 * narrow panel), a zero-based value axis, the shared tooltip and legend styling. Props are memoised: recharts
 * re-registers its series whenever it gets new ones.
 */
export function NodeBarChart<T extends { nodeId: string; label: string }>(props: NodeBarChartProps<T>) {
  const { rows, title, heading, xLabel, xFormatter, note, tooltip, legend, children } = props;
  const [plotRef, width] = useElementWidth();
  const axis = width !== null && width < COMPACT_WIDTH_PX ? NODE_AXIS.compact : NODE_AXIS.regular;
  const style = useMemo(() => ({ width: "100%", height: barChartHeight(rows.length) }), [rows.length]);
  const label = useMemo(() => axisLabel(xLabel, "insideBottom"), [xLabel]);
  const order = useMemo(() => orderBy(legend), [legend]);
  const tick = useCallback(
    (p: { x?: number | string; y?: number | string; index: number }) => {
      const r = rows[p.index];
      if (!r) return null;
      const n = note(r);
      return <NodeTick x={p.x} y={p.y} label={r.label} note={n.text} alert={n.alert} maxChars={axis.chars} />;
    },
    [rows, note, axis.chars],
  );
  return (
    <div className={styles.plot} ref={plotRef}>
      {heading && (
        <p className={styles.subhead} aria-hidden="true">
          {title}
        </p>
      )}
      <BarChart
        responsive
        layout="vertical"
        data={rows as T[]}
        style={style}
        margin={MARGIN}
        barGap={2}
        barCategoryGap="22%"
        title={title}
      >
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis type="number" {...AXIS_STYLE} tickFormatter={xFormatter} label={label} domain={ZERO_BASED} />
        <YAxis
          type="category"
          dataKey="nodeId"
          width={axis.width}
          axisLine={AXIS_LINE}
          tickLine={false}
          interval={0}
          tick={tick}
        />
        <Tooltip {...TOOLTIP_STYLE} content={tooltip} />
        <Legend {...LEGEND_PROPS} itemSorter={order} />
        {children}
      </BarChart>
    </div>
  );
}
