import SVGtoPDF from "svg-to-pdfkit";
import type { Block } from "../document/blocks";
import { barChart, lineChart } from "./charts";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";
import { bullets, COLOURS, CONTENT_WIDTH, heading, PAGE, paragraph, table, type Doc } from "./pen";

/** Heading sizes in points: a section, a part of a section. */
const HEADING_PT = { 1: 18, 2: 12 } as const;

function cover(doc: Doc, block: Extract<Block, { kind: "cover" }>): void {
  doc.y = 220;
  doc.font(FONT_REGULAR).fontSize(12).fillColor(COLOURS.muted).text(block.kicker, PAGE.margin, doc.y);
  doc.moveDown(0.5).font(FONT_BOLD).fontSize(26).fillColor(COLOURS.text);
  doc.text(block.title, { width: CONTENT_WIDTH });
  doc.moveDown(1).font(FONT_REGULAR).fontSize(12);
  for (const line of block.lines) doc.fillColor(COLOURS.text).text(line);
  for (const line of block.details) doc.fillColor(COLOURS.muted).text(line);
}

/** The drawing scaled to fit the page's usable area below the cursor. */
function diagram(doc: Doc, svg: string): void {
  const width = doc.page.width - 2 * PAGE.margin;
  const height = doc.page.height - doc.y - PAGE.margin - 20;
  SVGtoPDF(doc as never, svg, PAGE.margin, doc.y, {
    width,
    height,
    preserveAspectRatio: "xMidYMin meet",
    fontCallback: (_family, bold) => (bold ? FONT_BOLD : FONT_REGULAR),
  });
  doc.y += height;
}

/** One block on the page. The first page exists already: a cover or content starts there. */
function draw(doc: Doc, block: Block): void {
  switch (block.kind) {
    case "cover":
      return cover(doc, block);
    case "page":
      doc.addPage(block.landscape ? { layout: "landscape" } : {});
      return;
    case "heading":
      return heading(doc, block.text, HEADING_PT[block.level]);
    case "paragraph":
      return paragraph(doc, block.text, block.small ? { size: 9 } : {});
    case "bullets":
      return bullets(doc, block.items);
    case "table":
      return table(doc, block.columns, block.rows);
    case "bars":
      return barChart(doc, block.title, block.bars);
    case "series":
      return lineChart(doc, block.title, block.points, block.ticks);
    case "diagram":
      return diagram(doc, block.svg);
  }
}

/** Lays the blocks out top to bottom on a pdfkit document (A4, the pen's margins and fonts). */
export function writePdf(doc: Doc, blocks: Block[]): void {
  for (const block of blocks) draw(doc, block);
}
