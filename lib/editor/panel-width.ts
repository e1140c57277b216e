import { z } from "zod";

/**
 * The side panel's width, px: resizable between PANEL_MIN_PX and what leaves the canvas CANVAS_MIN_PX, with a wide
 * mode (PANEL_WIDE_PX) where the advisor, scenario and history tables fit. `null` = the layout's default (400 px,
 * 372 px at ≤ 1440 px windows). Remembered per browser (localStorage, validated on read).
 */
export const PANEL_MIN_PX = 320;
export const PANEL_WIDE_PX = 760;
/** The canvas keeps at least this much (plus the palette) however wide the panel is dragged. */
export const CANVAS_MIN_PX = 360;
const PALETTE_PX = 220;
/** Keyboard steps: arrows move 24 px, Shift+arrows 96 px. */
export const STEP_PX = 24;
export const BIG_STEP_PX = 96;

export const PANEL_STORAGE_KEY = "stackplan.sidePanelWidthPx";

/** The widest the panel may be in a window `windowPx` wide (never below the minimum). */
export function panelMaxPx(windowPx: number): number {
  return Math.max(PANEL_MIN_PX, windowPx - PALETTE_PX - CANVAS_MIN_PX);
}

/** `px` held within [PANEL_MIN_PX, panelMaxPx(windowPx)], rounded to whole pixels. */
export function clampPanelWidth(px: number, windowPx: number): number {
  if (!Number.isFinite(px)) return PANEL_MIN_PX;
  return Math.round(Math.min(panelMaxPx(windowPx), Math.max(PANEL_MIN_PX, px)));
}

/** The width after a key press on the resize handle (the handle is on the panel's left edge: left widens). */
export function widthAfterKey(key: string, shift: boolean, current: number, windowPx: number): number | null {
  const step = shift ? BIG_STEP_PX : STEP_PX;
  if (key === "ArrowLeft") return clampPanelWidth(current + step, windowPx);
  if (key === "ArrowRight") return clampPanelWidth(current - step, windowPx);
  if (key === "Home") return PANEL_MIN_PX;
  if (key === "End") return panelMaxPx(windowPx);
  return null;
}

/** Whether a width counts as the wide mode (the toggle shows pressed). */
export const isWide = (px: number | null) => px !== null && px >= PANEL_WIDE_PX;

const storedSchema = z.number().int().min(PANEL_MIN_PX).max(10_000);

/** The stored width, or null when absent or not a valid width (a hand-edited value is ignored, not trusted). */
export function parseStoredWidth(raw: string | null): number | null {
  if (raw === null) return null;
  const parsed = storedSchema.safeParse(Number(raw));
  return parsed.success ? parsed.data : null;
}
