/**
 * A small JSON Schema (draft-07) validator for the subset zod's z.toJSONSchema emits for the Helm values: type,
 * properties, required, additionalProperties, propertyNames, items, enum, const, minimum/maximum, minLength/maxLength,
 * pattern, anyOf/oneOf/allOf and local $ref. Unknown keywords throw, so an unsupported feature never passes silently.
 */
type Schema = Record<string, unknown> | boolean;

const ANNOTATIONS = new Set([
  "$schema",
  "$id",
  "title",
  "description",
  "default",
  "examples",
  "definitions",
  "$defs",
]);
const KNOWN = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "items",
  "enum",
  "const",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "pattern",
  "anyOf",
  "oneOf",
  "allOf",
  "$ref",
  "format",
]);

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function typeMatches(actual: string, wanted: string): boolean {
  return actual === wanted || (wanted === "number" && actual === "integer");
}

export function validateJsonSchema(
  schema: Schema,
  value: unknown,
  root: Schema = schema,
  path = "$",
): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: no value allowed`];
  for (const k of Object.keys(schema)) {
    if (!KNOWN.has(k) && !ANNOTATIONS.has(k))
      throw new Error(`json-schema-lite: unsupported keyword "${k}" at ${path}`);
  }
  const errors: string[] = [];
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === "string") {
    const target = s.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], root);
    errors.push(...validateJsonSchema(target as Schema, value, root, path));
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => typeMatches(typeOf(value), t)))
      return [`${path}: expected ${types.join("|")}, got ${typeOf(value)}`];
  }
  if (s.enum && !(s.enum as unknown[]).some((e) => e === value))
    errors.push(`${path}: not one of ${JSON.stringify(s.enum)}`);
  if ("const" in s && s.const !== value) errors.push(`${path}: must be ${JSON.stringify(s.const)}`);
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum) errors.push(`${path}: below ${s.minimum}`);
    if (typeof s.maximum === "number" && value > s.maximum) errors.push(`${path}: above ${s.maximum}`);
    if (typeof s.exclusiveMinimum === "number" && value <= s.exclusiveMinimum)
      errors.push(`${path}: ≤ ${s.exclusiveMinimum}`);
    if (typeof s.exclusiveMaximum === "number" && value >= s.exclusiveMaximum)
      errors.push(`${path}: ≥ ${s.exclusiveMaximum}`);
  }
  if (typeof value === "string") {
    if (typeof s.minLength === "number" && value.length < s.minLength)
      errors.push(`${path}: shorter than ${s.minLength}`);
    if (typeof s.maxLength === "number" && value.length > s.maxLength)
      errors.push(`${path}: longer than ${s.maxLength}`);
    if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(value))
      errors.push(`${path}: does not match ${s.pattern}`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems)
      errors.push(`${path}: fewer than ${s.minItems} items`);
    if (typeof s.maxItems === "number" && value.length > s.maxItems)
      errors.push(`${path}: more than ${s.maxItems} items`);
    if (s.items !== undefined)
      value.forEach((item, i) =>
        errors.push(...validateJsonSchema(s.items as Schema, item, root, `${path}[${i}]`)),
      );
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const r of (s.required ?? []) as string[]) if (!(r in obj)) errors.push(`${path}: missing "${r}"`);
    for (const [k, v] of Object.entries(obj)) {
      if (s.propertyNames !== undefined)
        errors.push(...validateJsonSchema(s.propertyNames as Schema, k, root, `${path} key "${k}"`));
      if (k in props) errors.push(...validateJsonSchema(props[k]!, v, root, `${path}.${k}`));
      else if (s.additionalProperties !== undefined)
        errors.push(...validateJsonSchema(s.additionalProperties as Schema, v, root, `${path}.${k}`));
    }
  }
  if (s.allOf)
    for (const sub of s.allOf as Schema[]) errors.push(...validateJsonSchema(sub, value, root, path));
  if (
    s.anyOf &&
    !(s.anyOf as Schema[]).some((sub) => validateJsonSchema(sub, value, root, path).length === 0)
  )
    errors.push(`${path}: matches none of anyOf`);
  if (
    s.oneOf &&
    (s.oneOf as Schema[]).filter((sub) => validateJsonSchema(sub, value, root, path).length === 0).length !==
      1
  )
    errors.push(`${path}: must match exactly one of oneOf`);
  return errors;
}
