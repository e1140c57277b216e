"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import styles from "./plan-ui.module.css";

export interface ModalDialogProps {
  /** Shown as a modal (native <dialog>: focus is kept inside, the page behind is inert). */
  open: boolean;
  /** Escape, the close button, or a form with method="dialog" closes it. */
  onClose: () => void;
  /** The dialog's heading and accessible name. */
  title: string;
  /** Accessible description, shown under the heading. */
  description?: ReactNode;
  children: ReactNode;
  /** Buttons at the bottom (the primary action last). */
  footer?: ReactNode;
}

/**
 * A modal on the native <dialog> element: showModal() gives the focus trap, Escape and the inert background for
 * free; focus returns to where it was when the dialog closes. Labelled by its title for screen readers.
 */
export function ModalDialog({ open, onClose, title, description, children, footer }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(
    () => () => {
      if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
    },
    [],
  );

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClose={() => {
        if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
        if (open) onClose();
      }}
    >
      {open && (
        <div className={styles.dialogInner}>
          <header className={styles.dialogHeader}>
            <div>
              <h2 id={titleId}>{title}</h2>
              {description && (
                <p id={descriptionId} className="muted" style={{ margin: "4px 0 0" }}>
                  {description}
                </p>
              )}
            </div>
            <button type="button" className="btn btn-small" onClick={onClose} aria-label="Close dialog">
              ✕
            </button>
          </header>
          <div className={styles.dialogBody}>{children}</div>
          {footer && <footer className={styles.dialogFooter}>{footer}</footer>}
        </div>
      )}
    </dialog>
  );
}
