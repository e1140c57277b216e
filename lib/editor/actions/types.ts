import type { Notice } from "../notices";
import type { EditorStore, EditorStoreApi } from "../store";
import type { EditorUiStoreApi } from "../ui-store";

/** What an action may touch: the document store, the UI store, the canvas viewport and browser-side services. */
export interface ActionContext {
  store: EditorStoreApi;
  ui: EditorUiStoreApi;
  flow: {
    fitView(): void;
    zoomIn(): void;
    zoomOut(): void;
  };
  browser: {
    toggleTheme(): void;
    exportPlan(): void;
    /** Writes text to the system clipboard (resolves false when the browser refuses). */
    writeClipboard(text: string): Promise<boolean>;
    /** Reads the system clipboard (null when refused or unavailable). */
    readClipboard(): Promise<string | null>;
  };
}

export type ActionGroup = "Edit" | "Add" | "Connect" | "Arrange" | "View" | "Plan" | "Help";

/**
 * One user action (excalidraw's model: a small registered unit with its name, shortcut and perform), reachable from
 * the keyboard, the command palette and the toolbar.
 */
export interface EditorAction {
  id: string;
  label: string;
  /** The name of an action made at run time ("Add PostgreSQL 17"), in the reader's language (notices.json). */
  title?: Notice;
  group: ActionGroup;
  /** Extra words the command palette matches ("remove" for Delete). */
  keywords?: string[];
  /** Shortcuts in keyboard.ts notation; the first is the one shown. */
  shortcuts?: string[];
  /** Also fires while focus is in a text field (e.g. Escape, Mod+K). */
  whileTyping?: boolean;
  /**
   * The access it needs (default: any): "edit" changes the document (refused on a view-only link), "owner" uses
   * the owner's API (version history, share links), which a share link does not open.
   */
  needs?: "edit" | "owner";
  enabled?(state: EditorStore): boolean;
  perform(ctx: ActionContext): void | Promise<void>;
}
