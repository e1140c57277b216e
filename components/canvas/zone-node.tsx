"use client";

import { NodeResizer, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useEditor } from "@/lib/editor/editor-context";
import type { ZoneFlowNode } from "@/lib/editor/flow";
import styles from "./canvas.module.css";

/**
 * A security zone (DMZ, App, Services, Data, AI, Management) as a React Flow group node: its header (the drag
 * handle) shows the name and subnet; components dropped inside become its children. Resizable when selected.
 */
function ZoneNodeView({ data, selected }: NodeProps<ZoneFlowNode>) {
  const { zone, memberCount } = data;
  const status = useEditor((s) => s.zoneStatus[zone.id]);
  const viewOnly = useEditor((s) => s.access === "view");
  return (
    <div className={`${styles.zone} ${selected ? styles.zoneSelected : ""}`} data-kind={zone.kind}>
      <NodeResizer
        isVisible={Boolean(selected) && !viewOnly}
        minWidth={200}
        minHeight={110}
        color="var(--accent)"
      />
      <div className={`${styles.zoneHeader} zone-drag-handle`}>
        <span className={styles.zoneName} data-label="">
          {zone.label}
        </span>
        <code className={styles.zoneCidr}>{zone.cidr}</code>
        <span className={styles.zoneCount}>
          {memberCount} {memberCount === 1 ? "component" : "components"}
        </span>
        {status && <span className={`${styles.status} ${styles[status]}`}>{status}</span>}
      </div>
    </div>
  );
}

export const ZoneNode = memo(ZoneNodeView);
