import { z } from "zod";
import type { Text } from "./text";
import { unitOf, type UnitId } from "./units";

/**
 * How a slider maps its travel to a value. linear: the native range; log: equal ratios per step (with an offset when
 * the minimum is 0); nines: equal steps in −log10(100 − value), for availability percentages.
 */
export type SliderScale = "linear" | "log" | "nines";

export interface SliderMeta {
  scale: SliderScale;
  /** Slider end (stored units) when it differs from the schema's maximum; the number input keeps the schema's. */
  max?: number;
  /** Log scales whose minimum is 0 map value + offset (stored units) logarithmically. */
  logOffset?: number;
}

/** A choice of an enum field (or of an array of enum values). */
export interface OptionMeta {
  label: Text;
  help?: Text;
}

/**
 * What the interface says about one field of a document or request. Attached to the zod schema (`field()`), read by
 * the inspector, the workload bar, the advisor form and the CLI. Ranges, integer-ness, optionality and defaults are
 * not repeated here: they are read from the schema itself.
 */
export interface FieldMeta {
  /** What the field is, without its unit: "Active share at peak" (the unit's symbol is added where shown). */
  label: Text;
  /** One sentence under the field, in tooltips, in the CLI's help and (English) in the API docs. */
  help?: Text;
  /** Where the default comes from: a section of docs/reference-platform.md, or a planner assumption. */
  basis?: "planner" | `§${number}`;
  /** Unit of a numeric field's stored value. */
  unit?: UnitId;
  /** The workload bar draws a slider with this scale. */
  slider?: SliderMeta;
  /** Arrow-key step, stored units (default: 1 displayed unit). */
  step?: number;
  /** Decimals shown for a value set from outside (displayed units; default 0 for whole numbers, else 2). */
  decimals?: number;
  /** What an absent optional value means ("No limit"): the empty field's placeholder and the CLI's default. */
  empty?: Text;
  /** A typical value, for messages and the CLI's help ("llama-3.3-70b", 20000). */
  example?: string | number;
  /** Labels of an enum's values, or of the values of an array of enums. */
  options?: Record<string, OptionMeta>;
}

/** Every field's metadata, keyed by schema instance (zod 4 registry; `.describe()` clones inherit it). */
export const planFields = z.registry<FieldMeta>();

/** The zod default of a field, if it has one at its outer level. */
function defaultOf(schema: z.ZodType): unknown {
  const def = schema._zod.def as { type: string; defaultValue?: unknown };
  return def.type === "default" ? def.defaultValue : undefined;
}

/**
 * The English description the API docs show (OpenAPI, `z.toJSONSchema`): the help (or label), the unit (how the
 * value is stored when it differs from what people see), what an absent value means and where the default comes
 * from: "Share of users active in the peak hour (share 0–1) [planner default: 0.2]".
 */
export function apiDescription(meta: FieldMeta, defaultValue: unknown): string {
  const stored = meta.unit ? unitOf(meta.unit).stored : undefined;
  const symbol = meta.unit ? unitOf(meta.unit).symbol?.en : undefined;
  let text = meta.help?.en ?? meta.label.en;
  if (stored) text += ` (${stored})`;
  else if (symbol) text += `, ${symbol}`;
  if (meta.empty) text += `; absent: ${meta.empty.en.toLowerCase()}`;
  if (meta.basis && defaultValue !== undefined) {
    const source = meta.basis === "planner" ? "planner default" : `docs/reference-platform.md ${meta.basis}`;
    text += ` [${source}: ${JSON.stringify(defaultValue)}]`;
  }
  return text;
}

/**
 * Attaches `meta` to a schema field: registered in `planFields`, and its English help becomes the zod description
 * (so the API docs say the same as the form). Returns the schema to use in the object's shape.
 */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  const described = schema.describe(apiDescription(meta, defaultOf(schema)));
  planFields.add(described, meta);
  return described;
}
