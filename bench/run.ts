/**
 * `npm run bench [-- engine|evaluate|designer|export|pdf|advisor|http|browser]`: performance targets checked by measurement, not by
 * timed unit tests. Prints a table and writes reports/bench.json; exits 1 if a target is missed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { runAdvisorBench } from "./advisor";
import { runBrowserBench } from "./browser";
import { runDesignerBench } from "./designer";
import { runEngineBench } from "./engine";
import { runEvaluateBench } from "./evaluate";
import { runExportBench } from "./export";
import { runHttpBenchResults } from "./http";
import { runProposalBench } from "./proposal";
import { passes, type BenchResult } from "./stats";

const SUITES: Record<string, () => BenchResult[] | Promise<BenchResult[]>> = {
  engine: runEngineBench,
  evaluate: runEvaluateBench,
  designer: runDesignerBench,
  advisor: runAdvisorBench,
  export: runExportBench,
  pdf: runProposalBench,
  http: () => runHttpBenchResults(),
  browser: runBrowserBench,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const names = wanted.length ? wanted : Object.keys(SUITES);
const results: BenchResult[] = [];
for (const name of names) {
  const suite = SUITES[name];
  if (!suite) {
    console.error(`bench: unknown suite "${name}"; suites: ${Object.keys(SUITES).join(", ")}`);
    process.exit(2);
  }
  console.log(`\n▶ ${name}`);
  const r = await suite();
  for (const x of r) {
    console.log(
      `  ${passes(x) ? "PASS" : "FAIL"}  ${x.name.padEnd(58)} ${x.value.toFixed(x.value < 1 ? 4 : 1).padStart(10)} ${x.unit.padEnd(5)} target ${x.direction === "max" ? "≤" : "≥"} ${x.target} ${x.unit}${x.detail ? `  (${x.detail})` : ""}`,
    );
  }
  results.push(...r);
}
mkdirSync("reports", { recursive: true });
writeFileSync("reports/bench.json", JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
const failed = results.filter((r) => !passes(r));
console.log(`\n${results.length - failed.length} targets met, ${failed.length} missed (reports/bench.json)`);
process.exit(failed.length ? 1 : 0);
