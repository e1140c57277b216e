import { describe, expect, it } from "vitest";
import { createEditorStore } from "../editor/store";
import { buildTemplate } from "../templates";
import {
  checkVersionLabel,
  PLAN_NAME_MAX_LENGTH,
  planNameSchema,
  renamePlan,
  VERSION_LABEL_MAX_LENGTH,
} from "./names";
import { metadataSchema } from "./plan-schema";

describe("renamePlan", () => {
  it("trims the typed name into metadata.name and keeps the rest of the document", () => {
    const doc = buildTemplate("minimal");
    const result = renamePlan(doc, "  Durand RFP platform ");
    expect(result.ok && result.doc.metadata.name).toBe("Durand RFP platform");
    expect(result.ok && result.doc.nodes).toBe(doc.nodes);
    // Unchanged after trimming: the same document, so no edit (and no undo step) is recorded.
    expect(renamePlan(doc, ` ${doc.metadata.name} `)).toEqual({ ok: true, doc });
  });

  it("refuses an empty or too long name, saying which and the limit", () => {
    const doc = buildTemplate("minimal");
    expect(renamePlan(doc, "   ")).toEqual({ ok: false, problem: "empty", max: PLAN_NAME_MAX_LENGTH });
    expect(renamePlan(doc, "x".repeat(PLAN_NAME_MAX_LENGTH + 1))).toMatchObject({ problem: "tooLong" });
    expect(renamePlan(doc, "x".repeat(PLAN_NAME_MAX_LENGTH))).toMatchObject({ ok: true });
  });

  it("is one undo step in the editor's history", () => {
    const doc = buildTemplate("minimal");
    const store = createEditorStore("p1", doc, { schedule: () => () => undefined });
    const result = renamePlan(doc, "Renamed");
    if (!result.ok) throw new Error("expected a valid name");
    expect(store.getState().commit(result.doc, { label: "Rename plan" })).toBe(true);
    expect(store.getState().doc.metadata.name).toBe("Renamed");
    store.getState().undo();
    expect(store.getState().doc.metadata.name).toBe(doc.metadata.name);
    store.getState().redo();
    expect(store.getState().doc.metadata.name).toBe("Renamed");
  });

  it("uses the same rule as the plan document", () => {
    expect(metadataSchema.shape.name.safeParse("").success).toBe(planNameSchema.safeParse("").success);
    expect(metadataSchema.shape.name.parse(" a ")).toBe("a");
  });
});

describe("checkVersionLabel", () => {
  it("accepts an empty label (removes the name) and refuses one over the limit", () => {
    expect(checkVersionLabel("  ")).toEqual({ ok: true, value: "" });
    expect(checkVersionLabel(" sent to customer ")).toEqual({ ok: true, value: "sent to customer" });
    expect(checkVersionLabel("x".repeat(VERSION_LABEL_MAX_LENGTH + 1))).toEqual({
      ok: false,
      problem: "tooLong",
      max: VERSION_LABEL_MAX_LENGTH,
    });
  });
});
