"use client";

import { useEffect, useRef, type SyntheticEvent } from "react";

/** Focus goes back to the element that had it, if it is still on the page. */
function restoreFocus(el: Element | null) {
  if (el instanceof HTMLElement && el.isConnected) el.focus();
}

/**
 * The behaviour every modal shares, on the native <dialog>: `showModal()` while `open` (focus trapped, page behind
 * inert), Escape and `method="dialog"` forms close through `onClose`, and focus returns to where it was — on close and
 * when the dialog unmounts. Spread `dialogProps` on the <dialog>.
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);

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

  // Unmounted while open (the page navigated, the owner went away): focus still goes back.
  useEffect(() => () => restoreFocus(returnFocus.current), []);

  return {
    ref,
    dialogProps: {
      ref,
      onCancel: (e: SyntheticEvent<HTMLDialogElement>) => {
        e.preventDefault();
        onClose();
      },
      onClose: () => {
        restoreFocus(returnFocus.current);
        if (open) onClose();
      },
    },
  };
}
