import type { ChartTheme } from "@/components/ui/chart/theme";
import { STORES, type StoreId } from "@/lib/engine/report-schema";

/**
 * Colours of the dashboard charts, one value per theme.
 *
 * Series colours are IBM Carbon's categorical palettes (designed for colour-vision deficiencies; the light set is
 * tuned for white, the dark set for near-black backgrounds), assigned so that neighbouring stacks differ in hue.
 * Every colour keeps ≥ 3:1 contrast (WCAG 1.4.11, graphical objects) against the chart background, `--surface` in
 * app/globals.css (#ffffff light, #171d25 dark) — palette.test.ts checks it. Red is kept for "does not fit" /
 * "over capacity" (the theme's `--error`), never a category.
 *
 * Axis, grid and text colours are not here: charts use the theme variables directly (`var(--text-muted)`, …), so
 * they follow the theme toggle without a re-render.
 */
export type { ChartTheme };
export interface ThemedColor {
  light: string;
  dark: string;
}

/** The chart background of each theme: `--surface` in app/globals.css (kept in sync by palette.test.ts). */
export const CHART_SURFACE: Record<ChartTheme, string> = { light: "#ffffff", dark: "#171d25" };

const C = {
  cyan: { light: "#1192e8", dark: "#33b1ff" },
  purple: { light: "#6929c4", dark: "#8a3ffc" },
  teal: { light: "#005d5d", dark: "#08bdba" },
  magenta: { light: "#9f1853", dark: "#ff7eb6" },
  orange: { light: "#8a3800", dark: "#ba4e00" },
  green: { light: "#198038", dark: "#6fdc8c" },
  yellow: { light: "#b28600", dark: "#d2a106" },
  blue: { light: "#002d9c", dark: "#4589ff" },
  lavender: { light: "#a56eff", dark: "#d4bbff" },
  navy: { light: "#012749", dark: "#bae6ff" },
  aqua: { light: "#009d9a", dark: "#007d79" },
} satisfies Record<string, ThemedColor>;

/** One colour per store of the storage report (7 stores, in the order of `STORES`). */
export const STORE_COLORS: Record<StoreId, ThemedColor> = {
  objects: C.cyan,
  postgres: C.purple,
  vectors: C.teal,
  search: C.magenta,
  redis: C.orange,
  backups: C.green,
  logs: C.yellow,
};

/** Colours of the cost categories `costReport` emits (lib/engine/platform/cost.ts). */
export const COST_CATEGORY_COLORS: Record<string, ThemedColor> = {
  "serving hardware": C.blue,
  "component GPUs": C.lavender,
  compute: C.navy,
  power: C.yellow,
  hosting: C.purple,
  support: C.cyan,
  storage: C.teal,
  staff: C.magenta,
  "cloud LLM": C.green,
  "cloud embeddings": C.orange,
};

/** Cycled for categories the palette does not know yet (the report's `byCategory` is an open record). */
export const FALLBACK_COLORS: readonly ThemedColor[] = Object.values(C);

/** Series of the memory-fit and capacity charts. */
export const SERIES_COLORS = {
  weights: C.blue,
  kvCache: C.aqua,
  overhead: C.yellow,
  capacity: C.cyan,
  demand: C.purple,
} satisfies Record<string, ThemedColor>;

/** Theme colours referenced by name (they follow the theme toggle through CSS). */
export const THEME_VARS = {
  text: "var(--text)",
  muted: "var(--text-muted)",
  border: "var(--border)",
  surface: "var(--surface)",
  surface2: "var(--surface-2)",
  error: "var(--error)",
  warn: "var(--warn)",
  ok: "var(--ok)",
} as const;

export function storeColor(store: StoreId, theme: ChartTheme): string {
  return STORE_COLORS[store][theme];
}

/** Colour of a cost category; unknown categories get a stable fallback by their position in the legend. */
export function costCategoryColor(category: string, theme: ChartTheme, index = 0): string {
  const known = COST_CATEGORY_COLORS[category];
  if (known) return known[theme];
  return FALLBACK_COLORS[index % FALLBACK_COLORS.length]![theme];
}

/** Every colour a chart may draw a series with (for the contrast test). */
export function allSeriesColors(): ThemedColor[] {
  return [
    ...STORES.map((s) => STORE_COLORS[s]),
    ...Object.values(COST_CATEGORY_COLORS),
    ...FALLBACK_COLORS,
    ...Object.values(SERIES_COLORS),
  ];
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const v = parseInt(h!, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
