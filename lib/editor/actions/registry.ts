import type { EditorAccess, EditorStore } from "../store";
import { isTypingTarget, matchesShortcut, type KeyLike } from "../keyboard";
import { addComponentActions, connectActions } from "./dynamic-actions";
import {
  clearSelectionAction,
  copyAction,
  cutAction,
  deleteAction,
  duplicateAction,
  pasteAction,
  redoAction,
  selectAllAction,
  undoAction,
} from "./edit-actions";
import {
  commandPaletteAction,
  exportAction,
  exportBundleAction,
  historyAction,
  shareAction,
  shortcutsAction,
} from "./plan-actions";
import type { EditorAction } from "./types";
import {
  autoLayoutAllAction,
  autoLayoutMissingAction,
  fitViewAction,
  toggleSnapAction,
  toggleCostBadgesAction,
  toggleThemeAction,
  zoomInAction,
  zoomOutAction,
} from "./view-actions";

export type { ActionContext, ActionGroup, EditorAction } from "./types";

/** The static actions, in the order the shortcuts dialog lists them. */
export const ACTIONS: readonly EditorAction[] = [
  undoAction,
  redoAction,
  deleteAction,
  copyAction,
  cutAction,
  pasteAction,
  duplicateAction,
  selectAllAction,
  clearSelectionAction,
  autoLayoutAllAction,
  autoLayoutMissingAction,
  fitViewAction,
  zoomInAction,
  zoomOutAction,
  toggleSnapAction,
  toggleCostBadgesAction,
  toggleThemeAction,
  exportBundleAction,
  exportAction,
  historyAction,
  shareAction,
  commandPaletteAction,
  shortcutsAction,
];

export function getAction(id: string): EditorAction | undefined {
  return ACTIONS.find((a) => a.id === id);
}

/** Whether the editor's access level offers the action at all (view-only links offer no editing). */
export function isAllowed(action: Pick<EditorAction, "needs">, access: EditorAccess): boolean {
  if (action.needs === "owner") return access === "owner";
  if (action.needs === "edit") return access !== "view";
  return true;
}

export const isEnabled = (action: EditorAction, state: EditorStore) =>
  isAllowed(action, state.access) && (action.enabled?.(state) ?? true);

/** The action a key press triggers, if any (typing in a field only reaches `whileTyping` actions). */
export function actionForKey(
  event: KeyLike & { target: EventTarget | null },
  state: EditorStore,
  isMac: boolean,
): EditorAction | undefined {
  const typing = isTypingTarget(event.target);
  return ACTIONS.find(
    (a) =>
      (!typing || a.whileTyping) &&
      a.shortcuts?.some((s) => matchesShortcut(event, s, isMac)) &&
      isEnabled(a, state),
  );
}

/** Everything the command palette offers right now: static actions, "Add …" and "Connect … → …". */
export function paletteActions(state: EditorStore): EditorAction[] {
  return [
    ...ACTIONS.filter((a) => a.id !== "command-palette" && isEnabled(a, state)),
    ...(state.access === "view" ? [] : [...addComponentActions(), ...connectActions(state.doc)]),
  ];
}

/** Case-insensitive match of every word of `query` in the label or keywords, best (prefix) matches first. */
export function filterActions(
  actions: EditorAction[],
  query: string,
  /** The name shown for an action (the reader's language): matched too, and ranked on. */
  shown: (action: EditorAction) => string = (a) => a.label,
): EditorAction[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return actions;
  const scored = actions.flatMap((a) => {
    const label = shown(a).toLowerCase();
    const hay = `${label} ${a.label} ${a.group} ${(a.keywords ?? []).join(" ")}`.toLowerCase();
    if (!words.every((w) => hay.includes(w))) return [];
    return [{ a, score: label.startsWith(words[0]!) ? 0 : label.includes(words[0]!) ? 1 : 2 }];
  });
  return scored.sort((x, y) => x.score - y.score).map((x) => x.a);
}
