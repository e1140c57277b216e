import { formatNumberInput, parseNumber } from "../../format";
import { boundText, displayValue, rangeText, type NumberSpec } from "./spec";

/**
 * What a number field does with typed text, for every form: parse it (the one parser, `parseNumber`, in the field's
 * locale), convert displayed → stored units, validate with the field's zod schema, and say what is wrong, the range
 * to type, and that the last valid value is kept.
 */

export type NumberInputResult = { ok: true; value: number | undefined } | { ok: false; message: string };

/** Float noise removed (0.1 × 3 → 0.3), so stored values stay what was typed. */
export const cleanNumber = (x: number): number => Number(x.toPrecision(12));

/** The text a number field shows for a stored value ("" when absent). */
export function inputText(spec: NumberSpec, stored: number | undefined): string {
  return stored === undefined ? "" : formatNumberInput(stored * spec.unit.factor, spec.locale);
}

const MESSAGES = {
  en: {
    required: (range: string) => `Required: enter a number ${range}`,
    notNumber: (range: string) => `Must be a number ${range}`,
    tooSmall: (bound: string, inclusive: boolean) =>
      `Must be ${inclusive ? "at least" : "more than"} ${bound}`,
    tooBig: (bound: string, inclusive: boolean) => `Must be ${inclusive ? "at most" : "less than"} ${bound}`,
    whole: "Must be a whole number",
    orEmpty: (empty: string) => `, or empty (${empty.toLowerCase()})`,
    keeping: (value: string) => `; keeping ${value}`,
  },
  fr: {
    required: (range: string) => `Obligatoire : saisissez un nombre ${range}`,
    notNumber: (range: string) => `Doit être un nombre ${range}`,
    tooSmall: (bound: string, inclusive: boolean) =>
      `Doit être ${inclusive ? "au moins égal à" : "supérieur à"} ${bound}`,
    tooBig: (bound: string, inclusive: boolean) =>
      `Doit être ${inclusive ? "au plus égal à" : "inférieur à"} ${bound}`,
    whole: "Doit être un nombre entier",
    orEmpty: (empty: string) => `, ou vide (${empty.toLowerCase()})`,
    keeping: (value: string) => ` ; valeur conservée : ${value}`,
  },
} as const;

/** Why a parsed stored value breaks the field's schema, or null when it is valid. */
function problem(spec: NumberSpec, value: number): string | null {
  const m = MESSAGES[spec.locale];
  const parsed = spec.schema.safeParse(value);
  if (parsed.success) return null;
  const code = parsed.error.issues[0]?.code;
  const bound = (stored: number) => boundText(spec, stored);
  if (code === "too_small" && spec.min !== undefined) return m.tooSmall(bound(spec.min), spec.minInclusive);
  if (code === "too_big" && spec.max !== undefined) return m.tooBig(bound(spec.max), spec.maxInclusive);
  if (code === "invalid_type" && spec.integer) return m.whole;
  return m.notNumber(rangeText(spec));
}

/**
 * Reads what the user typed (displayed units). Valid → the stored value (`undefined` for an empty optional field);
 * invalid → a message saying what is wrong and how to fix it, ending with the kept value `current` (stored units).
 */
export function readNumberInput(spec: NumberSpec, text: string, current?: number): NumberInputResult {
  const m = MESSAGES[spec.locale];
  const parsed = parseNumber(text, spec.locale);
  let message: string | null;
  if (parsed.kind === "empty") {
    if (spec.optional) return { ok: true, value: undefined };
    message = m.required(rangeText(spec));
  } else if (parsed.kind === "invalid") {
    message = m.notNumber(rangeText(spec));
  } else {
    const value = cleanNumber(parsed.value / spec.unit.factor);
    message = problem(spec, value);
    if (message === null) return { ok: true, value };
  }
  if (spec.optional && spec.empty) message += m.orEmpty(spec.empty);
  if (current !== undefined) message += m.keeping(displayValue(spec, current));
  return { ok: false, message };
}

/**
 * One arrow-key step from `current` (stored units) in `direction`, kept inside the field's range; `current` itself
 * when the step would leave it. An empty field starts from the default, else the minimum.
 */
export function stepNumber(
  spec: NumberSpec,
  current: number | undefined,
  direction: 1 | -1,
): number | undefined {
  const start = current ?? spec.defaultValue ?? (spec.min !== undefined && spec.minInclusive ? spec.min : 0);
  const next = cleanNumber(current === undefined ? start : start + direction * spec.step);
  return spec.schema.safeParse(next).success ? next : current;
}
