import { createStore, type StoreApi } from "zustand/vanilla";
import { rememberCostBadges } from "./cost-badges";
import { pushMessage, type EditorMessage } from "./messages";

/**
 * The editor's UI state — which dialog is open, the toasts, the side panel's tab and width, snap-to-grid, a dismissed
 * save conflict — in its own small store, apart from the document store (lib/editor/store.ts), as tldraw keeps its UI
 * state apart from the editor's. Nothing here is part of the plan, is saved, or enters the undo history; the
 * document store never reads it. One per editor session (lib/editor/session.ts creates both).
 */

/** Dialogs and panels the editor shows one at a time. */
export type EditorDialog = "commands" | "shortcuts" | "history" | "share" | "export" | null;

export const SIDE_TABS = ["dashboard", "inspector", "advisor", "scenarios"] as const;
export type SideTab = (typeof SIDE_TABS)[number];

/** A tab the user picked, and the selection (as a key) it was picked for. */
export interface PickedSideTab {
  tab: SideTab;
  forSelection: string;
}

/** The save conflict (by the server's revision) the user closed without choosing, or "reopen" (its "Resolve…"). */
export type DismissedConflict = number | null | "reopen";

export interface EditorUiState {
  dialog: EditorDialog;
  /** Toasts, also read out by the live regions (at most MAX_MESSAGES). */
  messages: EditorMessage[];
  snapToGrid: boolean;
  sideTab: PickedSideTab | null;
  dismissedConflict: DismissedConflict;
  /** The side panel's width, px; null = the layout's default (lib/editor/panel-width.ts). */
  panelWidthPx: number | null;
  /** Whether each node shows its monthly cost badge (remembered per browser: lib/editor/cost-badges.ts). */
  costBadges: boolean;
}

export interface EditorUiActions {
  setDialog(dialog: EditorDialog): void;
  /** Opens the dialog, or closes it when it is the one open (Ctrl/Cmd+K). */
  toggleDialog(dialog: Exclude<EditorDialog, null>): void;
  announce(message: Omit<EditorMessage, "id">): void;
  dismiss(id: number): void;
  setSnapToGrid(on: boolean): void;
  pickSideTab(tab: SideTab, forSelection: string): void;
  setDismissedConflict(value: DismissedConflict): void;
  setPanelWidth(px: number | null): void;
  /** Shows or hides the cost badges; `remember` (default) also stores the choice for the next visit. */
  setCostBadges(on: boolean, remember?: boolean): void;
}

export type EditorUiStore = EditorUiState & EditorUiActions;
export type EditorUiStoreApi = StoreApi<EditorUiStore>;

export function createEditorUiStore(initial: Partial<EditorUiState> = {}): EditorUiStoreApi {
  let nextMessageId = 1;
  return createStore<EditorUiStore>()((set, get) => ({
    dialog: null,
    messages: [],
    snapToGrid: true,
    sideTab: null,
    dismissedConflict: null,
    panelWidthPx: null,
    costBadges: false,
    ...initial,
    setDialog: (dialog) => set({ dialog }),
    toggleDialog: (dialog) => set({ dialog: get().dialog === dialog ? null : dialog }),
    announce: (message) => set({ messages: pushMessage(get().messages, message, nextMessageId++) }),
    dismiss: (id) => set({ messages: get().messages.filter((m) => m.id !== id) }),
    setSnapToGrid: (snapToGrid) => set({ snapToGrid }),
    pickSideTab: (tab, forSelection) => set({ sideTab: { tab, forSelection } }),
    setDismissedConflict: (dismissedConflict) => set({ dismissedConflict }),
    setPanelWidth: (panelWidthPx) => set({ panelWidthPx }),
    setCostBadges: (costBadges, remember = true) => {
      set({ costBadges });
      if (remember) rememberCostBadges(costBadges);
    },
  }));
}

/**
 * The tab the side panel shows for a selection (`selectionKey` "||" = nothing selected): it follows the selection —
 * the inspector while something is selected, the dashboard otherwise — until the user picks a tab, which holds
 * until the selection changes; the advisor and scenario tabs hold until the user leaves them.
 */
export function shownSideTab(picked: PickedSideTab | null, selectionKey: string): SideTab {
  const auto: SideTab = selectionKey === "||" ? "dashboard" : "inspector";
  if (!picked) return auto;
  const sticky = picked.tab === "advisor" || picked.tab === "scenarios";
  return picked.forSelection === selectionKey || sticky ? picked.tab : auto;
}
