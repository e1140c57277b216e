"use client";

import { truncateLabel } from "./axis";

export interface NodeTickProps {
  x?: number | string;
  y?: number | string;
  /** The node's label (truncated here). */
  label: string;
  /** Second line under the label ("" for none), e.g. "elastic (cloud)" or "▲ over capacity". */
  note: string;
  /** Draw the note in the error colour. */
  alert: boolean;
  /** Longest label shown (characters); the full label is the tick's SVG title. */
  maxChars?: number;
}

/** A two-line category tick for horizontal bar charts: node label, then a status note. */
export function NodeTick({ x = 0, y = 0, label, note, alert, maxChars }: NodeTickProps) {
  return (
    <g transform={`translate(${x},${y})`}>
      <text x={-6} y={note ? -3 : 4} textAnchor="end" fontSize={12} fill="var(--text)">
        <title>{label}</title>
        {truncateLabel(label, maxChars)}
      </text>
      {note && (
        <text
          x={-6}
          y={11}
          textAnchor="end"
          fontSize={11}
          fontWeight={alert ? 600 : 400}
          fill={alert ? "var(--error)" : "var(--text-muted)"}
        >
          {note}
        </text>
      )}
    </g>
  );
}
