"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useEditorApi } from "@/lib/editor/editor-context";
import { renamePlan } from "@/lib/plan/names";

/**
 * The in-place rename of the plan: the draft being typed (null when not editing), why it was refused, and the
 * handlers. Enter saves and Escape cancels (both give the focus back to the title); leaving the field saves a valid
 * name and drops an invalid one. A saved rename is one undoable edit of metadata.name, announced.
 */
export function usePlanRename(name: string) {
  const store = useEditorApi();
  const t = useTranslations("planTitle");
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const refocusTitle = useRef(false);
  // Set once Enter or Escape has ended the edit: the input's blur as it unmounts must not act again.
  const ended = useRef(false);
  const editing = draft !== null;

  useEffect(() => {
    if (editing) inputRef.current?.select();
    else if (refocusTitle.current) {
      refocusTitle.current = false;
      buttonRef.current?.focus();
    }
  }, [editing]);

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

  return {
    draft,
    error,
    inputRef,
    buttonRef,
    start: () => {
      ended.current = false;
      setDraft(name);
    },
    change: (value: string) => {
      setDraft(value);
      setError(null);
    },
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === "Enter") {
        e.preventDefault();
        save(true);
      } else if (e.key === "Escape") {
        // Escape also closes dialogs and clears the canvas selection: here it only cancels the rename.
        e.preventDefault();
        e.stopPropagation();
        close(true);
      }
    },
    // Leaving the field keeps a valid name and drops an invalid one (the error is for Enter).
    onBlur: () => {
      if (!ended.current && !save(false)) close(false);
    },
  };
}
