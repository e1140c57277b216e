import { COMPONENTS, ZONES, type ComponentKind } from "../catalog/components";
import type { PlanNode } from "../plan/node-schema";
import { parsePlan } from "../plan/parse";
import type { PlanDocument } from "../plan/plan-schema";
import { absolutePosition, NODE_SIZE, overlaps, zoneAt, type Point } from "./geometry";
import { isFree, zoneInterior } from "./placement";
import { notice, type Notice } from "./notices";
import { placeWithoutOverlap } from "./placement-doc";

/**
 * Where imported elements go, and where a dropped component may not: two rules of the reference's network
 * segmentation (docs/reference-platform.md §4: each component kind has its zone).
 */

/** The plan's zone for a component kind (its default zone kind), or null when it has none or the plan lacks it. */
function rightZoneId(doc: PlanDocument, kind: ComponentKind): string | null {
  const want = COMPONENTS[kind].defaultZone;
  return want ? (doc.zones.find((z) => z.kind === want)?.id ?? null) : null;
}

/**
 * Whether an imported node needs a place: outside every zone though its kind's zone exists, in a zone that does not
 * exist, overhanging its zone, or on a node kept before it (of two overlapping nodes, the later one moves).
 */
function misplaced(doc: PlanDocument, kept: readonly PlanNode[], n: PlanNode): boolean {
  if (n.zoneId === null) return rightZoneId(doc, n.kind) !== null;
  const zone = doc.zones.find((z) => z.id === n.zoneId);
  if (!zone) return true;
  const taken = kept.filter((o) => o.zoneId === n.zoneId).map((o) => ({ ...o.position, ...NODE_SIZE }));
  return (
    !isFree(n.position, [], zoneInterior(zone)) ||
    taken.some((r) => overlaps(r, { ...n.position, ...NODE_SIZE }))
  );
}

/**
 * An imported plan (a JSON file, another tool's export) with every node on free space inside its zone: a node
 * outside zones joins its kind's zone when the plan has one, and a node overhanging its zone or lying on another
 * node moves to the nearest free spot inside the zone (which grows when full). Nodes already well placed never move;
 * returns the document itself when none had to. `only`: consider just these nodes (what a paste brought in).
 */
export function placeImported(doc: PlanDocument, only?: ReadonlySet<string>): PlanDocument {
  const kept: PlanNode[] = [];
  const moving: PlanNode[] = [];
  for (const n of doc.nodes)
    (only && !only.has(n.id) ? kept : misplaced(doc, kept, n) ? moving : kept).push(n);
  if (moving.length === 0) return doc;
  const before = { ...doc, nodes: kept };
  const targets = moving.map((n) => {
    const own = doc.zones.some((z) => z.id === n.zoneId) ? n.zoneId : null;
    return { node: n, zoneId: own ?? rightZoneId(doc, n.kind), at: absolutePosition(n, doc.zones) };
  });
  // The nodes going to one zone keep their layout relative to each other, from the zone's interior corner; the
  // placement then finds one offset that frees them all (or places them one by one).
  const corner = (zoneId: string | null): Point => {
    const group = targets.filter((t) => t.zoneId === zoneId).map((t) => t.at);
    return { x: Math.min(...group.map((p) => p.x)), y: Math.min(...group.map((p) => p.y)) };
  };
  const after = {
    ...doc,
    nodes: [
      ...kept,
      ...targets.map(({ node, zoneId, at }) => {
        const zone = doc.zones.find((z) => z.id === zoneId);
        if (!zone) return { ...node, zoneId: null, position: at };
        const area = zoneInterior(zone);
        const c = corner(zoneId);
        return { ...node, zoneId, position: { x: area.x + at.x - c.x, y: area.y + at.y - c.y } };
      }),
    ],
  };
  const result = placeWithoutOverlap(before, after);
  // Keep the document's node order (edges, exports and the canvas list read it).
  const byId = new Map(result.nodes.map((n) => [n.id, n]));
  return { ...result, nodes: doc.nodes.map((n) => byId.get(n.id)!) };
}

/**
 * A plan file about to be imported (any schema version), placed by `placeImported` when it parses; anything else is
 * returned as it is, for the server to refuse with its own message.
 */
export function placeImportedInput(input: unknown): unknown {
  const parsed = parsePlan(input);
  return parsed.ok ? placeImported(parsed.value) : input;
}

/**
 * Why a component may not be dropped at a flow point (a notice: messages/<locale>/notices.json `dropWrongZone`,
 * `dropOutside`), or null when it may: on free canvas, or on a zone of its kind.
 */
export function dropRefusal(doc: PlanDocument, kind: ComponentKind, at: Point): Notice | null {
  const zone = zoneAt(at, doc.zones);
  if (!zone) return null;
  const spec = COMPONENTS[kind];
  const want = spec.defaultZone;
  if (want === zone.kind) return null;
  return want
    ? notice("dropWrongZone", { component: spec.name, want: ZONES[want].name, zone: zone.label })
    : notice("dropOutside", { component: spec.name, zone: zone.label });
}
