import { describe, expect, it } from "vitest";
import { textIn } from "./notices";
import { buildTemplate } from "../templates";
import { ACTIONS, getAction, isEnabled, paletteActions } from "./actions/registry";
import { addComponentCommand, deleteCommand } from "./commands";
import { createEditorSession } from "./session";
import { createEditorStore } from "./store";

const plan = buildTemplate("production");

describe("editor access levels", () => {
  it("a view-only store refuses every edit and says so; nothing reaches the document", () => {
    const { editor: store, ui } = createEditorSession("p", plan, { access: "view" });
    const before = store.getState().doc;
    expect(store.getState().commit(before, { label: "No change" })).toBe(true);
    const changed = { ...before, metadata: { ...before.metadata, name: "Changed" } };
    expect(store.getState().commit(changed, { label: "Rename" })).toBe(false);
    store.getState().replaceDocument(changed);
    expect(addComponentCommand(store, "redis")).toBeNull();
    store.getState().select({ nodes: ["postgres"] });
    deleteCommand(store);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
    const texts = ui.getState().messages.map((m) => textIn(m.text, "en"));
    expect(texts.some((t) => /view-only/.test(t))).toBe(true);
    expect(texts.some((t) => /^Added|^Deleted/.test(t))).toBe(false);
  });

  it("a view-only store offers no editing or owner action; viewing and export stay", () => {
    const state = createEditorStore("p", plan, { access: "view" }).getState();
    const offered = ACTIONS.filter((a) => isEnabled(a, state)).map((a) => a.id);
    for (const id of ["undo", "redo", "delete", "paste", "duplicate", "auto-layout-all", "history", "share"])
      expect(offered).not.toContain(id);
    for (const id of ["fit-view", "zoom-in", "export-bundle", "export-json", "shortcuts"])
      expect(offered).toContain(id);
    expect(paletteActions(state).some((a) => a.id.startsWith("add:") || a.id.startsWith("connect:"))).toBe(
      false,
    );
  });

  it("an edit link edits but has neither version history nor share links", () => {
    const store = createEditorStore("p", plan, { access: "edit" });
    expect(addComponentCommand(store, "redis")).toBe("redis-2");
    const state = store.getState();
    expect(isEnabled(getAction("undo")!, state)).toBe(true);
    expect(isEnabled(getAction("history")!, state)).toBe(false);
    expect(isEnabled(getAction("share")!, state)).toBe(false);
  });
});
