import { COMPONENT_KINDS, ZONE_KINDS, type ZoneKind } from "../../catalog/components";
import type { PlanNode, PlanZone } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { NODE_SIZE, overlaps, type Point } from "../geometry";
import { freeSlotOutside, growZoneToFit } from "./add";

/**
 * Auto-layout. "all" replaces every position: zones in the reference topology's columns (DMZ → App → Services/Data,
 * App → AI, Management aside), each sized to its nodes laid out in a grid; nodes outside zones in a row below.
 * "missing" keeps every position and places only the nodes that have none — at the schema default (0, 0), or
 * stacked exactly on an earlier node of the same zone (what an import without positions or a paste leaves) — in
 * their zone's first free cell.
 */
export type LayoutMode = "all" | "missing";

const GAP = 24;
const HEADER = 44;
const ZONE_GAP = 48;
/** Column of each zone kind, left to right, and the grid width of its nodes. */
const COLUMN: Record<ZoneKind, number> = { dmz: 0, management: 0, app: 1, ai: 1, services: 2, data: 2 };
const GRID_COLUMNS: Record<ZoneKind, number> = { dmz: 1, management: 1, app: 2, ai: 2, services: 3, data: 3 };

/** Relative position of the i-th cell of a zone grid. */
export function cell(index: number, columns: number): Point {
  return {
    x: GAP + (index % columns) * (NODE_SIZE.width + GAP),
    y: HEADER + Math.floor(index / columns) * (NODE_SIZE.height + GAP),
  };
}

function zoneSizeFor(count: number, columns: number): PlanZone["size"] {
  const cols = Math.max(1, Math.min(columns, count));
  const rows = Math.max(1, Math.ceil(count / columns));
  return {
    width: Math.max(220, GAP + cols * (NODE_SIZE.width + GAP)),
    height: HEADER + rows * (NODE_SIZE.height + GAP) + GAP / 2,
  };
}

const samePoint = (a: Point, b: Point) => a.x === b.x && a.y === b.y;
const kindOrder = (n: PlanNode) => COMPONENT_KINDS.indexOf(n.kind);
const byKindThenLabel = (a: PlanNode, b: PlanNode) =>
  kindOrder(a) - kindOrder(b) || a.label.localeCompare(b.label) || a.id.localeCompare(b.id);

function layoutAll(doc: PlanDocument): PlanDocument {
  const members = new Map<string, PlanNode[]>();
  for (const n of doc.nodes) {
    if (n.zoneId === null) continue;
    members.set(n.zoneId, [...(members.get(n.zoneId) ?? []), n]);
  }
  const positions = new Map<string, Point>();
  const zoneOrder = [...doc.zones].sort(
    (a, b) => ZONE_KINDS.indexOf(a.kind) - ZONE_KINDS.indexOf(b.kind) || a.id.localeCompare(b.id),
  );
  const sized = new Map<string, PlanZone["size"]>();
  for (const z of zoneOrder) {
    const list = (members.get(z.id) ?? []).sort(byKindThenLabel);
    const columns = GRID_COLUMNS[z.kind];
    list.forEach((n, i) => positions.set(n.id, cell(i, columns)));
    sized.set(z.id, zoneSizeFor(list.length, columns));
  }
  // Columns of zones: each column as wide as its widest zone, zones stacked in it.
  const columnWidths = [0, 0, 0];
  for (const z of zoneOrder) {
    const c = COLUMN[z.kind];
    columnWidths[c] = Math.max(columnWidths[c]!, sized.get(z.id)!.width);
  }
  const columnX = [0, 1, 2].map((c) =>
    columnWidths.slice(0, c).reduce((s, w) => s + (w > 0 ? w + ZONE_GAP : 0), 0),
  );
  const columnY = [0, 0, 0];
  const zonePositions = new Map<string, Point>();
  for (const z of zoneOrder) {
    const c = COLUMN[z.kind];
    zonePositions.set(z.id, { x: columnX[c]!, y: columnY[c]! });
    columnY[c]! += sized.get(z.id)!.height + ZONE_GAP;
  }
  const bottom = Math.max(0, ...columnY);
  doc.nodes
    .filter((n) => n.zoneId === null)
    .sort(byKindThenLabel)
    .forEach((n, i) => positions.set(n.id, { x: i * (NODE_SIZE.width + GAP), y: bottom }));
  return {
    ...doc,
    zones: doc.zones.map((z) => {
      const position = zonePositions.get(z.id)!;
      const size = sized.get(z.id)!;
      return samePoint(position, z.position) && size.width === z.size.width && size.height === z.size.height
        ? z
        : { ...z, position, size };
    }),
    nodes: doc.nodes.map((n) => {
      const position = positions.get(n.id);
      return !position || samePoint(position, n.position) ? n : { ...n, position };
    }),
  };
}

/** Nodes without a position of their own: at (0, 0), or exactly on an earlier node of the same container. */
export function unpositionedNodes(doc: PlanDocument): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, PlanNode[]>();
  for (const n of doc.nodes) {
    const key = n.zoneId ?? "";
    const earlier = seen.get(key) ?? [];
    const stacked = earlier.some((m) => m.position.x === n.position.x && m.position.y === n.position.y);
    if ((n.position.x === 0 && n.position.y === 0) || stacked) out.add(n.id);
    else seen.set(key, [...earlier, n]);
  }
  return out;
}

function layoutMissing(doc: PlanDocument): PlanDocument {
  const missing = unpositionedNodes(doc);
  if (missing.size === 0) return doc;
  let next: PlanDocument = { ...doc, nodes: doc.nodes.filter((n) => !missing.has(n.id)) };
  for (const n of doc.nodes.filter((x) => missing.has(x.id))) {
    const zone = n.zoneId === null ? undefined : next.zones.find((z) => z.id === n.zoneId);
    let position: Point;
    if (zone) {
      const taken = next.nodes
        .filter((m) => m.zoneId === zone.id)
        .map((m) => ({ ...m.position, ...NODE_SIZE }));
      const columns = GRID_COLUMNS[zone.kind];
      let i = 0;
      while (taken.some((r) => overlaps(r, { ...cell(i, columns), ...NODE_SIZE }))) i++;
      position = cell(i, columns);
      const grown = growZoneToFit(zone, position);
      if (grown !== zone) next = { ...next, zones: next.zones.map((z) => (z.id === zone.id ? grown : z)) };
    } else {
      position = freeSlotOutside(next);
    }
    next = { ...next, nodes: [...next.nodes, { ...n, position }] };
  }
  // Keep the original order of the nodes array (only positions changed).
  const placed = new Map(next.nodes.map((n) => [n.id, n] as const));
  return { ...next, nodes: doc.nodes.map((n) => (missing.has(n.id) ? placed.get(n.id)! : n)) };
}

/** Lays the plan out; see LayoutMode. Untouched elements keep their identity (smaller undo deltas). */
export function autoLayout(doc: PlanDocument, mode: LayoutMode): PlanDocument {
  return mode === "all" ? layoutAll(doc) : layoutMissing(doc);
}
