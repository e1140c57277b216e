import type { Report } from "../engine/report-schema";
import type { PlanDocument } from "../plan/plan-schema";
import { edgeStatuses, sameRecord, worstSeverityBy, type EdgeStatus, type Severity } from "./report-status";

/**
 * What the editor store derives from the document: the report (`evaluate(plan)`) and the canvas badges read from
 * its findings. Recomputed by the store after every document change (lib/editor/store.ts), never pushed in from a
 * component.
 */
export interface DerivedReport {
  /** The last report computed; kept while a later document fails to evaluate (the error says so). */
  report: Report | null;
  reportError: string | null;
  /** The document `report` (or `reportError`) belongs to. */
  reportFor: PlanDocument | null;
  nodeStatus: Record<string, Severity>;
  zoneStatus: Record<string, Severity>;
  edgeStatus: Record<string, EdgeStatus>;
}

export const NO_REPORT: DerivedReport = {
  report: null,
  reportError: null,
  reportFor: null,
  nodeStatus: {},
  zoneStatus: {},
  edgeStatus: {},
};

/**
 * The report of `doc` and its badges, reusing `prev`'s badge objects when they did not change (so badge selectors
 * do not fire for nothing). A failing evaluation keeps the previous report and says why: a bug in a formula must not
 * take the editor down — the dashboard shows the error, editing goes on.
 */
export function deriveReport(
  doc: PlanDocument,
  prev: DerivedReport,
  evaluate: (doc: PlanDocument) => Report,
): DerivedReport {
  let report: Report;
  try {
    report = evaluate(doc);
  } catch (e) {
    const { report: last, nodeStatus, zoneStatus, edgeStatus } = prev;
    const reportError = e instanceof Error ? e.message : String(e);
    return { report: last, reportError, reportFor: doc, nodeStatus, zoneStatus, edgeStatus };
  }
  const nodeStatus = worstSeverityBy(report.findings, "node");
  const zoneStatus = worstSeverityBy(report.findings, "zone");
  const edgeStatus = edgeStatuses(report);
  return {
    report,
    reportError: null,
    reportFor: doc,
    nodeStatus: sameRecord(prev.nodeStatus, nodeStatus) ? prev.nodeStatus : nodeStatus,
    zoneStatus: sameRecord(prev.zoneStatus, zoneStatus) ? prev.zoneStatus : zoneStatus,
    edgeStatus: sameRecord(prev.edgeStatus, edgeStatus) ? prev.edgeStatus : edgeStatus,
  };
}

/** Runs a task soon, in a task of its own (after the current event and its render); returns a cancel function. */
export type ScheduleTask = (task: () => void) => () => void;

/**
 * The next macrotask: a MessageChannel message (not clamped like nested setTimeout), falling back to setTimeout.
 * The edit's own render (the input, the canvas) commits first; the report follows in the next task.
 */
export const nextTask: ScheduleTask = (task) => {
  if (typeof MessageChannel === "undefined") {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const channel = new MessageChannel();
  let cancelled = false;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) task();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
};

/** Runs the task at once (tests, the CLI): the report is always the current document's. */
export const immediately: ScheduleTask = (task) => {
  task();
  return () => undefined;
};
