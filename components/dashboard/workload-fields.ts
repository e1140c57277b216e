import type { z } from "zod";
import { formatNumber } from "@/lib/format";
import { slosSchema, workloadSchema, type Slos, type Workload } from "@/lib/plan/workload-schema";

/**
 * The numeric fields of the workload bar and the pure logic behind them: bounds read from the zod schemas,
 * slider ↔ value mapping (linear, logarithmic, or "nines" for availability), display units and validation
 * messages. Values are in the schema's units ("domain"); the controls show "display" units (`factor` × domain, e.g.
 * a 0–1 share shown in %).
 */

/**
 * How the slider maps its position to a value. linear: the native range; log: equal ratios per step (with an
 * offset when the minimum is 0); nines: equal steps in −log10(100 − value), for availability percentages.
 */
export type SliderScale = "linear" | "log" | "nines";

type WorkloadNumberKey = {
  [K in keyof Workload]: Workload[K] extends number ? K : never;
}[keyof Workload];

interface FieldBase {
  /** Short name used in messages ("Users"). */
  name: string;
  /** Visible label with the unit ("Active share at peak (%)"). */
  label: string;
  /** Unit spoken after the value by screen readers ("users", "%"). */
  unit: string;
  /** Display value = domain value × factor (100 for 0–1 shares shown in %). */
  factor: number;
  scale: SliderScale;
  /** Log scales with a minimum of 0 map value + offset (display units) logarithmically. */
  logOffset?: number;
  /** Slider end in display units when it differs from the schema's maximum (the number input keeps the schema's). */
  sliderMax?: number;
  /** Step of a linear slider, display units. */
  step?: number;
  /** Decimals shown for values set from outside (display units). */
  decimals: number;
}
export type FieldDef =
  | (FieldBase & { group: "workload"; key: WorkloadNumberKey })
  | (FieldBase & { group: "slos"; key: keyof Slos });

/** Workload-bar fields, in display order. */
export const WORKLOAD_FIELDS: readonly FieldDef[] = [
  {
    group: "workload",
    key: "users",
    name: "Users",
    label: "Users",
    unit: "users",
    factor: 1,
    scale: "log",
    sliderMax: 1_000_000,
    decimals: 0,
  },
  {
    group: "workload",
    key: "activeShareAtPeak",
    name: "Active share at peak",
    label: "Active share at peak (%)",
    unit: "%",
    factor: 100,
    scale: "log",
    decimals: 1,
  },
  {
    group: "workload",
    key: "requestsPerActiveUserPerMinute",
    name: "Requests per active user",
    label: "Requests/active user/min",
    unit: "requests per minute",
    factor: 1,
    scale: "log",
    logOffset: 0.1,
    decimals: 2,
  },
  {
    group: "workload",
    key: "promptTokens",
    name: "Prompt tokens (retrieved context included)",
    label: "Prompt + context tokens",
    unit: "tokens",
    factor: 1,
    scale: "log",
    decimals: 0,
  },
  {
    group: "workload",
    key: "outputTokens",
    name: "Output tokens",
    label: "Output tokens",
    unit: "tokens",
    factor: 1,
    scale: "log",
    decimals: 0,
  },
  {
    group: "workload",
    key: "documentsPerUser",
    name: "Documents per user",
    label: "Documents per user",
    unit: "documents",
    factor: 1,
    scale: "log",
    logOffset: 1,
    decimals: 1,
  },
  {
    group: "workload",
    key: "yearlyGrowthPct",
    name: "Yearly growth",
    label: "Yearly growth (%)",
    unit: "%",
    factor: 1,
    scale: "log",
    logOffset: 1,
    decimals: 1,
  },
  {
    group: "workload",
    key: "horizonMonths",
    name: "Horizon",
    label: "Horizon (months)",
    unit: "months",
    factor: 1,
    scale: "linear",
    step: 1,
    decimals: 0,
  },
  {
    group: "slos",
    key: "minTokensPerSecondPerUser",
    name: "Minimum speed per user",
    label: "Min tok/s per user",
    unit: "tokens per second",
    factor: 1,
    scale: "log",
    decimals: 1,
  },
  {
    group: "slos",
    key: "maxTtftMs",
    name: "Maximum time to first token",
    label: "Max TTFT (ms)",
    unit: "ms",
    factor: 1,
    scale: "log",
    decimals: 0,
  },
  {
    group: "slos",
    key: "availabilityPct",
    name: "Availability",
    label: "Availability (%)",
    unit: "%",
    factor: 1,
    scale: "nines",
    decimals: 4,
  },
];

