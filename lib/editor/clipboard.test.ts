import { describe, expect, it } from "vitest";
import { evaluate } from "../engine/evaluate";
import { planSchema } from "../plan/plan-schema";
import { buildTemplate } from "../templates";
import { slugId, uniqueId, uniqueIds } from "./ids";
import { copySelection, duplicateSelection, parseClipboard, pasteClipboard } from "./ops/clipboard";
import { absolutePosition } from "./geometry";

const plan = buildTemplate("enterprise");

describe("ids", () => {
  it("slugifies and counts on", () => {
    expect(slugId("PostgreSQL 17 #2")).toBe("postgresql-17-2");
    expect(slugId("***")).toBe("node");
    expect(uniqueId("api", new Set())).toBe("api");
    expect(uniqueId("api", new Set(["api"]))).toBe("api-2");
    expect(uniqueId("api", new Set(["api", "api-2", "api-3"]))).toBe("api-4");
    expect(uniqueId("api-2", new Set(["api-2"]))).toBe("api-3");
    expect(uniqueIds(["api", "api", "api"], new Set(["api"]))).toEqual(["api-2", "api-3", "api-4"]);
  });
});

describe("copy / paste / duplicate", () => {
  it("duplicates nodes with fresh ids, the edges between them, and stays a valid plan", () => {
    const result = duplicateSelection(plan, { nodes: ["api", "postgres"], zones: [] })!;
    expect(result.ids.nodes).toEqual(["api-2", "postgres-2"]);
    expect(result.ids.edges).toEqual(["api-2-postgres-2-5432"]);
    const copy = result.doc.nodes.find((n) => n.id === "api-2")!;
    expect(copy.label).toBe("Platform API (copy)");
    expect(copy.zoneId).toBe("app");
    const orig = plan.nodes.find((n) => n.id === "api")!;
    expect(copy.position).toEqual({ x: orig.position.x + 24, y: orig.position.y + 24 });
    expect(planSchema.safeParse(result.doc).success).toBe(true);
    // Duplicating again counts on.
    const again = duplicateSelection(result.doc, { nodes: ["api"], zones: [] })!;
    expect(again.ids.nodes).toEqual(["api-3"]);
  });

  it("gives a duplicated zone its own subnet, so no overlap finding follows the copy", () => {
    const result = duplicateSelection(plan, { nodes: [], zones: ["app"] })!;
    const copy = result.doc.zones.find((z) => z.id === result.ids.zones[0])!;
    const original = plan.zones.find((z) => z.id === "app")!;
    expect(copy.cidr).not.toBe(original.cidr);
    const findings = evaluate(result.doc).findings.filter((f) => f.code === "cidr-overlap");
    expect(findings).toEqual([]);
  });

  it("copies a zone with its nodes, renamed", () => {
    const payload = copySelection(plan, { nodes: [], zones: ["data"] })!;
    expect(payload.nodes.map((n) => n.id).sort()).toEqual(["chroma", "postgres", "s3"]);
    const result = pasteClipboard(plan, payload);
    expect(result.ids.zones).toEqual(["data-2"]);
    expect(result.doc.nodes.filter((n) => n.zoneId === "data-2")).toHaveLength(3);
    expect(planSchema.safeParse(result.doc).success).toBe(true);
  });

  it("pastes nodes whose zone is gone at their absolute position, and round-trips through text", () => {
    const payload = copySelection(plan, { nodes: ["redis"], zones: [] })!;
    const withoutServices = {
      ...plan,
      zones: plan.zones.filter((z) => z.id !== "services"),
      nodes: plan.nodes.filter((n) => n.zoneId !== "services"),
      edges: [],
    };
    const parsed = parseClipboard(JSON.stringify(payload))!;
    const result = pasteClipboard(withoutServices, parsed, { x: 0, y: 0 });
    const redis = result.doc.nodes.find((n) => n.id === "redis")!;
    expect(redis.zoneId).toBeNull();
    expect(redis.position).toEqual(
      absolutePosition(
        plan.nodes.find((n) => n.id === "redis")!,
        plan.zones,
      ),
    );
    expect(parseClipboard("not json")).toBeNull();
    expect(parseClipboard(JSON.stringify({ hello: 1 }))).toBeNull();
  });
});
