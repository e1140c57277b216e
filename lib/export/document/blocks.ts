/**
 * The content model of a written deliverable (the PDF proposal, the bundle's report): what it says, in the reader's
 * language, with every figure already formatted (money converted once to the plan's currency by lib/format.ts).
 * Writers only lay it out — one per target (lib/export/pdf/write.ts, lib/export/document/markdown.ts) — so the
 * PDF and the Markdown report can never disagree on a word or a figure.
 */
export interface TableColumn {
  header: string;
  /** Share of the content width (the PDF's layout; the shares of a table add up to 1). */
  share: number;
  align?: "left" | "right";
}

/** A bar of a breakdown: `value` only scales the drawing, `text` is what is printed. */
export interface Bar {
  label: string;
  value: number;
  text: string;
}

/** A point of a series over months: `x`/`y` place it, the texts are printed. */
export interface SeriesPoint {
  x: number;
  y: number;
  xText: string;
  yText: string;
}

export type Block =
  /** The title page: a kicker above the title, who it is for, then the details (date, version…). */
  | { kind: "cover"; kicker: string; title: string; lines: string[]; details: string[] }
  /** A page break (the PDF's sections start on their own page; Markdown ignores it). */
  | { kind: "page"; landscape?: boolean }
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; text: string; small?: boolean }
  | { kind: "bullets"; items: string[] }
  | { kind: "table"; columns: TableColumn[]; rows: string[][] }
  | { kind: "bars"; title: string; bars: Bar[] }
  /** A line over months; `ticks` are the y-axis labels at shares 0, ½ and 1 of the largest value. */
  | {
      kind: "series";
      title: string;
      points: SeriesPoint[];
      ticks: string[];
      xHeader: string;
      yHeader: string;
    }
  /** The architecture drawing (the same SVG as the editor's export); `file` is its name beside a Markdown report. */
  | { kind: "diagram"; svg: string; alt: string; file: string };

export type BlockKind = Block["kind"];
