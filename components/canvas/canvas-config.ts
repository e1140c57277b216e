import { minReadableZoom } from "@/lib/editor/lod";
import { ComponentNode } from "./component-node";
import { FlowEdge } from "./flow-edge";
import { ZoneNode } from "./zone-node";

/** The canvas's fixed configuration: React Flow must get the same nodeTypes/edgeTypes objects on every render. */
export const nodeTypes = { component: ComponentNode, zone: ZoneNode };
export const edgeTypes = { flow: FlowEdge };
export const SNAP_GRID: [number, number] = [12, 12];
/**
 * Above this many nodes, only elements in view are rendered. Measured on the 500-node plan (bench/browser.ts, headless
 * Chromium, software raster): rendering only what is in view made every pan mount and unmount nodes and edges, and each
 * mount re-rastered the whole edge layer (~30 ms a move); with everything mounted a pan repaints nothing. So the cut-off
 * sits above the plans users build, where the DOM itself would become the cost.
 */
export const VISIBLE_ONLY_ABOVE = 1000;
/** From this many nodes, the minimap pauses (is hidden) while the pane is dragged: redrawing its viewport mask laid out
 * every minimap node on each move, a third of a pan frame on the 500-node plan. */
export const LARGE_PLAN_NODES = 150;
/** The first fit never goes below the zoom where labels stay ≥ 11 px (a large plan then opens panned). */
export const FIT_VIEW = { padding: 0.15, minZoom: minReadableZoom() };

export const ARIA_LABELS = {
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
export const VIEW_ARIA_LABELS = {
  ...ARIA_LABELS,
  "node.a11yDescription.default": "Press Enter or Space to select this component and see its settings.",
  "edge.a11yDescription.default": "Press Enter or Space to select this connection and see its settings.",
};
