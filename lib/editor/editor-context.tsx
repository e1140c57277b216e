"use client";

import { createContext, useContext, type ReactNode } from "react";
import { useStore } from "zustand";
import type { EditorSession } from "./session";
import type { EditorStore, EditorStoreApi } from "./store";
import type { EditorUiStore, EditorUiStoreApi } from "./ui-store";

const EditorSessionContext = createContext<EditorSession | null>(null);

/** Makes one plan's editor session (document store + UI store) available below (created once per plan). */
export function EditorSessionProvider({
  session,
  children,
}: {
  session: EditorSession;
  children: ReactNode;
}) {
  return <EditorSessionContext.Provider value={session}>{children}</EditorSessionContext.Provider>;
}

function useSession(): EditorSession {
  const session = useContext(EditorSessionContext);
  if (!session) throw new Error("editor hooks must be used inside <EditorSessionProvider>");
  return session;
}

/** The document store itself, for event handlers that read state at call time (no re-render on change). */
export function useEditorApi(): EditorStoreApi {
  return useSession().editor;
}

/**
 * Subscribes to one slice of the document store (the plan, selection, history, report). Keep selectors narrow (a
 * node's status, one node by id) and use zustand's useShallow for derived arrays: a component re-renders only when
 * its slice changes.
 */
export function useEditor<T>(selector: (state: EditorStore) => T): T {
  return useStore(useSession().editor, selector);
}

/** The UI store itself (dialogs, toasts, side tab, snap-to-grid), for event handlers. */
export function useEditorUiApi(): EditorUiStoreApi {
  return useSession().ui;
}

/** Subscribes to one slice of the UI store. */
export function useEditorUi<T>(selector: (state: EditorUiStore) => T): T {
  return useStore(useSession().ui, selector);
}

/** True on a view-only share link: controls show their values but do not edit. */
export function useViewOnly(): boolean {
  return useEditor((s) => s.access === "view");
}
