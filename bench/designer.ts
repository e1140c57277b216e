import { selectKeyFigures } from "../lib/editor/key-figures";
import { immediately } from "../lib/editor/derived-report";
import { createEditorStore } from "../lib/editor/store";
import { keyFigures } from "../components/charts/key-figures-data";
import { buildTemplate } from "../lib/templates";
import { median, percentile, type BenchResult } from "./stats";

/**
 * The designer's slider path, in process: a workload change (the "Users" slider's commit) → the store's report
 * (evaluate) → the key-figures selector the strip reads → the dashboard's key figures, on the enterprise template.
 * Target ≤ 50 ms median (issue 14). The browser's render is measured by the browser suite (slider → dashboard).
 */
export function runDesignerBench(): BenchResult[] {
  const doc = buildTemplate("enterprise");
  const store = createEditorStore("bench", doc, { schedule: immediately });
  const runs: number[] = [];
  for (let i = 0; i < 60; i++) {
    const users = 3000 + ((i * 137) % 5000); // a different value each time: no memo hit
    const t0 = performance.now();
    const state = store.getState();
    state.commit(
      { ...state.doc, workload: { ...state.doc.workload, users } },
      { label: "Users", mergeKey: "users" },
    );
    const after = store.getState();
    const strip = selectKeyFigures(after);
    const dashboard = keyFigures(after.report!, "USD", 1, "en");
    const elapsed = performance.now() - t0;
    if (!strip || dashboard.length === 0 || after.reportFor !== after.doc)
      throw new Error("bench: stale report");
    if (i >= 10) runs.push(elapsed); // the first ten warm the JIT
  }
  return [
    {
      name: "designer: slider → strip + dashboard figures, enterprise (median)",
      value: median(runs),
      unit: "ms",
      target: 50,
      direction: "max",
      detail: `p95 ${percentile(runs, 0.95).toFixed(1)} ms over ${runs.length} edits`,
    },
  ];
}
