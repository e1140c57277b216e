"use client";

import { useEffect, type RefObject } from "react";

/**
 * A pointer pressed on the empty pane (the start of a pan) is captured by the pane, and the browser's text-selection
 * drag is not started.
 *
 * Why: without capture, Chromium hit-tests every node and edge under the pointer on each move of a pan, and its
 * selection controller extends a text selection across them (measured on the 500-node plan in bench/browser.ts:
 * ~10 ms of a pan move). The pan itself is React Flow's (d3-zoom listens on an ancestor and still gets the events).
 * Cancelling mousedown's default also cancels its focus change, so the focused element is blurred by hand, as a
 * click on the pane would (an inspector field commits on blur).
 */
export function usePanePanInput(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const onPane = (e: MouseEvent) =>
      e.button === 0 &&
      !e.shiftKey &&
      !e.ctrlKey &&
      !e.metaKey &&
      e.target instanceof Element &&
      e.target.classList.contains("react-flow__pane");
    const onPointerDown = (e: PointerEvent) => {
      if (onPane(e)) (e.target as Element).setPointerCapture(e.pointerId);
    };
    const onMouseDown = (e: MouseEvent) => {
      if (!onPane(e)) return;
      e.preventDefault();
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && focused !== document.body) focused.blur();
    };
    root.addEventListener("pointerdown", onPointerDown);
    root.addEventListener("mousedown", onMouseDown);
    return () => {
      root.removeEventListener("pointerdown", onPointerDown);
      root.removeEventListener("mousedown", onMouseDown);
    };
  }, [ref]);
}
