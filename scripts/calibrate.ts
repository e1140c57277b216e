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

const checks = [
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
