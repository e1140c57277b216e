"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatDateTime, type Locale } from "@/lib/format";
import type { AutosaveStatus } from "@/lib/queries/autosave-controller";
import styles from "./plan-ui.module.css";

export interface SaveStatusProps {
  /** From useAutosave(): saved | saving | offline | conflict | error. */
  status: AutosaveStatus;
  /** ISO time of the last acknowledged save (useAutosave().lastSavedAt). */
  lastSavedAt?: string | null;
  /** Why the last save failed (useAutosave().error). */
  error?: string | null;
  /** Shows "Retry now" when offline or in error (useAutosave().retry). */
  onRetry?: () => void;
  /** Shows "Resolve…" when in conflict (e.g. opens the ConflictDialog). */
  onResolveConflict?: () => void;
}

function time(iso: string, locale: Locale): string {
  return formatDateTime(iso, locale, { hour: "2-digit", minute: "2-digit" });
}

/**
 * The editor's save indicator: a polite live region (screen readers hear "Saving…", "All changes saved", …),
 * colour plus text (never colour alone), and the action that fits the state.
 */
export function SaveStatus({ status, lastSavedAt, error, onRetry, onResolveConflict }: SaveStatusProps) {
  const t = useTranslations("editor.save");
  const locale = useLocale();
  return (
    <div className={`${styles.status} ${styles[status]}`} data-status={status}>
      <span className={styles.dot} aria-hidden="true" />
      <span role="status" aria-live="polite" aria-atomic="true" className={styles.statusText}>
        {status === "saved" && lastSavedAt ? t("savedAt", { time: time(lastSavedAt, locale) }) : t(status)}
        {status === "error" && error ? `: ${error}` : ""}
      </span>
      {(status === "offline" || status === "error") && onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t("retry")}
        </button>
      )}
      {status === "conflict" && onResolveConflict && (
        <button type="button" className="btn btn-small" onClick={onResolveConflict}>
          {t("resolve")}
        </button>
      )}
    </div>
  );
}