/** Positions of a non-linear slider (0…SLIDER_STEPS). */
export const SLIDER_STEPS = 1000;

/** The zod schema of one field (the default stripped: an input always has a value). */
export function fieldSchema(def: FieldDef): z.ZodNumber {
  const wrapped = def.group === "workload" ? workloadSchema.shape[def.key] : slosSchema.shape[def.key];
  return (wrapped as z.ZodDefault<z.ZodNumber>).unwrap();
}

/** The schema's description of the field (tooltips). */
export function fieldDescription(def: FieldDef): string {
  const wrapped = def.group === "workload" ? workloadSchema.shape[def.key] : slosSchema.shape[def.key];
  return wrapped.description ?? "";
}

export interface FieldBounds {
  /** Schema range, display units (the number input). */
  min: number;
  max: number;
  /** Slider range, display units. */
  sliderMin: number;
  sliderMax: number;
  integer: boolean;
}

const clean = (x: number) => Number(x.toPrecision(12));

/** The field's range in display units, from its zod schema. */
export function fieldBounds(def: FieldDef): FieldBounds {
  const s = fieldSchema(def);
  const min = clean((s.minValue ?? 0) * def.factor);
  const max = clean((s.maxValue ?? Number.MAX_SAFE_INTEGER) * def.factor);
  return {
    min,
    max,
    sliderMin: min,
    sliderMax: Math.min(max, def.sliderMax ?? max),
    integer: s.isInt,
  };
}

/** Domain value → display value, rounded to the field's decimals. */
export function toDisplay(def: FieldDef, value: number): number {
  return Number((value * def.factor).toFixed(def.decimals));
}

/** Display value → domain value (float noise removed). */
export function fromDisplay(def: FieldDef, display: number): number {
  return clean(display / def.factor);
}

/** Text for the number input from a domain value. */
export function inputText(def: FieldDef, value: number): string {
  return String(toDisplay(def, value));
}

