import type { PlanDocument } from "../plan/plan-schema";
import { createEditorStore, type EditorStoreApi, type EditorStoreOptions } from "./store";
import { createEditorUiStore, type EditorUiStoreApi } from "./ui-store";

/**
 * One open plan: its document store (the plan, canvas view, history, report) and its UI store (dialogs, toasts, side
 * tab, snap-to-grid), wired so that what the document store announces lands in the UI store's toasts.
 */
export interface EditorSession {
  editor: EditorStoreApi;
  ui: EditorUiStoreApi;
}

export function createEditorSession(
  planId: string,
  doc: PlanDocument,
  options: Omit<EditorStoreOptions, "announce"> = {},
): EditorSession {
  const ui = createEditorUiStore();
  const editor = createEditorStore(planId, doc, {
    ...options,
    announce: (message) => ui.getState().announce(message),
  });
  return { editor, ui };
}
