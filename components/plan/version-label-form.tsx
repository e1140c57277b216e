"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { checkVersionLabel } from "@/lib/plan/names";
import { useLabelVersion } from "@/lib/queries/use-versions";
import styles from "./plan-ui.module.css";

/**
 * Names a version ("sent to customer") or renames it; an empty name removes it. Enter saves, Escape cancels;
 * the name is checked with the API's schema before it is sent, and a refusal says why.
 */
export function VersionLabelForm({
  planId,
  revision,
  initial,
  onDone,
}: {
  planId: string;
  revision: number;
  initial: string;
  onDone: () => void;
}) {
  const t = useTranslations("versions");
  const label = useLabelVersion(planId);
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const checked = checkVersionLabel(draft);
    if (!checked.ok) {
      setProblem(t("labelTooLong", { max: checked.max }));
      return;
    }
    label.mutate({ revision, label: checked.value }, { onSuccess: onDone });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== "Escape") return;
    // Escape cancels the name only, not the dialog around it.
    e.preventDefault();
    e.stopPropagation();
    onDone();
  };
  const error = problem ?? (label.error ? t("labelError", { message: label.error.message }) : null);

  return (
    <form className={styles.labelForm} onSubmit={submit}>
      <span className={styles.field}>
        <label htmlFor={inputId}>{t("labelField", { revision })}</label>
        <input
          id={inputId}
          autoFocus
          value={draft}
          aria-invalid={problem !== null}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(e) => {
            setDraft(e.target.value);
            setProblem(null);
          }}
          onKeyDown={onKeyDown}
        />
      </span>
      <button type="submit" className="btn btn-small btn-primary" disabled={label.isPending}>
        {label.isPending ? t("saving") : t("save")}
      </button>
      <button type="button" className="btn btn-small" onClick={onDone}>
        {t("cancel")}
      </button>
      <span id={hintId} className="muted" style={{ flexBasis: "100%" }}>
        {t("labelHint")}
      </span>
      {error && (
        <span id={errorId} role="alert" className={styles.alert} style={{ flexBasis: "100%" }}>
          {error}
        </span>
      )}
    </form>
  );
}
