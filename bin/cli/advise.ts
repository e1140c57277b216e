import { parseArgs } from "node:util";
import { advise } from "../../lib/engine/advisor";
import { formatMs, formatPct, formatTokensPerSecond, formatUsd } from "../../lib/format";
import { EXIT_OK, json, type Io } from "./io";
import { readPlanFile } from "./plan-file";

export const ADVISE_HELP = `Usage: stackplan advise PLAN.json [--json]

Searches hardware × devices × model × precision × framework × replicas for the plan's workload, SLOs and
constraints, and recommends the cheapest deployment that meets them (by monthly cost, or by the TCO over the
horizon when the plan's constraints.costBasis is "horizon"); lists every option with meetsSlo, meetsConstraints
and excludedBecause, the Pareto front (cost vs headroom vs response time) and the cloud-API alternatives (proposed
as the recommendation only when constraints.modelSwap allows another model).

Exit codes: 0 success (even when nothing meets the SLOs: see the notes), 2 invalid plan.`;

export function adviseCommand(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    io.out(ADVISE_HELP);
    return EXIT_OK;
  }
  const plan = readPlanFile(positionals[0], "advise");
  const r = advise(plan);
  if (values.json) {
    io.out(json(r));
    return EXIT_OK;
  }
  const lines = [
    `Searched ${r.searched.candidates} configurations (${r.searched.pruned} pruned, ${r.searched.evaluated} evaluated as whole plans) in ${formatMs(r.searched.ms)}.`,
    "",
  ];
  if (r.recommended) {
    const o = r.recommended;
    lines.push(
      `Recommended: ${o.description}`,
      `  ${formatUsd(o.monthlyCostUsd)}/month · TCO ${formatUsd(o.tcoUsd)} · headroom ${o.headroom === null ? "elastic" : formatPct(o.headroom)} · ${formatTokensPerSecond(o.decodeTokensPerSecondPerStream)} per user · TTFT ${formatMs(o.ttftMs)}`,
    );
    for (const reason of o.reasons) lines.push(`  - ${reason}`);
  } else lines.push("No recommendation.");
  lines.push(
    "",
    `Options (cheapest first by ${r.costBasis === "horizon" ? "TCO" : "monthly cost"}; P = Pareto-optimal):`,
  );
  for (const o of r.options) {
    lines.push(
      `  ${o.paretoOptimal ? "P" : " "} ${o.excludedBecause.length ? "excluded" : "eligible"} ${formatUsd(o.monthlyCostUsd).padStart(10)}/month  TCO ${formatUsd(o.tcoUsd).padStart(11)}  ${o.description}`,
    );
    for (const e of o.excludedBecause) lines.push(`      ✗ ${e.code}: ${e.reason}`);
  }
  if (r.cloudAlternative)
    lines.push(
      "",
      `All-cloud alternative (${r.cloudAlternative.model}): ${formatUsd(r.cloudAlternative.monthlyUsd)}/month, TCO ${formatUsd(r.cloudAlternative.tcoUsd)}`,
    );
  lines.push("", ...r.notes.map((n) => `Note: ${n}`));
  io.out(lines.join("\n"));
  return EXIT_OK;
}
