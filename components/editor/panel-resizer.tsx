"use client";

import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { isWide, PANEL_MIN_PX, PANEL_WIDE_PX, panelMaxPx, widthAfterKey } from "@/lib/editor/panel-width";
import styles from "./panel-resizer.module.css";

interface PanelResizerProps {
  onResize: (px: number | null) => void;
}

/** The rendered width of the handle's parent (the panel), px, kept current by a ResizeObserver. */
function useParentWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const panel = ref.current?.parentElement;
    if (!panel) return;
    const observer = new ResizeObserver(() => setWidth(panel.offsetWidth));
    observer.observe(panel);
    setWidth(panel.offsetWidth);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * The side panel's left edge as a focusable separator: drag it, or use the arrow keys (Shift for bigger steps),
 * Home / End for the limits; double-click returns to the default width.
 */
export function PanelResizer({ onResize }: PanelResizerProps) {
  const { ref, width: widthPx } = useParentWidth();
  // Window listeners for the drag (not pointer capture): the pointer may leave the 8 px strip at once.
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    const from = { x: e.clientX, width: widthPx };
    const move = (m: globalThis.PointerEvent) => onResize(from.width + (from.x - m.clientX)); // left widens
    const stop = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", stop);
      window.removeEventListener("pointercancel", stop);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", stop);
    window.addEventListener("pointercancel", stop);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = widthAfterKey(e.key, e.shiftKey, widthPx, window.innerWidth);
    if (next === null) return;
    e.preventDefault();
    onResize(next);
  };
  return (
    <div
      ref={ref}
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the side panel"
      aria-valuemin={PANEL_MIN_PX}
      aria-valuemax={widthPx > 0 ? panelMaxPx(window.innerWidth) : undefined}
      aria-valuenow={Math.round(widthPx)}
      tabIndex={0}
      className={styles.resizer}
      onPointerDown={onPointerDown}
      onDoubleClick={() => onResize(null)}
      onKeyDown={onKeyDown}
    />
  );
}

/** The wide-mode toggle: the advisor, scenario and history tables get room (pressed again: the default width). */
export function WideToggle({
  widthPx,
  onResize,
}: {
  widthPx: number | null;
  onResize: (px: number | null) => void;
}) {
  const wide = isWide(widthPx);
  return (
    <button
      type="button"
      className={`btn btn-small ${styles.wide}`}
      aria-pressed={wide}
      title={wide ? "Back to the default panel width" : "Widen the panel for tables"}
      onClick={() => onResize(wide ? null : PANEL_WIDE_PX)}
    >
      Wide panel
    </button>
  );
}
