import { copyCommand, deleteCommand, duplicateCommand, pasteCommand, selectAllCommand } from "../commands";
import { parseClipboard, type ClipboardPayload } from "../ops/clipboard";
import { selectCanRedo, selectCanUndo, type EditorStore } from "../store";
import { notice } from "../notices";
import type { EditorAction } from "./types";

const hasSelection = (s: EditorStore) =>
  s.selection.nodes.length + s.selection.edges.length + s.selection.zones.length > 0;
const hasCopyable = (s: EditorStore) => s.selection.nodes.length + s.selection.zones.length > 0;

/** The last copied payload: the system clipboard may be refused (permissions), the editor's copy never is. */
let localClipboard: ClipboardPayload | null = null;

export const undoAction: EditorAction = {
  id: "undo",
  label: "Undo",
  group: "Edit",
  needs: "edit",
  shortcuts: ["Mod+Z"],
  enabled: selectCanUndo,
  perform: ({ store }) => store.getState().undo(),
};

export const redoAction: EditorAction = {
  id: "redo",
  label: "Redo",
  group: "Edit",
  needs: "edit",
  shortcuts: ["Mod+Shift+Z", "Ctrl+Y"],
  enabled: selectCanRedo,
  perform: ({ store }) => store.getState().redo(),
};

export const deleteAction: EditorAction = {
  id: "delete",
  label: "Delete selection",
  group: "Edit",
  needs: "edit",
  keywords: ["remove"],
  shortcuts: ["Delete", "Backspace"],
  enabled: hasSelection,
  perform: ({ store }) => deleteCommand(store),
};

export const copyAction: EditorAction = {
  id: "copy",
  label: "Copy",
  group: "Edit",
  shortcuts: ["Mod+C"],
  enabled: hasCopyable,
  async perform({ store, browser }) {
    const payload = copyCommand(store);
    if (!payload) return;
    localClipboard = payload;
    await browser.writeClipboard(JSON.stringify(payload));
  },
};

export const cutAction: EditorAction = {
  id: "cut",
  label: "Cut",
  group: "Edit",
  needs: "edit",
  shortcuts: ["Mod+X"],
  enabled: hasCopyable,
  async perform(ctx) {
    await copyAction.perform(ctx);
    deleteCommand(ctx.store);
  },
};

export const pasteAction: EditorAction = {
  id: "paste",
  label: "Paste",
  group: "Edit",
  needs: "edit",
  shortcuts: ["Mod+V"],
  async perform({ store, browser }) {
    const text = await browser.readClipboard();
    const payload = (text ? parseClipboard(text) : null) ?? localClipboard;
    if (!payload) {
      store.getState().announce({ tone: "info", text: notice("nothingToPaste") });
      return;
    }
    pasteCommand(store, payload);
  },
};

export const duplicateAction: EditorAction = {
  id: "duplicate",
  label: "Duplicate selection",
  group: "Edit",
  needs: "edit",
  keywords: ["copy", "clone"],
  shortcuts: ["Mod+D"],
  enabled: hasCopyable,
  perform: ({ store }) => duplicateCommand(store),
};

export const selectAllAction: EditorAction = {
  id: "select-all",
  label: "Select all",
  group: "Edit",
  shortcuts: ["Mod+A"],
  perform: ({ store }) => selectAllCommand(store),
};

export const clearSelectionAction: EditorAction = {
  id: "clear-selection",
  label: "Clear selection (plan settings)",
  group: "Edit",
  keywords: ["deselect", "settings"],
  shortcuts: ["Escape"],
  enabled: hasSelection,
  perform: ({ store }) => store.getState().select({}),
};