/** Native attributes of the range input. */
export function sliderAttributes(def: FieldDef): { min: number; max: number; step: number } {
  const b = fieldBounds(def);
  return def.scale === "linear"
    ? {
        min: b.sliderMin,
        max: b.sliderMax,
        step: def.step ?? (b.integer ? 1 : (b.sliderMax - b.sliderMin) / 100),
      }
    : { min: 0, max: SLIDER_STEPS, step: 1 };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Share 0…1 of the slider's travel for a display value (clamped). */
function toUnit(def: FieldDef, display: number, b: FieldBounds): number {
  const v = clamp(display, b.sliderMin, b.sliderMax);
  if (def.scale === "nines") {
    const lo = Math.log10(100 - b.sliderMin);
    const hi = Math.log10(100 - b.sliderMax);
    return (Math.log10(100 - v) - lo) / (hi - lo);
  }
  if (def.scale === "log") {
    const o = b.sliderMin > 0 ? 0 : (def.logOffset ?? 1);
    const lo = Math.log(b.sliderMin + o);
    const hi = Math.log(b.sliderMax + o);
    return (Math.log(v + o) - lo) / (hi - lo);
  }
  return (v - b.sliderMin) / (b.sliderMax - b.sliderMin);
}

function fromUnit(def: FieldDef, u: number, b: FieldBounds): number {
  if (def.scale === "nines") {
    const lo = Math.log10(100 - b.sliderMin);
    const hi = Math.log10(100 - b.sliderMax);
    return 100 - 10 ** (lo + u * (hi - lo));
  }
  if (def.scale === "log") {
    const o = b.sliderMin > 0 ? 0 : (def.logOffset ?? 1);
    return (
      Math.exp(Math.log(b.sliderMin + o) + u * (Math.log(b.sliderMax + o) - Math.log(b.sliderMin + o))) - o
    );
  }
  return b.sliderMin + u * (b.sliderMax - b.sliderMin);
}

/** The slider's position for a domain value (native units for linear sliders, 0…SLIDER_STEPS otherwise). */
export function sliderPosition(def: FieldDef, value: number): number {
  const b = fieldBounds(def);
  const display = value * def.factor;
  if (def.scale === "linear") return clamp(display, b.sliderMin, b.sliderMax);
  return Math.round(toUnit(def, display, b) * SLIDER_STEPS);
}

const roundSig = (x: number, digits: number) => (x === 0 ? 0 : Number(x.toPrecision(digits)));

/** A round display value near `display`: 3 significant figures (of the distance to 100% on "nines"). */
function nice(def: FieldDef, display: number, b: FieldBounds): number {
  let v =
    def.scale === "nines"
      ? 100 - roundSig(100 - display, 3)
      : def.scale === "log"
        ? roundSig(display, 3)
        : display;
  v = Number(v.toFixed(Math.max(def.decimals, def.scale === "nines" ? 6 : 0)));
  if (b.integer) v = Math.round(v);
  return clamp(v, b.sliderMin, b.sliderMax);
}

/**
 * The domain value for a slider position. Non-linear sliders round to a nice value; when that rounding would leave
 * the value where it was (or move it back) although the slider moved — small integers on a log scale — it moves one
 * unit in the slider's direction instead, so arrow keys always change the value the way they point.
 */
export function valueFromSlider(def: FieldDef, position: number, current: number): number {
  const b = fieldBounds(def);
  if (def.scale === "linear") return fromDisplay(def, clamp(position, b.sliderMin, b.sliderMax));
  const currentDisplay = current * def.factor;
  let next = nice(def, fromUnit(def, clamp(position / SLIDER_STEPS, 0, 1), b), b);
  const currentPos = sliderPosition(def, current);
  const dir = Math.sign(position - currentPos);
  if (dir !== 0 && (next - currentDisplay) * dir <= 1e-12) {
    const magnitude = Math.abs(def.scale === "nines" ? 100 - currentDisplay : currentDisplay) || 1;
    const unit = b.integer ? 1 : Math.max(10 ** (Math.floor(Math.log10(magnitude)) - 2), 10 ** -def.decimals);
    next = clamp(Number((currentDisplay + dir * unit).toPrecision(12)), b.sliderMin, b.sliderMax);
  }
  return fromDisplay(def, next);
}

/** "3,000 users", "20%", "99.9%" — the slider's aria-valuetext. */
export function spokenValue(def: FieldDef, value: number): string {
  const text = formatNumber(value * def.factor, def.decimals);
  return def.unit === "%" ? `${text}%` : `${text} ${def.unit}`;
}

export type Validation = { ok: true; value: number } | { ok: false; message: string };

/**
 * Validates what the user typed (display units) against the field's zod schema. The message says what is wrong,
 * the allowed range, and that the last valid value (`current`, domain units) is kept.
 */
export function validateInput(def: FieldDef, text: string, current: number): Validation {
  const keeping = `; keeping ${spokenValue(def, current)}`;
  const b = fieldBounds(def);
  const range = `between ${formatNumber(b.min, 6)} and ${formatNumber(b.max, 6)}${def.unit === "%" ? "%" : ""}`;
  const trimmed = text.trim().replace(/[,_\s]/g, "");
  if (trimmed === "") return { ok: false, message: `Enter a value for ${def.name} (${range})${keeping}` };
  const display = Number(trimmed);
  if (!Number.isFinite(display))
    return { ok: false, message: `"${text.trim()}" is not a number: enter ${range}${keeping}` };
  const value = fromDisplay(def, display);
  const parsed = fieldSchema(def).safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  let what: string;
  if (issue?.code === "too_small") what = `${def.name} must be at least ${formatNumber(b.min, 6)}`;
  else if (issue?.code === "too_big") what = `${def.name} must be at most ${formatNumber(b.max, 6)}`;
  else if (issue?.code === "invalid_type" && b.integer) what = `${def.name} must be a whole number`;
  else what = `${def.name}: ${issue?.message ?? "invalid value"}`;
  if (def.unit === "%" && (issue?.code === "too_small" || issue?.code === "too_big")) what += "%";
  return { ok: false, message: `${what}${keeping}` };
}
