import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from "@xyflow/react";
import { createStore, type StoreApi } from "zustand/vanilla";
import { evaluate as evaluatePlan } from "../engine/evaluate";
import type { Report } from "../engine/report-schema";
import { notice, type Text } from "./notices";
import type { PlanDocument } from "../plan/plan-schema";
import {
  completedCanvasEdit,
  EMPTY_SELECTION,
  relevantNodeChanges,
  sameSelection,
  selectionOf,
} from "./canvas-changes";
import { deriveReport, nextTask, NO_REPORT, type DerivedReport, type ScheduleTask } from "./derived-report";
import { docToFlow, withSelection, zoneFlowId, type FlowNode, type PlanFlowEdge } from "./flow";
import { canRedo, canUndo, createHistory, record, redo, undo, type HistoryState } from "./history";
import type { EditorMessage } from "./messages";
import type { ElementIds } from "./ops/edit";

export { EMPTY_SELECTION };

/**
 * What the person in this editor may do: the plan's owner (everything), an edit share link (edit and save, but not
 * version history or share links — those are the owner's API), or a view-only link (pan, zoom, select, inspect,
 * compare, export; no edit reaches the document).
 */
export type EditorAccess = "owner" | "edit" | "view";

/**
 * The document store's state: the plan, its canvas view (React Flow elements, selection), the undo history, and what
 * the store derives from the document (the report and the canvas badges). UI state — dialogs, toasts, the side tab,
 * snap-to-grid — lives in the UI store (lib/editor/ui-store.ts).
 */
export interface EditorState extends DerivedReport {
  planId: string;
  access: EditorAccess;
  doc: PlanDocument;
  /** React Flow's view of the document, plus transient drag positions and selection. */
  nodes: FlowNode[];
  edges: PlanFlowEdge[];
  /** Selected plan elements (zones apart from nodes: their ids may coincide). */
  selection: ElementIds;
  history: HistoryState;
}

export interface EditorActions {
  /**
   * Applies an edit and records it as one undo step (merged with the previous one when `mergeKey` matches). False
   * when the edit was refused (a view-only link): the caller must not report it as done.
   */
  commit(next: PlanDocument, options: { label: Text; mergeKey?: string }): boolean;
  /** Replaces the document without recording (a recovered draft, the server's version): history starts over. */
  replaceDocument(doc: PlanDocument): void;
  undo(): void;
  redo(): void;
  onNodesChange(changes: NodeChange<FlowNode>[]): void;
  onEdgesChange(changes: EdgeChange<PlanFlowEdge>[]): void;
  /** Selects exactly these elements (plan ids). */
  select(ids: Partial<ElementIds>): void;
  /** Computes the report of the current document now, if it is not already (otherwise it follows the next task). */
  refreshReport(): void;
  /**
   * Tells the user what happened (toast + live region). The store holds no messages: it hands them to the sink it
   * was created with (the session's UI store).
   */
  announce(message: Omit<EditorMessage, "id">): void;
}

export type EditorStore = EditorState & EditorActions;
export type EditorStoreApi = StoreApi<EditorStore>;

export interface EditorStoreOptions {
  access?: EditorAccess;
  /** Current time, ms (undo steps merge within a window). */
  now?: () => number;
  /** Where announcements go (the UI store's `announce`); dropped when absent. */
  announce?: (message: Omit<EditorMessage, "id">) => void;
  /** The report of a document (the engine's evaluate). */
  evaluate?: (doc: PlanDocument) => Report;
  /** When a changed document is evaluated: the next task by default (the edit's own render first). */
  schedule?: ScheduleTask;
}

type Set = StoreApi<EditorStore>["setState"];
type Get = StoreApi<EditorStore>["getState"];

/**
 * One store per open plan (xyflow's pattern: one zustand store holding nodes, edges and the actions on them).
 * Components subscribe to slices with selectors — never the whole `nodes` array in a node component.
 *
 * The store owns the report: every document change (edit, undo, redo, replace) schedules `evaluate(doc)` for the
 * next task, coalescing a burst of changes into one evaluation of the latest document (a few ms even for 1,000
 * nodes: `npm run bench -- evaluate`), so the edit's own render commits first. The store is created with the
 * document's report already computed.
 */
export function createEditorStore(
  planId: string,
  doc: PlanDocument,
  options: EditorStoreOptions = {},
): EditorStoreApi {
  const evaluate = options.evaluate ?? evaluatePlan;
  const derived = deriveReport(doc, NO_REPORT, evaluate);
  return createStore<EditorStore>()((set, get) => ({
    planId,
    access: options.access ?? "owner",
    doc,
    ...docToFlow(doc, undefined, derived.nodeStatus),
    ...derived,
    selection: EMPTY_SELECTION,
    history: createHistory(),
    announce: options.announce ?? (() => undefined),
    ...documentActions(set, get, options, evaluate),
    ...canvasActions(set, get, (options.access ?? "owner") === "view"),
  }));
}

