"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { useEditor, useEditorApi } from "@/lib/editor/editor-context";
import { renamePlan } from "@/lib/plan/names";
import styles from "./editor.module.css";

/**
 * The plan's name in the toolbar, renamed in place: click (or Enter/Space on) the title, type, Enter saves, Escape
 * cancels, leaving the field saves a valid name. The rename is an ordinary edit of the document
 * (metadata.name): one undo step, saved by the autosave with its base revision like any other edit, so a
 * concurrent save is a conflict to resolve, never a lost rename. A view-only link shows the name only.
 */
export function PlanTitle() {
  const name = useEditor((s) => s.doc.metadata.name);
  const access = useEditor((s) => s.access);
  const store = useEditorApi();
  const t = useTranslations("planTitle");
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const refocusTitle = useRef(false);
  // Set once Enter or Escape has ended the edit: the input's blur as it unmounts must not act again.
  const ended = useRef(false);
  const renameHintId = useId();
  const editing = draft !== null;

  useEffect(() => {
    if (editing) inputRef.current?.select();
    else if (refocusTitle.current) {
      refocusTitle.current = false;
      buttonRef.current?.focus();
    }
  }, [editing]);

  if (access === "view")
    return (
      <h1 className={styles.planName} title={name}>
        {name}
      </h1>
    );

  const close = (refocus: boolean) => {
    ended.current = true;
    refocusTitle.current = refocus;
    setDraft(null);
    setError(null);
  };

  /** Saves a valid name (as one undoable edit); shows why an invalid one cannot be saved. */
  const save = (refocus: boolean): boolean => {
    const state = store.getState();
    const renamed = renamePlan(state.doc, draft ?? "");
    if (!renamed.ok) {
      setError(renamed.problem === "empty" ? t("empty") : t("tooLong", { max: renamed.max }));
      return false;
    }
    if (renamed.doc !== state.doc && state.commit(renamed.doc, { label: t("undoLabel") }))
      state.announce({ tone: "success", text: t("renamed", { name: renamed.doc.metadata.name }) });
    close(refocus);
    return true;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      save(true);
    } else if (e.key === "Escape") {
      // Escape also closes dialogs and clears the canvas selection: here it only cancels the rename.
      e.preventDefault();
      e.stopPropagation();
      close(true);
    }
  };

  // The button's name is the plan's name, so the heading reads as the plan; what a click does is its description.
  if (!editing)
    return (
      <>
        <h1 className={styles.planName}>
          <button
            ref={buttonRef}
            type="button"
            className={styles.planNameButton}
            aria-describedby={renameHintId}
            title={t("renameHint")}
            onClick={() => {
              ended.current = false;
              setDraft(name);
            }}
          >
            {name}
          </button>
        </h1>
        <span id={renameHintId} className="visually-hidden">
          {t("renameHint")}
        </span>
      </>
    );

  return (
    <NameField
      inputRef={inputRef}
      draft={draft}
      error={error}
      onChange={(value) => {
        setDraft(value);
        setError(null);
      }}
      onKeyDown={onKeyDown}
      // Leaving the field keeps a valid name and drops an invalid one (the error is for Enter).
      onBlur={() => {
        if (!ended.current && !save(false)) close(false);
      }}
    />
  );
}

/** The name being typed, its keyboard hint and, once refused, why. */
function NameField({
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
