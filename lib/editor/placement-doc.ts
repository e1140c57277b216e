import type { PlanNode, PlanZone } from "../plan/node-schema";
import type { PlanDocument } from "../plan/plan-schema";
import { NODE_SIZE, overlaps, zoneRect, type Point, type Rect } from "./geometry";
import { CLEARANCE, freeOffset, nearestFreeSpot, zoneInterior } from "./placement";

/** Nodes of `after` that are new, or whose zone or position differs from `before` (what the edit placed). */
export function placedNodeIds(before: PlanDocument, after: PlanDocument): Set<string> {
  const old = new Map(before.nodes.map((n) => [n.id, n]));
  const placed = new Set<string>();
  for (const n of after.nodes) {
    const o = old.get(n.id);
    if (!o || o.zoneId !== n.zoneId || o.position.x !== n.position.x || o.position.y !== n.position.y)
      placed.add(n.id);
  }
  return placed;
}

const rect = (p: Point): Rect => ({ ...p, ...NODE_SIZE });

/** Obstacles in `zoneId`'s coordinates: the nodes that stay, and outside zones the zones themselves. */
function obstacles(doc: PlanDocument, zoneId: string | null, moving: Set<string>): Rect[] {
  const nodes = doc.nodes
    .filter((n) => n.zoneId === zoneId && !moving.has(n.id))
    .map((n) => rect(n.position));
  return zoneId === null ? [...nodes, ...doc.zones.map(zoneRect)] : nodes;
}

/** A zone grown so that a node at relative `p` fits inside with its inset. */
function grownFor(zone: PlanZone, p: Point): PlanZone {
  const width = Math.max(zone.size.width, p.x + NODE_SIZE.width + CLEARANCE);
  const height = Math.max(zone.size.height, p.y + NODE_SIZE.height + CLEARANCE);
  return width === zone.size.width && height === zone.size.height
    ? zone
    : { ...zone, size: { width, height } };
}

/** The first free row under every obstacle of a zone's interior (the zone then grows to hold it). */
function rowBelow(taken: readonly Rect[], area: Rect): Point {
  return { x: area.x, y: Math.max(area.y, ...taken.map((r) => r.y + r.height + CLEARANCE)) };
}

/** Whether two of the nodes being placed (in the same zone) overlap each other. */
function selfOverlapping(items: Placing[]): boolean {
  return items.some((a, i) =>
    items.some(
      (b, j) =>
        j > i && a.node.zoneId === b.node.zoneId && overlaps(rect(a.node.position), rect(b.node.position)),
    ),
  );
}

/** A zone's interior open at the bottom: a zone grows downwards to take what does not fit (grownFor). */
const growable = (area: Rect): Rect => ({ ...area, height: area.height + 10_000 });

interface Placing {
  node: PlanNode;
  taken: Rect[];
  area: Rect | null;
}

/** Each node in turn to its nearest free spot (those placed before it are obstacles), else a new row below. */
function oneByOne(items: Placing[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const { node, taken, area } of items) {
    const before = items
      .filter((m) => positions.has(m.node.id) && m.node.zoneId === node.zoneId)
      .map((m) => rect(positions.get(m.node.id)!));
    const all = [...taken, ...before];
    const spot =
      nearestFreeSpot(node.position, all, area) ??
      (area ? rowBelow(all, area) : nearestFreeSpot(node.position, all, null));
    positions.set(node.id, spot ?? node.position);
  }
  return positions;
}

/**
 * `after` with every placed node (placedNodeIds) on free space: one common offset for all of them when there is one
 * (a paste keeps its relative layout), else each to its nearest free spot, else a new row with the zone grown.
 * New zones that overlap another zone move right of every zone. Returns `after` itself when nothing had to move.
 */
export function placeWithoutOverlap(before: PlanDocument, after: PlanDocument): PlanDocument {
  const doc = separateNewZones(before, after);
  const moving = placedNodeIds(before, doc);
  if (moving.size === 0) return doc;
  const zones = new Map(doc.zones.map((z) => [z.id, z]));
  const items: Placing[] = doc.nodes
    .filter((n) => moving.has(n.id))
    .map((node) => {
      const zone = node.zoneId === null ? undefined : zones.get(node.zoneId);
      return {
        node,
        taken: obstacles(doc, node.zoneId, moving),
        area: zone ? growable(zoneInterior(zone)) : null,
      };
    });
  // One offset keeps the group's layout, so it only helps when the group itself does not overlap.
  const common = selfOverlapping(items)
    ? null
    : freeOffset(items.map((it) => ({ at: it.node.position, taken: it.taken, area: it.area })));
  const positions = common
    ? new Map(
        items.map((it) => [
          it.node.id,
          { x: it.node.position.x + common.x, y: it.node.position.y + common.y },
        ]),
      )
    : oneByOne(items);
  if (common && common.x === 0 && common.y === 0) return doc;
  const nodes = doc.nodes.map((n) => (positions.has(n.id) ? { ...n, position: positions.get(n.id)! } : n));
  const grown = doc.zones.map((z) =>
    nodes
      .filter((n) => n.zoneId === z.id && positions.has(n.id))
      .reduce((acc, n) => grownFor(acc, n.position), z),
  );
  return { ...doc, nodes, zones: grown };
}

/** New zones (absent from `before`) overlapping another zone move right of every zone, keeping their y. */
function separateNewZones(before: PlanDocument, after: PlanDocument): PlanDocument {
  const old = new Set(before.zones.map((z) => z.id));
  let zones = after.zones;
  for (const z of after.zones) {
    if (old.has(z.id)) continue;
    const others = zones.filter((o) => o.id !== z.id);
    if (!others.some((o) => overlaps(zoneRect(o), zoneRect(z)))) continue;
    const right = Math.max(...others.map((o) => o.position.x + o.size.width));
    zones = zones.map((o) => (o.id === z.id ? { ...o, position: { x: right + 40, y: z.position.y } } : o));
  }
  return zones === after.zones ? after : { ...after, zones };
}
