import type { z } from "zod";
import { fieldMeta, numberSpec, readNumberInput, unitOf, unwrapField } from "../../lib/plan/fields";
import { UsageError } from "./io";

/**
 * Command-line flags derived from a zod object schema and its field registry: one `--kebab-case` flag per field, its
 * help from the field's help text, its default from the schema's default (or what an absent value means), its
 * bounds and integer-ness from the schema — nothing is declared twice. Numbers go through the one parser.
 */

export interface SchemaFlag {
  /** The request field ("devicesPerNode"). */
  key: string;
  /** The flag without dashes ("devices-per-node"). */
  flag: string;
  /** The zod schema of the field (an entry of the object's shape). */
  schema: z.ZodType;
  kind: "number" | "string";
  /** Words accepted besides numbers ("max" for `number | "max"`). */
  words: string[];
  /** Shown after the flag in the help: "N", "ID", "N|max". */
  placeholder: string;
  /** No default and not optional: the command needs it. */
  required: boolean;
}

type Def = { type: string; options?: z.ZodType[]; values?: unknown[] };
const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;

/** "devicesPerNode" → "devices-per-node". */
export const kebabCase = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function flagOf(key: string, schema: z.ZodType): SchemaFlag {
  const { base, optional, defaultValue } = unwrapField(schema);
  const options = defOf(base).type === "union" ? (defOf(base).options ?? []) : [base];
  const isNumber = options.some((o) => defOf(o).type === "number");
  const words = options.flatMap((o) =>
    defOf(o).type === "literal" ? (defOf(o).values ?? []).map(String) : [],
  );
  return {
    key,
    flag: kebabCase(key),
    schema,
    kind: isNumber ? "number" : "string",
    words,
    placeholder: isNumber ? ["N", ...words].join("|") : "ID",
    required: !optional && defaultValue === undefined,
  };
}

/** One flag per field of `schema`, in the schema's order. */
export function schemaFlags(schema: z.ZodObject): SchemaFlag[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => flagOf(key, field));
}

/** The `node:util` parseArgs options of the flags (every value is read as text and checked here). */
export function parseArgsOptions(flags: readonly SchemaFlag[]): Record<string, { type: "string" }> {
  return Object.fromEntries(flags.map((f) => [f.flag, { type: "string" as const }]));
}

/** The help sentence of a flag: help text, unit, example, and default (or what leaving it out means). */
export function flagDescription(f: SchemaFlag): string {
  const meta = fieldMeta(f.schema);
  const { defaultValue } = unwrapField(f.schema);
  let text = (meta.help?.en ?? meta.label.en).replace(/\.$/, "");
  const symbol = unitOf(meta.unit).symbol?.en;
  if (f.kind === "number" && symbol) text += `, ${symbol}`;
  if (meta.example !== undefined) text += `, e.g. ${meta.example}`;
  if (defaultValue !== undefined) text += ` (default ${String(defaultValue)})`;
  else if (meta.empty)
    text += ` (if absent: ${meta.empty.en.charAt(0).toLowerCase()}${meta.empty.en.slice(1)})`;
  return text;
}

/** Help lines, flag and placeholder in a column: `  --devices N   Accelerators … (default 1)`. */
export function flagHelp(flags: readonly SchemaFlag[], extra: readonly [string, string][] = []): string {
  const rows: [string, string][] = [
    ...flags.map((f): [string, string] => [`--${f.flag} ${f.placeholder}`, flagDescription(f)]),
    ...extra,
  ];
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join("\n");
}

/**
 * One numeric flag's value, read with the one number parser and checked against the field's schema; a usage error
 * names the flag, says what is expected and what was given.
 */
export function readNumberFlag(
  flag: string,
  schema: z.ZodType,
  text: string,
  words: readonly string[] = [],
): number {
  // A flag given is never "empty": the field's optionality is the flag's absence.
  const result = readNumberInput({ ...numberSpec(schema), optional: false }, text);
  if (result.ok && result.value !== undefined) return result.value;
  const why = result.ok ? "Required: enter a number" : result.message;
  const alternatives = words.length ? ` (or ${words.map((w) => `"${w}"`).join(", ")})` : "";
  throw new UsageError(
    `--${flag}: ${why.charAt(0).toLowerCase()}${why.slice(1)}${alternatives}, got "${text}"`,
  );
}

/**
 * The request built from parsed flag values: absent flags are left out (the schema's defaults apply), numbers are
 * read and range-checked, ids are passed on as text (the engine checks them against the catalog).
 */
export function readFlags(
  flags: readonly SchemaFlag[],
  values: Record<string, string | boolean | undefined>,
): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  for (const f of flags) {
    const text = values[f.flag];
    if (typeof text !== "string") continue;
    const word = f.words.find((w) => w === text.trim());
    request[f.key] =
      f.kind === "string" || word ? (word ?? text) : readNumberFlag(f.flag, f.schema, text, f.words);
  }
  return request;
}
