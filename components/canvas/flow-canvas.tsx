"use client";

import { ReactFlow } from "@xyflow/react";
import { useRef } from "react";
import { useTheme } from "@/components/ui/theme-toggle";
import { useEditor, useEditorUi } from "@/lib/editor/editor-context";
import type { FlowNode, PlanFlowEdge } from "@/lib/editor/flow";
import { CanvasChrome } from "./canvas-chrome";
import {
  ARIA_LABELS,
  edgeTypes,
  FIT_VIEW,
  nodeTypes,
  SNAP_GRID,
  VIEW_ARIA_LABELS,
  VISIBLE_ONLY_ABOVE,
} from "./canvas-config";
import { EmptyCanvas } from "./empty-canvas";
import { useConnectHandlers } from "./use-connect-handlers";
import { usePanePanInput } from "./use-pane-pan-input";
import { usePaletteDrop } from "./use-palette-drop";
import { useViewFollows } from "./use-view-follows";
import { useZoomLod } from "./use-zoom-lod";
import styles from "./canvas.module.css";

/**
 * The topology canvas (React Flow): zones as group nodes, components as typed nodes, flows as labelled edges.
 * Connections are checked while dragging (use-connect-handlers), palette drops join the zone under the pointer
 * (use-palette-drop), the level of detail follows the zoom (use-zoom-lod), and a pan neither hit-tests nor selects
 * text on its way (use-pane-pan-input).
 */
export function FlowCanvas() {
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const isEmpty = useEditor((s) => s.doc.nodes.length === 0 && s.doc.zones.length === 0);
  const snapToGrid = useEditorUi((s) => s.snapToGrid);
  // A view-only share link: pan, zoom, select and inspect; nothing moves, connects or drops.
  const viewOnly = useEditor((s) => s.access === "view");
  const onNodesChange = useEditor((s) => s.onNodesChange);
  const onEdgesChange = useEditor((s) => s.onEdgesChange);
  const theme = useTheme();
  const connect = useConnectHandlers();
  const drop = usePaletteDrop();
  const wrapper = useRef<HTMLDivElement>(null);
  useZoomLod(wrapper);
  usePanePanInput(wrapper);
  useViewFollows();

  return (
    <div
      ref={wrapper}
      className={`${styles.canvas} ${drop.dropping ? styles.dropHint : ""}`}
      onDragLeave={drop.onDragLeave}
      data-testid="canvas"
    >
      <ReactFlow<FlowNode, PlanFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        {...connect}
        onDragOver={viewOnly ? undefined : drop.onDragOver}
        onDrop={viewOnly ? undefined : drop.onDrop}
        nodesDraggable={!viewOnly}
        nodesConnectable={!viewOnly}
        snapToGrid={snapToGrid}
        snapGrid={SNAP_GRID}
        nodesFocusable
        edgesFocusable
        // Deletion is the editor's action (one undo step, with a message); React Flow's own is off.
        deleteKeyCode={null}
        colorMode={theme ?? "system"}
        // Zones below edges below components, always: React Flow's automatic z-index lifts the edges of a selected
        // child node above every other node, where they hide (and steal clicks from) the nodes they cross.
        zIndexMode="manual"
        onlyRenderVisibleElements={nodes.length > VISIBLE_ONLY_ABOVE}
        minZoom={0.1}
        maxZoom={2}
        fitView
        fitViewOptions={FIT_VIEW}
        ariaLabelConfig={viewOnly ? VIEW_ARIA_LABELS : ARIA_LABELS}
        elevateNodesOnSelect={false}
        aria-label="Topology canvas"
      >
        <CanvasChrome />
      </ReactFlow>
      {isEmpty && <EmptyCanvas viewOnly={viewOnly} />}
    </div>
  );
}
