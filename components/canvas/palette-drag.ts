import { COMPONENT_KINDS, type ComponentKind } from "@/lib/catalog/components";

/** The drag-and-drop data type palette items carry (HTML5 drag and drop onto the canvas). */
export const COMPONENT_DRAG_TYPE = "application/x-stackplan-component";

export function readDraggedKind(data: DataTransfer): ComponentKind | null {
  const kind = data.getData(COMPONENT_DRAG_TYPE);
  return (COMPONENT_KINDS as readonly string[]).includes(kind) ? (kind as ComponentKind) : null;
}
