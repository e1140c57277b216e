import { freeSubnet } from "./subnets";
import { COMPONENTS, ZONES, type ComponentKind, type ZoneKind } from "../../catalog/components";
import type { PlanNode, PlanZone } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { slotInZone, slotOutside, zoneFor } from "../../plan/layout";
import { NODE_SIZE, overlaps, relativeTo, zoneAt, zoneRect, type Point, type Rect } from "../geometry";
import { uniqueId } from "../ids";
import { DEFAULT_EMBEDDINGS_SERVING, DEFAULT_LLM_SERVING } from "./serving";

const PADDING = 24;

/** A new node of `kind` with the defaults a component needs to be valid (serving or cloud settings). */
export function defaultNode(kind: ComponentKind, id: string): PlanNode {
  const spec = COMPONENTS[kind];
  const node: PlanNode = { id, kind, label: spec.name, zoneId: null, position: { x: 0, y: 0 }, replicas: 1 };
  if (kind === "llm") node.serving = { ...DEFAULT_LLM_SERVING };
  if (kind === "embeddings") node.serving = { ...DEFAULT_EMBEDDINGS_SERVING };
  if (kind === "cloud-llm")
    node.cloud = { provider: "openai", model: "openai-gpt-4.1", purpose: "llm", role: "primary" };
  return node;
}

function nodeRect(position: Point): Rect {
  return { ...position, ...NODE_SIZE };
}

/** Relative rects of the nodes in a zone (or absolute rects of the nodes outside every zone). */
function occupied(doc: PlanDocument, zoneId: string | null): Rect[] {
  return doc.nodes.filter((n) => n.zoneId === zoneId).map((n) => nodeRect(n.position));
}

/** The first template slot of a zone not covered by one of its nodes. */
export function freeSlotInZone(doc: PlanDocument, zone: PlanZone): Point {
  const taken = occupied(doc, zone.id);
  for (let i = 0; i < 10_000; i++) {
    const slot = slotInZone(zone.kind, i);
    if (!taken.some((r) => overlaps(r, nodeRect(slot)))) return slot;
  }
  return slotInZone(zone.kind, taken.length);
}

/** The first slot below the zones (where templates put cloud providers) not covered by a node or a zone. */
export function freeSlotOutside(doc: PlanDocument): Point {
  const taken = [...occupied(doc, null), ...doc.zones.map(zoneRect)];
  for (let i = 0; i < 10_000; i++) {
    const slot = slotOutside(i);
    if (!taken.some((r) => overlaps(r, nodeRect(slot)))) return slot;
  }
  return slotOutside(taken.length);
}

/** A zone grown (never shrunk) so that a node at relative `position` fits inside with padding. */
export function growZoneToFit(zone: PlanZone, position: Point): PlanZone {
  const width = Math.max(zone.size.width, position.x + NODE_SIZE.width + PADDING);
  const height = Math.max(zone.size.height, position.y + NODE_SIZE.height + PADDING);
  return width === zone.size.width && height === zone.size.height
    ? zone
    : { ...zone, size: { width, height } };
}

/**
 * A new zone of `kind` where the reference layout puts it, or to the right of every zone when that spot is taken.
 */
export function newZone(doc: PlanDocument, kind: ZoneKind): PlanZone {
  const taken = new Set(doc.zones.map((z) => z.id));
  const base = zoneFor(kind, 1);
  const zone = {
    ...base,
    id: uniqueId(kind, taken),
    cidr: freeSubnet(
      base.cidr,
      doc.zones.map((z) => z.cidr),
    ),
  };
  if (!doc.zones.some((z) => overlaps(zoneRect(z), zoneRect(zone)))) return zone;
  const right = Math.max(...doc.zones.map((z) => z.position.x + z.size.width));
  return { ...zone, position: { x: right + 40, y: 0 } };
}

/** The plan's first zone of `kind`, created (and added to the plan) when it has none. */
export function ensureZone(
  doc: PlanDocument,
  kind: ZoneKind,
): { doc: PlanDocument; zone: PlanZone; created: boolean } {
  const existing = doc.zones.find((z) => z.kind === kind);
  if (existing) return { doc, zone: existing, created: false };
  const zone = newZone(doc, kind);
  return { doc: { ...doc, zones: [...doc.zones, zone] }, zone, created: true };
}

export interface AddResult {
  doc: PlanDocument;
  node: PlanNode;
  /** Set when the component's default zone did not exist and was created. */
  createdZone: PlanZone | null;
}

/**
 * Adds a component. With `at` (an absolute flow point, e.g. where it was dropped) it is centred there and joins the
 * zone under that point; without, it goes to a free slot of its default zone (created if missing) — the keyboard way.
 */
export function addComponent(
  doc: PlanDocument,
  kind: ComponentKind,
  options: { at?: Point; patch?: (node: PlanNode) => PlanNode } = {},
): AddResult {
  const id = uniqueId(kind, new Set(doc.nodes.map((n) => n.id)));
  let node = defaultNode(kind, id);
  if (options.patch) node = { ...options.patch(node), id };
  let next = doc;
  let createdZone: PlanZone | null = null;
  if (options.at) {
    const zone = zoneAt(options.at, doc.zones);
    const topLeft = { x: options.at.x - NODE_SIZE.width / 2, y: options.at.y - NODE_SIZE.height / 2 };
    const rel = relativeTo(topLeft, zone?.id ?? null, doc.zones);
    const position = { x: Math.round(rel.x), y: Math.round(rel.y) };
    node = { ...node, zoneId: zone?.id ?? null, position };
    // A node dropped near a zone's edge stays inside it: the zone grows rather than letting it overhang.
    const grown = zone && position.x >= 0 && position.y >= 0 ? growZoneToFit(zone, position) : zone;
    if (grown && grown !== zone)
      next = { ...next, zones: next.zones.map((z) => (z.id === grown.id ? grown : z)) };
  } else {
    const zoneKind = COMPONENTS[kind].defaultZone;
    if (zoneKind) {
      const ensured = ensureZone(doc, zoneKind);
      next = ensured.doc;
      createdZone = ensured.created ? ensured.zone : null;
      const position = freeSlotInZone(next, ensured.zone);
      node = { ...node, zoneId: ensured.zone.id, position };
      const grown = growZoneToFit(ensured.zone, position);
      if (grown !== ensured.zone)
        next = { ...next, zones: next.zones.map((z) => (z.id === grown.id ? grown : z)) };
    } else {
      node = { ...node, zoneId: null, position: freeSlotOutside(next) };
    }
  }
  return { doc: { ...next, nodes: [...next.nodes, node] }, node, createdZone };
}

/** Human name of a zone kind ("Data"), for messages. */
export const zoneName = (kind: ZoneKind) => ZONES[kind].name;
