"use client";

import { useId, type ReactNode } from "react";
import { useModalDialog } from "@/components/ui/dialog";
import styles from "./editor.module.css";

export interface EditorDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  /** Visually hide the title (the command palette's input says what it is). */
  hideTitle?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A modal on the native <dialog>: showModal() traps focus, makes the editor behind inert and closes on Escape; focus
 * returns to where it was. Used by the command palette and the shortcuts dialog.
 */
export function EditorDialog({ open, onClose, title, hideTitle, className, children }: EditorDialogProps) {
  const { dialogProps } = useModalDialog(open, onClose);
  const titleId = useId();
  return (
    <dialog
      {...dialogProps}
      className={`${styles.dialog} ${className ?? ""}`}
      aria-labelledby={titleId}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className={styles.dialogBody}>
        <h2 id={titleId} className={hideTitle ? "visually-hidden" : styles.dialogTitle}>
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}
