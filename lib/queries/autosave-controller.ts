import { ApiError, isRetryable, NetworkError } from "../api/errors";
import { diffPlans, stableStringify } from "../plan/diff";
import { parsePlan } from "../plan/parse";
import type { PlanDocument } from "../plan/plan-schema";
import { DraftStore } from "./autosave-draft";
import type {
  AutosaveConflict,
  AutosaveDeps,
  AutosaveOptions,
  AutosaveState,
  AutosaveStatus,
} from "./autosave-types";

export { draftStorageKey } from "./autosave-draft";

/**
 * The autosave state machine, framework-free (the React hook use-autosave.ts wraps it; tests drive it with fake
 * timers). Guarantees: an edit is never dropped — it stays in memory and in localStorage until the server has
 * acknowledged a save that contains it; saves are sequential and always state their base revision; a 409 stops
 * autosaving and exposes both versions until the user chooses.
 *
 * Status: saved (nothing unsaved) · saving (an edit waits for the debounce or a save is in flight) · offline (the
 * server is unreachable: retrying with backoff) · conflict (someone saved in between: keepMine() or takeTheirs())
 * · error (the server refused the edit, e.g. invalid or too large: retry() after fixing, or retrying on 5xx).
 */
export type { AutosaveConflict, AutosaveDeps, AutosaveOptions, AutosaveState, AutosaveStatus };

export class AutosaveController {
  private state: AutosaveState;
  private readonly listeners = new Set<() => void>();
  private savedJson: string;
  private pending: { document: PlanDocument; json: string } | null = null;
  private inFlight = false;
  private timer: unknown = null;
  private attempts = 0;
  private disposed = false;
  private readonly debounceMs: number;
  private readonly retryBaseMs: number;
  private readonly maxRetryMs: number;
  private readonly drafts: DraftStore;

  constructor(
    private readonly deps: AutosaveDeps,
    options: AutosaveOptions,
  ) {
    this.debounceMs = options.debounceMs ?? 800;
    this.retryBaseMs = options.retryBaseMs ?? 1000;
    this.maxRetryMs = options.maxRetryMs ?? 30_000;
    this.drafts = new DraftStore(deps.storage, deps.storageKey, deps.draftPrefix, () => this.now());
    this.savedJson = stableStringify(options.document);
    this.state = {
      status: "saved",
      revision: options.baseRevision,
      dirty: false,
      lastSavedAt: null,
      error: null,
      nextRetryAt: null,
      conflict: null,
      recovered: false,
    };
  }

  getState = (): AutosaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Picks up unsaved edits of an earlier session (same plan or link) from storage and saves them. */
  start(): void {
    const draft = this.drafts.read();
    if (!draft) return;
    // Upgraded like any stored document (a draft may predate an app upgrade).
    const parsed = parsePlan(draft.document);
    if (!parsed.ok) {
      const key = this.drafts.quarantine();
      this.set({
        status: "error",
        error: `unsaved edits from an earlier session could not be restored (${parsed.issues[0]?.path}: ${parsed.issues[0]?.message}); they are kept in this browser's storage under "${key}"`,
      });
      return;
    }
    const parsedDoc = parsed.value;
    const json = stableStringify(parsedDoc);
    if (json === this.savedJson) {
      this.drafts.clear();
      return;
    }
    this.pending = { document: parsedDoc, json };
    this.set({ revision: draft.baseRevision, dirty: true, recovered: true, status: "saving" });
    this.deps.onReplaceDocument?.(parsedDoc, draft.baseRevision);
    void this.flush();
  }

  /** The editor's document changed. */
  update(document: PlanDocument): void {
    if (this.disposed) return;
    const json = stableStringify(document);
    if (json === (this.pending?.json ?? this.savedJson)) return;
    if (json === this.savedJson && !this.inFlight && !this.state.conflict) {
      // Edited back to what the server has.
      this.pending = null;
      this.drafts.clear();
      this.cancelTimer();
      this.set({ dirty: false, status: "saved", error: null, nextRetryAt: null });
      return;
    }
    this.pending = { document, json };
    this.writeDraft();
    const conflict = this.state.conflict;
    if (conflict) {
      this.set({
        dirty: true,
        conflict: { ...conflict, ours: document, diff: diffPlans(conflict.theirs, document) },
      });
      return;
    }
    if (this.state.status === "offline" || (this.state.status === "error" && this.state.nextRetryAt)) {
      this.set({ dirty: true }); // the scheduled retry sends the latest edit
      return;
    }
    this.set({ dirty: true, status: "saving", error: null });
    this.schedule(this.debounceMs);
  }

