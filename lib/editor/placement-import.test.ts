import { describe, expect, it } from "vitest";
import { textIn } from "./notices";
import { buildTemplate } from "../templates";
import { addComponentCommand, pasteCommand } from "./commands";
import { absolutePosition, NODE_SIZE, overlaps, zoneRect } from "./geometry";
import { copySelection } from "./ops/clipboard";
import { dropRefusal, placeImported, placeImportedInput } from "./placement-import";
import { createEditorStore } from "./store";
import type { PlanDocument } from "../plan/plan-schema";
import type { ComponentKind } from "../catalog/components";

const plan = buildTemplate("enterprise");

/** Every node inside its zone's rectangle, and no two nodes of a zone overlapping. */
function wellPlaced(doc: PlanDocument): boolean {
  return doc.nodes.every((n) => {
    const zone = doc.zones.find((z) => z.id === n.zoneId);
    const abs = absolutePosition(n, doc.zones);
    const r = { ...abs, ...NODE_SIZE };
    const z = zone && zoneRect(zone);
    const inside =
      !z || (r.x >= z.x && r.y >= z.y && r.x + r.width <= z.x + z.width && r.y + r.height <= z.y + z.height);
    const clear = doc.nodes.every(
      (o) => o === n || !overlaps(r, { ...absolutePosition(o, doc.zones), ...NODE_SIZE }),
    );
    return inside && clear;
  });
}

describe("imported plans", () => {
  it("leave a well-placed plan untouched", () => {
    expect(placeImported(plan)).toBe(plan);
  });

  it("put nodes stacked on one spot and nodes outside zones on free space inside their kind's zone", () => {
    const messy: PlanDocument = {
      ...plan,
      nodes: plan.nodes.map((n) =>
        n.kind === "redis"
          ? { ...n, zoneId: null, position: { x: -900, y: -900 } }
          : n.kind === "postgres" || n.kind === "chroma"
            ? { ...n, position: { x: 30, y: 60 } }
            : n,
      ),
    };
    const placed = placeImported(messy);
    expect(placed.nodes.find((n) => n.kind === "redis")!.zoneId).toBe("services");
    expect(wellPlaced(placed)).toBe(true);
    expect(placed.nodes.map((n) => n.id)).toEqual(messy.nodes.map((n) => n.id));
    // Nodes that were fine stay where they were.
    const api = (d: PlanDocument) => d.nodes.find((n) => n.id === "api")!;
    expect(api(placed)).toBe(api(messy));
  });

  it("place a plan file of any schema version that parses, and pass anything else through", () => {
    const messy = { ...plan, nodes: plan.nodes.map((n) => ({ ...n, position: { x: 12, y: 44 } })) };
    expect(wellPlaced(placeImportedInput(JSON.parse(JSON.stringify(messy))) as PlanDocument)).toBe(true);
    expect(placeImportedInput({ hello: 1 })).toEqual({ hello: 1 });
  });

  it("a paste from another plan puts the nodes in their kind's zone, not outside", () => {
    const other = buildTemplate("production");
    const payload = copySelection(other, { nodes: ["redis"], zones: [] })!;
    const target = {
      ...plan,
      zones: plan.zones.map((z) => (z.id === "services" ? { ...z, id: "svc" } : z)),
      nodes: plan.nodes.map((n) => (n.zoneId === "services" ? { ...n, zoneId: "svc" } : n)),
    };
    const store = createEditorStore("p", target);
    pasteCommand(store, payload);
    const pasted = store.getState().doc.nodes.find((n) => n.id === "redis-2")!;
    expect(pasted.zoneId).toBe("svc");
    expect(wellPlaced(store.getState().doc)).toBe(true);
  });
});

describe("a paste from another plan", () => {
  it("keeps the pasted group's relative layout inside the zone it joins", () => {
    const other = buildTemplate("production");
    const payload = copySelection(other, { nodes: ["api", "frontend"], zones: [] })!;
    const target = {
      ...plan,
      zones: plan.zones.map((z) => (z.id === "app" ? { ...z, id: "apps" } : z)),
      nodes: plan.nodes.map((n) => (n.zoneId === "app" ? { ...n, zoneId: "apps" } : n)),
    };
    const store = createEditorStore("p", target);
    pasteCommand(store, payload);
    const doc = store.getState().doc;
    const at = (id: string) => doc.nodes.find((n) => n.id === id)!;
    expect(at("api-2").zoneId).toBe("apps");
    expect(at("frontend-2").zoneId).toBe("apps");
    const was = (id: string) => other.nodes.find((n) => n.id === id)!.position;
    expect(at("api-2").position.x - at("frontend-2").position.x).toBe(was("api").x - was("frontend").x);
    expect(at("api-2").position.y - at("frontend-2").position.y).toBe(was("api").y - was("frontend").y);
    expect(wellPlaced(doc)).toBe(true);
  });
});

describe("refused drops", () => {
  const centre = (zoneId: string) => {
    const z = zoneRect(plan.zones.find((x) => x.id === zoneId)!);
    return { x: z.x + z.width / 2, y: z.y + z.height / 2 };
  };

  it("accept a component in its own zone or on free canvas", () => {
    expect(dropRefusal(plan, "postgres", centre("data"))).toBeNull();
    expect(dropRefusal(plan, "postgres", { x: -5000, y: -5000 })).toBeNull();
  });

  it("say why a component does not belong in another zone, and where it goes", () => {
    const refusal = (kind: ComponentKind, zone: string, locale: "en" | "fr" = "en") =>
      textIn(dropRefusal(plan, kind, centre(zone))!, locale);
    expect(refusal("postgres", "dmz")).toMatch(
      /PostgreSQL 17 belongs in the Data zone, not in .*Drop it in the Data zone/,
    );
    expect(refusal("cloud-llm", "ai")).toMatch(/outside the zones/);
    expect(refusal("postgres", "dmz", "fr")).toMatch(
      /^PostgreSQL 17 va dans la zone Data, pas dans .+\u00a0: /,
    );
  });

  it("the add command announces the refusal as an error and adds nothing", () => {
    const messages: { tone: string; text: string }[] = [];
    const store = createEditorStore("p", plan, {
      announce: (m) => messages.push({ tone: m.tone, text: textIn(m.text, "en") }),
    });
    expect(addComponentCommand(store, "postgres", centre("dmz"))).toBeNull();
    expect(store.getState().doc).toBe(plan);
    expect(messages).toEqual([
      { tone: "error", text: expect.stringMatching(/^Not added: PostgreSQL 17 belongs/) },
    ]);
  });
});
