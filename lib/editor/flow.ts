import { MarkerType, type Edge, type Node } from "@xyflow/react";
import { COMPONENTS } from "../catalog/components";
import { LINK_CLASS_SPECS } from "../catalog/network";
import type { PlanEdge, PlanNode, PlanZone } from "../plan/node-schema";
import type { PlanDocument } from "../plan/plan-schema";
import type { Severity } from "./report-status";

/**
 * The plan document as React Flow nodes and edges. Zones are group nodes (`zone:<id>`, listed first as React Flow
 * requires parents before children); components are children of their zone (`parentId`), so their document
 * position — relative to the zone — is exactly React Flow's. Unchanged elements keep the previous object so that
 * React Flow re-renders only what changed (a 500-node plan stays smooth).
 */
export type ComponentNodeData = { node: PlanNode };
export type ZoneNodeData = { zone: PlanZone; memberCount: number };
export type ComponentFlowNode = Node<ComponentNodeData, "component">;
export type ZoneFlowNode = Node<ZoneNodeData, "zone">;
export type FlowNode = ComponentFlowNode | ZoneFlowNode;
/** `protocol` of the edge's port on its target (http, postgres, …), resolved once here rather than per render. */
export type FlowEdgeData = { edge: PlanEdge; protocol?: string };
export type PlanFlowEdge = Edge<FlowEdgeData, "flow">;

const ZONE_PREFIX = "zone:";
export const zoneFlowId = (zoneId: string) => `${ZONE_PREFIX}${zoneId}`;
/** The plan zone id behind a React Flow node id, or null for a component node. */
export const zoneIdOf = (flowId: string): string | null =>
  flowId.startsWith(ZONE_PREFIX) ? flowId.slice(ZONE_PREFIX.length) : null;

const STATUS_TEXT: Record<Severity, string> = {
  error: ", has errors",
  warning: ", has warnings",
  info: ", has notes",
};

export function nodeAriaLabel(node: PlanNode, zone: PlanZone | undefined, status?: Severity): string {
  const spec = COMPONENTS[node.kind];
  const kind = node.label === spec.name ? "" : `, ${spec.name}`;
  const where = zone ? `, in ${zone.label} zone` : ", outside zones";
  const replicas = `${node.replicas} ${node.replicas === 1 ? "replica" : "replicas"}`;
  return `${node.label}${kind}${where}, ${replicas}${status ? STATUS_TEXT[status] : ""}`;
}

export function edgeProtocol(edge: PlanEdge, target: PlanNode | undefined): string | undefined {
  return target ? COMPONENTS[target.kind].ports.find((p) => p.port === edge.port)?.protocol : undefined;
}

export function edgeAriaLabel(
  edge: PlanEdge,
  source: PlanNode | undefined,
  target: PlanNode | undefined,
): string {
  const protocol = edgeProtocol(edge, target);
  return `Connection ${source?.label ?? edge.source} to ${target?.label ?? edge.target}, port ${edge.port}${
    protocol ? ` ${protocol}` : ""
  }, ${LINK_CLASS_SPECS[edge.linkClass].name}`;
}

function zoneAriaLabel(zone: PlanZone, members: number): string {
  return `${zone.label} zone, subnet ${zone.cidr}, ${members} ${members === 1 ? "component" : "components"}`;
}

export interface FlowElements {
  nodes: FlowNode[];
  edges: PlanFlowEdge[];
}

/** Builds React Flow elements from the document, reusing `prev` objects (and their selection) where nothing changed. */
export function docToFlow(
  doc: PlanDocument,
  prev: FlowElements = { nodes: [], edges: [] },
  nodeStatus: Record<string, Severity> = {},
): FlowElements {
  const prevNodes = new Map(prev.nodes.map((n) => [n.id, n] as const));
  const prevEdges = new Map(prev.edges.map((e) => [e.id, e] as const));
  const zones = new Map(doc.zones.map((z) => [z.id, z] as const));
  const members = new Map<string, number>();
  for (const n of doc.nodes) if (n.zoneId !== null) members.set(n.zoneId, (members.get(n.zoneId) ?? 0) + 1);

  const nodes: FlowNode[] = [];
  for (const zone of doc.zones) {
    const id = zoneFlowId(zone.id);
    const memberCount = members.get(zone.id) ?? 0;
    const old = prevNodes.get(id) as ZoneFlowNode | undefined;
    if (old && old.data.zone === zone && old.data.memberCount === memberCount) {
      nodes.push(old);
      continue;
    }
    nodes.push({
      id,
      type: "zone",
      position: zone.position,
      data: { zone, memberCount },
      width: zone.size.width,
      height: zone.size.height,
      // Drag a zone by its header only: its body is where nodes are dropped and selection boxes start.
      dragHandle: ".zone-drag-handle",
      zIndex: -1,
      selected: old?.selected ?? false,
      ariaLabel: zoneAriaLabel(zone, memberCount),
      ...(old?.measured ? { measured: old.measured } : {}),
    });
  }
  for (const node of doc.nodes) {
    const old = prevNodes.get(node.id) as ComponentFlowNode | undefined;
    const zone = node.zoneId === null ? undefined : zones.get(node.zoneId);
    const parentId = zone ? zoneFlowId(zone.id) : undefined;
    const ariaLabel = nodeAriaLabel(node, zone, nodeStatus[node.id]);
    if (old && old.data.node === node && old.parentId === parentId && old.ariaLabel === ariaLabel) {
      nodes.push(old);
      continue;
    }
    nodes.push({
      id: node.id,
      type: "component",
      position: node.position,
      data: { node },
      ...(parentId ? { parentId } : {}),
      selected: old?.selected ?? false,
      ariaLabel,
      ...(old?.measured ? { measured: old.measured } : {}),
    });
  }

  const planNodes = new Map(doc.nodes.map((n) => [n.id, n] as const));
  const edges: PlanFlowEdge[] = doc.edges.map((edge) => {
    const old = prevEdges.get(edge.id);
    const target = planNodes.get(edge.target);
    const ariaLabel = edgeAriaLabel(edge, planNodes.get(edge.source), target);
    if (old && old.data?.edge === edge && old.ariaLabel === ariaLabel) return old;
    return {
      id: edge.id,
      type: "flow",
      source: edge.source,
      target: edge.target,
      data: { edge, protocol: edgeProtocol(edge, target) },
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      selected: old?.selected ?? false,
      ariaLabel,
    };
  });
  return { nodes, edges };
}

/** Sets `selected` on exactly the given elements (flow ids), keeping every other object as it was. */
export function withSelection(
  elements: FlowElements,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
): FlowElements {
  return {
    nodes: elements.nodes.map((n) => {
      const want = nodeIds.has(n.id);
      return Boolean(n.selected) === want ? n : { ...n, selected: want };
    }),
    edges: elements.edges.map((e) => {
      const want = edgeIds.has(e.id);
      return Boolean(e.selected) === want ? e : { ...e, selected: want };
    }),
  };
}
