import { describe, expect, it } from "vitest";
import type { PlanNode, PlanZone } from "../plan/node-schema";
import { absolutePosition, relativeTo, reparent, zoneAt } from "./geometry";
import { commitMoves } from "./ops/edit";
import { buildTemplate } from "../templates";

const zone = (id: string, x: number, y: number, width = 400, height = 300): PlanZone => ({
  id,
  kind: "app",
  label: id,
  cidr: "10.0.10.0/24",
  position: { x, y },
  size: { width, height },
});
const zones = [zone("a", 0, 0), zone("b", 500, 100), zone("inner", 520, 120, 200, 150)];
const node = (zoneId: string | null, x: number, y: number): PlanNode => ({
  id: "n",
  kind: "api",
  label: "API",
  zoneId,
  position: { x, y },
  replicas: 1,
});

describe("positions relative to zones", () => {
  it("adds the zone position for a zoned node and nothing otherwise", () => {
    expect(absolutePosition(node("b", 10, 20), zones)).toEqual({ x: 510, y: 120 });
    expect(absolutePosition(node(null, 10, 20), zones)).toEqual({ x: 10, y: 20 });
    expect(relativeTo({ x: 510, y: 120 }, "b", zones)).toEqual({ x: 10, y: 20 });
  });

  it("finds the smallest zone under a point", () => {
    expect(zoneAt({ x: 600, y: 200 }, zones)?.id).toBe("inner");
    expect(zoneAt({ x: 850, y: 350 }, zones)?.id).toBe("b");
    expect(zoneAt({ x: 450, y: 50 }, zones)).toBeNull();
  });
});

describe("reparent", () => {
  it("moves a node from one zone into another without a jump on screen", () => {
    const n = node("a", 30, 40);
    // Dragged so that its absolute top-left is (800, 300): its centre (890, 336) is in zone b.
    const moved = reparent(n, { x: 800, y: 300 }, zones);
    expect(moved.zoneId).toBe("b");
    expect(moved.position).toEqual({ x: 300, y: 200 });
    expect(absolutePosition(moved, zones)).toEqual({ x: 800, y: 300 });
  });

  it("drops a node out of every zone with its absolute position", () => {
    const moved = reparent(node("a", 0, 0), { x: 1200, y: 900 }, zones);
    expect(moved).toMatchObject({ zoneId: null, position: { x: 1200, y: 900 } });
  });

  it("returns the same node when nothing changes", () => {
    const n = node("a", 30, 40);
    expect(reparent(n, { x: 30, y: 40 }, zones)).toBe(n);
  });

  it("commitMoves converts positions relative to the old parent, after zone moves of the same batch", () => {
    const plan = buildTemplate("enterprise");
    const app = plan.zones.find((z) => z.id === "app")!;
    const data = plan.zones.find((z) => z.id === "data")!;
    // React Flow reports api relative to its (old) parent app; drop it in the middle of the data zone.
    const target = { x: data.position.x + 40, y: data.position.y + 50 };
    const next = commitMoves(plan, [
      {
        type: "node",
        id: "api",
        parentZoneId: "app",
        position: { x: target.x - app.position.x, y: target.y - app.position.y },
      },
    ]);
    const api = next.nodes.find((n) => n.id === "api")!;
    expect(api.zoneId).toBe("data");
    expect(api.position).toEqual({ x: 40, y: 50 });
    // Moving a zone leaves its children relative positions alone.
    const zoneMoved = commitMoves(plan, [{ type: "zone", id: "app", position: { x: 999, y: 5 } }]);
    expect(zoneMoved.nodes).toBe(plan.nodes);
    expect(zoneMoved.zones.find((z) => z.id === "app")!.position).toEqual({ x: 999, y: 5 });
  });
});
