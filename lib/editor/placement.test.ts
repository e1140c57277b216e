import { describe, expect, it } from "vitest";
import { buildTemplate, TEMPLATE_IDS } from "../templates";
import type { PlanDocument } from "../plan/plan-schema";
import { absolutePosition, NODE_SIZE, overlaps, zoneRect, type Rect } from "./geometry";
import { addComponent } from "./ops/add";
import { copySelection, pasteClipboard } from "./ops/clipboard";
import { isFree, nearestFreeSpot, zoneInterior } from "./placement";
import { placedNodeIds, placeWithoutOverlap } from "./placement-doc";

/** Every pair of nodes whose absolute boxes intersect. */
function overlapping(doc: PlanDocument): string[] {
  const boxes = doc.nodes.map((n) => ({
    id: n.id,
    r: { ...absolutePosition(n, doc.zones), ...NODE_SIZE } as Rect,
  }));
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (overlaps(boxes[i]!.r, boxes[j]!.r)) out.push(`${boxes[i]!.id} ∩ ${boxes[j]!.id}`);
  return out;
}

/** Nodes that stick out of their zone's interior. */
function outsideZones(doc: PlanDocument): string[] {
  return doc.nodes
    .filter((n) => n.zoneId !== null)
    .filter((n) => {
      const zone = doc.zones.find((z) => z.id === n.zoneId)!;
      const a = zoneInterior(zone);
      return (
        n.position.x < a.x ||
        n.position.y < a.y ||
        n.position.x + NODE_SIZE.width > a.x + a.width ||
        n.position.y + NODE_SIZE.height > a.y + a.height
      );
    })
    .map((n) => n.id);
}

describe("nearest free spot", () => {
  const taken: Rect[] = [{ x: 0, y: 0, width: 180, height: 72 }];

  it("keeps a free position, moves an overlapping one by the least", () => {
    expect(nearestFreeSpot({ x: 400, y: 0 }, taken, null)).toEqual({ x: 400, y: 0 });
    // Overlapping the node at (0,0): the nearest clear spot on the 12 px grid is 84 below (72 + 12 clearance ≤ 94).
    expect(nearestFreeSpot({ x: 0, y: 10 }, taken, null)).toEqual({ x: 0, y: 94 });
    expect(isFree({ x: 0, y: 84 }, taken, null)).toBe(true);
    expect(isFree({ x: 0, y: 83 }, taken, null)).toBe(false);
  });

  it("stays inside the allowed area, and says when there is no room", () => {
    const area = { x: 0, y: 0, width: 200, height: 100 };
    // 180 × 72 fits with x ≤ 20, y ≤ 28: 7 grid steps left (16), 6 up (28).
    expect(nearestFreeSpot({ x: 100, y: 100 }, [], area)).toEqual({ x: 16, y: 28 });
    expect(nearestFreeSpot({ x: 0, y: 0 }, taken, area)).toBeNull();
  });
});

describe("placeWithoutOverlap", () => {
  it("every template starts without overlaps and with its nodes inside their zones", () => {
    for (const id of TEMPLATE_IDS) {
      const doc = buildTemplate(id);
      expect(overlapping(doc), id).toEqual([]);
      expect(outsideZones(doc), id).toEqual([]);
    }
  });

  it("a drop onto another node moves the new node to free space in the same zone", () => {
    const doc = buildTemplate("enterprise");
    const api = doc.nodes.find((n) => n.id === "api")!;
    const at = absolutePosition(api, doc.zones); // dropped right on the API node
    const added = addComponent(doc, "redis", { at: { x: at.x + 90, y: at.y + 36 } });
    expect(overlapping(added.doc).length).toBeGreaterThan(0);
    const placed = placeWithoutOverlap(doc, added.doc);
    expect(overlapping(placed)).toEqual([]);
    expect(outsideZones(placed)).toEqual([]);
    expect(placed.nodes.find((n) => n.id === added.node.id)!.zoneId).toBe(api.zoneId);
    // The nodes that were there did not move.
    for (const n of doc.nodes) expect(placed.nodes.find((m) => m.id === n.id)).toEqual(n);
  });

  it("a paste keeps the copies' relative layout and overlaps nothing", () => {
    const doc = buildTemplate("enterprise");
    const payload = copySelection(doc, { nodes: ["api", "frontend"], zones: [] })!;
    const pasted = pasteClipboard(doc, payload).doc;
    const placed = placeWithoutOverlap(doc, pasted);
    expect(overlapping(placed)).toEqual([]);
    expect(outsideZones(placed)).toEqual([]);
    const [a, b] = ["api-2", "frontend-2"].map((id) => placed.nodes.find((n) => n.id === id)!);
    const [oa, ob] = ["api", "frontend"].map((id) => doc.nodes.find((n) => n.id === id)!);
    expect(a!.zoneId).toBe(oa!.zoneId);
    expect(b!.zoneId).toBe(ob!.zoneId);
    expect(a!.zoneId).toBe(b!.zoneId); // both in the App zone
    expect(a!.position.x - b!.position.x).toBe(oa!.position.x - ob!.position.x);
    expect(a!.position.y - b!.position.y).toBe(oa!.position.y - ob!.position.y);
  });

  it("a full zone grows to take the node", () => {
    const doc = buildTemplate("minimal");
    const zone = doc.zones[0]!;
    const member = doc.nodes.find((n) => n.zoneId === zone.id)!;
    const copies = Array.from({ length: 6 }, (_, i) => ({ ...member, id: `copy-${i}` }));
    const after = { ...doc, nodes: [...doc.nodes, ...copies] };
    const placed = placeWithoutOverlap(doc, after);
    expect(overlapping(placed)).toEqual([]);
    expect(outsideZones(placed)).toEqual([]);
    expect(placedNodeIds(doc, after)).toEqual(new Set(copies.map((c) => c.id)));
  });

  it("returns the document itself when nothing overlaps", () => {
    const doc = buildTemplate("production");
    expect(placeWithoutOverlap(doc, doc)).toBe(doc);
  });

  it("a pasted zone moves off the zone it was copied from", () => {
    const doc = buildTemplate("production");
    const pasted = pasteClipboard(doc, copySelection(doc, { nodes: [], zones: [doc.zones[0]!.id] })!).doc;
    const placed = placeWithoutOverlap(doc, pasted);
    const zones = placed.zones.map(zoneRect);
    for (let i = 0; i < zones.length; i++)
      for (let j = i + 1; j < zones.length; j++) expect(overlaps(zones[i]!, zones[j]!)).toBe(false);
  });
});
