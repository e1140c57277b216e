import { COMPONENT_KINDS, COMPONENTS } from "../../catalog/components";
import type { PlanDocument } from "../../plan/plan-schema";
import { addComponentCommand, connectCommand } from "../commands";
import { allowedPairs } from "../ops/connect";
import { notice } from "../notices";
import type { EditorAction } from "./types";

/** "Add PostgreSQL 17", … — one command per palette component (into its default zone, like Enter in the palette). */
export function addComponentActions(): EditorAction[] {
  return COMPONENT_KINDS.map((kind) => ({
    id: `add:${kind}`,
    label: `Add ${COMPONENTS[kind].name}`,
    title: notice("addLabel", { component: COMPONENTS[kind].name }),
    group: "Add" as const,
    needs: "edit" as const,
    keywords: [kind, COMPONENTS[kind].technology, COMPONENTS[kind].category],
    perform: ({ store }) => void addComponentCommand(store, kind),
  }));
}

/** "Connect Platform API → PostgreSQL 17", … — every allowed connection not made yet. */
export function connectActions(doc: PlanDocument, limit = 300): EditorAction[] {
  return allowedPairs(doc, limit).map(({ source, target }) => ({
    id: `connect:${source.id}:${target.id}`,
    label: `Connect ${source.label} → ${target.label}`,
    title: notice("connectLabel", { source: source.label, target: target.label }),
    group: "Connect" as const,
    needs: "edit" as const,
    keywords: ["connect", "edge", "link", source.id, target.id],
    perform: ({ store }) => void connectCommand(store, source.id, target.id),
  }));
}