/**
 * The store's report upkeep: `scheduleReport` after a document change (at most one evaluation waits at a time, and
 * it evaluates whatever the document is when it runs); `refreshReport` evaluates now if the report is stale.
 */
function reportUpkeep(set: Set, get: Get, evaluate: (doc: PlanDocument) => Report, schedule: ScheduleTask) {
  let scheduled = false;
  let cancel: (() => void) | null = null;
  const refreshReport = () => {
    if (scheduled) {
      scheduled = false;
      cancel?.();
      cancel = null;
    }
    const state = get();
    if (state.reportFor === state.doc) return;
    const next = deriveReport(state.doc, state, evaluate);
    // Node aria-labels say "has errors": rebuild the (few) nodes whose status changed.
    const flow = next.nodeStatus === state.nodeStatus ? {} : docToFlow(state.doc, state, next.nodeStatus);
    set({ ...next, ...flow });
  };
  const scheduleReport = () => {
    if (scheduled) return;
    scheduled = true;
    const cancelTask = schedule(() => scheduled && refreshReport());
    if (scheduled) cancel = cancelTask; // not when the scheduler ran the task at once
  };
  return { refreshReport, scheduleReport };
}

/** Edits, undo/redo and replacement of the document, and the report that follows each of them. */
function documentActions(
  set: Set,
  get: Get,
  options: EditorStoreOptions,
  evaluate: (doc: PlanDocument) => Report,
): Pick<EditorActions, "commit" | "replaceDocument" | "undo" | "redo" | "refreshReport"> {
  const now = options.now ?? Date.now;
  const readOnly = options.access === "view";
  const { refreshReport, scheduleReport } = reportUpkeep(set, get, evaluate, options.schedule ?? nextTask);

  /** New document → new flow elements, selection pruned to what still exists; its report follows. */
  const setDoc = (next: PlanDocument, history: HistoryState) => {
    const state = get();
    const flow = docToFlow(next, { nodes: state.nodes, edges: state.edges }, state.nodeStatus);
    set({ doc: next, history, ...flow, selection: selectionOf(flow.nodes, flow.edges) });
    scheduleReport();
  };

  /** Undo or redo one step (nothing when there is none), and say which. */
  const travel = (direction: "undo" | "redo") => {
    const state = get();
    const result = (direction === "undo" ? undo : redo)(state.history, state.doc);
    if (!result) return;
    setDoc(result.doc, result.history);
    state.announce({
      tone: "info",
      text: notice(direction === "undo" ? "undone" : "redone", { action: result.entry.label }),
    });
  };

  return {
    commit(next, { label, mergeKey }) {
      const state = get();
      if (next === state.doc) return true;
      // The one gate every edit passes (canvas, inspector, workload bar, advisor, commands): a view-only link
      // never changes the document, whatever UI path tried.
      if (readOnly) {
        state.announce({ tone: "info", text: notice("viewOnly") });
        return false;
      }
      setDoc(next, record(state.history, state.doc, next, { label, mergeKey, now: now() }));
      return true;
    },
    replaceDocument(next) {
      if (readOnly) return; // only autosave replaces documents, and a view-only link has none
      setDoc(next, createHistory());
    },
    undo: () => travel("undo"),
    redo: () => travel("redo"),
    refreshReport,
  };
}

/** React Flow's changes (drags, resizes, selection) and selection by plan id. */
function canvasActions(
  set: Set,
  get: Get,
  readOnly: boolean,
): Pick<EditorActions, "onNodesChange" | "onEdgesChange" | "select"> {
  return {
    onNodesChange(changes) {
      const relevant = relevantNodeChanges(changes, readOnly);
      if (relevant.length === 0) return;
      const state = get();
      const nodes = applyNodeChanges(relevant, state.nodes);
      const selectionChanged = relevant.some((c) => c.type === "select");
      const edit = completedCanvasEdit(state.doc, nodes, relevant);
      if (edit === null) {
        set({ nodes, ...(selectionChanged ? { selection: selectionOf(nodes, state.edges) } : {}) });
        return;
      }
      set({ nodes });
      if (edit.doc !== state.doc) get().commit(edit.doc, { label: edit.label });
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
  };
}

export const selectCanUndo = (s: EditorStore) => canUndo(s.history);
export const selectCanRedo = (s: EditorStore) => canRedo(s.history);
