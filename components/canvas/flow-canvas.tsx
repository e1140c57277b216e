"use client";

import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type FinalConnectionState,
  type IsValidConnection,
} from "@xyflow/react";
import { useCallback, useState, type DragEvent } from "react";
import { checkConnection } from "@/lib/catalog/network";
import { addComponentCommand, connectCommand } from "@/lib/editor/commands";
import { useEditor, useEditorApi, useEditorUi } from "@/lib/editor/editor-context";
import type { FlowNode, PlanFlowEdge } from "@/lib/editor/flow";
import { connectNodes } from "@/lib/editor/ops/connect";
import { useTheme } from "@/components/ui/theme-toggle";
import { ComponentNode } from "./component-node";
import { EmptyCanvas } from "./empty-canvas";
import { FlowEdge } from "./flow-edge";
import { minimapNodeColor } from "./minimap-colors";
import { COMPONENT_DRAG_TYPE, readDraggedKind } from "./palette-drag";
import { ZoneNode } from "./zone-node";
import styles from "./canvas.module.css";

// Module-level: React Flow must get the same nodeTypes/edgeTypes objects on every render.
const nodeTypes = { component: ComponentNode, zone: ZoneNode };
const edgeTypes = { flow: FlowEdge };
export const SNAP_GRID: [number, number] = [12, 12];
/** Above this many nodes, only elements in view are rendered (the 500-node plan stays smooth while dragging). */
const VISIBLE_ONLY_ABOVE = 150;

const ARIA_LABELS = {
  "node.a11yDescription.default":
    "Press Enter or Space to select this component, then the arrow keys to move it, Delete to remove it.",
  "node.a11yDescription.keyboardDisabled": "Press Enter or Space to select this component.",
  "edge.a11yDescription.default": "Press Enter or Space to select this connection, then Delete to remove it.",
  "controls.ariaLabel": "Canvas controls",
  "controls.zoomIn.ariaLabel": "Zoom in",
  "controls.zoomOut.ariaLabel": "Zoom out",
  "controls.fitView.ariaLabel": "Fit view",
  "controls.interactive.ariaLabel": "Lock or unlock editing",
  "minimap.ariaLabel": "Minimap of the topology",
  "handle.ariaLabel": "Connection handle",
};
/** A view-only link: the same canvas, without instructions for edits it does not allow. */
const VIEW_ARIA_LABELS = {
  ...ARIA_LABELS,
  "node.a11yDescription.default": "Press Enter or Space to select this component and see its settings.",
  "edge.a11yDescription.default": "Press Enter or Space to select this connection and see its settings.",
};

/**
 * The topology canvas (React Flow): zones as group nodes, components as typed nodes, flows as labelled edges.
 * Connections are checked by checkConnection while dragging (invalid targets are refused) and a refusal is announced
 * with its reason; components dropped from the palette join the zone under the pointer.
 */
export function FlowCanvas() {
  const store = useEditorApi();
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const isEmpty = useEditor((s) => s.doc.nodes.length === 0 && s.doc.zones.length === 0);
  const snapToGrid = useEditorUi((s) => s.snapToGrid);
  const setSnapToGrid = useEditorUi((s) => s.setSnapToGrid);
  // A view-only share link: pan, zoom, select and inspect; nothing moves, connects or drops.
  const viewOnly = useEditor((s) => s.access === "view");
  const onNodesChange = useEditor((s) => s.onNodesChange);
  const onEdgesChange = useEditor((s) => s.onEdgesChange);
  const theme = useTheme();
  const { screenToFlowPosition } = useReactFlow();
  const [dropping, setDropping] = useState(false);

  const kindOf = useCallback(
    (id: string | null | undefined) => store.getState().doc.nodes.find((n) => n.id === id)?.kind,
    [store],
  );

  const isValidConnection: IsValidConnection<Edge> = useCallback(
    (c) => {
      const s = kindOf(c.source);
      const t = kindOf(c.target);
      return Boolean(s && t && checkConnection(s, t).ok);
    },
    [kindOf],
  );

  const onConnect = useCallback((c: Connection) => connectCommand(store, c.source, c.target), [store]);

  /** A drop on a refused target: say why and what to do (visible toast + assertive live region). */
  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid !== false || !state.fromNode || !state.toNode) return;
      const fromIsSource = state.fromHandle?.type !== "target";
      const source = fromIsSource ? state.fromNode.id : state.toNode.id;
      const target = fromIsSource ? state.toNode.id : state.fromNode.id;
      const result = connectNodes(store.getState().doc, source, target);
      if (!result.ok) {
        store
          .getState()
          .announce({ tone: "error", text: `Connection refused: ${result.message}`, detail: result.fix });
      }
    },
    [store],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(COMPONENT_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    setDropping(true);
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      setDropping(false);
      const kind = readDraggedKind(e.dataTransfer);
      if (!kind) return;
      e.preventDefault();
      addComponentCommand(store, kind, screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    },
    [store, screenToFlowPosition],
  );

  return (
    <div
      className={`${styles.canvas} ${dropping ? styles.dropHint : ""}`}
      onDragLeave={() => setDropping(false)}
      data-testid="canvas"
    >
      <ReactFlow<FlowNode, PlanFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onDragOver={viewOnly ? undefined : onDragOver}
        onDrop={viewOnly ? undefined : onDrop}
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
        fitViewOptions={{ padding: 0.15 }}
        ariaLabelConfig={viewOnly ? VIEW_ARIA_LABELS : ARIA_LABELS}
        elevateNodesOnSelect={false}
        aria-label="Topology canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={SNAP_GRID[0] * 2} size={1.2} />
        <MiniMap
          pannable
          zoomable
          nodeColor={minimapNodeColor}
          nodeStrokeWidth={2}
          style={{ width: 160, height: 110 }}
        />
        <Controls showInteractive={false}>
          <ControlButton
            onClick={() => setSnapToGrid(!snapToGrid)}
            aria-label="Snap to grid"
            aria-pressed={snapToGrid}
            title="Snap to grid (Shift+G)"
          >
            #
          </ControlButton>
        </Controls>
      </ReactFlow>
      {isEmpty && <EmptyCanvas viewOnly={viewOnly} />}
    </div>
  );
}
