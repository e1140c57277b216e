"use client";

import { useTranslations } from "next-intl";
import { useId, type KeyboardEvent, type RefObject } from "react";
import styles from "./editor.module.css";

/** The name being typed, its keyboard hint and, once refused, why. */
export function PlanNameField({
  inputRef,
  draft,
  error,
  onChange,
  onKeyDown,
  onBlur,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  draft: string;
  error: string | null;
  onChange: (value: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  onBlur: () => void;
}) {
  const t = useTranslations("planTitle");
  const hintId = useId();
  const errorId = useId();
  return (
    <div className={styles.planNameEdit} data-plan-title="">
      <input
        ref={inputRef}
        className={styles.planNameInput}
        aria-label={t("field")}
        aria-invalid={error !== null}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        value={draft}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      <span id={hintId} className="visually-hidden">
        {t("hint")}
      </span>
      {error && (
        <span id={errorId} role="alert" className={styles.planNameError}>
          {error}
        </span>
      )}
    </div>
  );
}
