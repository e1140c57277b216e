import { COMPONENTS, ZONE_KINDS, type ComponentKind, type ZoneKind } from "../catalog/components";
import { flowsBetween } from "../plan/flows";
import { slotInZone, slotOutside, zoneFor } from "../plan/layout";
import type { Cloud, PlanEdge, PlanNode, Serving } from "../plan/node-schema";

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
