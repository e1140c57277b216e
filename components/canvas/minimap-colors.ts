import type { Node } from "@xyflow/react";
import { COMPONENTS } from "@/lib/catalog/components";
import type { FlowNode } from "@/lib/editor/flow";

/** Minimap colours by palette category (the same hues as the node's left border), zones transparent. */
const CATEGORY_COLOUR: Record<string, string> = {
  Network: "#7c5cd6",
  Application: "#2457d6",
  Data: "#1e7b45",
  AI: "#c2410c",
  Observability: "#64748b",
};

export function minimapNodeColor(node: Node): string {
  const n = node as FlowNode;
  if (n.type !== "component") return "transparent";
  return CATEGORY_COLOUR[COMPONENTS[n.data.node.kind].category] ?? "#64748b";
}
