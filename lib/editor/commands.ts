import { COMPONENTS, type ComponentKind } from "../catalog/components";
import type { Point } from "./geometry";
import { addComponent } from "./ops/add";
import { copySelection, duplicateSelection, pasteClipboard, type ClipboardPayload } from "./ops/clipboard";
import { connectNodes } from "./ops/connect";
import { removeElements, type ElementIds } from "./ops/edit";
import { autoLayout, type LayoutMode } from "./ops/layout";
import type { PlanNode } from "../plan/node-schema";
import { placeWithoutOverlap } from "./placement-doc";
import { dropRefusal, placeImported } from "./placement-import";
import { applyFindingPatch } from "./ops/fix";
import { bulkEdit, type BulkChange } from "./ops/bulk";
import type { Finding } from "../engine/report-schema";
import { notice, stackChangesText, textList, type Text } from "./notices";
import type { EditorStoreApi } from "./store";

/**
 * Editor commands: each reads the store, applies one pure operation (lib/editor/ops) as one undo step, updates the
 * selection and tells the user what happened (toast + live region). The canvas, the palette, the inspector, the
 * keyboard shortcuts and the command palette all go through these.
 */

/**
 * Adds a component (at a flow point, or into its default zone; `patch` adjusts the new node in the same undo step)
 * and selects it; returns its id, or null when the edit was refused.
 */
export function addComponentCommand(
  store: EditorStoreApi,
  kind: ComponentKind,
  at?: Point,
  patch?: (node: PlanNode) => PlanNode,
): string | null {
  const state = store.getState();
  const refusal = at ? dropRefusal(state.doc, kind, at) : null;
  if (refusal) {
    state.announce({ tone: "error", text: notice("notAdded", { reason: refusal }) });
    return null;
  }
  const result = addComponent(state.doc, kind, { at, patch });
  const zone = result.doc.zones.find((z) => z.id === result.node.zoneId);
  // Dropped on another node: it moves to the nearest free spot of the same zone.
  const placed = placeWithoutOverlap(state.doc, result.doc);
  if (!state.commit(placed, { label: notice("addLabel", { component: COMPONENTS[kind].name }) })) return null;
  store.getState().select({ nodes: [result.node.id] });
  const created = result.createdZone;
  state.announce({
    tone: "success",
    text: zone
      ? notice("added", {
          component: result.node.label,
          zone: zone.label,
          created: created ? "yes" : "no",
          subnet: created?.cidr ?? "",
        })
      : notice("addedOutside", { component: result.node.label }),
  });
  return result.node.id;
}

/** Connects two nodes through checkConnection; a refusal is announced with why and what to do. */
export function connectCommand(
  store: EditorStoreApi,
  sourceId: string,
  targetId: string,
  port?: number,
): boolean {
  const state = store.getState();
  const result = connectNodes(state.doc, sourceId, targetId, port);
  if (!result.ok) {
    state.announce({
      tone: "error",
      text: notice("connectRefused", { reason: result.reason }),
      detail: result.remedy,
    });
    return false;
  }
  const source = result.doc.nodes.find((n) => n.id === sourceId)!;
  const target = result.doc.nodes.find((n) => n.id === targetId)!;
  if (
    !state.commit(result.doc, {
      label: notice("connectLabel", { source: source.label, target: target.label }),
    })
  )
    return false;
  state.announce({
    tone: "success",
    text: notice("connected", { source: source.label, target: target.label, port: result.edge.port }),
  });
  return true;
}

function count(ids: ElementIds): number {
  return ids.nodes.length + ids.edges.length + ids.zones.length;
}

/** Deletes the selection (a zone takes its nodes, a node its edges). */
export function deleteCommand(store: EditorStoreApi, ids?: Partial<ElementIds>): void {
  const state = store.getState();
  const target: ElementIds = { nodes: [], edges: [], zones: [], ...(ids ?? state.selection) };
  if (count(target) === 0) return;
  const next = removeElements(state.doc, target);
  if (next === state.doc) return;
  const removed = state.doc.nodes.length - next.nodes.length + (state.doc.zones.length - next.zones.length);
  const edges = state.doc.edges.length - next.edges.length;
  if (!state.commit(next, { label: notice("deleteLabel") })) return;
  state.announce({
    tone: "info",
    text: notice("deleted", { elements: removed, connections: edges }),
  });
}

