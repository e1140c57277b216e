"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useEditorUi } from "@/lib/editor/editor-context";
import type { EditorMessage } from "@/lib/editor/messages";
import { formatText, type NoticeTranslate } from "@/lib/editor/notices";
import styles from "./editor.module.css";

const LIFETIME_MS = { info: 5000, success: 5000, error: 12_000 } as const;

function Toast({ message, onDismiss }: { message: EditorMessage; onDismiss: (id: number) => void }) {
  const t = useTranslations("editor.toasts");
  // Notice codes are chosen at run time: the loose signature (every code is in messages/<locale>/notices.json).
  const tn = useTranslations("notices") as unknown as NoticeTranslate;
  useEffect(() => {
    const timer = window.setTimeout(() => onDismiss(message.id), LIFETIME_MS[message.tone]);
    return () => window.clearTimeout(timer);
  }, [message.id, message.tone, onDismiss]);
  return (
    <div className={styles.toast} data-tone={message.tone}>
      <div>
        <p className={styles.toastText}>{formatText(message.text, tn)}</p>
        {message.detail && <p className={styles.toastDetail}>{formatText(message.detail, tn)}</p>}
      </div>
      <button
        type="button"
        className={styles.toastClose}
        aria-label={t("dismiss")}
        onClick={() => onDismiss(message.id)}
      >
        ×
      </button>
    </div>
  );
}

/**
 * Toasts and the editor's live regions in one: what happened (added, connected, undone…) is announced politely;
 * refusals (an invalid connection, with why and what to do) assertively. Both regions are always in the page, so
 * screen readers hear messages added to them.
 */
export function Toasts() {
  const messages = useEditorUi((s) => s.messages);
  const dismiss = useEditorUi((s) => s.dismiss);
  const t = useTranslations("editor.toasts");
  return (
    <div className={styles.toasts}>
      <div role="status" aria-live="polite" aria-label={t("messages")} className={styles.toastRegion}>
        {messages
          .filter((m) => m.tone !== "error")
          .map((m) => (
            <Toast key={m.id} message={m} onDismiss={dismiss} />
          ))}
      </div>
      <div role="alert" aria-label={t("errors")} className={styles.toastRegion}>
        {messages
          .filter((m) => m.tone === "error")
          .map((m) => (
            <Toast key={m.id} message={m} onDismiss={dismiss} />
          ))}
      </div>
    </div>
  );
}
