"use client";

import { useEffect, useId, useState, type CSSProperties, type ReactNode } from "react";
import { useTheme } from "@/components/ui/theme-toggle";
import type { ChartTheme } from "./palette";
import styles from "./charts.module.css";

/** The current theme for palette look-ups ("light" before hydration). Re-renders when the theme toggles. */
export function useChartTheme(): ChartTheme {
  return useTheme() ?? "light";
}

/** Below this plot width (px) charts drop axis titles and shorten category labels. */
export const COMPACT_WIDTH_PX = 400;

/**
 * Width of an element, tracked with a ResizeObserver (null until measured). Returns a callback ref for the element.
 * Charts use it to switch to a compact layout in a narrow panel.
 */
export function useElementWidth(): [(el: HTMLElement | null) => void, number | null] {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return [setEl, width];
}

export type ChartState = "loading" | "empty" | "ready";

export interface ChartFrameProps {
  /** Heading of the region (an `<h3>`); also names the region for assistive technology. */
  title: string;
  /** What the chart shows, in words — visible under the chart and the region's description. */
  summary?: string;
  /** loading: the report is being computed; empty: nothing to draw (`emptyText` explains why); ready: children. */
  state: ChartState;
  /** Shown in the empty state. */
  emptyText?: string;
  /** Controls next to the heading (toggles). */
  actions?: ReactNode;
  children?: ReactNode;
}

/** A titled chart region with loading and empty states, shared by the dashboard charts. */
export function ChartFrame({ title, summary, state, emptyText, actions, children }: ChartFrameProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const showSummary = state === "ready" && summary;
  return (
    <section
      role="region"
      aria-labelledby={titleId}
      aria-describedby={showSummary ? summaryId : undefined}
      aria-busy={state === "loading"}
      className={styles.card}
    >
      <div className={styles.head}>
        <h3 id={titleId}>{title}</h3>
        {state === "ready" && actions}
      </div>
      {state === "loading" ? (
        <div className={styles.skeleton} role="status">
          <span className={styles.skeletonText}>Calculating…</span>
        </div>
      ) : state === "empty" ? (
        <p className={styles.empty}>{emptyText ?? "Nothing to show."}</p>
      ) : (
        children
      )}
      {showSummary && (
        <p id={summaryId} className={styles.summary}>
          {summary}
        </p>
      )}
    </section>
  );
}

export interface HiddenTableProps {
  caption: string;
  /** Column headings; the first column holds the row headings. */
  columns: string[];
  /** Cells, already formatted (one array per row, same length as `columns`). */
  rows: string[][];
}

/** The chart's numbers as a table only screen readers see (the chart itself is a picture). */
export function HiddenTable({ caption, columns, rows }: HiddenTableProps) {
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={`${r[0]}-${i}`}>
            {r.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={j}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Axis styling from the theme variables (they follow the theme toggle without a re-render). */
export const AXIS_TICK = { fill: "var(--text-muted)", fontSize: 12 } as const;
export const AXIS_LINE = { stroke: "var(--border)" } as const;
export const GRID_STROKE = "var(--border)";

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

/** Tooltip box styling (recharts' default box is white in both themes). */
export const TOOLTIP_STYLE = {
  contentStyle: {
    background: "var(--surface)",
    border: "1px solid var(--border)",
    borderRadius: 6,
    color: "var(--text)",
    fontSize: 12,
    boxShadow: "var(--shadow)",
  } satisfies CSSProperties,
  labelStyle: { color: "var(--text)", fontWeight: 600 } satisfies CSSProperties,
  itemStyle: { color: "var(--text)", padding: 0 } satisfies CSSProperties,
  wrapperStyle: { zIndex: 2, outline: "none" } satisfies CSSProperties,
  cursor: { fill: "var(--surface-2)", stroke: "var(--border)" },
  isAnimationActive: false,
} as const;

/** Legend text in the text colour (series colours are graphics-contrast only, not text-contrast). */
export const LEGEND_PROPS = {
  wrapperStyle: { fontSize: 12, paddingTop: 4 } satisfies CSSProperties,
  formatter: (value: unknown) => <span style={{ color: "var(--text)" }}>{String(value)}</span>,
} as const;

/**
 * A legend/tooltip item sorter that keeps `names` order (recharts sorts alphabetically by default, which scrambles
 * stacks). Items not in `names` go last.
 */
export function orderBy(names: readonly string[]) {
  return (item: { value?: unknown; name?: unknown }): number => {
    const i = names.indexOf(String(item.value ?? item.name ?? ""));
    return i === -1 ? names.length : i;
  };
}

/** A tooltip box for custom tooltip contents, matching TOOLTIP_STYLE. */
export function TooltipBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className={styles.tooltip}>
      <p className={styles.tooltipTitle}>{title}</p>
      {children}
    </div>
  );
}
