import type { SensitivityDriver, SensitivityPoint } from "@/lib/engine/compare";
import type { SensitivityResult } from "@/lib/editor/advisor";
import { formatNumber, formatPct, formatUsd, type Locale } from "@/lib/format";
import { formatHeadroom } from "@/components/advisor/options-data";

/**
 * Tornado chart data: for each driver (users, tokens per request, prices), how the monthly run cost moves when the
 * driver is halved and when it is raised by 50%, relative to the design as planned (factor 1). Sorted by swing, the
 * widest bar on top. Amounts in the display currency (USD × rate). Pure.
 */

export const DRIVER_LABELS: Record<SensitivityDriver, string> = {
  users: "Users",
  tokens: "Tokens per request",
  prices: "Prices",
};

export const DRIVER_HINTS: Record<SensitivityDriver, string> = {
  users: "Active users (peak demand scales with them)",
  tokens: "Prompt and output tokens per request",
  prices: "Hardware, power, hosting, storage and cloud API prices",
};

export interface TornadoEnd {
  factor: number;
  /** Monthly run cost at this factor, display currency. */
  cost: number;
  /** Change from the base, display currency (negative: cheaper). */
  delta: number;
  headroom: number | null;
  /** Headroom change from the base, in fractions (−0.2 = 20 points less); null when either is elastic. */
  headroomDelta: number | null;
  meetsSlo: boolean;
}

export interface TornadoRow {
  driver: SensitivityDriver;
  label: string;
  /** The driver at −50%. */
  low: TornadoEnd;
  /** The driver at +50%. */
  high: TornadoEnd;
  /** The ±25% points, for the table. */
  lowQuarter: TornadoEnd | null;
  highQuarter: TornadoEnd | null;
  /** |high.delta − low.delta|: the width of the bar, display currency. */
  swing: number;
  /** Chart values: the cost change at −50% and +50%. */
  lowDelta: number;
  highDelta: number;
}

export interface TornadoData {
  base: { cost: number; headroom: number | null; meetsSlo: boolean };
  rows: TornadoRow[];
  /** Largest |change| of any bar, display currency: the chart's axis runs from −extent to +extent (0 → 1). */
  extent: number;
}

function end(p: SensitivityPoint, base: SensitivityResult["base"], rate: number): TornadoEnd {
  return {
    factor: p.factor,
    cost: p.monthlyCostUsd * rate,
    delta: (p.monthlyCostUsd - base.monthlyCostUsd) * rate,
    headroom: p.headroom,
    headroomDelta: p.headroom !== null && base.headroom !== null ? p.headroom - base.headroom : null,
    meetsSlo: p.meetsSlo,
  };
}

export function tornadoData(result: SensitivityResult, rate = 1): TornadoData {
  const drivers = [...new Set(result.points.map((p) => p.driver))];
  const rows: TornadoRow[] = [];
  for (const driver of drivers) {
    const at = (f: number) => result.points.find((p) => p.driver === driver && p.factor === f);
    const lo = at(0.5);
    const hi = at(1.5);
    if (!lo || !hi) continue;
    const low = end(lo, result.base, rate);
    const high = end(hi, result.base, rate);
    const q1 = at(0.75);
    const q3 = at(1.25);
    rows.push({
      driver,
      label: DRIVER_LABELS[driver],
      low,
      high,
      lowQuarter: q1 ? end(q1, result.base, rate) : null,
      highQuarter: q3 ? end(q3, result.base, rate) : null,
      swing: Math.abs(high.delta - low.delta),
      lowDelta: low.delta,
      highDelta: high.delta,
    });
  }
  rows.sort((a, b) => b.swing - a.swing || a.driver.localeCompare(b.driver));
  const extent = Math.max(0, ...rows.flatMap((r) => [Math.abs(r.lowDelta), Math.abs(r.highDelta)]));
  return {
    base: {
      cost: result.base.monthlyCostUsd * rate,
      headroom: result.base.headroom,
      meetsSlo: result.base.meetsSlo,
    },
    rows,
    extent: extent > 0 ? extent : 1,
  };
}

/** "+$1,234" / "−$56" / "±$0". */
export function formatDelta(delta: number, currency = "USD", locale: Locale = "en"): string {
  const rounded = Math.round(delta * 100) / 100;
  if (rounded === 0) return `±${formatUsd(0, currency, 1, locale)}`;
  return `${rounded < 0 ? "−" : "+"}${formatUsd(Math.abs(rounded), currency, 1, locale)}`;
}

/** "+12 pts", "−30 pts", "—" (elastic): headroom change in percentage points. */
export function formatHeadroomDelta(delta: number | null): string {
  if (delta === null) return "—";
  const pts = formatNumber(Math.abs(delta * 100));
  if (pts === "0") return "±0 pts";
  return `${delta < 0 ? "−" : "+"}${pts} pts`;
}

/** "+31% (−20 pts), SLOs missed" — an end's headroom for tooltips and the table. */
export function headroomText(e: TornadoEnd): string {
  const delta = e.headroomDelta === null ? "" : ` (${formatHeadroomDelta(e.headroomDelta)})`;
  return `${formatHeadroom(e.headroom)}${delta}${e.meetsSlo ? "" : ", SLOs missed"}`;
}

/** One sentence for screen readers and the caption. */
export function tornadoSummary(data: TornadoData, currency = "USD", locale: Locale = "en"): string {
  const top = data.rows[0];
  if (!top) return "No sensitivity points.";
  const ends = data.rows.flatMap((r) =>
    [r.low, r.high].map((e) => ({ e, text: `${r.label.toLowerCase()} ${factorLabel(e.factor)}` })),
  );
  const missed = ends.filter((x) => !x.e.meetsSlo).map((x) => x.text);
  const met = ends.filter((x) => x.e.meetsSlo).map((x) => x.text);
  const slo = data.base.meetsSlo
    ? missed.length
      ? ` The SLOs are missed with ${missed.join(", ")}.`
      : " The SLOs hold at every point."
    : met.length
      ? ` The design misses the SLOs as planned; they are met with ${met.join(", ")}.`
      : " The design misses the SLOs as planned and at every point.";
  return `Base ${formatUsd(data.base.cost, currency, 1, locale)} per month. ${top.label} move the cost most: ${formatDelta(top.lowDelta, currency, locale)} at ${factorLabel(top.low.factor)}, ${formatDelta(top.highDelta, currency, locale)} at ${factorLabel(top.high.factor)}.${slo}`;
}

/** 0.5 → "−50%", 1.25 → "+25%". */
export function factorLabel(factor: number): string {
  const pct = formatPct(Math.abs(factor - 1));
  return factor < 1 ? `−${pct}` : `+${pct}`;
}
