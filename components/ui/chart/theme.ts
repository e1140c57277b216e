"use client";

import { useEffect, useState } from "react";
import { useTheme } from "../theme-toggle";

/** The two palettes a chart can be drawn in. */
export type ChartTheme = "light" | "dark";

/** The current theme for palette look-ups ("light" before hydration). Re-renders when the theme toggles. */
export function useChartTheme(): ChartTheme {
  return useTheme() ?? "light";
}

/** Below this plot width (px) charts drop axis titles and shorten category labels. */
export const COMPACT_WIDTH_PX = 400;

/**
 * Width of an element, tracked with a ResizeObserver (null until measured). Returns a callback ref for the element.
 * Charts use it to switch to a compact layout in a narrow panel.
 */
export function useElementWidth(): [(el: HTMLElement | null) => void, number | null] {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return [setEl, width];
}