  /** Saves now (skipping the debounce), e.g. before navigating away. */
  flush = async (): Promise<void> => {
    this.cancelTimer();
    if (this.disposed || this.inFlight || this.state.conflict || !this.pending) return;
    const sending = this.pending;
    const baseRevision = this.state.revision;
    this.inFlight = true;
    this.set({ status: "saving", nextRetryAt: null });
    try {
      const result = await this.deps.save({ baseRevision, document: sending.document });
      this.attempts = 0;
      this.savedJson = sending.json;
      const caughtUp = this.pending?.json === sending.json;
      if (caughtUp) {
        this.pending = null;
        this.drafts.clear();
      }
      this.set({
        revision: result.revision,
        lastSavedAt: result.updatedAt,
        error: null,
        dirty: !caughtUp,
        status: caughtUp ? "saved" : "saving",
        recovered: caughtUp ? false : this.state.recovered,
      });
      if (!caughtUp) this.writeDraft();
      this.deps.onSaved?.(result);
    } catch (e) {
      await this.failed(e);
    } finally {
      this.inFlight = false;
    }
    if (this.pending && !this.disposed) {
      // Edits made while this save was in flight go next — also after a refusal (400/413/422), since the newer edit
      // may be the fix; an unchanged refused edit waits for retry().
      const newer = this.pending.json !== sending.json;
      if (this.state.status === "saving") this.schedule(0);
      else if (this.state.status === "error" && this.state.nextRetryAt === null && newer)
        this.schedule(this.debounceMs);
    }
  };

  /** Retries at once (offline or error). */
  retry = (): void => {
    if (this.state.conflict) return;
    this.attempts = 0;
    void this.flush();
  };

  /** Conflict: save our document on top of the server's current revision (theirs is kept in the history). */
  keepMine = (): void => {
    const conflict = this.state.conflict;
    if (!conflict) return;
    this.set({ conflict: null, revision: conflict.theirsRevision, status: "saving", error: null });
    void this.flush();
  };

  /** Conflict: drop our unsaved edits and continue from the server's document (returned and passed to onReplaceDocument). */
  takeTheirs = (): PlanDocument | null => {
    const conflict = this.state.conflict;
    if (!conflict) return null;
    this.pending = null;
    this.savedJson = stableStringify(conflict.theirs);
    this.drafts.clear();
    this.set({
      conflict: null,
      revision: conflict.theirsRevision,
      status: "saved",
      dirty: false,
      error: null,
      recovered: false,
    });
    this.deps.onReplaceDocument?.(conflict.theirs, conflict.theirsRevision);
    return conflict.theirs;
  };

  /** Stops timers (the draft stays in storage for the next session). */
  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
    this.listeners.clear();
  }

  private async failed(e: unknown): Promise<void> {
    if (e instanceof ApiError && e.status === 409) {
      try {
        const current = await this.deps.load();
        const pending = this.pending;
        if (!pending) return;
        if (stableStringify(current.document) === pending.json) {
          // The server already holds exactly our document (the same edit saved from another tab, or a retry of a
          // save whose answer was lost): nothing to resolve.
          this.pending = null;
          this.savedJson = pending.json;
          this.drafts.clear();
          this.set({
            status: "saved",
            revision: current.revision,
            dirty: false,
            error: null,
            nextRetryAt: null,
          });
          return;
        }
        const ours = pending.document;
        this.set({
          status: "conflict",
          error: null,
          nextRetryAt: null,
          conflict: {
            ours,
            theirs: current.document,
            theirsRevision: current.revision,
            diff: diffPlans(current.document, ours),
          },
        });
      } catch (loadError) {
        this.scheduleRetry(loadError);
      }
      return;
    }
    if (isRetryable(e)) {
      this.scheduleRetry(e);
      return;
    }
    this.set({ status: "error", error: messageOf(e), nextRetryAt: null });
  }

  private scheduleRetry(e: unknown): void {
    const retryAfter = e instanceof ApiError ? e.detail.retryAfterSeconds : undefined;
    const backoff = Math.min(this.maxRetryMs, this.retryBaseMs * 2 ** this.attempts);
    const delay = retryAfter !== undefined ? Math.max(retryAfter * 1000, backoff) : backoff;
    this.attempts++;
    this.set({
      status: e instanceof NetworkError ? "offline" : "error",
      error: messageOf(e),
      nextRetryAt: this.now() + delay,
    });
    this.schedule(delay);
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    const setTimer = this.deps.setTimer ?? ((fn: () => void, t: number) => setTimeout(fn, t));
    this.timer = setTimer(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer === null) return;
    (this.deps.clearTimer ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>)))(this.timer);
    this.timer = null;
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  private writeDraft(): void {
    if (this.pending) this.drafts.write(this.pending.document, this.state.revision, this.now());
  }

  private set(patch: Partial<AutosaveState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
