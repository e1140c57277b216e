import type { PaletteCategory } from "../../catalog/components";
import type { PlanDocument } from "../../plan/plan-schema";
import { borderPoint, diagramLayout, type DiagramLayout, type DiagramNode } from "./geometry";

/**
 * The plan's architecture diagram as a standalone SVG document: zones as labelled frames, components as boxes
 * (glyph, name, kind, replicas), flows as arrows. Pure and deterministic (no DOM, no clock, coordinates rounded to
 * 0.1 px), so the PDF, the bundle's report and the editor's download show the same picture and a golden test can
 * compare it. Text uses Helvetica, which browsers, svg-to-pdfkit and PDF viewers all have without a font file.
 */
export interface DiagramSvgOptions {
  /** Accessible title (the plan's name). */
  title?: string;
}

/** Fill and stroke per palette category: light tints that print well in grey scale too. */
const CATEGORY_COLOURS: Record<PaletteCategory, { fill: string; stroke: string }> = {
  Network: { fill: "#eef4ff", stroke: "#3b6fd8" },
  Application: { fill: "#eefaf2", stroke: "#2f8f57" },
  Data: { fill: "#fff6e8", stroke: "#c27a12" },
  AI: { fill: "#f6efff", stroke: "#7a4cc8" },
  Observability: { fill: "#f1f3f5", stroke: "#5f6b7a" },
};

const FONT = "Helvetica, Arial, sans-serif";
const TEXT = "#1d2430";
const MUTED = "#556070";

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}

/** A number as SVG writes it: rounded to 0.1, no trailing zeros, never "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Cuts a label to `max` characters with an ellipsis (the full text stays in the node's <title>). */
export function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

function zoneSvg(zone: DiagramLayout["zones"][number]): string {
  return [
    `<g class="zone" data-id="${escapeXml(zone.id)}">`,
    `<rect x="${num(zone.x)}" y="${num(zone.y)}" width="${num(zone.width)}" height="${num(zone.height)}" rx="10" fill="#fafbfc" stroke="#9aa4b2" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    `<text x="${num(zone.x + 12)}" y="${num(zone.y + 22)}" font-family="${FONT}" font-size="14" font-weight="bold" fill="${TEXT}">${escapeXml(fit(zone.label, 40))}</text>`,
    `<text x="${num(zone.x + zone.width - 12)}" y="${num(zone.y + 22)}" font-family="${FONT}" font-size="11" fill="${MUTED}" text-anchor="end">${escapeXml(zone.cidr)}</text>`,
    `</g>`,
  ].join("");
}

function nodeSvg(node: DiagramNode): string {
  const colours = CATEGORY_COLOURS[node.category];
  const x = node.x;
  const y = node.y;
  const replicas = node.replicas > 1 ? ` × ${node.replicas}` : "";
  return [
    `<g class="node" data-id="${escapeXml(node.id)}">`,
    `<title>${escapeXml(`${node.label} (${node.kindName})`)}</title>`,
    `<rect x="${num(x)}" y="${num(y)}" width="${num(node.width)}" height="${num(node.height)}" rx="8" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="1.5"/>`,
    `<rect x="${num(x + 10)}" y="${num(y + 12)}" width="36" height="22" rx="4" fill="${colours.stroke}"/>`,
    `<text x="${num(x + 28)}" y="${num(y + 27)}" font-family="${FONT}" font-size="10" font-weight="bold" fill="#ffffff" text-anchor="middle">${escapeXml(fit(node.icon, 4))}</text>`,
    `<text x="${num(x + 54)}" y="${num(y + 28)}" font-family="${FONT}" font-size="12" font-weight="bold" fill="${TEXT}">${escapeXml(fit(node.label, 15))}</text>`,
    `<text x="${num(x + 10)}" y="${num(y + 56)}" font-family="${FONT}" font-size="11" fill="${MUTED}">${escapeXml(fit(node.kindName, 24) + replicas)}</text>`,
    `</g>`,
  ].join("");
}

function edgesSvg(layout: DiagramLayout): string {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  return layout.edges
    .map((e) => {
      const from = byId.get(e.source)!;
      const to = byId.get(e.target)!;
      const a = borderPoint(from, to);
      const b = borderPoint(to, from);
      return `<line class="edge" data-id="${escapeXml(e.id)}" x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke="#6b7687" stroke-width="1.5" marker-end="url(#arrow)"/>`;
    })
    .join("");
}

/** The diagram of a plan (zones, nodes, edges with positions) as an SVG document string. */
export function diagramSvg(
  plan: Pick<PlanDocument, "zones" | "nodes" | "edges">,
  options: DiagramSvgOptions = {},
): string {
  const layout = diagramLayout(plan);
  const { view } = layout;
  const title = options.title ?? "Architecture diagram";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(view.x)} ${num(view.y)} ${num(view.width)} ${num(view.height)}" width="${num(view.width)}" height="${num(view.height)}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#6b7687"/></marker></defs>`,
    `<rect x="${num(view.x)}" y="${num(view.y)}" width="${num(view.width)}" height="${num(view.height)}" fill="#ffffff"/>`,
    layout.zones.map(zoneSvg).join(""),
    edgesSvg(layout),
    layout.nodes.map(nodeSvg).join(""),
    `</svg>`,
    "",
  ].join("\n");
}
