import type { z } from "zod";

/**
 * A fast path for `schema.parse` of a strict object whose fields are primitives (catalog ids, bounded numbers, enums,
 * literals, booleans, with defaults and optionals) — the everyday estimate request. It is compiled from the schema's
 * own zod definitions (no rule is restated here) and only ever answers "accepted, and this is what zod returns" or "ask
 * zod": anything it does not model (object-valued fields such as a custom model, transforms, refinements, unknown
 * keys, any invalid value) goes to `schema.parse`, which produces the value or the error. So the result is always
 * zod's, only cheaper to reach for the common case: a batch of 10,000 requests spends a third of its time in zod
 * otherwise. fast-parse.test.ts checks both paths agree on valid, invalid and edge-case inputs.
 */
export function fastParser<S extends z.ZodObject>(schema: S): (input: unknown) => z.infer<S> {
  const fields = objectFields(schema);
  if (!fields) return (input) => schema.parse(input);
  const keys = new Set(fields.map((f) => f.key));
  return (input) => {
    const fast = parseFields(fields, keys, input);
    return fast === undefined ? schema.parse(input) : (fast as z.infer<S>);
  };
}

/** A compiled value check: the parsed value, or REJECT (let zod decide and explain). */
type Check = (value: unknown) => unknown;
const REJECT = Symbol("reject");
const rejectAll: Check = () => REJECT;

/** How an absent or undefined field is treated, as zod's object parser does (its `optin`). */
interface Field {
  key: string;
  /** "defaulted": always set (default when undefined); "optional": set when the key is present; "required". */
  mode: "defaulted" | "optional" | "required";
  check: Check;
}

/** The minimal view of zod's internal definitions this compiler reads. */
interface Def {
  type: string;
  innerType?: ZodLike;
  options?: ZodLike[];
  checks?: { _zod: { def: CheckDef } }[];
  defaultValue?: unknown;
  coerce?: boolean;
  shape?: Record<string, ZodLike>;
  catchall?: ZodLike;
}
interface CheckDef {
  check: string;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  when?: unknown;
}
interface ZodLike {
  _zod: { def: Def; optin?: string; values?: Set<unknown> };
}

function objectFields(schema: z.ZodObject): Field[] | undefined {
  const def = (schema as unknown as ZodLike)._zod.def;
  // Only strict objects: other key policies (strip, passthrough, catchall) are left to zod.
  if (def.type !== "object" || !def.shape || def.catchall?._zod.def.type !== "never") return undefined;
  if (def.checks?.length) return undefined;
  return Object.entries(def.shape).map(([key, s]) => {
    const optin = s._zod.optin;
    const mode = optin === "defaulted" ? "defaulted" : optin === "optional" ? "optional" : "required";
    return { key, mode, check: compile(s) };
  });
}

/** The parsed object, or undefined when any field needs zod. Key order and presence follow zod's object parser. */
function parseFields(fields: Field[], keys: Set<string>, input: unknown): object | undefined {
  if (typeof input !== "object" || input === null || Object.getPrototypeOf(input) !== Object.prototype)
    return undefined;
  const source = input as Record<string, unknown>;
  for (const key in source) if (!keys.has(key)) return undefined;
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const present = f.key in source;
    if (!present && f.mode === "optional") continue;
    if (!present && f.mode === "required") return undefined;
    const value = f.check(source[f.key]);
    if (value === REJECT) return undefined;
    out[f.key] = value;
  }
  return out;
}

function compile(schema: ZodLike): Check {
  const def = schema._zod.def;
  switch (def.type) {
    case "default":
      return compileDefault(def);
    case "optional": {
      // An optional around a defaulted schema substitutes the default: left to zod.
      if (!def.innerType || def.innerType._zod.optin === "defaulted") return rejectAll;
      const inner = compile(def.innerType);
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case "number":
      return primitive(def, "number");
    case "string":
      return primitive(def, "string");
    case "boolean":
      return primitive(def, "boolean");
    case "literal":
    case "enum": {
      const values = schema._zod.values;
      if (!values || def.checks?.length) return rejectAll;
      return (v) => (values.has(v) ? v : REJECT);
    }
    case "union":
      return compileUnion(def.options ?? []);
    default:
      return rejectAll;
  }
}

function compileDefault(def: Def): Check {
  const fallback = def.defaultValue;
  // Object defaults are cloned by zod on every parse: left to it.
  if (!def.innerType || (typeof fallback === "object" && fallback !== null)) return rejectAll;
  const inner = compile(def.innerType);
  return (v) => (v === undefined ? fallback : inner(v));
}

/** zod's first option that accepts wins; an option this compiler cannot model stops the search (zod decides). */
function compileUnion(options: ZodLike[]): Check {
  const compiled = options.map(compile);
  return (v) => {
    for (const check of compiled) {
      if (check === rejectAll) return REJECT;
      const r = check(v);
      if (r !== REJECT) return r;
    }
    return REJECT;
  };
}

/** A number (finite, as zod requires), string or boolean with its checks; coercion is left to zod. */
function primitive(def: Def, kind: "number" | "string" | "boolean"): Check {
  if (def.coerce) return rejectAll;
  const checks = (def.checks ?? []).map((c) => compileCheck(c._zod.def));
  if (checks.some((c) => c === undefined)) return rejectAll;
  const tests = checks as ((v: never) => boolean)[];
  return (v) => {
    if (typeof v !== kind || (kind === "number" && !Number.isFinite(v))) return REJECT;
    for (const test of tests) if (!test(v as never)) return REJECT;
    return v;
  };
}

/** The pass condition of one zod check, or undefined for a check this compiler does not model. */
function compileCheck(c: CheckDef): ((v: never) => boolean) | undefined {
  if (c.when !== undefined) return undefined;
  const bound = c.value;
  switch (c.check) {
    case "greater_than":
      if (typeof bound !== "number") return undefined;
      return c.inclusive ? (v: number) => v >= bound : (v: number) => v > bound;
    case "less_than":
      if (typeof bound !== "number") return undefined;
      return c.inclusive ? (v: number) => v <= bound : (v: number) => v < bound;
    case "number_format":
      return c.format === "safeint" ? (v: number) => Number.isSafeInteger(v) : undefined;
    case "string_format": {
      const pattern = c.pattern;
      if (c.format !== "regex" || !pattern) return undefined;
      return (v: string) => {
        pattern.lastIndex = 0;
        return pattern.test(v);
      };
    }
    default:
      return undefined;
  }
}
