import { describe, expect, it } from "vitest";
import { PRODUCT_LIST } from "../../catalog";
import { planSchema } from "../../plan/plan-schema";
import { buildTemplate } from "../../templates";
import { textIn } from "../notices";
import { createEditorStore } from "../store";
import { bulkEditCommand } from "../commands";
import { bulkEdit, bulkFields } from "./bulk";
import { duplicateSelection } from "./clipboard";

const plan = buildTemplate("enterprise");
/** The enterprise plan with a second LLM node (a copy of the first), so two nodes share a serving kind. */
const twoLlms = duplicateSelection(plan, { nodes: ["llm"], zones: [] })!.doc;

describe("bulk fields of a multi-selection", () => {
  it("offers replicas and zone for any nodes, with their shared value or 'mixed'", () => {
    const f = bulkFields(plan, ["api", "frontend"])!;
    expect(f.replicas).toEqual(
      plan.nodes.find((n) => n.id === "api")!.replicas ===
        plan.nodes.find((n) => n.id === "frontend")!.replicas
        ? { value: plan.nodes.find((n) => n.id === "api")!.replicas }
        : "mixed",
    );
    expect(f.zoneId).toEqual({ value: "app" });
    expect(f.product).toBeUndefined(); // different kinds: no product
    expect(bulkFields(plan, ["api", "postgres"])!.zoneId).toBe("mixed");
  });

  it("offers the product only when every node is the same serving kind", () => {
    expect(bulkFields(twoLlms, ["llm", "llm-2"])!.product?.kind).toBe("llm");
    expect(bulkFields(plan, ["llm", "embeddings"])!.product).toBeUndefined();
  });

  it("needs at least two existing nodes", () => {
    expect(bulkFields(plan, ["api"])).toBeNull();
    expect(bulkFields(plan, ["api", "gone"])).toBeNull();
  });
});

describe("bulkEdit", () => {
  it("sets replicas on every selected node and nothing else", () => {
    const r = bulkEdit(plan, ["api", "frontend"], { field: "replicas", replicas: 5 });
    if (!r.ok) throw new Error(r.message);
    expect(r.doc.nodes.filter((n) => n.replicas === 5).map((n) => n.id)).toEqual(
      expect.arrayContaining(["api", "frontend"]),
    );
    const others = r.doc.nodes.filter((n) => n.id !== "api" && n.id !== "frontend");
    expect(others).toEqual(plan.nodes.filter((n) => n.id !== "api" && n.id !== "frontend"));
    expect(planSchema.safeParse(r.doc).success).toBe(true);
  });

  it("refuses a value outside the field registry's range, naming the node and the field", () => {
    const r = bulkEdit(plan, ["api", "frontend"], { field: "replicas", replicas: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Replicas: Must be at least 1/);
    if (!r.ok) expect(textIn(r.reason, "fr")).toMatch(/ — Réplicas\u00a0: /);
  });

  it("refuses a product without an accelerator in the reader's language", () => {
    const llms = twoLlms.nodes.filter((n) => n.kind === "llm").map((n) => n.id);
    const plain = PRODUCT_LIST.find((p) => !p.hardwareId || p.devices === 0)!;
    const r = bulkEdit(twoLlms, llms, { field: "product", productId: plain.id });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("has no accelerator");
    if (!r.ok) expect(textIn(r.reason, "fr")).toContain("n’a pas d’accélérateur");
  });

  it("moves every node into a zone, each to a free slot (no two on one spot)", () => {
    const r = bulkEdit(plan, ["api", "frontend"], { field: "zoneId", zoneId: "services" });
    if (!r.ok) throw new Error(r.message);
    const moved = r.doc.nodes.filter((n) => n.id === "api" || n.id === "frontend");
    expect(moved.every((n) => n.zoneId === "services")).toBe(true);
    expect(moved[0]!.position).not.toEqual(moved[1]!.position);
  });

  it("applies a product to every serving node, re-deriving each stack", () => {
    const r = bulkEdit(twoLlms, ["llm", "llm-2"], { field: "product", productId: "mac-studio-m3-ultra-512" });
    if (!r.ok) throw new Error(r.message);
    const llms = r.doc.nodes.filter((n) => n.kind === "llm");
    for (const n of llms) {
      expect(n.serving!.product).toBe("mac-studio-m3-ultra-512");
      expect(n.serving!.framework).toBe("llama.cpp");
    }
    expect(r.changes).toHaveLength(2);
  });

  it("is one undo step through the command", () => {
    const store = createEditorStore("p", plan);
    store.getState().select({ nodes: ["api", "frontend"] });
    expect(bulkEditCommand(store, { field: "replicas", replicas: 7 })).toBeNull();
    expect(store.getState().doc.nodes.find((n) => n.id === "frontend")!.replicas).toBe(7);
    store.getState().undo();
    expect(store.getState().doc).toEqual(plan);
    expect(store.getState().history.past).toHaveLength(0);
  });
});
