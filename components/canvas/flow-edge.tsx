"use client";

import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { LINK_CLASS_SPECS } from "@/lib/catalog/network";
import { useEditor } from "@/lib/editor/editor-context";
import type { PlanFlowEdge } from "@/lib/editor/flow";
import styles from "./canvas.module.css";

const SHORT_CLASS: Record<string, string> = {
  "same-node": "node",
  "same-zone": "zone",
  "cross-zone": "x-zone",
  "lan-1g": "1 GbE",
  metro: "metro",
  wan: "WAN",
  internet: "internet",
};

/** Below this zoom the labels are unreadable and pile up where curves meet: only a selected edge keeps its label. */
const LABEL_MIN_ZOOM = 0.75;
const zoomedIn = (s: { transform: [number, number, number] }) => s.transform[2] >= LABEL_MIN_ZOOM;

/**
 * A flow between two components: the curve, and a label with port/protocol and link class (always in the edge's
 * aria-label; on screen when zoomed in enough to read it, or when the edge is selected).
 */
function FlowEdgeView(props: EdgeProps<PlanFlowEdge>) {
  const {
    id,
    data,
    selected,
    markerEnd,
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  } = props;
  const status = useEditor((s) => s.edgeStatus[id]);
  const select = useEditor((s) => s.select);
  const showLabel = useStore(zoomedIn) || selected;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  if (!data) return null;
  const edge = data.edge;
  const protocol = data.protocol;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`${styles.edgePath} ${status ? styles[`edge-${status}`] : ""}`}
      />
      {showLabel && (
        <EdgeLabelRenderer>
          <div
            className={`${styles.edgeLabel} ${selected ? styles.edgeLabelSelected : ""} ${status ? styles[`edge-${status}`] : ""}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            // The label is easier to hit than a 1-px curve: clicking it selects the connection.
            onClick={() => select({ edges: [id] })}
            title={`${LINK_CLASS_SPECS[edge.linkClass].name}${edge.latencyMs !== undefined ? `, ${edge.latencyMs} ms` : ""}`}
          >
            {edge.port}
            {protocol ? `/${protocol}` : ""} · {SHORT_CLASS[edge.linkClass] ?? edge.linkClass}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
