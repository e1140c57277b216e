import type { CSSProperties, ReactNode } from "react";
import styles from "./chart.module.css";

/** Tooltip box styling for recharts' own tooltip (its default box is white in both themes). */
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

export interface TooltipRow {
  label: string;
  value: string;
  /** A series colour swatch before the label. */
  color?: string;
}

/** A custom tooltip's box: a title, term/value rows, then notes or alerts. */
export function TooltipBox({
  title,
  rows,
  children,
}: {
  title: string;
  rows?: TooltipRow[];
  children?: ReactNode;
}) {
  return (
    <div className={styles.tooltip}>
      <p className={styles.tooltipTitle}>{title}</p>
      {rows && (
        <dl>
          {rows.map((r) => (
            <div key={r.label} style={{ display: "contents" }}>
              <dt>
                {r.color && (
                  <span aria-hidden="true" style={{ color: r.color }}>
                    ■{" "}
                  </span>
                )}
                {r.label}
              </dt>
              <dd>{r.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {children}
    </div>
  );
}

/** A line under a tooltip's rows: a note, or an alert in the error colour. */
export function TooltipNote({ alert, children }: { alert?: boolean; children: ReactNode }) {
  return <p className={alert ? styles.tooltipAlert : styles.tooltipNote}>{children}</p>;
}
