import { parseArgs } from "node:util";
import { evaluate } from "../../lib/engine/evaluate";
import { formatReport } from "./evaluate-format";
import { EXIT_FINDINGS, EXIT_OK, json, type Io } from "./io";
import { readPlanFile } from "./plan-file";

export const EVALUATE_HELP = `Usage: stackplan evaluate PLAN.json [--json]

Evaluates a plan: demand, serving capacity at the SLOs, sizing, storage growth, cost/TCO and findings.
Prints a readable summary, or the full report with --json.

Exit codes: 0 no error findings, 1 the plan has error findings, 2 invalid plan (message with the JSON path).`;

export function evaluateCommand(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    io.out(EVALUATE_HELP);
    return EXIT_OK;
  }
  const plan = readPlanFile(positionals[0], "evaluate");
  const report = evaluate(plan);
  io.out(values.json ? json(report) : formatReport(report));
  return report.findings.some((f) => f.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
}
