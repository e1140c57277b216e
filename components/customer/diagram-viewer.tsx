"use client";

import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
  type SetStateAction,
} from "react";
import styles from "./customer-view.module.css";

interface View {
  scale: number;
  x: number;
  y: number;
}
const START: View = { scale: 1, x: 0, y: 0 };
const MAX_SCALE = 6;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

type Labels = { title: string; hint: string; zoomIn: string; zoomOut: string; reset: string };

/**
 * The architecture diagram (the same SVG as the PDF's) with pan and zoom: buttons and +/−/0 and arrow keys
 * (keyboard), drag (mouse, touch), Ctrl + wheel or a trackpad pinch. It opens at a readable size (never narrower
 * than 760 px of drawing: on a phone that is its left part, moved with a drag); "Fit" shows all of it. The page
 * itself never scrolls sideways: the drawing moves inside its frame. The SVG is our own renderer's, escaped.
 */
export function DiagramViewer({ svg, labels }: { svg: string; labels: Labels }) {
  const { view, frame, canvas, zoom, fit, handlers } = usePanZoom();
  return (
    <div className={styles.diagram}>
      <div className={styles.toolbar}>
        <span className="muted">{labels.hint}</span>
        <ZoomButtons labels={labels} zoom={zoom} fit={fit} />
      </div>
      <div
        ref={frame}
        className={styles.frame}
        tabIndex={0}
        role="group"
        aria-label={labels.title}
        aria-roledescription="zoomable diagram"
        {...handlers}
      >
        <div
          ref={canvas}
          className={styles.canvas}
          style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      </div>
    </div>
  );
}

function ZoomButtons({
  labels,
  zoom,
  fit,
}: {
  labels: Labels;
  zoom: (factor: number) => void;
  fit: () => void;
}) {
  return (
    <span className={styles.buttons}>
      <button type="button" className="btn btn-small" onClick={() => zoom(1.25)} aria-label={labels.zoomIn}>
        +
      </button>
      <button type="button" className="btn btn-small" onClick={() => zoom(0.8)} aria-label={labels.zoomOut}>
        −
      </button>
      <button type="button" className="btn btn-small" onClick={fit}>
        {labels.reset}
      </button>
    </span>
  );
}

/** The view of a drawing inside a frame: zoom (never below fitting the frame's width), fit, and pan. */
function usePanZoom() {
  const [view, setView] = useState<View>(START);
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  /** The scale at which the whole drawing fits the frame's width (1 when it already does). */
  const fitScale = useCallback(() => {
    const outer = frame.current?.clientWidth ?? 0;
    const inner = canvas.current?.offsetWidth ?? 0;
    return outer > 0 && inner > outer ? outer / inner : 1;
  }, []);
  const fit = () => setView({ scale: fitScale(), x: 0, y: 0 });
  const zoom = useCallback(
    (factor: number) =>
      setView((v) => {
        const min = fitScale();
        const scale = clamp(v.scale * factor, min, MAX_SCALE);
        return scale === min ? { scale, x: 0, y: 0 } : { ...v, scale };
      }),
    [fitScale],
  );
  useWheelZoom(frame, zoom);
  const onKeyDown = (e: KeyboardEvent) => handleKey(e, zoom, fit, setView);
  return { view, frame, canvas, zoom, fit, handlers: { onKeyDown, ...useDragPan(view, setView) } };
}

/** Ctrl/⌘ + wheel (and trackpad pinch) zooms; a plain wheel keeps scrolling the page. */
function useWheelZoom(frame: RefObject<HTMLDivElement | null>, zoom: (factor: number) => void) {
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      zoom(e.deltaY < 0 ? 1.15 : 1 / 1.15);
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, [frame, zoom]);
}

/** +/−/0 zoom and fit; arrow keys pan by 40 px. */
function handleKey(
  e: KeyboardEvent,
  zoom: (factor: number) => void,
  fit: () => void,
  setView: Dispatch<SetStateAction<View>>,
) {
  const step = 40;
  const moves: Record<string, () => void> = {
    "+": () => zoom(1.25),
    "=": () => zoom(1.25),
    "-": () => zoom(0.8),
    "0": fit,
    ArrowLeft: () => setView((v) => ({ ...v, x: v.x + step })),
    ArrowRight: () => setView((v) => ({ ...v, x: v.x - step })),
    ArrowUp: () => setView((v) => ({ ...v, y: v.y + step })),
    ArrowDown: () => setView((v) => ({ ...v, y: v.y - step })),
  };
  const move = moves[e.key];
  if (move) {
    e.preventDefault();
    move();
  }
}

/** Drag (mouse, pen, touch) pans the drawing from where the pointer went down. */
function useDragPan(view: View, setView: Dispatch<SetStateAction<View>>) {
  const drag = useRef<{ x: number; y: number; view: View } | null>(null);
  const end = () => (drag.current = null);
  return {
    onPointerDown: (e: PointerEvent) => {
      drag.current = { x: e.clientX, y: e.clientY, view };
      e.currentTarget.setPointerCapture(e.pointerId);
    },
    onPointerMove: (e: PointerEvent) => {
      const d = drag.current;
      if (d) setView({ ...d.view, x: d.view.x + e.clientX - d.x, y: d.view.y + e.clientY - d.y });
    },
    onPointerUp: end,
    onPointerCancel: end,
  };
}
