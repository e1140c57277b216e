import { createRequire } from "node:module";

/**
 * The PDF's fonts: DejaVu Sans from the `dejavu-fonts-ttf` npm package (nothing is downloaded at run time). PDF's
 * 14 built-in fonts only cover Windows-1252 — no "≥", "≤", "×" in some viewers, no narrow no-break space that
 * French number formats use — while DejaVu covers them all; pdfkit embeds only the glyphs used (a subset with a
 * deterministic tag), so the file stays small and byte-identical for the same content.
 */
export const FONT_REGULAR = "DejaVuSans";
export const FONT_BOLD = "DejaVuSans-Bold";

const FONT_PACKAGE = "dejavu-fonts-ttf";

/**
 * Paths of the font files, resolved at run time from node_modules (the package name is joined at run time so a
 * bundler does not try to bundle the .ttf files as modules: the PDF runs in worker threads and the CLI).
 */
export function fontFiles(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const file = (name: string) => require.resolve([FONT_PACKAGE, "ttf", name].join("/"));
  return { [FONT_REGULAR]: file("DejaVuSans.ttf"), [FONT_BOLD]: file("DejaVuSans-Bold.ttf") };
}
