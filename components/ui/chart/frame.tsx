"use client";

import { useId, type ReactNode } from "react";
import styles from "./chart.module.css";

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
  /** Height of the loading placeholder, px (default: a chart's). */
  loadingHeight?: number;
  children?: ReactNode;
}

/** A titled chart region with loading and empty states, shared by every chart and figure card. */
export function ChartFrame({
  title,
  summary,
  state,
  emptyText,
  actions,
  loadingHeight,
  children,
}: ChartFrameProps) {
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
        <div
          className={styles.skeleton}
          style={loadingHeight ? { height: loadingHeight } : undefined}
          role="status"
        >
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
