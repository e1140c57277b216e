import type { z } from "zod";
import { findCatalogEntry, type CatalogKind } from "../catalog";
import { formatNumber, type Locale } from "../format";
import type { DiffCollection, DiffSection, FieldChange, PlanDiff } from "./diff";
import { optionLabel, planFields, say, unitOf, valueWithUnit, type FieldMeta } from "./fields";
import { edgeSchema, nodeSchema, zoneSchema } from "./node-schema";
import { constraintsSchema, metadataSchema, scenarioSchema, type PlanDocument } from "./plan-schema";
import { costsSchema, slosSchema, workloadSchema } from "./workload-schema";

/**
 * A diff in the words people read: "LLM server → Server / machine: HGX H200 8-GPU → HGX H100 4-GPU" instead of
 * `serving.product: "hgx-h200-8" → "hgx-h100-4"`. Field names come from the field registry (lib/plan/fields, in
 * English or French), catalog ids become the catalog's names, zones and nodes their labels, enum values their
 * option labels and numbers are formatted with their unit in the locale. Pure.
 */

export type DiffScope = DiffCollection | DiffSection;

/** Labels of the zones and nodes a diff refers to by id (a node's zone, an edge's ends), from either document. */
export interface DiffNames {
  nodes: Record<string, string>;
  zones: Record<string, string>;
}

/** A change as shown: the field's label, and the values before and after as text. */
export interface HumanChange {
  field: string;
  from: string;
  to: string;
}

const SCOPE_SCHEMAS: Record<DiffScope, z.ZodType> = {
  nodes: nodeSchema,
  edges: edgeSchema,
  zones: zoneSchema,
  scenarios: scenarioSchema,
  metadata: metadataSchema,
  workload: workloadSchema,
  slos: slosSchema,
  costs: costsSchema,
  constraints: constraintsSchema,
};

/** Fields whose values are catalog ids, by the last two segments of their path. */
const CATALOG_FIELDS: Record<string, CatalogKind> = {
  "serving.product": "product",
  "serving.hardware": "hardware",
  "serving.model": "model",
  "serving.precision": "precision",
  "serving.kvPrecision": "precision",
  "serving.framework": "framework",
  "serving.interconnect": "interconnect",
  "cloud.model": "cloud-model",
  "gpu.hardware": "hardware",
};

type Def = {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
};
const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;

/** The object schemas under a field's wrappers (optional, default, nullable) and unions. */
function objectsOf(schema: z.ZodType): Record<string, z.ZodType>[] {
  const def = defOf(schema);
  if (def.shape) return [def.shape];
  if (def.innerType) return objectsOf(def.innerType);
  if (def.options) return def.options.flatMap(objectsOf);
  return [];
}

/** The schemas along a path (one per segment; undefined past what the schema describes). */
function schemasAlong(root: z.ZodType, keys: string[]): (z.ZodType | undefined)[] {
  const out: (z.ZodType | undefined)[] = [];
  let current: z.ZodType | undefined = root;
  for (const key of keys) {
    current = current ? objectsOf(current).find((shape) => key in shape)?.[key] : undefined;
    out.push(current);
  }
  return out;
}

/** The field's label: its own, else its nearest described parent's with the key ("Resources › gpuModel"). */
function labelOf(keys: string[], schemas: (z.ZodType | undefined)[], locale: Locale): string {
  for (let i = keys.length - 1; i >= 0; i--) {
    const meta = schemas[i] && planFields.get(schemas[i]!);
    if (meta) return [say(meta.label, locale), ...keys.slice(i + 1)].join(" › ");
  }
  return keys.join(".");
}

const YES_NO = { en: ["yes", "no"], fr: ["oui", "non"] } as const;

/** Longest value text shown; longer ones end with "…". */
const MAX_VALUE_CHARS = 80;
const clip = (text: string) =>
  text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;

interface ValueContext {
  keys: string[];
  schema: z.ZodType | undefined;
  meta: FieldMeta | undefined;
  names: DiffNames;
  locale: Locale;
}

