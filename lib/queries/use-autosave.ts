"use client";

import { QueryClientContext } from "@tanstack/react-query";
import { useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { api } from "../api/client";
import type { PlanDocument } from "../plan/plan-schema";
import { AutosaveController, draftStorageKey, type AutosaveState } from "./autosave-controller";
import { planKeys } from "./query-keys";

export type { AutosaveConflict, AutosaveState, AutosaveStatus } from "./autosave-controller";

export interface UseAutosaveOptions {
  /** Save through the owner's API (PATCH /api/plans/:id)… */
  planId?: string;
  /** …or through an edit share link (PATCH /api/shared/:token). Exactly one of the two. */
  shareToken?: string;
  /** The editor's current document: every change is saved after `debounceMs` of quiet. */
  document: PlanDocument;
  /** The revision `document` was loaded at (only read on mount and when the plan/link changes). */
  baseRevision: number;
  /** Quiet time before saving, ms (default 800). */
  debounceMs?: number;
  /** false pauses autosave (e.g. a view-only link): edits stay in the editor and are not sent. Default true. */
  enabled?: boolean;
  /**
   * The editor must replace its document: unsaved edits recovered from localStorage on mount, or the server's
   * version after takeTheirs(). `revision` is the one the document belongs to.
   */
  onReplaceDocument?: (document: PlanDocument, revision: number) => void;
}

export interface UseAutosaveResult extends AutosaveState {
  /** Conflict: save ours on top of the server's current revision. */
  keepMine: () => void;
  /** Conflict: continue from the server's document (also passed to onReplaceDocument); returns it. */
  takeTheirs: () => PlanDocument | null;
  /** Retry now after offline/error. */
  retry: () => void;
  /** Save now, skipping the debounce. */
  flush: () => void;
}

const SERVER_STATE: AutosaveState = {
  status: "saved",
  revision: 0,
  dirty: false,
  lastSavedAt: null,
  error: null,
  nextRetryAt: null,
  conflict: null,
  recovered: false,
};

/**
 * This tab's id (sessionStorage: one per tab, kept across reloads), so that each tab keeps its own draft of a plan
 * and a reload finds its own unsaved edits first.
 */
function tabId(): string {
  try {
    const existing = window.sessionStorage.getItem("stackplan:tab");
    if (existing) return existing;
    const id = Math.random().toString(36).slice(2, 10); // not a secret: it only tells tabs apart
    window.sessionStorage.setItem("stackplan:tab", id);
    return id;
  } catch {
    return "tab";
  }
}

function browserStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Autosave for the plan editor: debounced saves with the base revision, a visible status
 * (saved | saving | offline | conflict | error), unsaved edits kept in localStorage while the server is unreachable
 * and retried with backoff, and on 409 both versions plus their diff with keepMine() / takeTheirs().
 *
 * @example
 * const autosave = useAutosave({ planId, document, baseRevision: plan.revision, onReplaceDocument: setDocument });
 * <SaveStatus status={autosave.status} lastSavedAt={autosave.lastSavedAt} error={autosave.error} onRetry={autosave.retry} />
 * {autosave.conflict && <ConflictDialog open conflict={autosave.conflict} onKeepMine={autosave.keepMine} onTakeTheirs={autosave.takeTheirs} />}
 */
export function useAutosave(options: UseAutosaveOptions): UseAutosaveResult {
  const { planId, shareToken, document, baseRevision, debounceMs, enabled = true } = options;
  const queryClient = useContext(QueryClientContext);
  const onReplace = useRef(options.onReplaceDocument);
  const initial = useRef({ document, baseRevision });
  useEffect(() => {
    onReplace.current = options.onReplaceDocument;
    initial.current = { document, baseRevision };
  });

  // Disabled (a view-only link): no controller at all — no draft recovery, no save, no retry.
  const targetKey = !enabled ? "" : planId ? `plan:${planId}` : shareToken ? `link:${shareToken}` : "";
  const [controller, setController] = useState<AutosaveController | null>(null);

  useEffect(() => {
    if (targetKey === "") return;
    const target = planId ? { planId } : { shareToken: shareToken! };
    const created = new AutosaveController(
      {
        save: (body) => (planId ? api.updatePlan(planId, body) : api.updateShared(shareToken!, body)),
        load: async () => {
          if (planId) {
            const plan = await api.getPlan(planId);
            return { document: plan.document, revision: plan.revision };
          }
          const shared = await api.getShared(shareToken!);
          return { document: shared.plan.document, revision: shared.plan.revision };
        },
        storage: browserStorage(),
        storageKey: `${draftStorageKey(target)}:${tabId()}`,
        draftPrefix: draftStorageKey(target),
        onReplaceDocument: (doc, revision) => onReplace.current?.(doc, revision),
        onSaved: () => {
          if (planId) void queryClient?.invalidateQueries({ queryKey: planKeys.plan(planId) });
        },
      },
      { document: initial.current.document, baseRevision: initial.current.baseRevision, debounceMs },
    );
    setController(created);
    created.start();
    const online = () => created.retry();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      created.dispose();
    };
    // The controller lives as long as its target; document/baseRevision changes are fed through update().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [targetKey, debounceMs]);

  useEffect(() => {
    if (controller && enabled) controller.update(document);
  }, [controller, document, enabled]);

  const subscribe = useCallback(
    (listener: () => void) => (controller ? controller.subscribe(listener) : () => undefined),
    [controller],
  );
  // Before the controller exists (first render, server render) the snapshot must be a stable object.
  const idle = useMemo(() => ({ ...SERVER_STATE, revision: baseRevision }), [baseRevision]);
  const state = useSyncExternalStore(
    subscribe,
    () => controller?.getState() ?? idle,
    () => idle,
  );

  return {
    ...state,
    keepMine: () => controller?.keepMine(),
    takeTheirs: () => controller?.takeTheirs() ?? null,
    retry: () => controller?.retry(),
    flush: () => void controller?.flush(),
  };
}
