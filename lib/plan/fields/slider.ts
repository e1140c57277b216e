import type { SliderScale } from "./registry";
import { cleanNumber } from "./number-input";
import type { NumberSpec } from "./spec";

/**
 * The workload bar's sliders: position ↔ value for the field's scale (`meta.slider`). Values are stored units;
 * positions are the native range's units for linear sliders, 0…SLIDER_STEPS otherwise. Pure.
 */

/** Positions of a non-linear slider (0…SLIDER_STEPS). */
export const SLIDER_STEPS = 1000;

interface Range {
  scale: SliderScale;
  /** Displayed units. */
  lo: number;
  hi: number;
  /** Log offset, displayed units. */
  offset: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The slider's range in displayed units. */
function rangeOf(spec: NumberSpec): Range {
  const f = spec.unit.factor;
  const scale = spec.slider?.scale ?? "linear";
  const lo = cleanNumber((spec.min ?? 0) * f);
  const hi = cleanNumber(Math.min(spec.max ?? Number.MAX_SAFE_INTEGER, spec.slider?.max ?? Infinity) * f);
  const offset = lo > 0 ? 0 : (spec.slider?.logOffset ?? 1) * f;
  return { scale, lo, hi, offset };
}

/** Native attributes of the range input. */
export function sliderAttributes(spec: NumberSpec): { min: number; max: number; step: number } {
  const r = rangeOf(spec);
  if (r.scale !== "linear") return { min: 0, max: SLIDER_STEPS, step: 1 };
  return { min: r.lo, max: r.hi, step: spec.integer ? spec.step * spec.unit.factor : (r.hi - r.lo) / 100 };
}

/** Share 0…1 of the slider's travel for a displayed value (clamped). */
function toUnit(r: Range, display: number): number {
  const v = clamp(display, r.lo, r.hi);
  if (r.scale === "nines") {
    const lo = Math.log10(100 - r.lo);
    return (Math.log10(100 - v) - lo) / (Math.log10(100 - r.hi) - lo);
  }
  if (r.scale === "log") {
    const lo = Math.log(r.lo + r.offset);
    return (Math.log(v + r.offset) - lo) / (Math.log(r.hi + r.offset) - lo);
  }
  return (v - r.lo) / (r.hi - r.lo);
}

function fromUnit(r: Range, u: number): number {
  if (r.scale === "nines") {
    const lo = Math.log10(100 - r.lo);
    return 100 - 10 ** (lo + u * (Math.log10(100 - r.hi) - lo));
  }
  if (r.scale === "log") {
    const lo = Math.log(r.lo + r.offset);
    return Math.exp(lo + u * (Math.log(r.hi + r.offset) - lo)) - r.offset;
  }
  return r.lo + u * (r.hi - r.lo);
}

/** The slider's position for a stored value. */
export function sliderPosition(spec: NumberSpec, stored: number): number {
  const r = rangeOf(spec);
  const display = stored * spec.unit.factor;
  if (r.scale === "linear") return clamp(display, r.lo, r.hi);
  return Math.round(toUnit(r, display) * SLIDER_STEPS);
}

const roundSig = (x: number, digits: number) => (x === 0 ? 0 : Number(x.toPrecision(digits)));

/** A round displayed value near `display`: 3 significant figures (of the distance to 100% on "nines"). */
function nice(spec: NumberSpec, r: Range, display: number): number {
  let v = r.scale === "nines" ? 100 - roundSig(100 - display, 3) : roundSig(display, 3);
  v = Number(v.toFixed(Math.max(spec.decimals, r.scale === "nines" ? 6 : 0)));
  if (spec.integer) v = Math.round(v);
  return clamp(v, r.lo, r.hi);
}

/**
 * The stored value for a slider position. Non-linear sliders round to a nice value; when that rounding would leave
 * the value where it was (or move it back) although the slider moved — small integers on a log scale — it moves one
 * unit in the slider's direction instead, so arrow keys always change the value the way they point.
 */
export function valueFromSlider(spec: NumberSpec, position: number, current: number): number {
  const r = rangeOf(spec);
  const f = spec.unit.factor;
  if (r.scale === "linear") return cleanNumber(clamp(position, r.lo, r.hi) / f);
  const currentDisplay = current * f;
  let next = nice(spec, r, fromUnit(r, clamp(position / SLIDER_STEPS, 0, 1)));
  const dir = Math.sign(position - sliderPosition(spec, current));
  if (dir !== 0 && (next - currentDisplay) * dir <= 1e-12) {
    const magnitude = Math.abs(r.scale === "nines" ? 100 - currentDisplay : currentDisplay) || 1;
    const unit = spec.integer
      ? 1
      : Math.max(10 ** (Math.floor(Math.log10(magnitude)) - 2), 10 ** -spec.decimals);
    next = clamp(cleanNumber(currentDisplay + dir * unit), r.lo, r.hi);
  }
  return cleanNumber(next / f);
}