/** A value reference by id (catalog entry, zone, node) → its name; undefined when the field holds no reference. */
function referenceName(id: string, ctx: ValueContext): string | undefined {
  const catalog = CATALOG_FIELDS[ctx.keys.slice(-2).join(".")];
  if (catalog) return findCatalogEntry(catalog, id)?.name ?? id;
  const key = ctx.keys[ctx.keys.length - 1];
  if (key === "zoneId") return ctx.names.zones[id] ?? id;
  if (key === "source" || key === "target") return ctx.names.nodes[id] ?? id;
  return undefined;
}

/** One value as text: empty → the field's "empty" wording, ids → names, enums → labels, numbers → with unit. */
function showValue(value: unknown, ctx: ValueContext): string {
  if (value === null || value === undefined) return ctx.meta?.empty ? say(ctx.meta.empty, ctx.locale) : "—";
  if (typeof value === "boolean") return YES_NO[ctx.locale][value ? 0 : 1];
  if (typeof value === "number") {
    if (!ctx.meta?.unit) return formatNumber(value, 2, ctx.locale);
    const unit = unitOf(ctx.meta.unit);
    return valueWithUnit(value * unit.factor, unit, ctx.meta.decimals ?? 2, ctx.locale);
  }
  if (typeof value === "string") {
    const named = referenceName(value, ctx);
    if (named !== undefined) return clip(named);
    return clip(ctx.meta?.options && ctx.schema ? optionLabel(ctx.schema, value, ctx.locale) : value);
  }
  if (Array.isArray(value)) return clip(value.map((item) => showValue(item, ctx)).join(", "));
  const name = (value as { name?: unknown; label?: unknown }).name ?? (value as { label?: unknown }).label;
  return clip(typeof name === "string" ? name : JSON.stringify(value));
}

/** A field's name as people read it ("Replicas", "Serving › …"), from its path in an element or section of `scope`. */
export function fieldPathLabel(scope: DiffScope, path: string, locale: Locale = "en"): string {
  const keys = path.split(".").filter(Boolean);
  return labelOf(keys, schemasAlong(SCOPE_SCHEMAS[scope], keys), locale);
}

/** One field change in words (the path is relative to its element or section, as in PlanDiff). */
export function humaniseChange(
  scope: DiffScope,
  change: FieldChange,
  names: DiffNames,
  locale: Locale = "en",
): HumanChange {
  const keys = change.path.split(".").filter(Boolean);
  const schemas = schemasAlong(SCOPE_SCHEMAS[scope], keys);
  const schema = schemas[schemas.length - 1];
  const meta = schema ? planFields.get(schema) : undefined;
  const ctx: ValueContext = { keys, schema, meta, names, locale };
  return {
    field: labelOf(keys, schemas, locale),
    from: showValue(change.from, ctx),
    to: showValue(change.to, ctx),
  };
}

/**
 * "LLM server → Server / machine: HGX H200 8-GPU → HGX H100 4-GPU" (`where` is the element or section name); French
 * puts a no-break space before the colon ("Redis → Zone\u00a0: Services → App").
 */
export function changeLine(where: string, change: HumanChange, locale: Locale = "en"): string {
  const colon = locale === "fr" ? "\u00a0:" : ":";
  return `${where} → ${change.field}${colon} ${change.from} → ${change.to}`;
}

/** The labels a diff needs to name the zones and nodes its changes refer to by id (the newer document's win). */
export function diffNames(from: PlanDocument, to: PlanDocument, diff: PlanDiff): DiffNames {
  const wanted = { nodes: new Set<string>(), zones: new Set<string>() };
  const note = (key: string | undefined, value: unknown) => {
    if (typeof value !== "string") return;
    if (key === "zoneId") wanted.zones.add(value);
    if (key === "source" || key === "target") wanted.nodes.add(value);
  };
  for (const scope of ["nodes", "edges"] as const)
    for (const element of diff[scope].changed)
      for (const c of element.changes) {
        const key = c.path.split(".").pop();
        note(key, c.from);
        note(key, c.to);
      }
  const pick = (list: { id: string; label: string }[][], ids: Set<string>) =>
    Object.fromEntries(list.flat().flatMap((e) => (ids.has(e.id) ? [[e.id, e.label] as const] : [])));
  return {
    nodes: pick([from.nodes, to.nodes], wanted.nodes),
    zones: pick([from.zones, to.zones], wanted.zones),
  };
}
