"use client";

import { useEditor } from "@/lib/editor/editor-context";
import styles from "./editor.module.css";
import { PlanNameField } from "./plan-name-field";
import { PlanTitleButton } from "./plan-title-button";
import { usePlanRename } from "./use-plan-rename";

/**
 * The plan's name in the toolbar, renamed in place: click (or Enter/Space on) the title, type, Enter saves, Escape
 * cancels, leaving the field saves a valid name. The rename is an ordinary edit of the document
 * (metadata.name): one undo step, saved by the autosave with its base revision like any other edit, so a
 * concurrent save is a conflict to resolve, never a lost rename. A view-only link shows the name only.
 */
export function PlanTitle() {
  const name = useEditor((s) => s.doc.metadata.name);
  const access = useEditor((s) => s.access);
  const rename = usePlanRename(name);

  if (access === "view")
    return (
      <h1 className={styles.planName} title={name}>
        {name}
      </h1>
    );
  if (rename.draft === null)
    return <PlanTitleButton name={name} buttonRef={rename.buttonRef} onRename={rename.start} />;
  return (
    <PlanNameField
      inputRef={rename.inputRef}
      draft={rename.draft}
      error={rename.error}
      onChange={rename.change}
      onKeyDown={rename.onKeyDown}
      onBlur={rename.onBlur}
    />
  );
}
