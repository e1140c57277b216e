"use client";

import { useReactFlow } from "@xyflow/react";
import { useCallback, useState, type DragEvent } from "react";
import { addComponentCommand } from "@/lib/editor/commands";
import { useEditorApi } from "@/lib/editor/editor-context";
import { dropRefusal } from "@/lib/editor/placement-import";
import { COMPONENT_DRAG_TYPE, readDraggedKind } from "./palette-drag";

/**
 * Dropping a palette component on the canvas: a drop hint while a component hovers, and the drop adds it where it
 * fell (into the zone under the pointer; addComponentCommand says where it went) — or, on a zone of another kind,
 * says why it was refused and where it belongs.
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
      const at = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // A zone that does not take this kind: say why (an assertive live region, in the interface's language).
      const refusal = dropRefusal(store.getState().doc, kind, at);
      if (refusal) store.getState().announce({ tone: "error", text: refusal });
      else addComponentCommand(store, kind, at);
    },
    [store, screenToFlowPosition],
  );

  const onDragLeave = useCallback(() => setDropping(false), []);
  return { dropping, onDragOver, onDrop, onDragLeave };
}
