import { freeSubnet } from "./subnets";
import { z } from "zod";
import {
  edgeSchema,
  nodeSchema,
  zoneSchema,
  type PlanEdge,
  type PlanNode,
  type PlanZone,
} from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { absolutePosition, type Point } from "../geometry";
import { uniqueId } from "../ids";
import type { ElementIds } from "./edit";

/** What copy puts on the clipboard: the elements as they are, plus each node's absolute position. */
export const clipboardSchema = z
  .object({
    type: z.literal("stackplan/clipboard"),
    version: z.literal(1),
    zones: z.array(zoneSchema),
    nodes: z.array(nodeSchema),
    absolute: z.record(z.string(), z.object({ x: z.number(), y: z.number() })),
    edges: z.array(edgeSchema),
  })
  .strict();
export type ClipboardPayload = z.infer<typeof clipboardSchema>;

/**
 * Copies the selected zones and nodes (a zone brings its nodes) and the edges running between copied nodes — an edge
 * to something left behind would dangle.
 */
export function copySelection(
  doc: PlanDocument,
  ids: Pick<ElementIds, "nodes" | "zones">,
): ClipboardPayload | null {
  const zoneIds = new Set(ids.zones);
  const zones = doc.zones.filter((z) => zoneIds.has(z.id));
  const nodeIds = new Set(ids.nodes);
  const nodes = doc.nodes.filter((n) => nodeIds.has(n.id) || (n.zoneId !== null && zoneIds.has(n.zoneId)));
  if (zones.length === 0 && nodes.length === 0) return null;
  const copied = new Set(nodes.map((n) => n.id));
  return {
    type: "stackplan/clipboard",
    version: 1,
    zones,
    nodes,
    absolute: Object.fromEntries(nodes.map((n) => [n.id, absolutePosition(n, doc.zones)])),
    edges: doc.edges.filter((e) => copied.has(e.source) && copied.has(e.target)),
  };
}

/** Reads a clipboard text written by copySelection (null for anything else, e.g. text copied elsewhere). */
export function parseClipboard(text: string): ClipboardPayload | null {
  try {
    const parsed = clipboardSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface PasteResult {
  doc: PlanDocument;
  /** New ids, to select what was pasted. */
  ids: ElementIds;
}

const COPY_SUFFIX = " (copy)";
function copyLabel(label: string): string {
  return label.endsWith(COPY_SUFFIX) ? label : `${label.slice(0, 80 - COPY_SUFFIX.length)}${COPY_SUFFIX}`;
}

/**
 * Pastes a payload with fresh ids, shifted by `offset` so the copy does not hide the original. Nodes keep their zone
 * when it was copied along (renamed) or still exists; otherwise they land at their absolute position outside zones.
 * Edges are re-pointed at the copies.
 */
export function pasteClipboard(
  doc: PlanDocument,
  payload: ClipboardPayload,
  offset: Point = { x: 24, y: 24 },
): PasteResult {
  const zoneIdsTaken = new Set(doc.zones.map((z) => z.id));
  const zoneMap = new Map<string, string>();
  const subnetsTaken = doc.zones.map((z) => z.cidr);
  const zones: PlanZone[] = payload.zones.map((z) => {
    const id = uniqueId(z.id, zoneIdsTaken);
    zoneIdsTaken.add(id);
    zoneMap.set(z.id, id);
    // A copy gets its own subnet: two zones on one subnet is an error finding.
    const cidr = freeSubnet(z.cidr, subnetsTaken);
    subnetsTaken.push(cidr);
    return {
      ...z,
      id,
      cidr,
      label: copyLabel(z.label),
      position: { x: z.position.x + offset.x, y: z.position.y + offset.y },
    };
  });
  const existingZones = new Set(doc.zones.map((z) => z.id));
  const nodeIdsTaken = new Set(doc.nodes.map((n) => n.id));
  const nodeMap = new Map<string, string>();
  const nodes: PlanNode[] = payload.nodes.map((n) => {
    const id = uniqueId(n.id, nodeIdsTaken);
    nodeIdsTaken.add(id);
    nodeMap.set(n.id, id);
    const base = { ...n, id, label: copyLabel(n.label) };
    if (n.zoneId !== null && zoneMap.has(n.zoneId)) return { ...base, zoneId: zoneMap.get(n.zoneId)! };
    if (n.zoneId !== null && existingZones.has(n.zoneId)) {
      return { ...base, position: { x: n.position.x + offset.x, y: n.position.y + offset.y } };
    }
    const abs = payload.absolute[n.id] ?? n.position;
    return { ...base, zoneId: null, position: { x: abs.x + offset.x, y: abs.y + offset.y } };
  });
  const edgeIdsTaken = new Set(doc.edges.map((e) => e.id));
  const edges: PlanEdge[] = payload.edges.flatMap((e) => {
    const source = nodeMap.get(e.source);
    const target = nodeMap.get(e.target);
    if (!source || !target) return [];
    const id = uniqueId(`${source}-${target}-${e.port}`, edgeIdsTaken);
    edgeIdsTaken.add(id);
    return [{ ...e, id, source, target }];
  });
  return {
    doc: {
      ...doc,
      zones: zones.length ? [...doc.zones, ...zones] : doc.zones,
      nodes: nodes.length ? [...doc.nodes, ...nodes] : doc.nodes,
      edges: edges.length ? [...doc.edges, ...edges] : doc.edges,
    },
    ids: { zones: zones.map((z) => z.id), nodes: nodes.map((n) => n.id), edges: edges.map((e) => e.id) },
  };
}

/** Copy and paste in one step, leaving the clipboard alone. */
export function duplicateSelection(
  doc: PlanDocument,
  ids: Pick<ElementIds, "nodes" | "zones">,
): PasteResult | null {
  const payload = copySelection(doc, ids);
  return payload ? pasteClipboard(doc, payload) : null;
}
