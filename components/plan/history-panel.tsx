"use client";

import { useEffect, useState } from "react";
import { ApiError } from "@/lib/api/errors";
import type { VersionSummary } from "@/lib/api/version-schemas";
import { usePlanDiff, useRestoreVersion, useVersions } from "@/lib/queries/use-versions";
import { DiffView } from "./diff-view";
import { actorName, formatDateTime } from "./format-time";
import { ModalDialog } from "./modal-dialog";
import styles from "./plan-ui.module.css";

export interface HistoryPanelProps {
  planId: string;
  /** The revision the editor shows; versions are compared against it and a restore is based on it. */
  currentRevision: number;
  /** After a restore: the new revision (the editor reloads the plan). */
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

/** One saved revision: message, author and time; compare and restore for any but the current one. */
function VersionItem({
  planId,
  version,
  currentRevision,
  comparing,
  onCompare,
  onRestore,
}: {
  planId: string;
  version: VersionSummary;
  currentRevision: number;
  comparing: boolean;
  onCompare: (shown: boolean) => void;
  onRestore: () => void;
}) {
  const isCurrent = version.revision === currentRevision;
  return (
    <li className={styles.historyItem}>
      <div className={styles.historyHead}>
        <strong>Revision {version.revision}</strong>
        {isCurrent && <span className="badge badge-ok">current</span>}
        <span>{version.message || "—"}</span>
        <span className="muted">
          {actorName(version.actor)} ·{" "}
          <time dateTime={version.createdAt}>{formatDateTime(version.createdAt)}</time>
        </span>
      </div>
      {!isCurrent && (
        <div className={styles.actions}>
          <button
            type="button"
            className="btn btn-small"
            aria-expanded={comparing}
            onClick={() => onCompare(!comparing)}
          >
            {comparing ? "Hide comparison" : `Compare revision ${version.revision} with current`}
          </button>
          <button type="button" className="btn btn-small" onClick={onRestore}>
            Restore revision {version.revision}…
          </button>
        </div>
      )}
      {comparing && (
        <Comparison planId={planId} revision={version.revision} currentRevision={currentRevision} />
      )}
    </li>
  );
}

/** The restore confirmation: what the restore does, and why it failed (e.g. someone saved meanwhile). */
function RestoreConfirmation({
  revision,
  currentRevision,
  pending,
  error,
  onCancel,
  onClose,
  onConfirm,
}: {
  revision: number | null;
  currentRevision: number;
  pending: boolean;
  error: Error | null;
  onCancel: () => void;
  onClose: () => void;
  onConfirm: (revision: number) => void;
}) {
  const message =
    error instanceof ApiError && error.code === "conflict"
      ? `The plan changed meanwhile (now revision ${error.detail.currentRevision}); reload it and try again.`
      : error?.message;
  return (
    <ModalDialog
      open={revision !== null}
      onClose={onClose}
      title={`Restore revision ${revision ?? ""}?`}
      description={`Its content becomes revision ${currentRevision + 1}. Revisions ${revision ?? ""}–${currentRevision} stay in the history.`}
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={pending}
            onClick={() => revision !== null && onConfirm(revision)}
          >
            {pending ? "Restoring…" : "Restore"}
          </button>
        </>
      }
    >
      {message && (
        <p role="alert" className={styles.alert}>
          {message}
        </p>
      )}
    </ModalDialog>
  );
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
          {versions.data.map((v) => (
            <VersionItem
              key={v.revision}
              planId={planId}
              version={v}
              currentRevision={currentRevision}
              comparing={comparing === v.revision}
              onCompare={(shown) => setComparing(shown ? v.revision : null)}
              onRestore={() => setConfirming(v.revision)}
            />
          ))}
        </ol>
      )}
      <RestoreConfirmation
        revision={confirming}
        currentRevision={currentRevision}
        pending={restore.isPending}
        error={restore.error}
        onCancel={() => setConfirming(null)}
        onClose={() => {
          setConfirming(null);
          restore.reset();
        }}
        onConfirm={doRestore}
      />
    </section>
  );
}
