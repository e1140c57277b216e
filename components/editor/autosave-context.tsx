"use client";

import { createContext, useCallback, useContext, useEffect, type ReactNode } from "react";
import { useEditor, useEditorApi } from "@/lib/editor/editor-context";
import type { PlanDocument } from "@/lib/plan/plan-schema";
import { useAutosave, type UseAutosaveResult } from "@/lib/queries/use-autosave";
import type { EditorSource } from "./editor-source";

const AutosaveContext = createContext<UseAutosaveResult | null>(null);

/**
 * Runs autosave (lib/queries useAutosave) on the editor's document and shares its state. It is the only editor
 * component subscribed to the whole document: its children are created by the editor and do not re-render with it;
 * only the components reading useAutosaveState() (the save indicator, the dialogs) do.
 */
export function AutosaveProvider({
  source,
  revision,
  children,
}: {
  source: EditorSource;
  revision: number;
  children: ReactNode;
}) {
  const store = useEditorApi();
  const doc = useEditor((s) => s.doc);
  const replace = useCallback((next: PlanDocument) => store.getState().replaceDocument(next), [store]);
  const autosave = useAutosave({
    ...(source.kind === "plan" ? { planId: source.planId } : { shareToken: source.token }),
    // A view-only link never saves (the store refuses edits too; this keeps the indicator honest).
    enabled: source.kind === "plan" || source.role === "edit",
    document: doc,
    baseRevision: revision,
    onReplaceDocument: replace,
  });

  // Unsaved-change indicator in the tab title, and a warning before leaving with edits the server does not have.
  useEffect(() => {
    document.title = `${autosave.dirty ? "● " : ""}${doc.metadata.name} · Stackplan`;
  }, [autosave.dirty, doc.metadata.name]);
  useEffect(() => {
    if (!autosave.dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [autosave.dirty]);

  return <AutosaveContext.Provider value={autosave}>{children}</AutosaveContext.Provider>;
}

export function useAutosaveState(): UseAutosaveResult {
  const value = useContext(AutosaveContext);
  if (!value) throw new Error("useAutosaveState must be used inside <AutosaveProvider>");
  return value;
}
