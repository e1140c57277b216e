"use client";

import { useTranslations } from "next-intl";
import { useId, type RefObject } from "react";
import styles from "./editor.module.css";

/**
 * The plan's name as a heading holding a button: the button's name is the plan's name, so the heading reads as the
 * plan; what a click does (rename) is its description.
 */
export function PlanTitleButton({
  name,
  buttonRef,
  onRename,
}: {
  name: string;
  buttonRef: RefObject<HTMLButtonElement | null>;
  onRename: () => void;
}) {
  const t = useTranslations("planTitle");
  const renameHintId = useId();
  return (
    <>
      <h1 className={styles.planName}>
        <button
          ref={buttonRef}
          type="button"
          className={styles.planNameButton}
          aria-describedby={renameHintId}
          title={t("renameHint")}
          onClick={onRename}
        >
          {name}
        </button>
      </h1>
      <span id={renameHintId} className="visually-hidden">
        {t("renameHint")}
      </span>
    </>
  );
}
