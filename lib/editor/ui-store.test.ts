import { describe, expect, it } from "vitest";
import { MAX_MESSAGES } from "./messages";
import { createEditorUiStore, shownSideTab } from "./ui-store";

describe("the editor UI store", () => {
  it("opens one dialog at a time; toggling the open one closes it", () => {
    const ui = createEditorUiStore();
    ui.getState().setDialog("history");
    ui.getState().toggleDialog("commands");
    expect(ui.getState().dialog).toBe("commands");
    ui.getState().toggleDialog("commands");
    expect(ui.getState().dialog).toBeNull();
  });

  it("keeps the last few toasts, each with its own id, and dismisses by id", () => {
    const ui = createEditorUiStore();
    const texts = Array.from({ length: MAX_MESSAGES + 2 }, (_, i) => `m${i + 1}`);
    for (const text of texts) ui.getState().announce({ tone: "info", text });
    const messages = ui.getState().messages;
    expect(messages.map((m) => m.text)).toEqual(texts.slice(-MAX_MESSAGES));
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    ui.getState().dismiss(messages[0]!.id);
    expect(ui.getState().messages).toHaveLength(MAX_MESSAGES - 1);
  });
});

describe("the side panel's tab", () => {
  it("follows the selection until the user picks a tab, which holds for that selection", () => {
    expect(shownSideTab(null, "||")).toBe("dashboard");
    expect(shownSideTab(null, "api||")).toBe("inspector");
    const picked = { tab: "dashboard" as const, forSelection: "api||" };
    expect(shownSideTab(picked, "api||")).toBe("dashboard");
    expect(shownSideTab(picked, "postgres||")).toBe("inspector");
  });

  it("keeps the advisor and scenario tabs whatever the selection", () => {
    expect(shownSideTab({ tab: "advisor", forSelection: "||" }, "api||")).toBe("advisor");
    expect(shownSideTab({ tab: "scenarios", forSelection: "api||" }, "||")).toBe("scenarios");
  });
});
