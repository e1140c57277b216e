import { createRequire } from "node:module";

/**
 * The PDF's fonts: DejaVu Sans from the `dejavu-fonts-ttf` npm package (nothing is downloaded at run time). PDF's
 * 14 built-in fonts only cover Windows-1252 — no "≥", "≤", "×" in some viewers, no narrow no-break space that
 * French number formats use — while DejaVu covers them all; pdfkit embeds only the glyphs used (a subset with a
 * deterministic tag), so the file stays small and byte-identical for the same content.
 */
export const FONT_REGULAR = "DejaVuSans";
export const FONT_BOLD = "DejaVuSans-Bold";

const require = createRequire(import.meta.url);

export function fontFiles(): Record<string, string> {
  return {
    [FONT_REGULAR]: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
    [FONT_BOLD]: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
  };
}
