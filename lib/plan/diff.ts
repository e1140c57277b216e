import type { PlanDocument } from "./plan-schema";
import { summarizePlan } from "./summary";

/**
 * What changed between two plan documents — for the history panel ("what did revision 7 change?"), the autosave
 * conflict dialog (ours vs theirs) and `GET /api/plans/:id/diff`. Pure and deterministic: the same two documents
 * always give the same diff, in document order.
 */

/** One changed value. `path` is relative to its element or section (`serving.devices`, `users`). */
export interface FieldChange {
  path: string;
  /** The value before (`null` when the field was absent). */
  from: unknown;
  /** The value after (`null` when the field was removed). */
  to: unknown;
}

export interface ElementRef {
  id: string;
  /** A human name: the node's or zone's label, the scenario's name, "api → postgres:5432" for an edge. */
  label: string;
}

export interface ElementChange extends ElementRef {
  changes: FieldChange[];
}

/** Elements (nodes, edges, zones, scenarios) are matched by id. */
export interface CollectionDiff {
  added: ElementRef[];
  removed: ElementRef[];
  changed: ElementChange[];
}

/** A key figure of the plan (lib/plan/summary.ts) that moved. */
export interface FigureChange {
  key: string;
  label: string;
  from: number;
  to: number;
  /** to − from */
  delta: number;
}

export const DIFF_COLLECTIONS = ["nodes", "edges", "zones", "scenarios"] as const;
export const DIFF_SECTIONS = ["metadata", "workload", "slos", "costs", "constraints"] as const;
export type DiffCollection = (typeof DIFF_COLLECTIONS)[number];
export type DiffSection = (typeof DIFF_SECTIONS)[number];

export type PlanDiff = {
  /** No element, field or figure differs. */
  identical: boolean;
  /** Elements added + removed + changed, plus changed section fields. */
  changeCount: number;
  /** Key figures that differ (users, nodes, replicas, accelerators per hardware, …). */
  figures: FigureChange[];
} & Record<DiffCollection, CollectionDiff> &
  Record<DiffSection, FieldChange[]>;

/** Compares `from` (older / theirs) with `to` (newer / ours). */
export function diffPlans(from: PlanDocument, to: PlanDocument): PlanDiff {
  const nodes = diffCollection(from.nodes, to.nodes, (n) => n.label);
  // An edge is named by its ends' labels ("API → PostgreSQL:5432"), from the document that holds it.
  const edgeLabel = (doc: PlanDocument) => {
    const names = new Map(doc.nodes.map((n) => [n.id, n.label] as const));
    return (e: PlanDocument["edges"][number]) =>
      `${names.get(e.source) ?? e.source} → ${names.get(e.target) ?? e.target}:${e.port}`;
  };
  const edges = diffCollection(from.edges, to.edges, edgeLabel(to), edgeLabel(from));
  const zones = diffCollection(from.zones, to.zones, (z) => z.label);
  const scenarios = diffCollection(from.scenarios, to.scenarios, (s) => s.name);
  const sections = Object.fromEntries(DIFF_SECTIONS.map((s) => [s, diffFields(from[s], to[s])])) as Record<
    DiffSection,
    FieldChange[]
  >;
  const figures = diffFigures(from, to);
  const changeCount =
    [nodes, edges, zones, scenarios].reduce(
      (sum, c) => sum + c.added.length + c.removed.length + c.changed.length,
      0,
    ) + DIFF_SECTIONS.reduce((sum, s) => sum + sections[s].length, 0);
  return {
    identical: changeCount === 0 && figures.length === 0,
    changeCount,
    figures,
    nodes,
    edges,
    zones,
    scenarios,
    ...sections,
  };
}

function diffCollection<T extends { id: string }>(
  from: readonly T[],
  to: readonly T[],
  label: (item: T) => string,
  /** The label of a removed element (default `label`): it may need the older document. */
  removedLabel: (item: T) => string = label,
): CollectionDiff {
  const before = new Map(from.map((item) => [item.id, item]));
  const after = new Map(to.map((item) => [item.id, item]));
  const out: CollectionDiff = { added: [], removed: [], changed: [] };
  for (const item of to) {
    const old = before.get(item.id);
    if (!old) out.added.push({ id: item.id, label: label(item) });
    else {
      const changes = diffFields(old, item);
      if (changes.length) out.changed.push({ id: item.id, label: label(item), changes });
    }
  }
  for (const item of from)
    if (!after.has(item.id)) out.removed.push({ id: item.id, label: removedLabel(item) });
  return out;
}

/** Field-by-field comparison of two objects; arrays and scalars are compared as whole values. */
export function diffFields(from: unknown, to: unknown, path = ""): FieldChange[] {
  if (isPlainObject(from) && isPlainObject(to)) {
    const keys = [...Object.keys(from), ...Object.keys(to).filter((k) => !Object.hasOwn(from, k))];
    return keys.flatMap((k) => diffFields(own(from, k), own(to, k), path ? `${path}.${k}` : k));
  }
  if (stableStringify(from) === stableStringify(to)) return [];
  return [{ path, from: from ?? null, to: to ?? null }];
}

function diffFigures(from: PlanDocument, to: PlanDocument): FigureChange[] {
  const a = keyFigures(from);
  const b = keyFigures(to);
  const keys = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  const out: FigureChange[] = [];
  for (const key of keys) {
    const x = a.get(key) ?? { label: b.get(key)!.label, value: 0 };
    const y = b.get(key) ?? { label: x.label, value: 0 };
    if (x.value !== y.value)
      out.push({ key, label: y.label, from: x.value, to: y.value, delta: y.value - x.value });
  }
  return out;
}

/** The figures a reviewer looks at first, from summarizePlan (one place that counts devices). */
function keyFigures(plan: PlanDocument): Map<string, { label: string; value: number }> {
  const s = summarizePlan(plan);
  const m = new Map<string, { label: string; value: number }>([
    ["users", { label: "Users", value: s.users }],
    ["nodes", { label: "Components", value: s.nodeCount }],
    ["edges", { label: "Flows", value: s.edgeCount }],
    ["replicas", { label: "Replicas", value: s.replicaCount }],
    ["accelerators", { label: "Accelerators", value: s.hardware.reduce((sum, h) => sum + h.devices, 0) }],
  ]);
  for (const h of s.hardware) {
    m.set(`devices.${h.hardwareId}`, { label: `${h.label.replace(/^\d+× /, "")} devices`, value: h.devices });
  }
  return m;
}

/** An own property only (a "__proto__" key in parsed JSON is data, not the prototype). */
const own = (o: Record<string, unknown>, k: string) => (Object.hasOwn(o, k) ? o[k] : undefined);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** JSON with object keys sorted, so that key order never counts as a change. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify(own(value, k))}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}
