"use client";

import { useReactFlow, useStoreApi, type ReactFlowInstance } from "@xyflow/react";
import { useEffect } from "react";
import { useEditorApi } from "@/lib/editor/editor-context";
import { zoneFlowId, type FlowNode, type PlanFlowEdge } from "@/lib/editor/flow";
import { minReadableZoom } from "@/lib/editor/lod";
import { placedNodeIds } from "@/lib/editor/placement-doc";
import type { PlanDocument } from "@/lib/plan/plan-schema";

const FOLLOW_MS = 200;

/** Flow ids of what an edit placed: new or moved components, and new, moved or resized zones. */
function placedFlowIds(before: PlanDocument, after: PlanDocument): string[] {
  const old = new Map(before.zones.map((z) => [z.id, z]));
  const zones = after.zones.filter((z) => {
    const o = old.get(z.id);
    return !o || o.position.x !== z.position.x || o.position.y !== z.position.y || o.size !== z.size;
  });
  return [...placedNodeIds(before, after), ...zones.map((z) => zoneFlowId(z.id))];
}

type Flow = ReactFlowInstance<FlowNode, PlanFlowEdge>;

/** Whether any of `ids` is not fully on screen. */
function anyOutside(flow: Flow, ids: string[], view: { width: number; height: number; transform: number[] }) {
  const [tx = 0, ty = 0, zoom = 1] = view.transform;
  return ids.some((id) => {
    const n = flow.getInternalNode(id);
    if (!n) return false;
    const { x, y } = n.internals.positionAbsolute;
    const [sx, sy] = [x * zoom + tx, y * zoom + ty];
    const [w, h] = [(n.measured.width ?? 0) * zoom, (n.measured.height ?? 0) * zoom];
    return sx < 0 || sy < 0 || sx + w > view.width || sy + h > view.height;
  });
}

/**
 * The view follows what an edit placed (a paste, an advisor option, auto-layout, an undo): when some of it is not
 * fully in view, the canvas fits the whole plan if that stays readable (≥ 11 px labels), else the placed elements.
 * A drag never triggers it (the dragged node is under the pointer).
 */
export function useViewFollows() {
  const store = useEditorApi();
  const flowStore = useStoreApi<FlowNode, PlanFlowEdge>();
  const flow = useReactFlow<FlowNode, PlanFlowEdge>();
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (state.doc === prev.doc) return;
        const placed = placedFlowIds(prev.doc, state.doc);
        if (placed.length === 0) return;
        // After React Flow has rendered and measured the placed elements.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            if (!anyOutside(flow, placed, flowStore.getState())) return;
            void flow.fitView({ duration: FOLLOW_MS, padding: 0.1, minZoom: minReadableZoom() }).then(() => {
              if (anyOutside(flow, placed, flowStore.getState()))
                void flow.fitView({ nodes: placed.map((id) => ({ id })), duration: FOLLOW_MS, padding: 0.2 });
            });
          }),
        );
      }),
    [store, flowStore, flow],
  );
}
