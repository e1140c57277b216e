"use client";

import { ControlButton, Controls, MiniMap, useStore } from "@xyflow/react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { recallCostBadges } from "@/lib/editor/cost-badges";
import { useEditorUi } from "@/lib/editor/editor-context";
import { LARGE_PLAN_NODES, SNAP_GRID } from "./canvas-config";
import { DotGrid } from "./dot-grid";
import { minimapNodeColor } from "./minimap-colors";

/** Whether the minimap pauses now: a large plan's pane is being dragged (canvas-config LARGE_PLAN_NODES). */
const minimapPaused = (s: { paneDragging: boolean; nodeLookup: Map<string, unknown> }) =>
  s.paneDragging && s.nodeLookup.size >= LARGE_PLAN_NODES;

/**
 * What surrounds the graph: the dot grid, the minimap and the zoom controls with the snap-to-grid and cost-badge
 * toggles (the badges' choice is remembered per browser, read back once mounted). On a large plan the minimap is
 * hidden while the pane is dragged and comes back, up to date, when the pan ends.
 */
export function CanvasChrome() {
  const t = useTranslations("canvas.costBadge");
  const snapToGrid = useEditorUi((s) => s.snapToGrid);
  const setSnapToGrid = useEditorUi((s) => s.setSnapToGrid);
  const costBadges = useEditorUi((s) => s.costBadges);
  const setCostBadges = useEditorUi((s) => s.setCostBadges);
  const paused = useStore(minimapPaused);
  useEffect(() => {
    if (recallCostBadges()) setCostBadges(true, false);
  }, [setCostBadges]);
  return (
    <>
      <DotGrid gapFlowPx={SNAP_GRID[0] * 2} />
      <MiniMap
        pannable
        zoomable
        nodeColor={minimapNodeColor}
        nodeStrokeWidth={2}
        style={{ width: 160, height: 110, display: paused ? "none" : undefined }}
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
        <ControlButton
          onClick={() => setCostBadges(!costBadges)}
          aria-label={t("toggle")}
          aria-pressed={costBadges}
          title={`${t("toggle")} (Shift+C)`}
        >
          $
        </ControlButton>
      </Controls>
    </>
  );
}
