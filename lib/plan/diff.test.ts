import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planDiffSchema } from "../api/diff-schema";
import { diffFields, diffPlans, stableStringify } from "./diff";
import { buildTemplate, TEMPLATE_IDS } from "../templates";

describe("diffPlans", () => {
  it("finds nothing between a plan and itself", () => {
    for (const id of TEMPLATE_IDS) {
      const d = diffPlans(buildTemplate(id), structuredClone(buildTemplate(id)));
      expect(d.identical).toBe(true);
      expect(d.changeCount).toBe(0);
    }
  });

  it("reports added, removed and changed elements with the changed fields", () => {
    const before = buildTemplate("production");
    const after = structuredClone(before);
    const llm = after.nodes.find((n) => n.kind === "llm")!;
    llm.replicas += 2;
    llm.serving!.devices = 4;
    const removed = after.nodes.splice(
      after.nodes.findIndex((n) => n.kind === "meili"),
      1,
    )[0]!;
    after.edges = after.edges.filter((e) => e.source !== removed.id && e.target !== removed.id);
    after.nodes.push({ ...structuredClone(removed), id: "meili-new", label: "Search 2" });
    const d = diffPlans(before, after);
    expect(d.nodes.added).toEqual([{ id: "meili-new", label: "Search 2" }]);
    expect(d.nodes.removed).toEqual([{ id: removed.id, label: removed.label }]);
    expect(d.nodes.changed).toEqual([
      {
        id: llm.id,
        label: llm.label,
        changes: [
          { path: "replicas", from: llm.replicas - 2, to: llm.replicas },
          {
            path: "serving.devices",
            from: before.nodes.find((n) => n.id === llm.id)!.serving!.devices,
            to: 4,
          },
        ],
      },
    ]);
    expect(d.edges.removed.length).toBeGreaterThan(0);
    expect(d.edges.removed[0]!.label).toMatch(/→ .*:\d+$/);
    expect(d.figures).toContainEqual(expect.objectContaining({ key: "replicas", delta: 2 }));
    expect(d.figures.find((f) => f.key === "accelerators")!.delta).toBeGreaterThan(0);
    expect(d.identical).toBe(false);
  });

  it("reports section fields old → new, including fields that appear or disappear", () => {
    const before = buildTemplate("minimal");
    const after = structuredClone(before);
    after.workload.users = 40;
    after.slos = { ...after.slos };
    after.constraints.maxMonthlyUsd = 5000;
    after.metadata.environment = "staging";
    const d = diffPlans(before, after);
    expect(d.workload).toEqual([{ path: "users", from: 25, to: 40 }]);
    expect(d.constraints).toEqual([{ path: "maxMonthlyUsd", from: null, to: 5000 }]);
    expect(d.metadata).toEqual([{ path: "environment", from: "dev", to: "staging" }]);
    expect(d.slos).toEqual([]);
    expect(d.figures).toEqual([{ key: "users", label: "Users", from: 25, to: 40, delta: 15 }]);
    expect(d.changeCount).toBe(3);
  });

  it("is symmetric: swapping the sides swaps added/removed and from/to", () => {
    const a = buildTemplate("self-hosted");
    const b = buildTemplate("hybrid");
    const ab = diffPlans(a, b);
    const ba = diffPlans(b, a);
    expect(ba.nodes.added).toEqual(ab.nodes.removed.map((r) => r));
    expect(ba.nodes.removed).toEqual(ab.nodes.added);
    expect(ba.figures.map((f) => [f.key, f.from, f.to])).toEqual(
      expect.arrayContaining(ab.figures.map((f) => [f.key, f.to, f.from])),
    );
    expect(ba.changeCount).toBe(ab.changeCount);
  });

  it("produces what the API schema describes", () => {
    expect(() =>
      planDiffSchema.parse(diffPlans(buildTemplate("minimal"), buildTemplate("enterprise"))),
    ).not.toThrow();
  });
});

describe("diffFields and stableStringify", () => {
  it("ignores key order and finds every leaf change (property)", () => {
    const leaf = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1 }), leaf),
        fc.dictionary(fc.string({ minLength: 1 }), leaf),
        (a, b) => {
          const reversed = Object.fromEntries(Object.entries(a).reverse());
          expect(diffFields(a, reversed)).toEqual([]);
          expect(stableStringify(a)).toBe(stableStringify(reversed));
          const changes = diffFields(a, b);
          const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
          // Own properties only; an absent field and null count as the same ("not set").
          const get = (o: Record<string, unknown>, k: string) => (Object.hasOwn(o, k) ? o[k] : undefined);
          const differing = [...keys].filter(
            (k) => stableStringify(get(a, k)) !== stableStringify(get(b, k)),
          );
          expect(changes.map((c) => c.path).sort()).toEqual(differing.sort());
        },
      ),
    );
  });
});
