"use client";

import { Background, BackgroundVariant, ControlButton, Controls, MiniMap } from "@xyflow/react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { recallCostBadges } from "@/lib/editor/cost-badges";
import { useEditorUi } from "@/lib/editor/editor-context";
import { SNAP_GRID } from "./canvas-config";
import { minimapNodeColor } from "./minimap-colors";

/**
 * What surrounds the graph: the dot grid, the minimap and the zoom controls with the snap-to-grid and cost-badge
 * toggles (the badges' choice is remembered per browser, read back once mounted).
 */
export function CanvasChrome() {
  const t = useTranslations("canvas.costBadge");
  const snapToGrid = useEditorUi((s) => s.snapToGrid);
  const setSnapToGrid = useEditorUi((s) => s.setSnapToGrid);
  const costBadges = useEditorUi((s) => s.costBadges);
  const setCostBadges = useEditorUi((s) => s.setCostBadges);
  useEffect(() => {
    if (recallCostBadges()) setCostBadges(true, false);
  }, [setCostBadges]);
  return (
    <>
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
