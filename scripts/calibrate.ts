/**
 * `npm run calibrate` — the engine against every public measurement of calibration.json: per category and metric,
 * the median and 90th-percentile absolute percentage error and the worst rows, on all rows, on the rows the
 * efficiency table was fitted on, and on the held-out rows. `--rows` prints every row. `--fit` refits the table's
 * fitted entries on the fit rows and prints the parameters to paste into lib/engine/llm/efficiency.ts.
 */
import {
  checkTargets,
  groupStats,
  scoreRows,
  statsOf,
  type ScoredRow,
} from "../lib/engine/calibration/score";
import { writeFileSync } from "node:fs";
import { fitEfficiency, renderFittedModule } from "../lib/engine/calibration/fit";
import { cellStats } from "../lib/engine/calibration/cells";
import { PUBLIC_SERVING_ROWS } from "../lib/engine/calibration/rows";
import { crossValidateServing, fitServing, SERVING_KNOBS } from "../lib/engine/calibration/serving-fit";
import { errorsByMetric, renderServingModule } from "../lib/engine/calibration/serving-render";
import { SERVING_EXPERIMENTS } from "../lib/engine/calibration/serving-runs";
import { MEAN_METRICS, scoreServing } from "../lib/engine/calibration/serving-score";
import { SERVING_FITTED } from "../lib/engine/llm/serving-fitted";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printGroups(title: string, rows: ScoredRow[]): void {
  console.log(`\n${title} (${rows.length} rows)`);
  console.log(
    `${"category".padEnd(34)} ${"metric".padEnd(32)} ${"n".padStart(3)} ${"median".padStart(8)} ${"p90".padStart(8)}  worst rows`,
  );
  for (const g of groupStats(rows)) {
    const worst = g.worst.map((w) => `${w.id} ${w.ratio >= 1 ? "+" : ""}${pct(w.ratio - 1)}`).join(", ");
    console.log(
      `${g.category.padEnd(34)} ${g.metric.padEnd(32)} ${String(g.n).padStart(3)} ${pct(g.medianApe).padStart(8)} ${pct(g.p90Ape).padStart(8)}  ${worst}`,
    );
  }
  const s = statsOf(rows);
  console.log(
    `${"all".padEnd(34)} ${"".padEnd(32)} ${String(s.n).padStart(3)} ${pct(s.medianApe).padStart(8)} ${pct(s.p90Ape).padStart(8)}`,
  );
}

const args = process.argv.slice(2);
if (args.includes("--fit")) {
  const fitted = fitEfficiency();
  for (const [key, f] of fitted) {
    console.log(
      `\n${key}: objective ${f.before.toFixed(4)} → ${f.after.toFixed(4)} on ${f.rows.length} fit rows`,
    );
    console.log(JSON.stringify(f.params, null, 2));
    console.log(`rows: ${JSON.stringify(f.rows)}`);
  }
  if (args.includes("--write")) {
    writeFileSync("lib/engine/llm/efficiency-fitted.ts", renderFittedModule(fitted));
    console.log("\nwrote lib/engine/llm/efficiency-fitted.ts — run npm run calibrate to see the effect");
  }
  process.exit(0);
}

if (args.includes("--fit-serving")) {
  const all = fitServing(SERVING_EXPERIMENTS);
  console.log(
    `vllm|nvidia on ${SERVING_EXPERIMENTS.length} experiments: objective ${all.objective.toFixed(4)}`,
  );
  for (const k of SERVING_KNOBS)
    console.log(`  ${k.name.padEnd(22)} ${k.get(all.params).toFixed(4)}  [${k.min}, ${k.max}]`);
  const cv = crossValidateServing();
  for (const [m, e] of Object.entries(errorsByMetric(cv.rows)))
    console.log(
      `  cross-validated ${m.padEnd(10)} n ${String(e.n).padStart(3)} median ${pct(e.medianApe)} p90 ${pct(e.p90Ape)}`,
    );
  if (args.includes("--write")) {
    writeFileSync("lib/engine/llm/serving-fitted.ts", renderServingModule(all.params, cv.rows));
    console.log("wrote lib/engine/llm/serving-fitted.ts (run prettier on it)");
  }
  process.exit(0);
}

