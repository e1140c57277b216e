import type { CSSProperties } from "react";
import styles from "./chart.module.css";

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

export interface ReferenceKeyItem {
  /** Horizontal line (a level) or vertical line (a moment). */
  orientation: "horizontal" | "vertical";
  /** SVG dash pattern of the line as drawn on the chart. */
  dash: string;
  label: string;
}

/** The key of a chart's reference lines, in HTML so that it never collides with the plot at any width. */
export function ReferenceKey({ items }: { items: ReferenceKeyItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className={styles.refKey} aria-label="Reference lines">
      {items.map((item) => {
        const h = item.orientation === "horizontal";
        return (
          <li key={item.label}>
            <svg width={h ? 24 : 10} height={h ? 10 : 14} aria-hidden="true">
              <line
                x1={h ? 0 : 5}
                y1={h ? 5 : 0}
                x2={h ? 24 : 5}
                y2={h ? 5 : 14}
                stroke="var(--text-muted)"
                strokeWidth="2"
                strokeDasharray={item.dash}
              />
            </svg>
            {item.label}
          </li>
        );
      })}
    </ul>
  );
}
