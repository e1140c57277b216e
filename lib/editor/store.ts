import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from "@xyflow/react";
import { createStore, type StoreApi } from "zustand/vanilla";
import type { Report } from "../engine/report-schema";
import type { PlanDocument } from "../plan/plan-schema";
import { docToFlow, withSelection, zoneFlowId, zoneIdOf, type FlowNode, type PlanFlowEdge } from "./flow";
import { canRedo, canUndo, createHistory, record, redo, undo, type HistoryState } from "./history";
import { pushMessage, type EditorMessage } from "./messages";
import { commitMoves, type ElementIds, type Move } from "./ops/edit";
import { edgeStatuses, sameRecord, worstSeverityBy, type EdgeStatus, type Severity } from "./report-status";

/** Dialogs and panels the editor shows one at a time. */
export type EditorDialog = "commands" | "shortcuts" | "history" | "share" | "export" | null;

/**
 * What the person in this editor may do: the plan's owner (everything), an edit share link (edit and save, but not
 * version history or share links — those are the owner's API), or a view-only link (pan, zoom, select, inspect,
 * compare, export; no edit reaches the document).
 */
export type EditorAccess = "owner" | "edit" | "view";

export interface EditorState {
  planId: string;
  access: EditorAccess;
  doc: PlanDocument;
  /** React Flow's view of the document, plus transient drag positions and selection. */
  nodes: FlowNode[];
  edges: PlanFlowEdge[];
  /** Selected plan elements (zones apart from nodes: their ids may coincide). */
  selection: ElementIds;
  history: HistoryState;
  report: Report | null;
  reportError: string | null;
  nodeStatus: Record<string, Severity>;
  zoneStatus: Record<string, Severity>;
  edgeStatus: Record<string, EdgeStatus>;
  snapToGrid: boolean;
  dialog: EditorDialog;
  messages: EditorMessage[];
}

export interface EditorActions {
  /**
   * Applies an edit and records it as one undo step (merged with the previous one when `mergeKey` matches). False
   * when the edit was refused (a view-only link): the caller must not report it as done.
   */
  commit(next: PlanDocument, options: { label: string; mergeKey?: string }): boolean;
  /** Replaces the document without recording (a recovered draft, the server's version): history starts over. */
  replaceDocument(doc: PlanDocument): void;
  undo(): void;
  redo(): void;
  onNodesChange(changes: NodeChange<FlowNode>[]): void;
  onEdgesChange(changes: EdgeChange<PlanFlowEdge>[]): void;
  /** Selects exactly these elements (plan ids). */
  select(ids: Partial<ElementIds>): void;
  setReport(report: Report | null, error?: string | null): void;
  setSnapToGrid(on: boolean): void;
  setDialog(dialog: EditorDialog): void;
  announce(message: Omit<EditorMessage, "id">): void;
  dismiss(id: number): void;
}

export type EditorStore = EditorState & EditorActions;
export type EditorStoreApi = StoreApi<EditorStore>;

export const EMPTY_SELECTION: ElementIds = { nodes: [], edges: [], zones: [] };