const rows = scoreRows();
printGroups("All measurements", rows);
printGroups(
  "Fit rows (the efficiency table was fitted on these)",
  rows.filter((r) => r.fit),
);
printGroups(
  "Held-out rows (never used for fitting)",
  rows.filter((r) => !r.fit),
);
if (args.includes("--rows")) {
  console.log("\nEvery row (predicted vs measured):");
  for (const r of rows)
    console.log(
      `${r.fit ? " " : "*"} ${r.label.padEnd(90)} measured ${String(r.measured).padStart(9)} predicted ${r.predicted.toFixed(2).padStart(9)} ${r.ratio >= 1 ? "+" : ""}${pct(r.ratio - 1)}`,
    );
  console.log("(* = held out)");
}
// Public vLLM / SGLang / TensorRT-LLM serving rows (issue 11): reported, never fitted, no target yet.
const publicRows = scoreRows(PUBLIC_SERVING_ROWS);
console.log(
  `\nPublic serving measurements, not fitted (${publicRows.length} rows): framework × hardware × metric`,
);
for (const c of cellStats(publicRows))
  console.log(
    `${c.cell.padEnd(28)} ${c.metric.padEnd(24)} ${String(c.n).padStart(3)}  median APE ${pct(c.medianApe).padStart(7)}  median predicted/measured ${c.medianRatio.toFixed(2)}`,
  );
const publicAll = statsOf(publicRows);
console.log(
  `${"all".padEnd(53)} ${String(publicAll.n).padStart(3)}  median APE ${pct(publicAll.medianApe).padStart(7)}`,
);
if (args.includes("--rows"))
  for (const r of publicRows)
    console.log(
      `  ${r.label.padEnd(90)} ${r.metric.padEnd(24)} measured ${String(r.measured).padStart(9)} predicted ${r.predicted.toFixed(2).padStart(9)} ${r.ratio >= 1 ? "+" : ""}${pct(r.ratio - 1)}`,
    );

// Every framework × hardware cell of calibration.json, with its row count and error.
console.log("\ncalibration.json by framework × hardware × metric (in-sample and held-out together)");
for (const c of cellStats(rows))
  console.log(
    `${c.cell.padEnd(34)} ${c.metric.padEnd(32)} ${String(c.n).padStart(3)}  median APE ${pct(c.medianApe).padStart(7)}`,
  );

// Real vLLM serving runs (issue 11): the table's parameters in-sample, then leave-one-experiment-out.
const fittedServing = SERVING_FITTED["vllm|nvidia"]!;
const inSample = scoreServing(SERVING_EXPERIMENTS, () => ({
  efficiency: fittedServing.params,
  requestOverheadMs: fittedServing.requestOverheadMs,
}));
const cv = crossValidateServing();
console.log(
  `\nvLLM serving runs: vllm × h100-sxm, ${SERVING_EXPERIMENTS.length} experiments, ${inSample.length} rows (${fittedServing.source})`,
);
console.log(
  `${"metric".padEnd(12)} ${"n".padStart(3)}  ${"in-sample".padStart(10)}  ${"cross-val.".padStart(10)}  ${"cv p90".padStart(8)}`,
);
const inErr = errorsByMetric(inSample);
for (const [m, e] of Object.entries(errorsByMetric(cv.rows)))
  console.log(
    `${m.padEnd(12)} ${String(e.n).padStart(3)}  ${pct(inErr[m]!.medianApe).padStart(10)}  ${pct(e.medianApe).padStart(10)}  ${pct(e.p90Ape).padStart(8)}`,
  );
if (args.includes("--rows"))
  for (const r of cv.rows)
    console.log(
      `  ${r.run.experiment.padEnd(50)} ${String(r.run.stage_index).padStart(2)} ${r.run.metric.padEnd(10)} measured ${r.run.actual.toFixed(1).padStart(9)} predicted ${r.predicted.toFixed(1).padStart(9)} ${r.ratio >= 1 ? "+" : ""}${pct(r.ratio - 1)}`,
    );
const cvErr = errorsByMetric(cv.rows);
const servingLimits: Record<string, number> = { e2e_mean: 0.15, itl_mean: 0.15, ttft_mean: 0.25 };

const checks = [
  ...MEAN_METRICS.map((m) => ({
    name: `vLLM runs, cross-validated: ${m} median APE`,
    value: cvErr[m]!.medianApe,
    limit: servingLimits[m]!,
    ok: cvErr[m]!.medianApe <= servingLimits[m]!,
  })),
  ...checkTargets(rows, "all"),
  ...checkTargets(
    rows.filter((r) => !r.fit),
    "held-out",
  ),
];
console.log("\nTargets");
for (const c of checks)
  console.log(
    `${c.ok ? "PASS" : "FAIL"}  ${c.name}: ${c.name.includes("×") ? c.value.toFixed(2) + "×" : pct(c.value)} (limit ${c.name.includes("×") ? c.limit + "×" : pct(c.limit)})`,
  );
process.exit(checks.every((c) => c.ok) ? 0 : 1);
