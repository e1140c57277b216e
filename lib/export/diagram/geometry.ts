import { COMPONENTS, type PaletteCategory } from "../../catalog/components";
import { NODE_HEIGHT, NODE_WIDTH } from "../../plan/layout";
import type { PlanDocument } from "../../plan/plan-schema";

/**
 * The diagram's geometry in absolute coordinates: React Flow stores a zoned node's position relative to its zone,
 * so each node is moved by its zone's origin (the same rule the canvas applies). Pure: the same plan gives the same
 * boxes, in the plan's order.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramZone extends Box {
  id: string;
  label: string;
  cidr: string;
}

export interface DiagramNode extends Box {
  id: string;
  label: string;
  /** The catalog's name of its kind ("Load balancer"). */
  kindName: string;
  /** Short glyph of its kind ("LB"). */
  icon: string;
  category: PaletteCategory;
  replicas: number;
}

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  port: number;
}

export interface DiagramLayout {
  zones: DiagramZone[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Bounding box of everything drawn, margin included. */
  view: Box;
}

/** Blank space around the drawing, px. */
export const MARGIN = 24;

export function diagramLayout(
  plan: Pick<PlanDocument, "zones" | "nodes" | "edges">,
  sizes: { nodeWidth?: number; nodeHeight?: number } = {},
): DiagramLayout {
  const nodeWidth = sizes.nodeWidth ?? NODE_WIDTH;
  const nodeHeight = sizes.nodeHeight ?? NODE_HEIGHT;
  const zoneById = new Map(plan.zones.map((z) => [z.id, z]));
  const zones = plan.zones.map((z) => ({
    id: z.id,
    label: z.label,
    cidr: z.cidr,
    x: z.position.x,
    y: z.position.y,
    width: z.size.width,
    height: z.size.height,
  }));
  const nodes = plan.nodes.map((n) => {
    const zone = n.zoneId === null ? undefined : zoneById.get(n.zoneId);
    const spec = COMPONENTS[n.kind];
    return {
      id: n.id,
      label: n.label,
      kindName: spec.name,
      icon: spec.icon,
      category: spec.category,
      replicas: n.replicas,
      x: n.position.x + (zone?.position.x ?? 0),
      y: n.position.y + (zone?.position.y ?? 0),
      width: nodeWidth,
      height: nodeHeight,
    };
  });
  const ids = new Set(nodes.map((n) => n.id));
  const edges = plan.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
    .map((e) => ({ id: e.id, source: e.source, target: e.target, port: e.port }));
  return { zones, nodes, edges, view: boundsOf([...zones, ...nodes]) };
}

function boundsOf(boxes: Box[]): Box {
  if (boxes.length === 0) return { x: -MARGIN, y: -MARGIN, width: 2 * MARGIN + 200, height: 2 * MARGIN + 80 };
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + b.width));
  const maxY = Math.max(...boxes.map((b) => b.y + b.height));
  return {
    x: minX - MARGIN,
    y: minY - MARGIN,
    width: maxX - minX + 2 * MARGIN,
    height: maxY - minY + 2 * MARGIN,
  };
}

/**
 * Where the segment from the centre of `from` towards the centre of `to` leaves `from`'s border: edges are drawn
 * border to border so arrowheads are not hidden under the boxes.
 */
export function borderPoint(from: Box, to: Box): { x: number; y: number } {
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  const dx = to.x + to.width / 2 - cx;
  const dy = to.y + to.height / 2 - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Infinity : from.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : from.height / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}
