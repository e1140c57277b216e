"use client";

import { useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import type { FindingTarget } from "@/lib/engine/report-schema";
import { useEditorApi } from "@/lib/editor/editor-context";
import { zoneFlowId } from "@/lib/editor/flow";

const REVEAL_MS = 300;

/**
 * Selects a finding's target and brings it into view: the canvas pans to it and keyboard focus moves to it (so
 * screen-reader users land on what the finding is about). A plan-wide finding clears the selection (plan settings).
 */
export function useReveal(): (target: FindingTarget) => void {
  const store = useEditorApi();
  const flow = useReactFlow();
  return useCallback(
    (target) => {
      const state = store.getState();
      if (target.type === "plan" || target.id === null) {
        state.select({});
        return;
      }
      if (target.type === "edge") {
        const edge = state.doc.edges.find((e) => e.id === target.id);
        state.select({ edges: [target.id] });
        if (edge)
          void flow.fitView({
            nodes: [{ id: edge.source }, { id: edge.target }],
            duration: REVEAL_MS,
            maxZoom: 1.2,
          });
        return;
      }
      const flowId = target.type === "zone" ? zoneFlowId(target.id) : target.id;
      state.select(target.type === "zone" ? { zones: [target.id] } : { nodes: [target.id] });
      void flow.fitView({ nodes: [{ id: flowId }], duration: REVEAL_MS, maxZoom: 1.2, padding: 0.4 });
      // After the pan (and the render of a node that was off screen), move keyboard focus onto it.
      window.setTimeout(() => {
        const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(flowId)}"]`);
        el?.focus({ preventScroll: true });
      }, REVEAL_MS + 50);
    },
    [store, flow],
  );
}
