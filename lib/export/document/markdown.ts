import { md, table } from "../report/markdown";
import type { Block, SeriesPoint } from "./blocks";

/** A month series printed as a table: every 12th month and the last (the chart's shape, in a few rows). */
function sampled(points: SeriesPoint[]): SeriesPoint[] {
  return points.filter((p, i) => p.x % 12 === 0 || i === 0 || i === points.length - 1);
}

const align = (columns: { align?: "left" | "right" }[]) =>
  columns.map((c) => (c.align === "right" ? ("r" as const) : ("l" as const)));

/** One block as Markdown lines (with the blank line that separates it from the next). */
function write(block: Block): string[] {
  switch (block.kind) {
    case "cover":
      return [
        `# ${md(block.title)}`,
        "",
        md(block.kicker),
        "",
        ...[...block.lines, ...block.details].map((l) => `${md(l)}  `),
        "",
      ];
    case "page":
      return [];
    case "heading":
      return [`${"#".repeat(block.level + 1)} ${md(block.text)}`, ""];
    case "paragraph":
      return [md(block.text), ""];
    case "bullets":
      return [...block.items.map((item) => `- ${md(item)}`), ""];
    case "table":
      return [
        table(
          block.columns.map((c) => md(c.header)),
          block.rows.map((r) => r.map(md)),
          align(block.columns),
        ),
        "",
      ];
    case "bars":
      return [`**${md(block.title)}**`, "", ...block.bars.map((b) => `- ${md(b.label)} — ${md(b.text)}`), ""];
    case "series":
      return [
        `**${md(block.title)}**`,
        "",
        table(
          [md(block.xHeader), md(block.yHeader)],
          sampled(block.points).map((p) => [md(p.xText), md(p.yText)]),
          ["l", "r"],
        ),
        "",
      ];
    case "diagram":
      return [`![${md(block.alt)}](${block.file})`, ""];
  }
}

/**
 * The Markdown writer of the content model: the same words and figures as the PDF, laid out as GitHub-flavoured
 * Markdown. Charts become their data (bars as a list, a month series as a table); the diagram is the SVG file
 * beside the report; page breaks have no Markdown equivalent.
 */
export function writeMarkdown(blocks: Block[]): string {
  const lines = blocks.flatMap(write);
  while (lines.at(-1) === "") lines.pop();
  return `${lines.join("\n")}\n`;
}
