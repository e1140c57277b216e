"use client";

import { useEffect, useState } from "react";
import { ApiError } from "@/lib/api/errors";
import { usePlanDiff, useRestoreVersion, useVersions } from "@/lib/queries/use-versions";
import { DiffView } from "./diff-view";
import { actorName, formatDateTime } from "./format-time";
import { ModalDialog } from "./modal-dialog";
import styles from "./plan-ui.module.css";

export interface HistoryPanelProps {
  planId: string;
  /** The revision the editor shows; versions are compared against it and a restore is based on it. */
  currentRevision: number;
  /** After a restore: the new revision (reload the plan, e.g. usePlan's refetch or autosave's onReplaceDocument). */
  onRestored?: (revision: number) => void;
}

function Comparison({
  planId,
  revision,
  currentRevision,
}: {
  planId: string;
  revision: number;
  currentRevision: number;
}) {
  const diff = usePlanDiff(planId, revision, currentRevision);
  if (diff.isPending) return <p role="status">Comparing…</p>;
  if (diff.isError) return <p role="alert">Could not compare: {diff.error.message}</p>;
  return <DiffView diff={diff.data.diff} fromLabel={`Revision ${revision}`} toLabel="current" />;
}

/**
 * The plan's history: every saved revision with its message, author and time (newest first); compare any of them
 * with the current revision; restore one (after a confirmation) as a new revision — history is append-only, so a
 * restore never loses the revisions after it.
 */
export function HistoryPanel({ planId, currentRevision, onRestored }: HistoryPanelProps) {
  const versions = useVersions(planId);
  const restore = useRestoreVersion(planId);
  const [comparing, setComparing] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const { refetch } = versions;

  useEffect(() => {
    void refetch();
  }, [currentRevision, refetch]);

  const doRestore = (revision: number) =>
    restore.mutate(
      { revision, baseRevision: currentRevision },
      {
        onSuccess: (saved) => {
          setConfirming(null);
          setComparing(null);
          void refetch();
          onRestored?.(saved.revision);
        },
      },
    );

  const restoreError =
    restore.error instanceof ApiError && restore.error.code === "conflict"
      ? `The plan changed meanwhile (now revision ${restore.error.detail.currentRevision}); reload it and try again.`
      : restore.error?.message;

  return (
    <section aria-labelledby={`history-${planId}`}>
      <h2 id={`history-${planId}`}>History</h2>
      {versions.isPending && <p role="status">Loading versions…</p>}
      {versions.isError && (
        <p role="alert" className="error-state">
          Could not load the history: {versions.error.message}{" "}
          <button type="button" className="btn btn-small" onClick={() => void refetch()}>
            Retry
          </button>
        </p>
      )}
      {versions.data && (
        <ol className={styles.history} aria-label="Versions, newest first">
          {versions.data.map((v) => {
            const isCurrent = v.revision === currentRevision;
            return (
              <li key={v.revision} className={styles.historyItem}>
                <div className={styles.historyHead}>
                  <strong>Revision {v.revision}</strong>
                  {isCurrent && <span className="badge badge-ok">current</span>}
                  <span>{v.message || "—"}</span>
                  <span className="muted">
                    {actorName(v.actor)} · <time dateTime={v.createdAt}>{formatDateTime(v.createdAt)}</time>
                  </span>
                </div>
                {!isCurrent && (
                  <div className={styles.actions}>
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-expanded={comparing === v.revision}
                      onClick={() => setComparing(comparing === v.revision ? null : v.revision)}
                    >
                      {comparing === v.revision
                        ? "Hide comparison"
                        : `Compare revision ${v.revision} with current`}
                    </button>
                    <button type="button" className="btn btn-small" onClick={() => setConfirming(v.revision)}>
                      Restore revision {v.revision}…
                    </button>
                  </div>
                )}
                {comparing === v.revision && (
                  <Comparison planId={planId} revision={v.revision} currentRevision={currentRevision} />
                )}
              </li>
            );
          })}
        </ol>
      )}
      <ModalDialog
        open={confirming !== null}
        onClose={() => {
          setConfirming(null);
          restore.reset();
        }}
        title={`Restore revision ${confirming ?? ""}?`}
        description={`Its content becomes revision ${currentRevision + 1}. Revisions ${confirming ?? ""}–${currentRevision} stay in the history.`}
        footer={
          <>
            <button type="button" className="btn" onClick={() => setConfirming(null)}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={restore.isPending}
              onClick={() => confirming !== null && doRestore(confirming)}
            >
              {restore.isPending ? "Restoring…" : "Restore"}
            </button>
          </>
        }
      >
        {restoreError && (
          <p role="alert" className={styles.alert}>
            {restoreError}
          </p>
        )}
      </ModalDialog>
    </section>
  );
}
