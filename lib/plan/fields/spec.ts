import type { z } from "zod";
import { formatNumber, type Locale } from "../../format";
import { planFields, type FieldMeta, type SliderMeta } from "./registry";
import { say } from "./text";
import { labelWithUnit, unitOf, valueWithUnit, type UnitSpec } from "./units";

/**
 * Reading the field registry: a schema field (an entry of a zod object's `shape`) → what a form or the CLI shows —
 * label with unit, hint, choices, and for numbers the range, step and slider, read from the schema itself.
 */

type AnyDef = {
  type: string;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  defaultValue?: unknown;
  entries?: Record<string, string>;
  element?: z.ZodType;
  checks?: { _zod: { def: CheckDef } }[];
};
type CheckDef = { check: string; value?: number; inclusive?: boolean; format?: string };

const defOf = (s: z.ZodType) => s._zod.def as unknown as AnyDef;

/** The metadata attached to a field; throws when a field was left without (a test checks every section). */
export function fieldMeta(schema: z.ZodType): FieldMeta {
  const meta = planFields.get(schema);
  if (!meta)
    throw new Error(`no field metadata on this schema (${defOf(schema).type}); attach it with field()`);
  return meta;
}

export interface Unwrapped {
  /** The schema under default/optional/nullable wrappers. */
  base: z.ZodType;
  optional: boolean;
  defaultValue: unknown;
}

/** Strips default, optional and nullable wrappers. */
export function unwrapField(schema: z.ZodType): Unwrapped {
  let base = schema;
  let optional = false;
  let defaultValue: unknown;
  for (let def = defOf(base); def.innerType; def = defOf(base)) {
    if (def.type === "optional") optional = true;
    else if (def.type === "default" && defaultValue === undefined) defaultValue = def.defaultValue;
    else if (def.type !== "nullable" && def.type !== "default") break;
    base = def.innerType;
  }
  return { base, optional, defaultValue };
}

/** The visible label with the unit's symbol: "Active share at peak (%)". */
export function fieldLabel(schema: z.ZodType, locale: Locale = "en"): string {
  const meta = fieldMeta(schema);
  return labelWithUnit(say(meta.label, locale), unitOf(meta.unit), locale);
}

const DEFAULT_NOTE = {
  planner: { en: "planner assumption", fr: "hypothèse du planificateur" },
  reference: { en: "reference platform", fr: "plateforme de référence" },
  default: { en: "Default", fr: "Par défaut" },
} as const;

/**
 * The hint under a field: its help, and for a default taken from the reference platform or assumed by the planner,
 * that default in displayed units ("Default: 20% (planner assumption)").
 */
export function fieldHint(schema: z.ZodType, locale: Locale = "en"): string | undefined {
  const meta = fieldMeta(schema);
  const help = meta.help ? say(meta.help, locale) : undefined;
  const { defaultValue } = unwrapField(schema);
  if (!meta.basis || typeof defaultValue !== "number") return help;
  const unit = unitOf(meta.unit);
  const shown = valueWithUnit(defaultValue * unit.factor, unit, 6, locale);
  const source =
    meta.basis === "planner"
      ? DEFAULT_NOTE.planner[locale]
      : `${DEFAULT_NOTE.reference[locale]} ${meta.basis}`;
  const note = `${DEFAULT_NOTE.default[locale]}${locale === "fr" ? "\u00a0:" : ":"} ${shown} (${source}).`;
  return help ? `${help}. ${note}` : note;
}

/** The label of one value of an enum field (or of an array-of-enum field); the value itself when none is given. */
export function optionLabel(schema: z.ZodType, value: string, locale: Locale = "en"): string {
  const option = fieldMeta(schema).options?.[value];
  return option ? say(option.label, locale) : value;
}

/** The values of an enum field, or of an array-of-enum field, in the schema's order. */
export function enumValues(schema: z.ZodType): string[] {
  let { base } = unwrapField(schema);
  if (defOf(base).type === "array") base = unwrapField(defOf(base).element!).base;
  const entries = defOf(base).entries;
  if (!entries) throw new Error(`not an enum field (${defOf(base).type})`);
  return Object.values(entries);
}

