import { describe, expect, it } from "vitest";
import { buildTemplate, emptyPlan } from "../templates";
import { applyDelta, composeDeltas, computeDelta, isEmptyDelta } from "./delta";
import {
  canRedo,
  canUndo,
  createHistory,
  HISTORY_LIMIT,
  MERGE_WINDOW_MS,
  record,
  redo,
  undo,
} from "./history";
import { updateNode } from "./ops/edit";
import { createEditorStore } from "./store";

const base = buildTemplate("enterprise");

describe("deltas", () => {
  it("hold only what changed and apply both ways", () => {
    const next = updateNode(base, "api", (n) => ({ ...n, replicas: n.replicas + 1 }));
    const delta = computeDelta(base, next);
    expect(delta.nodes).toHaveLength(1);
    expect(delta.edges).toHaveLength(0);
    expect(applyDelta(next, delta, "undo")).toEqual(base);
    expect(applyDelta(base, delta, "redo")).toEqual(next);
  });

  it("put a removed element back at its index", () => {
    const next = { ...base, nodes: base.nodes.filter((n) => n.id !== "redis") };
    const delta = computeDelta(base, next);
    const restored = applyDelta(next, delta, "undo");
    expect(restored.nodes.map((n) => n.id)).toEqual(base.nodes.map((n) => n.id));
  });

  it("compose: add then remove is no change", () => {
    const added = { ...base, zones: [...base.zones, { ...base.zones[0]!, id: "extra" }] };
    const d1 = computeDelta(base, added);
    const d2 = computeDelta(added, base);
    expect(isEmptyDelta(composeDeltas(d1, d2))).toBe(true);
  });
});

describe("history", () => {
  it("undoes and redoes, and a new edit clears redo", () => {
    let h = createHistory();
    const a = updateNode(base, "api", (n) => ({ ...n, replicas: 7 }));
    const b = updateNode(a, "api", (n) => ({ ...n, label: "API gateway" }));
    h = record(h, base, a, { label: "replicas", now: 0 });
    h = record(h, a, b, { label: "label", now: 5000 });
    const u1 = undo(h, b)!;
    expect(u1.doc.nodes.find((n) => n.id === "api")!.label).toBe("Platform API");
    const u2 = undo(u1.history, u1.doc)!;
    expect(u2.doc).toEqual(base);
    expect(canUndo(u2.history)).toBe(false);
    const r1 = redo(u2.history, u2.doc)!;
    expect(r1.doc.nodes.find((n) => n.id === "api")!.replicas).toBe(7);
    const c = updateNode(r1.doc, "api", (n) => ({ ...n, replicas: 9 }));
    const h2 = record(r1.history, r1.doc, c, { label: "other", now: 9000 });
    expect(canRedo(h2)).toBe(false);
  });

  it("keeps at least 50 steps, and at most its limit", () => {
    let h = createHistory();
    let doc = base;
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) {
      const next = updateNode(doc, "api", (n) => ({ ...n, replicas: (i % 900) + 1 }));
      h = record(h, doc, next, { label: `step ${i}`, now: i * 10_000 });
      doc = next;
    }
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(50);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    let steps = 0;
    for (let r = undo(h, doc); r; r = undo(r.history, r.doc)) {
      steps++;
      doc = r.doc;
      h = r.history;
    }
    expect(steps).toBe(HISTORY_LIMIT);
    expect(doc.nodes.find((n) => n.id === "api")!.replicas).toBe(21); // the 20 oldest steps fell off
  });

  it("merges a burst of edits with one merge key into one step", () => {
    let h = createHistory();
    let doc = base;
    for (let i = 0; i < 5; i++) {
      const next = { ...doc, workload: { ...doc.workload, users: 1000 + i * 100 } };
      h = record(h, doc, next, {
        label: "Users",
        mergeKey: "workload.users",
        now: i * (MERGE_WINDOW_MS / 2),
      });
      doc = next;
    }
    expect(h.past).toHaveLength(1);
    expect(undo(h, doc)!.doc.workload.users).toBe(base.workload.users);
    // Outside the window, a new step.
    const later = { ...doc, workload: { ...doc.workload, users: 9 } };
    expect(
      record(h, doc, later, { label: "Users", mergeKey: "workload.users", now: 100_000 }).past,
    ).toHaveLength(2);
  });

  it("records nothing for a no-op", () => {
    expect(record(createHistory(), base, base, { label: "x", now: 0 }).past).toHaveLength(0);
  });
});

describe("store capture", () => {
  it("records a drag once, when it stops", () => {
    const store = createEditorStore("p", base, { now: () => 0 });
    const s = store.getState();
    for (let i = 1; i <= 10; i++) {
      s.onNodesChange([{ id: "api", type: "position", position: { x: 30 + i * 5, y: 60 }, dragging: true }]);
    }
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().doc).toBe(base);
    store
      .getState()
      .onNodesChange([{ id: "api", type: "position", position: { x: 80, y: 60 }, dragging: false }]);
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().doc.nodes.find((n) => n.id === "api")!.position).toEqual({ x: 80, y: 60 });
    store.getState().undo();
    expect(store.getState().doc).toEqual(base);
    expect(store.getState().nodes.find((n) => n.id === "api")!.position).toEqual(
      base.nodes.find((n) => n.id === "api")!.position,
    );
  });

  it("records an arrow-key step and a zone resize (with its children shifted back) as one step each", () => {
    const store = createEditorStore("p", base, { now: () => 0 });
    const api = base.nodes.find((n) => n.id === "api")!;
    store.getState().onNodesChange([
      {
        id: "api",
        type: "position",
        position: { x: api.position.x + 5, y: api.position.y },
        dragging: false,
      },
    ]);
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().doc.nodes.find((n) => n.id === "api")!.position.x).toBe(api.position.x + 5);

    // Resizing the Data zone from its left edge: React Flow moves the zone and shifts its children back.
    const data = base.zones.find((z) => z.id === "data")!;
    const pg = base.nodes.find((n) => n.id === "postgres")!;
    const s = store.getState();
    s.onNodesChange([
      { id: "zone:data", type: "position", position: { x: data.position.x - 50, y: data.position.y } },
      {
        id: "zone:data",
        type: "dimensions",
        resizing: true,
        setAttributes: true,
        dimensions: { width: data.size.width + 50, height: data.size.height },
      },
      { id: "postgres", type: "position", position: { x: pg.position.x + 50, y: pg.position.y } },
    ]);
    expect(store.getState().history.past).toHaveLength(1); // nothing recorded while resizing
    store.getState().onNodesChange([
      {
        id: "zone:data",
        type: "dimensions",
        resizing: false,
        dimensions: { width: data.size.width + 50, height: data.size.height },
      },
    ]);
    const doc = store.getState().doc;
    expect(store.getState().history.past).toHaveLength(2);
    expect(doc.zones.find((z) => z.id === "data")).toMatchObject({
      position: { x: data.position.x - 50, y: data.position.y },
      size: { width: data.size.width + 50, height: data.size.height },
    });
    expect(doc.nodes.find((n) => n.id === "postgres")!.position.x).toBe(pg.position.x + 50);
    store.getState().undo();
    expect(store.getState().doc.zones.find((z) => z.id === "data")).toEqual(data);
  });

  it("never records a replaced document (server version, recovered draft)", () => {
    const store = createEditorStore("p", emptyPlan());
    store.getState().replaceDocument(base);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().nodes.some((n) => n.id === "llm")).toBe(true);
  });
});
