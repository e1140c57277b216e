import type { PlanZone } from "../plan/node-schema";
import { NODE_SIZE, overlaps, type Point, type Rect } from "./geometry";

/**
 * Placement that never overlaps: nodes that are new or were moved by an edit (a drop, a paste, an advisor option)
 * go to the nearest free spot inside their zone, all together by one offset when possible (a pasted group keeps its
 * relative layout), one by one otherwise; a full zone grows. Untouched nodes never move. Pure: flow coordinates,
 * node positions relative to their zone (absolute outside zones).
 */

/** Minimum clearance between two nodes, flow px (one snap-grid step). */
export const CLEARANCE = 12;
/** Room a zone keeps for its header and at its inner edges (lib/plan/layout.ts HEADER 44, GAP 24). */
const ZONE_HEADER = 44;
const ZONE_INSET = 12;
const STEP = 12;
/** Farthest a node is moved from where it was put, flow px, before the zone grows instead. */
const SEARCH_RADIUS = 1200;

const inflate = (r: Rect, by: number): Rect => ({
  x: r.x - by,
  y: r.y - by,
  width: r.width + 2 * by,
  height: r.height + 2 * by,
});
const rectAt = (p: Point): Rect => ({ ...p, ...NODE_SIZE });

/** Where a node may sit inside `zone`, in the zone's own coordinates (below the header, inside the border). */
export function zoneInterior(zone: PlanZone): Rect {
  return {
    x: ZONE_INSET,
    y: ZONE_HEADER,
    width: zone.size.width - 2 * ZONE_INSET,
    height: zone.size.height - ZONE_HEADER - ZONE_INSET,
  };
}

const inside = (r: Rect, area: Rect) =>
  r.x >= area.x &&
  r.y >= area.y &&
  r.x + r.width <= area.x + area.width &&
  r.y + r.height <= area.y + area.height;

/** Whether a node rect at `p` is clear of `taken` (with clearance) and inside `area` when given. */
export function isFree(p: Point, taken: readonly Rect[], area: Rect | null): boolean {
  const r = rectAt(p);
  if (area && !inside(r, area)) return false;
  const padded = inflate(r, CLEARANCE - 0.01);
  return !taken.some((t) => overlaps(padded, t));
}

/** Offsets on the snap grid, nearest first, out to SEARCH_RADIUS. Computed once. */
const OFFSETS: readonly Point[] = (() => {
  const out: Point[] = [];
  const n = SEARCH_RADIUS / STEP;
  for (let i = -n; i <= n; i++) for (let j = -n; j <= n; j++) out.push({ x: i * STEP, y: j * STEP });
  return out.sort((a, b) => a.x * a.x + a.y * a.y - (b.x * b.x + b.y * b.y) || a.y - b.y || a.x - b.x);
})();

/**
 * The smallest offset (nearest first, on the 12 px grid) that puts every one of `items` on free space: each item is
 * a position with its obstacles and allowed area. `null` when none within SEARCH_RADIUS.
 */
export function freeOffset(
  items: readonly { at: Point; taken: readonly Rect[]; area: Rect | null }[],
): Point | null {
  for (const d of OFFSETS) {
    if (items.every((it) => isFree({ x: it.at.x + d.x, y: it.at.y + d.y }, it.taken, it.area))) return d;
  }
  return null;
}

/** The nearest free spot to `desired` (see freeOffset), or null. */
export function nearestFreeSpot(desired: Point, taken: readonly Rect[], area: Rect | null): Point | null {
  const d = freeOffset([{ at: desired, taken, area }]);
  return d && { x: desired.x + d.x, y: desired.y + d.y };
}
