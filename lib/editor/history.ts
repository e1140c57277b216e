import type { PlanDocument } from "../plan/plan-schema";
import type { Text } from "./notices";
import { applyDelta, composeDeltas, computeDelta, isEmptyDelta, type Delta } from "./delta";

/**
 * Undo/redo as a history of deltas. Capture modes (after excalidraw): an edit is either recorded as a new step,
 * merged into the previous step (a burst of keystrokes in one field, a slider being dragged), or not recorded at
 * all (the initial load, a document replaced by the server). A drag is recorded once, when it stops — the canvas
 * only commits positions then.
 */
export interface HistoryEntry {
  delta: Delta;
  /** Short description for the UI ("Move 2 nodes", "Edit replicas"). */
  label: Text;
  /** Edits with the same key within MERGE_WINDOW_MS of each other become one step. */
  mergeKey?: string;
  at: number;
}

export interface HistoryState {
  past: HistoryEntry[];
  future: HistoryEntry[];
  limit: number;
}

/** At least 50 steps are required; 100 costs little (deltas hold only what changed). */
export const HISTORY_LIMIT = 100;
export const MERGE_WINDOW_MS = 1000;

export function createHistory(limit = HISTORY_LIMIT): HistoryState {
  return { past: [], future: [], limit };
}

export interface RecordOptions {
  label: Text;
  mergeKey?: string;
  /** Current time, ms (injected so tests need no clock). */
  now: number;
}

/** Records the edit `before → after`; returns the history unchanged when nothing changed. */
export function record(
  history: HistoryState,
  before: PlanDocument,
  after: PlanDocument,
  options: RecordOptions,
): HistoryState {
  const delta = computeDelta(before, after);
  if (isEmptyDelta(delta)) return history;
  const last = history.past.at(-1);
  if (
    last &&
    options.mergeKey !== undefined &&
    last.mergeKey === options.mergeKey &&
    options.now - last.at <= MERGE_WINDOW_MS
  ) {
    const merged: HistoryEntry = { ...last, delta: composeDeltas(last.delta, delta), at: options.now };
    return { ...history, past: [...history.past.slice(0, -1), merged], future: [] };
  }
  const entry: HistoryEntry = { delta, label: options.label, mergeKey: options.mergeKey, at: options.now };
  const past = [...history.past, entry];
  return { ...history, past: past.slice(Math.max(0, past.length - history.limit)), future: [] };
}

export const canUndo = (h: HistoryState) => h.past.length > 0;
export const canRedo = (h: HistoryState) => h.future.length > 0;

/** Reverts the last step. Returns null when there is nothing to undo. */
export function undo(
  history: HistoryState,
  doc: PlanDocument,
): { history: HistoryState; doc: PlanDocument; entry: HistoryEntry } | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  return {
    doc: applyDelta(doc, entry.delta, "undo"),
    // A redone step must never merge with the next edit: drop its merge key.
    history: {
      ...history,
      past: history.past.slice(0, -1),
      future: [...history.future, { ...entry, mergeKey: undefined }],
    },
    entry,
  };
}

/** Re-applies the last undone step. Returns null when there is nothing to redo. */
export function redo(
  history: HistoryState,
  doc: PlanDocument,
): { history: HistoryState; doc: PlanDocument; entry: HistoryEntry } | null {
  const entry = history.future.at(-1);
  if (!entry) return null;
  return {
    doc: applyDelta(doc, entry.delta, "redo"),
    history: { ...history, future: history.future.slice(0, -1), past: [...history.past, entry] },
    entry,
  };
}
