import { ZONE_KINDS, ZONES } from "../catalog/components";
import { flowsBetween } from "../plan/flows";
import { buildTemplate } from "./index";
import { parsePlanOrThrow } from "../plan/parse";
import type { PlanNode } from "../plan/node-schema";
import type { PlanDocument } from "../plan/plan-schema";

/**
 * A large, realistic plan for benchmarks: `nodeCount` nodes made of copies ("cells") of the enterprise template's
 * components, each cell wired with the reference flows inside itself, laid out in a grid of cells inside the six
 * zones. Deterministic (same count → same plan).
 */
export function generateLargePlan(nodeCount: number): PlanDocument {
  const base = buildTemplate("enterprise");
  const cellNodes = base.nodes;
  const cells = Math.ceil(nodeCount / cellNodes.length);
  const nodes: PlanNode[] = [];
  for (let c = 0; c < cells && nodes.length < nodeCount; c++) {
    for (const n of cellNodes) {
      if (nodes.length >= nodeCount) break;
      nodes.push({
        ...n,
        id: `${n.id}-${c}`,
        label: `${n.label} #${c + 1}`,
        position: { x: n.position.x + (c % 10) * 40, y: n.position.y + Math.floor(c / 10) * 30 },
      });
    }
  }
  const edges = [];
  for (let c = 0; c < cells; c++) edges.push(...flowsBetween(nodes.filter((n) => n.id.endsWith(`-${c}`))));
  const zones = ZONE_KINDS.map((z, i) => ({
    id: z,
    kind: z,
    label: ZONES[z].name,
    cidr: ZONES[z].defaultCidr,
    position: { x: (i % 3) * 1400, y: Math.floor(i / 3) * 1200 },
    size: { width: 1300, height: 1100 },
  }));
  return parsePlanOrThrow({
    ...base,
    metadata: { ...base.metadata, name: `Generated plan (${nodeCount} nodes)` },
    zones,
    nodes,
    edges,
  });
}