/** The selection as a clipboard payload (null when nothing copyable is selected). */
export function copyCommand(store: EditorStoreApi): ClipboardPayload | null {
  const state = store.getState();
  const payload = copySelection(state.doc, state.selection);
  if (payload) {
    state.announce({
      tone: "info",
      text: notice("copied", { count: payload.nodes.length + payload.zones.length }),
    });
  }
  return payload;
}

export function pasteCommand(store: EditorStoreApi, payload: ClipboardPayload): void {
  const state = store.getState();
  const result = pasteClipboard(state.doc, payload);
  // Nodes from another plan (their zone is not here: pasted outside zones) go into their kind's zone, keeping their
  // layout; then nothing overlaps. Copies within the plan keep their zone and relative layout.
  const outside = result.doc.nodes.filter((n) => n.zoneId === null && result.ids.nodes.includes(n.id));
  const placed = placeImported(result.doc, new Set(outside.map((n) => n.id)));
  if (!state.commit(placeWithoutOverlap(state.doc, placed), { label: notice("pasteLabel") })) return;
  store.getState().select(result.ids);
  state.announce({
    tone: "success",
    text: notice("pasted", { count: result.ids.nodes.length + result.ids.zones.length }),
  });
}

export function duplicateCommand(store: EditorStoreApi): void {
  const state = store.getState();
  const result = duplicateSelection(state.doc, state.selection);
  if (!result) return;
  if (!state.commit(placeWithoutOverlap(state.doc, result.doc), { label: notice("duplicateLabel") })) return;
  store.getState().select(result.ids);
  state.announce({
    tone: "success",
    text: notice("duplicated", { count: result.ids.nodes.length + result.ids.zones.length }),
  });
}

export function autoLayoutCommand(store: EditorStoreApi, mode: LayoutMode): void {
  const state = store.getState();
  const next = autoLayout(state.doc, mode);
  if (next === state.doc) {
    state.announce({ tone: "info", text: notice("layoutNothing") });
    return;
  }
  if (!state.commit(next, { label: notice("layoutLabel", { mode }) })) return;
  state.announce({ tone: "success", text: notice("layoutDone", { mode }) });
}

export function selectAllCommand(store: EditorStoreApi): void {
  const { doc, select } = store.getState();
  select({
    nodes: doc.nodes.map((n) => n.id),
    edges: doc.edges.map((e) => e.id),
    zones: doc.zones.map((z) => z.id),
  });
}

/** Applies a finding's mechanical fix (its `patch`) as one undo step, and says what it did. */
export function applyFixCommand(store: EditorStoreApi, finding: Finding): boolean {
  const state = store.getState();
  if (!finding.patch) return false;
  const result = applyFindingPatch(state.doc, finding.patch);
  if (!result.ok) {
    state.announce({ tone: "error", text: notice("fixRefused", { reason: result.message }) });
    return false;
  }
  if (!state.commit(result.doc, { label: notice("fixLabel", { fix: result.label }) })) return false;
  state.announce({ tone: "success", text: notice("fixApplied", { fix: result.label }) });
  return true;
}

/**
 * Applies one field change to every selected node (bulk edit) as one undo step; a refusal names the node and the
 * field's rule. Stack changes a product brings (framework, precision) are listed in the notice.
 */
export function bulkEditCommand(store: EditorStoreApi, change: BulkChange): Text | null {
  const state = store.getState();
  const result = bulkEdit(state.doc, state.selection.nodes, change);
  if (!result.ok) return result.reason;
  if (result.doc === state.doc) return null;
  if (
    !state.commit(result.doc, {
      label: result.label,
      mergeKey: `bulk:${state.selection.nodes.join(",")}:${change.field}`,
    })
  )
    return null;
  const stack = result.changes.map((c) =>
    notice("stackOfNode", { component: c.node, changes: stackChangesText(c.stack) }),
  );
  state.announce({
    tone: "success",
    text: stack.length
      ? notice("bulkDoneStack", { edit: result.label, stack: textList(stack, "listSemi") })
      : notice("bulkDone", { edit: result.label }),
  });
  return null;
}
