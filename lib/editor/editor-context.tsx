"use client";

import { createContext, useContext, type ReactNode } from "react";
import { useStore } from "zustand";
import type { EditorStore, EditorStoreApi } from "./store";

const EditorStoreContext = createContext<EditorStoreApi | null>(null);

/** Makes one plan's editor store available below (created once per plan by the page). */
export function EditorStoreProvider({ store, children }: { store: EditorStoreApi; children: ReactNode }) {
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

/** The store itself, for event handlers that read state at call time (no re-render on change). */
export function useEditorApi(): EditorStoreApi {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error("useEditorApi must be used inside <EditorStoreProvider>");
  return store;
}

/**
 * Subscribes to one slice of the editor state. Keep selectors narrow (a node's status, one node by id) and use
 * zustand's useShallow for derived arrays: a component re-renders only when its slice changes.
 */
export function useEditor<T>(selector: (state: EditorStore) => T): T {
  return useStore(useEditorApi(), selector);
}

/** True on a view-only share link: controls show their values but do not edit. */
export function useViewOnly(): boolean {
  return useEditor((s) => s.access === "view");
}
