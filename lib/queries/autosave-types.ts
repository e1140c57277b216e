import type { PatchPlanBody, SavedPlan } from "../api/plan-schemas";
import type { PlanDiff } from "../plan/diff";
import type { PlanDocument } from "../plan/plan-schema";

/** Types of the autosave state machine (autosave-controller.ts) and its React hook (use-autosave.ts). */

export type AutosaveStatus = "saved" | "saving" | "offline" | "conflict" | "error";

export interface AutosaveConflict {
  /** Our unsaved document. */
  ours: PlanDocument;
  /** The server's current document and its revision. */
  theirs: PlanDocument;
  theirsRevision: number;
  /** What ours changes relative to theirs (from = theirs, to = ours). */
  diff: PlanDiff;
}

export interface AutosaveState {
  status: AutosaveStatus;
  /** The server revision the last saved (or loaded) document has. */
  revision: number;
  /** Unsaved edits exist (in memory and in localStorage). */
  dirty: boolean;
  /** ISO time of the last acknowledged save (null: none yet in this session). */
  lastSavedAt: string | null;
  /** Why the last attempt failed (status offline or error). */
  error: string | null;
  /** When the next automatic retry happens (epoch ms), if one is scheduled. */
  nextRetryAt: number | null;
  conflict: AutosaveConflict | null;
  /** Unsaved edits from an earlier session were found in localStorage and are being saved. */
  recovered: boolean;
}

/** What the controller needs from the outside world (the API, storage, timers). */
export interface AutosaveDeps {
  save(body: PatchPlanBody): Promise<SavedPlan>;
  /** The server's current document and revision (for the conflict view). */
  load(): Promise<{ document: PlanDocument; revision: number }>;
  /** localStorage or a stand-in; null when unavailable (private mode): edits then live in memory only. */
  storage:
    (Pick<Storage, "getItem" | "setItem" | "removeItem"> & Partial<Pick<Storage, "key" | "length">>) | null;
  /** This tab's draft key. */
  storageKey: string;
  /** The plan's or link's draft key without the tab part (to adopt an orphaned draft of a closed tab). */
  draftPrefix?: string;
  /** The editor must show this document (recovered draft, or theirs after takeTheirs). */
  onReplaceDocument?: (document: PlanDocument, revision: number) => void;
  onSaved?: (result: SavedPlan) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => number;
}

export interface AutosaveOptions {
  document: PlanDocument;
  baseRevision: number;
  /** Quiet time after the last edit before saving, ms (default 800). */
  debounceMs?: number;
  /** First retry delay when offline, ms, doubling up to maxRetryMs (defaults 1 s → 30 s). */
  retryBaseMs?: number;
  maxRetryMs?: number;
}
