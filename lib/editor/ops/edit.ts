import type { PlanEdge, PlanNode, PlanZone } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { absolutePosition, reparent, type Point, type Size } from "../geometry";
import { freeSlotInZone, growZoneToFit } from "./add";

/** Ids of the elements an edit applies to. Zones and nodes are separate collections (ids may coincide). */
export interface ElementIds {
  nodes: string[];
  edges: string[];
  zones: string[];
}

/**
 * Removes elements, with what cannot stay without them: a node's edges, and a zone's nodes (React Flow deletes a
 * group's children with it, and the user sees them go). Untouched elements keep their identity.
 */
export function removeElements(doc: PlanDocument, ids: Partial<ElementIds>): PlanDocument {
  const zones = new Set(ids.zones ?? []);
  const nodes = new Set(ids.nodes ?? []);
  for (const n of doc.nodes) if (n.zoneId !== null && zones.has(n.zoneId)) nodes.add(n.id);
  const edges = new Set(ids.edges ?? []);
  for (const e of doc.edges) if (nodes.has(e.source) || nodes.has(e.target)) edges.add(e.id);
  if (zones.size + nodes.size + edges.size === 0) return doc;
  return {
    ...doc,
    zones: zones.size ? doc.zones.filter((z) => !zones.has(z.id)) : doc.zones,
    nodes: nodes.size ? doc.nodes.filter((n) => !nodes.has(n.id)) : doc.nodes,
    edges: edges.size ? doc.edges.filter((e) => !edges.has(e.id)) : doc.edges,
  };
}

export type Move =
  | { type: "zone"; id: string; position: Point }
  | {
      type: "node";
      id: string;
      /** Position relative to `parentZoneId` (React Flow's node.position), or absolute when it is null. */
      position: Point;
      parentZoneId: string | null;
      size?: Size;
    };

const same = (a: Point, b: Point) => a.x === b.x && a.y === b.y;
const rounded = (p: Point): Point => ({ x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 });

/**
 * Commits moved elements (the end of a drag, an arrow-key step or a resize) as one edit: zones first, then nodes,
 * each re-parented to the zone under its centre with its position converted so it stays where it was dropped.
 */
export function commitMoves(doc: PlanDocument, moves: Move[]): PlanDocument {
  let zones = doc.zones;
  const zoneMoves = new Map(
    moves.filter((m) => m.type === "zone").map((m) => [m.id, rounded(m.position)] as const),
  );
  if (zoneMoves.size) {
    zones = zones.map((z) => {
      const p = zoneMoves.get(z.id);
      return p && !same(p, z.position) ? { ...z, position: p } : z;
    });
  }
  const nodeMoves = new Map(moves.flatMap((m) => (m.type === "node" ? [[m.id, m] as const] : [])));
  let nodesChanged = false;
  const nodes = nodeMoves.size
    ? doc.nodes.map((n) => {
        const m = nodeMoves.get(n.id);
        if (!m) return n;
        const absolute = absolutePosition({ position: m.position, zoneId: m.parentZoneId }, zones);
        const next = reparent(n, absolute, zones, m.size);
        if (next !== n) nodesChanged = true;
        return next;
      })
    : doc.nodes;
  if (zones === doc.zones && !nodesChanged) return doc;
  return { ...doc, zones, nodes: nodesChanged ? nodes : doc.nodes };
}

/** Replaces one node through `update` (no-op when it returns the same object or the node is gone). */
export function updateNode(doc: PlanDocument, id: string, update: (n: PlanNode) => PlanNode): PlanDocument {
  const i = doc.nodes.findIndex((n) => n.id === id);
  if (i < 0) return doc;
  const next = update(doc.nodes[i]!);
  if (next === doc.nodes[i]) return doc;
  const nodes = [...doc.nodes];
  nodes[i] = next;
  return { ...doc, nodes };
}

export function updateEdge(doc: PlanDocument, id: string, update: (e: PlanEdge) => PlanEdge): PlanDocument {
  const i = doc.edges.findIndex((e) => e.id === id);
  if (i < 0) return doc;
  const next = update(doc.edges[i]!);
  if (next === doc.edges[i]) return doc;
  const edges = [...doc.edges];
  edges[i] = next;
  return { ...doc, edges };
}

export function updateZone(doc: PlanDocument, id: string, update: (z: PlanZone) => PlanZone): PlanDocument {
  const i = doc.zones.findIndex((z) => z.id === id);
  if (i < 0) return doc;
  const next = update(doc.zones[i]!);
  if (next === doc.zones[i]) return doc;
  const zones = [...doc.zones];
  zones[i] = next;
  return { ...doc, zones };
}

/**
 * Moves a node into another zone from the inspector (a keyboard alternative to dragging): it takes the zone's first
 * free slot (the zone grows if needed); moved out of every zone, it keeps its place on screen.
 */
export function setNodeZone(doc: PlanDocument, id: string, zoneId: string | null): PlanDocument {
  const node = doc.nodes.find((n) => n.id === id);
  if (!node || node.zoneId === zoneId) return doc;
  if (zoneId === null) {
    return updateNode(doc, id, (n) => ({ ...n, zoneId: null, position: absolutePosition(n, doc.zones) }));
  }
  const zone = doc.zones.find((z) => z.id === zoneId);
  if (!zone) return doc;
  const without = { ...doc, nodes: doc.nodes.filter((n) => n.id !== id) };
  const position = freeSlotInZone(without, zone);
  const grown = growZoneToFit(zone, position);
  const next = grown === zone ? doc : updateZone(doc, zone.id, () => grown);
  return updateNode(next, id, (n) => ({ ...n, zoneId, position }));
}
