import { COMPONENTS, ZONE_KINDS, type ComponentKind, type ZoneKind } from "../../catalog/components";
import { FLOW_RULES } from "../../catalog/network";
import type { Cloud, PlanEdge, PlanNode, Serving } from "../node-schema";
import { slotInZone, slotOutside, zoneFor } from "./layout";

/** What a template asks for, per node, before layout. */
export interface NodeDraft {
  id: string;
  kind: ComponentKind;
  label?: string;
  replicas: number;
  resources?: PlanNode["resources"];
  autoscale?: PlanNode["autoscale"];
  gpu?: PlanNode["gpu"];
  serving?: Serving;
  cloud?: Cloud;
  notes?: string;
}

/** Lays the drafts out in the reference zones and joins them with every allowed flow whose ends are present. */
export function assemble(drafts: NodeDraft[]): {
  zones: ReturnType<typeof zoneFor>[];
  nodes: PlanNode[];
  edges: PlanEdge[];
} {
  const byZone = new Map<ZoneKind | null, NodeDraft[]>();
  for (const d of drafts) {
    const zone = COMPONENTS[d.kind].defaultZone;
    byZone.set(zone, [...(byZone.get(zone) ?? []), d]);
  }
  const zones = ZONE_KINDS.filter((z) => byZone.has(z)).map((z) => zoneFor(z, byZone.get(z)!.length));
  const nodes: PlanNode[] = [];
  for (const [zone, members] of byZone) {
    members.forEach((d, i) => {
      nodes.push({
        id: d.id,
        kind: d.kind,
        label: d.label ?? COMPONENTS[d.kind].name,
        zoneId: zone,
        position: zone ? slotInZone(zone, i) : slotOutside(i),
        replicas: d.replicas,
        ...(d.autoscale ? { autoscale: d.autoscale } : {}),
        ...(d.resources ? { resources: d.resources } : {}),
        ...(d.gpu ? { gpu: d.gpu } : {}),
        ...(d.serving ? { serving: d.serving } : {}),
        ...(d.cloud ? { cloud: d.cloud } : {}),
        ...(d.notes ? { notes: d.notes } : {}),
      });
    });
  }
  return { zones, nodes, edges: flowsBetween(nodes) };
}

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
