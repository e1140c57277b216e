"use client";

import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { useModalDialog } from "@/components/ui/dialog";
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
  const t = useTranslations("common.actions");
  const { dialogProps } = useModalDialog(open, onClose);
  const titleId = useId();
  const descriptionId = useId();

  return (
    <dialog
      {...dialogProps}
      className={styles.dialog}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
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
            <button type="button" className="btn btn-small" onClick={onClose} aria-label={t("closeDialog")}>
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