/** Everything a number input needs about a field, in one locale. Bounds and steps are in stored units. */
export interface NumberSpec {
  locale: Locale;
  /** Label with unit ("Active share at peak (%)"). */
  label: string;
  /** Label without unit, for messages. */
  name: string;
  hint?: string;
  unit: UnitSpec;
  /** The number schema a typed value is validated with (wrappers stripped; "max"-style alternatives dropped). */
  schema: z.ZodType;
  /** Empty is allowed and means `empty`. */
  optional: boolean;
  empty?: string;
  min?: number;
  minInclusive: boolean;
  max?: number;
  maxInclusive: boolean;
  integer: boolean;
  defaultValue?: number;
  /** Arrow-key step, stored units. */
  step: number;
  /** Decimals of a displayed value. */
  decimals: number;
  slider?: SliderMeta;
  example?: string | number;
}

/** The number inside a field: itself, or the number alternative of a union such as `number | "max"`. */
function numberBase(base: z.ZodType): z.ZodType {
  const def = defOf(base);
  if (def.type === "number") return base;
  const option = def.type === "union" ? def.options?.find((o) => defOf(o).type === "number") : undefined;
  if (!option) throw new Error(`not a number field (${def.type})`);
  return option;
}

interface Bounds {
  min?: number;
  minInclusive: boolean;
  max?: number;
  maxInclusive: boolean;
  integer: boolean;
}

function boundsOf(schema: z.ZodType): Bounds {
  const b: Bounds = { minInclusive: true, maxInclusive: true, integer: false };
  for (const check of defOf(schema).checks ?? []) {
    const c = check._zod.def;
    if (c.check === "greater_than") Object.assign(b, { min: c.value, minInclusive: c.inclusive ?? true });
    else if (c.check === "less_than") Object.assign(b, { max: c.value, maxInclusive: c.inclusive ?? true });
    else if (c.check === "number_format" && /int/.test(c.format ?? "")) b.integer = true;
  }
  return b;
}

/** The number spec of a numeric schema field. */
export function numberSpec(schema: z.ZodType, locale: Locale = "en"): NumberSpec {
  const meta = fieldMeta(schema);
  const { base, optional, defaultValue } = unwrapField(schema);
  const number = numberBase(base);
  const bounds = boundsOf(number);
  const unit = unitOf(meta.unit);
  return {
    locale,
    label: fieldLabel(schema, locale),
    name: say(meta.label, locale),
    hint: fieldHint(schema, locale),
    unit,
    schema: number,
    optional,
    empty: meta.empty ? say(meta.empty, locale) : undefined,
    ...bounds,
    defaultValue: typeof defaultValue === "number" ? defaultValue : undefined,
    step: meta.step ?? 1 / unit.factor,
    decimals: meta.decimals ?? (bounds.integer ? 0 : 2),
    slider: meta.slider,
    example: meta.example,
  };
}

/** A stored value as shown: "20%" for 0.2 with the share unit. */
export function displayValue(spec: NumberSpec, stored: number): string {
  return valueWithUnit(stored * spec.unit.factor, spec.unit, spec.decimals, spec.locale);
}

/** A bound as written in messages: the number and the unit's symbol, never its noun ("at least 1", "at most 100%"). */
export function boundText(spec: NumberSpec, stored: number): string {
  const noun = { ...spec.unit, noun: undefined, one: undefined };
  return valueWithUnit(stored * spec.unit.factor, noun, 6, spec.locale);
}

/** The range in words: "from 1 to 10,000,000", "from 0.1 to 100%", "more than 0 USD/month". */
export function rangeText(spec: NumberSpec): string {
  const fr = spec.locale === "fr";
  const { min, max } = spec;
  if (min !== undefined && max !== undefined && spec.minInclusive && spec.maxInclusive) {
    const low = formatNumber(min * spec.unit.factor, 6, spec.locale);
    return fr ? `de ${low} à ${boundText(spec, max)}` : `from ${low} to ${boundText(spec, max)}`;
  }
  const words = fr
    ? { min: ["au moins", "plus de"], max: ["au plus", "moins de"], and: " et " }
    : { min: ["at least", "more than"], max: ["at most", "less than"], and: " and " };
  const low = min === undefined ? [] : [`${words.min[spec.minInclusive ? 0 : 1]} ${boundText(spec, min)}`];
  const high = max === undefined ? [] : [`${words.max[spec.maxInclusive ? 0 : 1]} ${boundText(spec, max)}`];
  return [...low, ...high].join(words.and);
}
