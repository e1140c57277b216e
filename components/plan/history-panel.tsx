"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { ApiError } from "@/lib/api/errors";
import { groupHistory } from "@/lib/plan/history-sessions";
import { useRestoreVersion, useVersions } from "@/lib/queries/use-versions";
import { SessionItem, VersionItem, type RowContext } from "./history-rows";
import { ModalDialog } from "./modal-dialog";
import styles from "./plan-ui.module.css";

export interface HistoryPanelProps {
  planId: string;
  /** The revision the editor shows; versions are compared against it and a restore is based on it. */
  currentRevision: number;
  /** After a restore: the new revision (the editor reloads the plan). */
  onRestored?: (revision: number) => void;
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
  const t = useTranslations("versions");
  const message =
    error instanceof ApiError && error.code === "conflict"
      ? t("restoreConflict", { revision: String(error.detail.currentRevision) })
      : error?.message;
  return (
    <ModalDialog
      open={revision !== null}
      onClose={onClose}
      title={t("restoreTitle", { revision: revision ?? "" })}
      description={t("restoreDescription", {
        revision: revision ?? "",
        next: currentRevision + 1,
        current: currentRevision,
      })}
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            {t("cancel")}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={pending}
            onClick={() => revision !== null && onConfirm(revision)}
          >
            {pending ? t("restoring") : t("restoreConfirm")}
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
 * The plan's history, newest first: named versions ("sent to customer") and deliberate revisions on rows of their
 * own, runs of autosaves collapsed into editing sessions (lib/plan/history-sessions.ts). Each version says what it
 * changed — in people's words, with its monthly cost before → after — can be named, compared with the current
 * revision, and restored (after a confirmation) as a new revision: history is append-only, so a restore never loses
 * the revisions after it.
 */
export function HistoryPanel({ planId, currentRevision, onRestored }: HistoryPanelProps) {
  const t = useTranslations("versions");
  const versions = useVersions(planId);
  const restore = useRestoreVersion(planId);
  const [confirming, setConfirming] = useState<number | null>(null);
  const { refetch } = versions;
  const rows = useMemo(() => (versions.data ? groupHistory(versions.data) : null), [versions.data]);

  useEffect(() => {
    void refetch();
  }, [currentRevision, refetch]);

  const doRestore = (revision: number) =>
    restore.mutate(
      { revision, baseRevision: currentRevision },
      {
        onSuccess: (saved) => {
          setConfirming(null);
          void refetch();
          onRestored?.(saved.revision);
        },
      },
    );
  const ctx: RowContext = { planId, currentRevision, onRestore: setConfirming };

  return (
    <section aria-labelledby={`history-${planId}`}>
      <h2 id={`history-${planId}`}>{t("title")}</h2>
      {versions.isPending && <p role="status">{t("loading")}</p>}
      {versions.isError && (
        <p role="alert" className="error-state">
          {t("loadError", { message: versions.error.message })}{" "}
          <button type="button" className="btn btn-small" onClick={() => void refetch()}>
            {t("retry")}
          </button>
        </p>
      )}
      {rows && (
        <ol className={styles.history} aria-label={t("listLabel")}>
          {rows.map((row) =>
            row.kind === "version" ? (
              <VersionItem key={row.version.revision} version={row.version} ctx={ctx} />
            ) : (
              <SessionItem key={`s-${row.newest.revision}`} row={row} ctx={ctx} />
            ),
          )}
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
