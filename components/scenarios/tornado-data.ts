import type { SensitivityDriver, SensitivityPoint } from "@/lib/engine/compare";
import type { SensitivityResult } from "@/lib/editor/advisor";
import { formatNumber, formatPct, formatUsd, type Locale } from "@/lib/format";
import { formatHeadroom } from "@/components/advisor/options-data";
import { translator } from "@/lib/i18n/translate";

/**
 * Tornado chart data: for each driver (users, tokens per request, prices), how the monthly run cost moves when the
 * driver is halved and when it is raised by 50%, relative to the design as planned (factor 1). Sorted by swing, the
 * widest bar on top. Amounts in the display currency (USD × rate). Pure.
 */

/** The driver's name ("Users"), in the locale (messages: scenarios.tornado.driver). */
export function driverLabel(driver: SensitivityDriver, locale: Locale = "en"): string {
  return translator(locale, "scenarios")(`tornado.driver.${driver}`);
}

/** What the driver covers ("Active users (peak demand scales with them)"), in the locale. */
export function driverHint(driver: SensitivityDriver, locale: Locale = "en"): string {
  return translator(locale, "scenarios")(`tornado.driverHint.${driver}`);
}

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

export function tornadoData(result: SensitivityResult, rate = 1, locale: Locale = "en"): TornadoData {
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
      label: driverLabel(driver, locale),
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
export function formatHeadroomDelta(delta: number | null, locale: Locale = "en"): string {
  if (delta === null) return "—";
  const t = translator(locale, "scenarios");
  const pts = formatNumber(Math.abs(delta * 100), 0, locale);
  if (pts === "0") return t("tornado.pts", { value: "±0" });
  return t("tornado.pts", { value: `${delta < 0 ? "−" : "+"}${pts}` });
}

/** "+31% (−20 pts), SLOs missed" — an end's headroom for tooltips and the table. */
export function headroomText(e: TornadoEnd, locale: Locale = "en"): string {
  const delta = e.headroomDelta === null ? "" : ` (${formatHeadroomDelta(e.headroomDelta, locale)})`;
  const headroom = `${formatHeadroom(e.headroom, true, locale)}${delta}`;
  return e.meetsSlo ? headroom : translator(locale, "scenarios")("tornado.sloMissed", { headroom });
}

/** One sentence for screen readers and the caption. */
export function tornadoSummary(data: TornadoData, currency = "USD", locale: Locale = "en"): string {
  const t = translator(locale, "scenarios");
  const top = data.rows[0];
  if (!top) return t("tornado.noPoints");
  const ends = data.rows.flatMap((r) =>
    [r.low, r.high].map((e) => ({ e, text: `${r.label.toLowerCase()} ${factorLabel(e.factor, locale)}` })),
  );
  const missed = ends.filter((x) => !x.e.meetsSlo).map((x) => x.text);
  const met = ends.filter((x) => x.e.meetsSlo).map((x) => x.text);
  const slo = data.base.meetsSlo
    ? missed.length
      ? t("tornado.missedWith", { list: missed.join(", ") })
      : t("tornado.holdEverywhere")
    : met.length
      ? t("tornado.metWith", { list: met.join(", ") })
      : t("tornado.missedEverywhere");
  const head = t("tornado.summary", {
    base: formatUsd(data.base.cost, currency, 1, locale),
    driver: top.label,
    low: formatDelta(top.lowDelta, currency, locale),
    lowFactor: factorLabel(top.low.factor, locale),
    high: formatDelta(top.highDelta, currency, locale),
    highFactor: factorLabel(top.high.factor, locale),
  });
  return `${head} ${slo}`;
}

/** 0.5 → "−50%", 1.25 → "+25%". */
export function factorLabel(factor: number, locale: Locale = "en"): string {
  const pct = formatPct(Math.abs(factor - 1), 0, locale);
  return factor < 1 ? `−${pct}` : `+${pct}`;
}
