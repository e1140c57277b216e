import type { PlanNode, PlanZone } from "../plan/node-schema";
import { NODE_HEIGHT, NODE_WIDTH } from "../plan/layout";

/**
 * Canvas geometry in flow coordinates. A node's position is relative to its zone when `zoneId` is set (React Flow's
 * parentId semantics) and absolute otherwise; zones are always absolute and never nest.
 */
export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Rect extends Point, Size {}

export const NODE_SIZE: Size = { width: NODE_WIDTH, height: NODE_HEIGHT };

export function zoneRect(zone: PlanZone): Rect {
  return { ...zone.position, ...zone.size };
}

export function contains(rect: Rect, p: Point): boolean {
  return p.x >= rect.x && p.x <= rect.x + rect.width && p.y >= rect.y && p.y <= rect.y + rect.height;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The absolute position of a node (its zone's position added when it sits in one). */
export function absolutePosition(node: Pick<PlanNode, "position" | "zoneId">, zones: PlanZone[]): Point {
  if (node.zoneId === null) return node.position;
  const zone = zones.find((z) => z.id === node.zoneId);
  return zone
    ? { x: zone.position.x + node.position.x, y: zone.position.y + node.position.y }
    : node.position;
}

/**
 * The zone a point falls in. Where zones overlap, the smallest wins (it is the one drawn on top and the one the user
 * most likely aimed at).
 */
export function zoneAt(point: Point, zones: PlanZone[]): PlanZone | null {
  let best: PlanZone | null = null;
  for (const z of zones) {
    if (!contains(zoneRect(z), point)) continue;
    if (!best || z.size.width * z.size.height < best.size.width * best.size.height) best = z;
  }
  return best;
}

/** `absolute` expressed relative to `zoneId` (or absolute when null). */
export function relativeTo(absolute: Point, zoneId: string | null, zones: PlanZone[]): Point {
  if (zoneId === null) return absolute;
  const zone = zones.find((z) => z.id === zoneId);
  return zone ? { x: absolute.x - zone.position.x, y: absolute.y - zone.position.y } : absolute;
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Re-parents a node after a move: the zone under its centre becomes its zone, and its position is converted so that
 * it does not jump on screen (relative → absolute → relative to the new zone). Returns the node unchanged (same
 * reference) when neither the zone nor the position changes.
 */
export function reparent(
  node: PlanNode,
  absolute: Point,
  zones: PlanZone[],
  size: Size = NODE_SIZE,
): PlanNode {
  const centre = { x: absolute.x + size.width / 2, y: absolute.y + size.height / 2 };
  const zone = zoneAt(centre, zones);
  const zoneId = zone?.id ?? null;
  const rel = relativeTo(absolute, zoneId, zones);
  const position = { x: round(rel.x), y: round(rel.y) };
  if (zoneId === node.zoneId && position.x === node.position.x && position.y === node.position.y) return node;
  return { ...node, zoneId, position };
}
