"use client";

import { useReactFlow } from "@xyflow/react";
import { useCallback, useState, type DragEvent } from "react";
import { addComponentCommand } from "@/lib/editor/commands";
import { useEditorApi } from "@/lib/editor/editor-context";
import { COMPONENT_DRAG_TYPE, readDraggedKind } from "./palette-drag";

/**
 * Dropping a palette component on the canvas: a drop hint while a component hovers, and the drop adds it where it
 * fell (into the zone under the pointer; addComponentCommand says where it went).
 */
export function usePaletteDrop() {
  const store = useEditorApi();
  const { screenToFlowPosition } = useReactFlow();
  const [dropping, setDropping] = useState(false);

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

  const onDragLeave = useCallback(() => setDropping(false), []);
  return { dropping, onDragOver, onDrop, onDragLeave };
}
