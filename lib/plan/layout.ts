import { ZONES, type ZoneKind } from "../catalog/components";
import type { PlanZone } from "./node-schema";

/**
 * Canvas layout of the reference topology: Internet → DMZ → App → Services/Data, App → AI, Management aside.
 * Node positions are relative to their zone (as React Flow child nodes are); zone positions are absolute.
 */
export const NODE_WIDTH = 180;
export const NODE_HEIGHT = 72;
const GAP = 24;
const HEADER = 44;

const ZONE_FRAMES: Record<ZoneKind, { x: number; y: number; columns: number }> = {
  dmz: { x: 0, y: 0, columns: 1 },
  app: { x: 300, y: 0, columns: 2 },
  services: { x: 760, y: 0, columns: 3 },
  data: { x: 760, y: 300, columns: 3 },
  ai: { x: 300, y: 300, columns: 2 },
  management: { x: 0, y: 300, columns: 1 },
};

export function zoneFor(kind: ZoneKind, memberCount: number): PlanZone {
  const frame = ZONE_FRAMES[kind];
  const columns = Math.max(1, Math.min(frame.columns, memberCount));
  const rows = Math.max(1, Math.ceil(memberCount / frame.columns));
  return {
    id: kind,
    kind,
    label: ZONES[kind].name,
    cidr: ZONES[kind].defaultCidr,
    position: { x: frame.x, y: frame.y },
    size: {
      width: Math.max(220, GAP + columns * (NODE_WIDTH + GAP)),
      height: HEADER + rows * (NODE_HEIGHT + GAP) + GAP / 2,
    },
  };
}

/** Position of the `index`-th node inside a zone of kind `kind` (relative to the zone). */
export function slotInZone(kind: ZoneKind, index: number): { x: number; y: number } {
  const columns = ZONE_FRAMES[kind].columns;
  return {
    x: GAP + (index % columns) * (NODE_WIDTH + GAP),
    y: HEADER + Math.floor(index / columns) * (NODE_HEIGHT + GAP),
  };
}

/** Nodes outside every zone (cloud providers) sit below the AI zone. */
export function slotOutside(index: number): { x: number; y: number } {
  return { x: 300 + index * (NODE_WIDTH + GAP), y: 640 };
}
