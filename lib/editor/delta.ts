import type { PlanEdge, PlanNode, PlanZone } from "../plan/node-schema";
import type { PlanDocument } from "../plan/plan-schema";

/**
 * A reversible change to a plan document — the unit of undo/redo (excalidraw's model: store what changed, not
 * snapshots). Elements are matched by id; a missing `before` means the element was added, a missing `after` that it
 * was removed. Top-level sections (metadata, workload, …) are stored whole: they are small.
 */
export interface ElementChange<T> {
  id: string;
  before?: T;
  after?: T;
  /** Index in the array before the change (so an undone removal goes back where it was). */
  index?: number;
  /** Index in the array after the change (so a redone addition goes back where it was). */
  indexAfter?: number;
}

export const SECTIONS = ["metadata", "workload", "slos", "costs", "constraints", "scenarios"] as const;
export type Section = (typeof SECTIONS)[number];

export interface Delta {
  nodes: ElementChange<PlanNode>[];
  edges: ElementChange<PlanEdge>[];
  zones: ElementChange<PlanZone>[];
  sections: { [K in Section]?: { before: PlanDocument[K]; after: PlanDocument[K] } };
}

export const EMPTY_DELTA: Delta = { nodes: [], edges: [], zones: [], sections: {} };

function diffArray<T extends { id: string }>(before: T[], after: T[]): ElementChange<T>[] {
  if (before === after) return [];
  const out: ElementChange<T>[] = [];
  const afterIndex = new Map(after.map((x, i) => [x.id, i] as const));
  const beforeIndex = new Map(before.map((x, i) => [x.id, i] as const));
  before.forEach((b, i) => {
    const j = afterIndex.get(b.id);
    const a = j === undefined ? undefined : after[j];
    // Updates are immutable: an unchanged element keeps its identity, so a reference check is enough.
    if (a !== b) out.push({ id: b.id, before: b, after: a, index: i, indexAfter: j });
  });
  after.forEach((a, j) => {
    if (!beforeIndex.has(a.id)) out.push({ id: a.id, after: a, indexAfter: j });
  });
  return out;
}

/** What turns `before` into `after` (elements compared by reference: edits must be immutable). */
export function computeDelta(before: PlanDocument, after: PlanDocument): Delta {
  const sections: Delta["sections"] = {};
  for (const key of SECTIONS) {
    if (before[key] !== after[key]) {
      (sections as Record<string, unknown>)[key] = { before: before[key], after: after[key] };
    }
  }
  return {
    nodes: diffArray(before.nodes, after.nodes),
    edges: diffArray(before.edges, after.edges),
    zones: diffArray(before.zones, after.zones),
    sections,
  };
}

export function isEmptyDelta(d: Delta): boolean {
  return (
    d.nodes.length === 0 &&
    d.edges.length === 0 &&
    d.zones.length === 0 &&
    Object.keys(d.sections).length === 0
  );
}

function applyArray<T extends { id: string }>(
  items: T[],
  changes: ElementChange<T>[],
  direction: "undo" | "redo",
): T[] {
  if (changes.length === 0) return items;
  const out = [...items];
  const inserts: { value: T; at: number }[] = [];
  for (const c of changes) {
    const target = direction === "redo" ? c.after : c.before;
    const at = direction === "redo" ? c.indexAfter : c.index;
    const i = out.findIndex((x) => x.id === c.id);
    if (target === undefined) {
      if (i >= 0) out.splice(i, 1);
    } else if (i >= 0) {
      out[i] = target;
    } else {
      inserts.push({ value: target, at: at ?? out.length });
    }
  }
  // Ascending order, so each element lands at the index it had (earlier inserts shift later ones correctly).
  inserts.sort((a, b) => a.at - b.at);
  for (const { value, at } of inserts) out.splice(Math.min(at, out.length), 0, value);
  return out;
}

/** Applies a delta forwards ("redo") or backwards ("undo"). */
export function applyDelta(doc: PlanDocument, delta: Delta, direction: "undo" | "redo"): PlanDocument {
  const next: PlanDocument = {
    ...doc,
    nodes: applyArray(doc.nodes, delta.nodes, direction),
    edges: applyArray(doc.edges, delta.edges, direction),
    zones: applyArray(doc.zones, delta.zones, direction),
  };
  for (const key of SECTIONS) {
    const change = delta.sections[key];
    if (change) (next as Record<string, unknown>)[key] = direction === "redo" ? change.after : change.before;
  }
  return next;
}

function composeArray<T>(first: ElementChange<T>[], second: ElementChange<T>[]): ElementChange<T>[] {
  const byId = new Map(first.map((c) => [c.id, { ...c }] as const));
  for (const c of second) {
    const prev = byId.get(c.id);
    if (!prev) byId.set(c.id, { ...c });
    else byId.set(c.id, { ...prev, after: c.after, indexAfter: c.indexAfter });
  }
  // An element added then removed within the composed span is no change at all.
  return [...byId.values()].filter((c) => c.before !== undefined || c.after !== undefined);
}

/** One delta equivalent to applying `first` then `second` (used to merge a burst of edits into one undo step). */
export function composeDeltas(first: Delta, second: Delta): Delta {
  const sections: Delta["sections"] = { ...first.sections };
  for (const key of SECTIONS) {
    const b = second.sections[key];
    if (!b) continue;
    const a = first.sections[key];
    (sections as Record<string, unknown>)[key] = { before: a ? a.before : b.before, after: b.after };
  }
  return {
    nodes: composeArray(first.nodes, second.nodes),
    edges: composeArray(first.edges, second.edges),
    zones: composeArray(first.zones, second.zones),
    sections,
  };
}