function selectionOf(nodes: FlowNode[], edges: PlanFlowEdge[]): ElementIds {
  const sel: ElementIds = { nodes: [], edges: [], zones: [] };
  for (const n of nodes) {
    if (!n.selected) continue;
    const zoneId = zoneIdOf(n.id);
    if (zoneId !== null) sel.zones.push(zoneId);
    else sel.nodes.push(n.id);
  }
  for (const e of edges) if (e.selected) sel.edges.push(e.id);
  return sel;
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameSelection = (a: ElementIds, b: ElementIds) =>
  sameIds(a.nodes, b.nodes) && sameIds(a.edges, b.edges) && sameIds(a.zones, b.zones);

/** Moves of the given flow nodes as they stand now (after React Flow applied a drag, arrow key or resize). */
function movesOf(nodes: FlowNode[], ids: Set<string>): Move[] {
  const moves: Move[] = [];
  for (const n of nodes) {
    if (!ids.has(n.id)) continue;
    const zoneId = zoneIdOf(n.id);
    if (zoneId !== null) moves.push({ type: "zone", id: zoneId, position: n.position });
    else
      moves.push({
        type: "node",
        id: n.id,
        position: n.position,
        parentZoneId: n.parentId ? zoneIdOf(n.parentId) : null,
        ...(n.measured?.width && n.measured.height
          ? { size: { width: n.measured.width, height: n.measured.height } }
          : {}),
      });
  }
  return moves;
}

let nextMessageId = 1;

/**
 * One store per open plan (xyflow's pattern: one zustand store holding nodes, edges and the actions on them).
 * Components subscribe to slices with selectors — never the whole `nodes` array in a node component.
 */
export function createEditorStore(
  planId: string,
  doc: PlanDocument,
  options: { now?: () => number; access?: EditorAccess } = {},
): EditorStoreApi {
  const now = options.now ?? Date.now;
  const access = options.access ?? "owner";
  const readOnly = access === "view";
  return createStore<EditorStore>()((set, get) => {
    /** New document → new flow elements, selection pruned to what still exists. */
    const withDoc = (next: PlanDocument, history: HistoryState) => {
      const state = get();
      const flow = docToFlow(next, { nodes: state.nodes, edges: state.edges }, state.nodeStatus);
      return { doc: next, history, ...flow, selection: selectionOf(flow.nodes, flow.edges) };
    };

    return {
      planId,
      access,
      doc,
      ...docToFlow(doc),
      selection: EMPTY_SELECTION,
      history: createHistory(),
      report: null,
      reportError: null,
      nodeStatus: {},
      zoneStatus: {},
      edgeStatus: {},
      snapToGrid: true,
      dialog: null,
      messages: [],

      commit(next, { label, mergeKey }) {
        const state = get();
        if (next === state.doc) return true;
        // The one gate every edit passes (canvas, inspector, workload bar, advisor, commands): a view-only link
        // never changes the document, whatever UI path tried.
        if (readOnly) {
          get().announce({
            tone: "info",
            text: "This link is view-only: ask the owner for an edit link to change the plan.",
          });
          return false;
        }
        set(withDoc(next, record(state.history, state.doc, next, { label, mergeKey, now: now() })));
        return true;
      },

      replaceDocument(next) {
        if (readOnly) return; // only autosave replaces documents, and a view-only link has none
        set(withDoc(next, createHistory()));
      },

      undo() {
        const state = get();
        const result = undo(state.history, state.doc);
        if (!result) return;
        set(withDoc(result.doc, result.history));
        get().announce({ tone: "info", text: `Undone: ${result.entry.label}` });
      },

      redo() {
        const state = get();
        const result = redo(state.history, state.doc);
        if (!result) return;
        set(withDoc(result.doc, result.history));
        get().announce({ tone: "info", text: `Redone: ${result.entry.label}` });
      },

      onNodesChange(changes) {
        // Deletions go through the editor's delete action (one undo step with the edges); ignore React Flow's own.
        // View-only: no moves either (React Flow's own drag is off; this also stops arrow-key steps).
        const relevant = changes.filter(
          (c) =>
            c.type !== "remove" &&
            c.type !== "add" &&
            c.type !== "replace" &&
            !(readOnly && c.type === "position"),
        );
        if (relevant.length === 0) return;
        const state = get();
        const nodes = applyNodeChanges(relevant, state.nodes);
        const finished = new Set<string>();
        let resizedZone: string | null = null;
        for (const c of relevant) {
          // dragging === false ends a drag or is an arrow-key step; a resize's position changes carry no flag.
          if (c.type === "position" && c.dragging === false) finished.add(c.id);
          if (c.type === "dimensions" && c.resizing === false && zoneIdOf(c.id) !== null) resizedZone = c.id;
        }
        const selectionChanged = relevant.some((c) => c.type === "select");
        if (finished.size === 0 && resizedZone === null) {
          set({ nodes, ...(selectionChanged ? { selection: selectionOf(nodes, state.edges) } : {}) });
          return;
        }
        let next = state.doc;
        let label = finished.size === 1 ? "Move" : `Move ${finished.size} elements`;
        if (resizedZone !== null) {
          const zoneId = zoneIdOf(resizedZone)!;
          const zoneNode = nodes.find((n) => n.id === resizedZone);
          const width = zoneNode?.width ?? zoneNode?.measured?.width;
          const height = zoneNode?.height ?? zoneNode?.measured?.height;
          next = {
            ...next,
            zones: next.zones.map((z) =>
              z.id === zoneId && width && height
                ? {
                    ...z,
                    position: zoneNode!.position,
                    size: { width: Math.round(width), height: Math.round(height) },
                  }
                : z,
            ),
          };
          // Resizing from the top or left moves the zone and shifts its children back: commit both.
          for (const n of nodes) if (n.parentId === resizedZone) finished.add(n.id);
          label = "Resize zone";
        }
        next = commitMoves(next, movesOf(nodes, finished));
        set({ nodes });
        if (next !== state.doc) get().commit(next, { label });
        else if (selectionChanged) set({ selection: selectionOf(get().nodes, get().edges) });
      },

      onEdgesChange(changes) {
        const relevant = changes.filter((c) => c.type === "select");
        if (relevant.length === 0) return;
        const state = get();
        const edges = applyEdgeChanges(relevant, state.edges);
        set({ edges, selection: selectionOf(state.nodes, edges) });
      },

      select(ids) {
        const state = get();
        const nodeIds = new Set([...(ids.nodes ?? []), ...(ids.zones ?? []).map(zoneFlowId)]);
        const flow = withSelection(
          { nodes: state.nodes, edges: state.edges },
          nodeIds,
          new Set(ids.edges ?? []),
        );
        const selection = selectionOf(flow.nodes, flow.edges);
        set({ ...flow, ...(sameSelection(selection, state.selection) ? {} : { selection }) });
      },

      setReport(report, error = null) {
        if (!report) {
          set({ reportError: error });
          return;
        }
        const state = get();
        const nodeStatus = worstSeverityBy(report.findings, "node");
        const zoneStatus = worstSeverityBy(report.findings, "zone");
        const edgeStatus = edgeStatuses(report);
        const statusChanged = !sameRecord(state.nodeStatus, nodeStatus);
        set({
          report,
          reportError: null,
          // Node aria-labels say "has errors": rebuild the (few) nodes whose status changed.
          ...(statusChanged ? { nodes: docToFlow(state.doc, state, nodeStatus).nodes } : {}),
          // Keep the old objects when nothing changed, so badge selectors do not fire for nothing.
          nodeStatus: statusChanged ? nodeStatus : state.nodeStatus,
          zoneStatus: sameRecord(state.zoneStatus, zoneStatus) ? state.zoneStatus : zoneStatus,
          edgeStatus: sameRecord(state.edgeStatus, edgeStatus) ? state.edgeStatus : edgeStatus,
        });
      },

      setSnapToGrid(on) {
        set({ snapToGrid: on });
      },

      setDialog(dialog) {
        set({ dialog });
      },

      announce(message) {
        set({ messages: pushMessage(get().messages, message, nextMessageId++) });
      },

      dismiss(id) {
        set({ messages: get().messages.filter((m) => m.id !== id) });
      },
    };
  });
}

export const selectCanUndo = (s: EditorStore) => canUndo(s.history);
export const selectCanRedo = (s: EditorStore) => canRedo(s.history);
