"use client";

import { useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import styles from "./canvas.module.css";

/**
 * The canvas's dot grid, drawn as a CSS background on a composited layer that pans by `transform` only.
 *
 * Why not React Flow's <Background>: it moves an SVG pattern's x/y on every pan frame, which repaints and re-rasters
 * the whole canvas area each frame (measured: a third of the raster work while panning the 500-node plan in
 * bench/browser.ts). Here a pan only translates the layer (modulo one grid step); a zoom changes the step.
 * Written to the DOM from a store subscription, without a React render, like use-zoom-lod.
 */
export function DotGrid({ gapFlowPx }: { gapFlowPx: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const flow = useStoreApi();
  useEffect(() => {
    let zoomShown = -1;
    const apply = ([x, y, zoom]: [number, number, number]) => {
      const el = ref.current;
      if (!el) return;
      const gapPx = gapFlowPx * zoom;
      if (zoom !== zoomShown) {
        el.style.backgroundSize = `${gapPx}px ${gapPx}px`;
        zoomShown = zoom;
      }
      // The layer is one step larger than the canvas on each side, so any offset in [-step, 0) still covers it.
      el.style.transform = `translate(${(x % gapPx) - gapPx}px, ${(y % gapPx) - gapPx}px)`;
    };
    apply(flow.getState().transform);
    return flow.subscribe((s, prev) => {
      if (s.transform !== prev.transform) apply(s.transform);
    });
  }, [flow, gapFlowPx]);
  return <div ref={ref} className={styles.dotGrid} aria-hidden="true" data-testid="dot-grid" />;
}
