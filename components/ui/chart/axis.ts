/** Chart axes: styling from the theme, titles, tick choice and widths, category labels. Pure. */

/** Longest node label shown on a category axis; the full label is in the tooltip and the data table. */
export const NODE_TICK_CHARS = 20;

/** Category-axis width (px) and label length for node names, regular and compact (narrow panel). */
export const NODE_AXIS = { regular: { width: 164, chars: 22 }, compact: { width: 116, chars: 14 } } as const;

/** "Llama 3.3 70B Q4 (2× Mac Studio M3 Ultra)" → "Llama 3.3 70B Q4 (2× M…" when longer than `max` characters. */
export function truncateLabel(label: string, max = NODE_TICK_CHARS): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** Height of a horizontal bar chart with `rows` categories: room per row plus axis and legend. */
export function barChartHeight(rows: number, perRow = 56, chrome = 78): number {
  return Math.max(1, rows) * perRow + chrome;
}

/**
 * Month ticks for a horizon: every 1, 2, 3, 6 or 12 months depending on its length (≤ ~7 ticks), plus the last
 * month when it is not too close to the previous tick. `months` is the chart's month column (ascending).
 */
export function monthTicks(months: readonly number[]): number[] {
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return [];
  const span = last - first;
  const step = span <= 6 ? 1 : span <= 12 ? 2 : span <= 24 ? 3 : span <= 42 ? 6 : 12;
  const ticks: number[] = [];
  for (let m = first; m <= last; m += step) ticks.push(m);
  const tail = ticks[ticks.length - 1]!;
  if (tail !== last) {
    if (last - tail >= step / 2) ticks.push(last);
    else ticks[ticks.length - 1] = last;
  }
  return ticks;
}

/**
 * Width (px) a y axis needs for tick labels like `sample` at 12 px (≈ 7 px per character plus the tick line).
 * Charts size their value axes with it instead of recharts' `width="auto"`, which measures the DOM on every update.
 */
export function tickLabelWidth(sample: string): number {
  return Math.ceil(sample.length * 7 + 14);
}

/** The rows whose month is one of `months` (the chart's ticks): the screen-reader table samples the series there. */
export function atMonths<T extends { month: number }>(rows: readonly T[], months: readonly number[]): T[] {
  const wanted = new Set(months);
  return rows.filter((r) => wanted.has(r.month));
}

/** Axis styling from the theme variables (they follow the theme toggle without a re-render). */
export const AXIS_TICK = { fill: "var(--text-muted)", fontSize: 12 } as const;
export const AXIS_LINE = { stroke: "var(--border)" } as const;
export const GRID_STROKE = "var(--border)";
/** Tick text, axis line and tick lines of a value or month axis, to spread on recharts' XAxis / YAxis. */
export const AXIS_STYLE = { tick: AXIS_TICK, axisLine: AXIS_LINE, tickLine: AXIS_LINE } as const;

/** Axis title props for recharts' `label`. */
export function axisLabel(
  value: string,
  position: "insideBottom" | "insideLeft" | "insideRight" | "insideBottomRight",
  angle = 0,
) {
  return {
    value,
    position,
    angle,
    fill: "var(--text-muted)",
    fontSize: 12,
    offset: position === "insideBottom" || position === "insideBottomRight" ? -4 : 0,
    style: { textAnchor: "middle" as const },
  };
}
