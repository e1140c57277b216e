import type { Bar, SeriesPoint } from "../document/blocks";
import { FONT_REGULAR } from "./fonts";
import { COLOURS, CONTENT_WIDTH, ensureSpace, PAGE, type Doc } from "./pen";

/**
 * Two plain vector charts drawn with pdfkit's primitives from the report's series (the same data as the editor's
 * recharts charts): horizontal bars for a breakdown and a line for a series over months. Values only scale the
 * drawing; every bar is labelled with its formatted value, so the chart reads without a legend.
 */
const BAR_COLOURS = ["#2f5fb8", "#2f8f57", "#c27a12", "#7a4cc8", "#5f6b7a", "#b8452f", "#1f8a8a", "#8a6d1f"];

export function barChart(doc: Doc, title: string, items: Bar[]): void {
  const shown = items.filter((i) => i.value > 0);
  if (shown.length === 0) return;
  const barHeight = 14;
  ensureSpace(doc, 24 + shown.length * (barHeight + 6));
  doc.font(FONT_REGULAR).fontSize(10).fillColor(COLOURS.text).text(title, PAGE.margin, doc.y);
  doc.moveDown(0.3);
  const labelWidth = 150;
  const valueWidth = 80;
  const plotWidth = CONTENT_WIDTH - labelWidth - valueWidth;
  const max = Math.max(...shown.map((i) => i.value));
  shown.forEach((item, index) => {
    const y = doc.y;
    const width = Math.max(1, (item.value / max) * plotWidth);
    doc.fontSize(8.5).fillColor(COLOURS.text);
    doc.text(item.label, PAGE.margin, y + 3, { width: labelWidth - 6, ellipsis: true, lineBreak: false });
    doc.rect(PAGE.margin + labelWidth, y, width, barHeight).fill(BAR_COLOURS[index % BAR_COLOURS.length]!);
    doc.fillColor(COLOURS.text).text(item.text, PAGE.margin + labelWidth + width + 4, y + 3, {
      width: valueWidth,
      lineBreak: false,
    });
    doc.x = PAGE.margin;
    doc.y = y + barHeight + 6;
  });
  doc.moveDown(0.6);
}

/** `ticks`: the y-axis labels at 0, half and the largest value (formatted by the content). */
export function lineChart(doc: Doc, title: string, points: SeriesPoint[], ticks: string[]): void {
  if (points.length < 2) return;
  const height = 150;
  ensureSpace(doc, height + 40);
  doc.font(FONT_REGULAR).fontSize(10).fillColor(COLOURS.text).text(title, PAGE.margin, doc.y);
  doc.moveDown(0.3);
  const left = PAGE.margin + 70;
  const top = doc.y;
  const width = CONTENT_WIDTH - 80;
  const maxY = Math.max(...points.map((p) => p.y), 1);
  const minX = points[0]!.x;
  const spanX = Math.max(1, points.at(-1)!.x - minX);
  const at = (p: SeriesPoint) => ({
    px: left + ((p.x - minX) / spanX) * width,
    py: top + height - (p.y / maxY) * height,
  });
  doc.lineWidth(0.5).strokeColor(COLOURS.rule);
  [0, 0.5, 1].forEach((share, i) => {
    const y = top + height - share * height;
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .stroke();
    doc.fontSize(7.5).fillColor(COLOURS.muted);
    doc.text(ticks[i] ?? "", PAGE.margin, y - 4, { width: 66, align: "right", lineBreak: false });
  });
  const first = at(points[0]!);
  doc.moveTo(first.px, first.py);
  for (const p of points.slice(1)) doc.lineTo(at(p).px, at(p).py);
  doc.lineWidth(1.8).strokeColor(COLOURS.accent).stroke();
  doc.fontSize(7.5).fillColor(COLOURS.muted);
  doc.text(points[0]!.xText, left, top + height + 4, { lineBreak: false });
  doc.text(points.at(-1)!.xText, left + width - 60, top + height + 4, {
    width: 60,
    align: "right",
    lineBreak: false,
  });
  doc.x = PAGE.margin;
  doc.y = top + height + 20;
  doc.moveDown(0.6);
}
