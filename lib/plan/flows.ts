import { FLOW_RULES } from "../catalog/network";
import type { PlanEdge, PlanNode } from "./node-schema";

/**
 * Edges for every allowed flow (lib/catalog/network FLOW_RULES) between nodes present in the plan, one per port.
 * Cloud embeddings are reached from Odin, cloud generation from the API.
 */
export function flowsBetween(nodes: Pick<PlanNode, "id" | "kind" | "zoneId" | "cloud">[]): PlanEdge[] {
  const edges: PlanEdge[] = [];
  for (const rule of FLOW_RULES) {
    for (const s of nodes.filter((n) => n.kind === rule.source)) {
      for (const t of nodes.filter((n) => n.kind === rule.target)) {
        if (t.kind === "cloud-llm") {
          const purpose = t.cloud?.purpose ?? "llm";
          if ((purpose === "llm" && s.kind !== "api") || (purpose === "embeddings" && s.kind !== "odin"))
            continue;
        }
        for (const port of rule.ports) {
          edges.push({
            id: `${s.id}-${t.id}-${port}`,
            source: s.id,
            target: t.id,
            port,
            linkClass: t.zoneId === null ? "internet" : s.zoneId === t.zoneId ? "same-zone" : "cross-zone",
            ...(rule.origin === "planner"
              ? { note: `[planner] ${rule.why}; not in the spec's firewall examples` }
              : {}),
          });
        }
      }
    }
  }
  return edges;
}
