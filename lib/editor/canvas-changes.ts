import type { NodeChange } from "@xyflow/react";
import type { PlanDocument } from "../plan/plan-schema";
import { notice, type Text } from "./notices";
import { zoneIdOf, type FlowNode, type PlanFlowEdge } from "./flow";
import { commitMoves, type ElementIds, type Move } from "./ops/edit";

/**
 * How React Flow's node changes become document edits (pure; the store applies them): a drag is committed when it
 * stops, an arrow-key step at once, a zone resize when it ends — with the zone's children, which React Flow shifts
 * back when the zone is resized from its top or left edge.
 */

export const EMPTY_SELECTION: ElementIds = { nodes: [], edges: [], zones: [] };

/** The selected plan elements, read from the flow elements' `selected` flags. */
export function selectionOf(nodes: FlowNode[], edges: PlanFlowEdge[]): ElementIds {
  const sel: ElementIds = { nodes: [], edges: [], zones: [] };
  for (const n of nodes) {
    if (!n.selected) continue;
    const zoneId = zoneIdOf(n.id);
    if (zoneId !== null) sel.zones.push(zoneId);
    else sel.nodes.push(n.id);
  }
  for (const e of edges) if (e.selected) sel.edges.push(e.id);
  return sel;
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
export const sameSelection = (a: ElementIds, b: ElementIds) =>
  sameIds(a.nodes, b.nodes) && sameIds(a.edges, b.edges) && sameIds(a.zones, b.zones);

/**
 * The changes the store acts on: React Flow's own deletions go through the editor's delete action (one undo step
 * with the edges) and are ignored; on a view-only link, so are moves (React Flow's drag is off; this also stops
 * arrow-key steps).
 */
export function relevantNodeChanges(
  changes: NodeChange<FlowNode>[],
  readOnly: boolean,
): NodeChange<FlowNode>[] {
  return changes.filter(
    (c) =>
      c.type !== "remove" && c.type !== "add" && c.type !== "replace" && !(readOnly && c.type === "position"),
  );
}

/** Moves of the given flow nodes as they stand now (after React Flow applied a drag, arrow key or resize). */
function movesOf(nodes: FlowNode[], ids: Set<string>): Move[] {
  const moves: Move[] = [];
  for (const n of nodes) {
    if (!ids.has(n.id)) continue;
    const zoneId = zoneIdOf(n.id);
    if (zoneId !== null) moves.push({ type: "zone", id: zoneId, position: n.position });
    else
      moves.push({
        type: "node",
        id: n.id,
        position: n.position,
        parentZoneId: n.parentId ? zoneIdOf(n.parentId) : null,
        ...(n.measured?.width && n.measured.height
          ? { size: { width: n.measured.width, height: n.measured.height } }
          : {}),
      });
  }
  return moves;
}

/** The zone whose resize ended with these changes, with its new position and size applied to the document. */
function resizeZone(doc: PlanDocument, nodes: FlowNode[], zoneFlowId: string): PlanDocument {
  const zoneId = zoneIdOf(zoneFlowId)!;
  const zoneNode = nodes.find((n) => n.id === zoneFlowId);
  const width = zoneNode?.width ?? zoneNode?.measured?.width;
  const height = zoneNode?.height ?? zoneNode?.measured?.height;
  if (!zoneNode || !width || !height) return doc;
  return {
    ...doc,
    zones: doc.zones.map((z) =>
      z.id === zoneId
        ? {
            ...z,
            position: zoneNode.position,
            size: { width: Math.round(width), height: Math.round(height) },
          }
        : z,
    ),
  };
}

/**
 * The document edit that node changes (already applied to `nodes`) complete, with its undo label; null while a
 * drag or resize is still going on (nothing to record yet).
 */
export function completedCanvasEdit(
  doc: PlanDocument,
  nodes: FlowNode[],
  changes: NodeChange<FlowNode>[],
): { doc: PlanDocument; label: Text } | null {
  const finished = new Set<string>();
  let resizedZone: string | null = null;
  for (const c of changes) {
    // dragging === false ends a drag or is an arrow-key step; a resize's position changes carry no flag.
    if (c.type === "position" && c.dragging === false) finished.add(c.id);
    if (c.type === "dimensions" && c.resizing === false && zoneIdOf(c.id) !== null) resizedZone = c.id;
  }
  if (finished.size === 0 && resizedZone === null) return null;
  if (resizedZone === null) {
    const label = notice("moveLabel", { count: finished.size });
    return { doc: commitMoves(doc, movesOf(nodes, finished)), label };
  }
  // Resizing from the top or left moves the zone and shifts its children back: commit both.
  for (const n of nodes) if (n.parentId === resizedZone) finished.add(n.id);
  return {
    doc: commitMoves(resizeZone(doc, nodes, resizedZone), movesOf(nodes, finished)),
    label: notice("resizeZoneLabel"),
  };
}
