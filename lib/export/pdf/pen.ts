import type PDFDocument from "pdfkit";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";

/**
 * Small drawing helpers over a pdfkit document laid out top to bottom: headings, paragraphs and tables that start
 * a new page when the next block does not fit. A4 in points (1/72 in); all sizes here are points.
 */
export type Doc = InstanceType<typeof PDFDocument>;

export const PAGE = { width: 595.28, height: 841.89, margin: 50 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Lowest y a block may reach (room for the footer below). */
export const BOTTOM = PAGE.height - PAGE.margin - 10;

export const COLOURS = {
  text: "#1d2430",
  muted: "#556070",
  rule: "#c9d0d9",
  accent: "#2f5fb8",
  band: "#eef2f7",
};

/** Starts a new page when `height` points do not fit below the cursor. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > BOTTOM) doc.addPage();
}

export function heading(doc: Doc, text: string, size = 16): void {
  ensureSpace(doc, size * 3);
  doc.moveDown(0.6).font(FONT_BOLD).fontSize(size).fillColor(COLOURS.accent);
  doc.text(text, PAGE.margin, doc.y, { width: doc.page.width - 2 * PAGE.margin });
  doc.moveDown(0.3).font(FONT_REGULAR).fontSize(10).fillColor(COLOURS.text);
}

export function paragraph(doc: Doc, text: string, options: { size?: number; colour?: string } = {}): void {
  doc.font(FONT_REGULAR).fontSize(options.size ?? 10);
  const height = doc.heightOfString(text, { width: CONTENT_WIDTH });
  ensureSpace(doc, height);
  doc.fillColor(options.colour ?? COLOURS.text).text(text, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.4);
}

export function bullets(doc: Doc, items: string[]): void {
  for (const item of items) paragraph(doc, `•  ${item}`);
}

export interface Column {
  header: string;
  /** Share of the content width (the shares of a table add up to 1). */
  share: number;
  align?: "left" | "right";
}

const CELL_PAD = 3;

function rowHeight(doc: Doc, columns: Column[], cells: string[], bold: boolean): number {
  doc.font(bold ? FONT_BOLD : FONT_REGULAR).fontSize(8.5);
  const heights = cells.map((c, i) =>
    doc.heightOfString(c, { width: columns[i]!.share * CONTENT_WIDTH - 2 * CELL_PAD }),
  );
  return Math.max(...heights) + 2 * CELL_PAD;
}

function drawRow(doc: Doc, columns: Column[], cells: string[], bold: boolean, height: number): void {
  const top = doc.y;
  if (bold) doc.rect(PAGE.margin, top, CONTENT_WIDTH, height).fill(COLOURS.band);
  doc.font(bold ? FONT_BOLD : FONT_REGULAR).fontSize(8.5);
  let x = PAGE.margin;
  cells.forEach((cell, i) => {
    const width = columns[i]!.share * CONTENT_WIDTH;
    doc.fillColor(COLOURS.text).text(cell, x + CELL_PAD, top + CELL_PAD, {
      width: width - 2 * CELL_PAD,
      align: columns[i]!.align ?? "left",
    });
    x += width;
  });
  doc.moveTo(PAGE.margin, top + height).lineTo(PAGE.margin + CONTENT_WIDTH, top + height);
  doc.lineWidth(0.5).strokeColor(COLOURS.rule).stroke();
  doc.x = PAGE.margin;
  doc.y = top + height;
}

/** A table with a header row, repeated at the top of each page the table continues on. */
export function table(doc: Doc, columns: Column[], rows: string[][]): void {
  const headers = columns.map((c) => c.header);
  const headerHeight = rowHeight(doc, columns, headers, true);
  ensureSpace(doc, headerHeight + 20);
  drawRow(doc, columns, headers, true, headerHeight);
  for (const cells of rows) {
    const height = rowHeight(doc, columns, cells, false);
    if (doc.y + height > BOTTOM) {
      doc.addPage();
      drawRow(doc, columns, headers, true, headerHeight);
    }
    drawRow(doc, columns, cells, false, height);
  }
  doc.moveDown(0.6);
}
