import { describe, expect, it } from "vitest";
import { planSchema } from "../plan/plan-schema";
import { buildTemplate, emptyPlan } from "../templates";
import { NODE_SIZE, overlaps } from "./geometry";
import { addComponent } from "./ops/add";
import { autoLayout, unpositionedNodes } from "./ops/layout";
import type { PlanDocument } from "../plan/plan-schema";

function noOverlaps(doc: PlanDocument) {
  for (const z of doc.zones) {
    const members = doc.nodes.filter((n) => n.zoneId === z.id);
    for (const [i, a] of members.entries()) {
      // inside the zone
      expect(a.position.x + NODE_SIZE.width).toBeLessThanOrEqual(z.size.width);
      expect(a.position.y + NODE_SIZE.height).toBeLessThanOrEqual(z.size.height);
      for (const b of members.slice(i + 1)) {
        expect(overlaps({ ...a.position, ...NODE_SIZE }, { ...b.position, ...NODE_SIZE })).toBe(false);
      }
    }
  }
  for (const [i, a] of doc.zones.entries()) {
    for (const b of doc.zones.slice(i + 1)) {
      expect(overlaps({ ...a.position, ...a.size }, { ...b.position, ...b.size })).toBe(false);
    }
  }
}

describe("auto-layout", () => {
  it('"all" replaces every position with a tidy, non-overlapping layout', () => {
    const plan = buildTemplate("enterprise");
    const scrambled = {
      ...plan,
      nodes: plan.nodes.map((n, i) => ({ ...n, position: { x: i * 7, y: 3 } })),
      zones: plan.zones.map((z) => ({ ...z, position: { x: 0, y: 0 } })),
    };
    const laid = autoLayout(scrambled, "all");
    noOverlaps(laid);
    expect(planSchema.safeParse(laid).success).toBe(true);
    // DMZ left of App left of Data.
    const x = (id: string) => laid.zones.find((z) => z.id === id)!.position.x;
    expect(x("dmz")).toBeLessThan(x("app"));
    expect(x("app")).toBeLessThan(x("data"));
    // Idempotent: a second run changes nothing (same objects).
    const again = autoLayout(laid, "all");
    expect(again.nodes.every((n, i) => n === laid.nodes[i])).toBe(true);
  });

  it('"missing" keeps positioned nodes and places only the unpositioned ones', () => {
    const plan = buildTemplate("enterprise");
    const extra = [
      { ...plan.nodes.find((n) => n.id === "api")!, id: "api-2", position: { x: 0, y: 0 } },
      { ...plan.nodes.find((n) => n.id === "redis")!, id: "redis-2" }, // stacked on redis
    ];
    const doc = { ...plan, nodes: [...plan.nodes, ...extra] };
    expect([...unpositionedNodes(doc)].sort()).toEqual(["api-2", "redis-2"]);
    const laid = autoLayout(doc, "missing");
    for (const n of plan.nodes) expect(laid.nodes.find((m) => m.id === n.id)).toBe(n);
    expect(unpositionedNodes(laid).size).toBe(0);
    noOverlaps(laid);
    expect(laid.nodes.map((n) => n.id)).toEqual(doc.nodes.map((n) => n.id));
    expect(autoLayout(laid, "missing")).toBe(laid);
  });

  it("keyboard-added components land in free slots of their (created) zone", () => {
    let doc = emptyPlan();
    for (const kind of ["postgres", "chroma", "s3", "postgres"] as const) doc = addComponent(doc, kind).doc;
    expect(doc.zones.map((z) => z.id)).toEqual(["data"]);
    expect(doc.nodes.map((n) => n.id)).toEqual(["postgres", "chroma", "s3", "postgres-2"]);
    noOverlaps(doc);
    expect(planSchema.safeParse(doc).success).toBe(true);
  });
});
