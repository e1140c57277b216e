import { describe, expect, it, vi } from "vitest";
import { textIn } from "./notices";
import { evaluate } from "../engine/evaluate";
import type { PlanDocument } from "../plan/plan-schema";
import { buildTemplate } from "../templates";
import { immediately, type ScheduleTask } from "./derived-report";
import { createEditorSession } from "./session";
import { createEditorStore } from "./store";

const base = buildTemplate("production");
const withUsers = (doc: PlanDocument, users: number): PlanDocument => ({
  ...doc,
  workload: { ...doc.workload, users },
});

/** A scheduler the test runs by hand: tasks wait until flush(). */
function manualSchedule() {
  const tasks: (() => void)[] = [];
  const schedule: ScheduleTask = (task) => {
    tasks.push(task);
    return () => tasks.splice(tasks.indexOf(task) >>> 0, 1);
  };
  return { schedule, tasks, flush: () => tasks.splice(0).forEach((t) => t()) };
}

describe("the editor store's report", () => {
  it("is computed with the document, before any edit", () => {
    const state = createEditorStore("p", base).getState();
    expect(state.report).toEqual(evaluate(base));
    expect(state.reportFor).toBe(base);
    expect(state.reportError).toBeNull();
  });

  it("follows each edit in the next task, evaluating a burst of edits once, on the latest document", () => {
    const clock = manualSchedule();
    const spy = vi.fn(evaluate);
    const store = createEditorStore("p", base, { evaluate: spy, schedule: clock.schedule });
    spy.mockClear();
    store.getState().commit(withUsers(base, 700), { label: "Users", mergeKey: "users" });
    store.getState().commit(withUsers(base, 900), { label: "Users", mergeKey: "users" });
    expect(clock.tasks).toHaveLength(1);
    expect(spy).not.toHaveBeenCalled();
    expect(store.getState().reportFor).toBe(base); // still the previous document's
    clock.flush();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(store.getState().reportFor).toBe(store.getState().doc);
    expect(store.getState().report!.plan.users).toBe(900);
  });

  it("follows undo, redo and a replaced document; refreshReport computes at once", () => {
    const store = createEditorStore("p", base, { schedule: immediately });
    store.getState().commit(withUsers(base, 1234), { label: "Users" });
    expect(store.getState().report!.plan.users).toBe(1234);
    store.getState().undo();
    expect(store.getState().report!.plan.users).toBe(base.workload.users);
    store.getState().redo();
    expect(store.getState().report!.plan.users).toBe(1234);

    const clock = manualSchedule();
    const later = createEditorStore("p", base, { schedule: clock.schedule });
    later.getState().replaceDocument(withUsers(base, 42));
    later.getState().refreshReport();
    expect(later.getState().report!.plan.users).toBe(42);
    expect(clock.tasks).toHaveLength(0); // the waiting evaluation was cancelled
  });

  it("marks nodes, zones and edges with their worst finding, keeping unchanged badge objects", () => {
    const store = createEditorStore("p", base, { schedule: immediately });
    const before = store.getState();
    const llm = base.nodes.find((n) => n.serving)!;
    // A single replica in production: the serving node gets a finding.
    store.getState().commit(
      {
        ...base,
        nodes: base.nodes.map((n) =>
          n.id === llm.id ? { ...n, serving: { ...n.serving!, replicas: 1, devices: 1 } } : n,
        ),
      },
      { label: "Replicas" },
    );
    const after = store.getState();
    const findings = after.report!.findings.filter((f) => f.target.type === "node" && f.target.id === llm.id);
    expect(findings.length).toBeGreaterThan(0);
    expect(after.nodeStatus[llm.id]).toBeDefined();
    const flowNode = after.nodes.find((n) => n.id === llm.id)!;
    expect(flowNode.ariaLabel).toMatch(/error|warning/);
    expect(after.zoneStatus).toBe(before.zoneStatus);
  });

  it("keeps the last report and says why when the engine fails on a document", () => {
    const evaluateOrFail = (doc: PlanDocument) => {
      if (doc.workload.users === 13) throw new Error("formula bug");
      return evaluate(doc);
    };
    const store = createEditorStore("p", base, { evaluate: evaluateOrFail, schedule: immediately });
    const good = store.getState().report;
    store.getState().commit(withUsers(base, 13), { label: "Users" });
    expect(store.getState()).toMatchObject({ report: good, reportError: "formula bug" });
    store.getState().undo();
    expect(store.getState().reportError).toBeNull();
  });
});

describe("the editor session", () => {
  it("hands what the document store announces to the UI store's toasts", () => {
    const { editor, ui } = createEditorSession("p", base, { schedule: immediately });
    editor.getState().commit(withUsers(base, 77), { label: "Edit users" });
    editor.getState().undo();
    expect(ui.getState().messages.map((m) => textIn(m.text, "en"))).toEqual(["Undone: Edit users"]);
    expect(ui.getState().messages.map((m) => textIn(m.text, "fr"))).toEqual(["Annulé\u00a0: Edit users"]);
    expect(editor.getState()).not.toHaveProperty("messages");
    expect(editor.getState()).not.toHaveProperty("dialog");
  });
});
