import { compareScenarios, type Comparison, type ScenarioSummary } from "../../engine/compare";
import type { PlanDocument } from "../../plan/plan-schema";
import { code, md, num, table, money } from "./markdown";

const pct = (x: number | null) => (x === null ? "elastic" : `${x >= 0 ? "+" : ""}${num(x * 100, 0)}%`);
const yesNo = (x: boolean) => (x ? "yes" : "no");

/**
 * The capacity report's "Scenario comparison" section: the current design and every scenario saved in the plan,
 * each evaluated as a whole plan (the figures the editor's comparison view shows), with break-even months and the
 * operational-risk findings. Empty when the plan has no scenarios.
 */
export function scenarioComparisonSection(plan: PlanDocument, comparison?: Comparison): string[] {
  if (plan.scenarios.length === 0) return [];
  const { rows, breakEvens } = comparison ?? compareScenarios(plan);
  const name = new Map(rows.map((r) => [r.scenarioId, r.name]));
  const out: string[] = ["## Scenario comparison", ""];
  out.push(
    "Each scenario's AI nodes replace the current design's and the whole plan is re-evaluated; the bundle's manifests deploy the current design only.",
    "",
  );
  out.push(
    table(
      [
        "scenario",
        "AI nodes",
        "meets SLOs",
        "capacity / demand (output tok/s)",
        "headroom",
        "TTFT ms",
        "decode tok/s per stream",
        "CAPEX",
        "monthly",
        `TCO (${plan.workload.horizonMonths} mo)`,
        "power W",
        "rack units",
        "serving GPUs",
        "data leaves premises",
      ],
      rows.map((r: ScenarioSummary) => [
        md(r.name),
        md(r.description),
        yesNo(r.meetsSlo),
        `${num(r.capacityOutputTokensPerSecond, 0)} / ${num(r.demandOutputTokensPerSecond, 0)}`,
        pct(r.headroom),
        num(r.ttftMs, 0),
        num(r.decodeTokensPerSecondPerStream, 1),
        money(r.capexUsd, plan),
        money(r.monthlyCostUsd, plan),
        money(r.tcoUsd, plan),
        num(r.powerW, 0),
        r.rackUnits,
        r.gpus,
        yesNo(r.dataLeavesPremises),
      ]),
      ["l", "l", "l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r", "l"],
    ),
    "",
  );
  const crossings = breakEvens.filter((b) => b.month !== null);
  out.push("### Break-even", "");
  out.push(
    crossings.length
      ? crossings
          .map(
            (b) =>
              `- ${md(name.get(b.a) ?? b.a)} (dearer up front) is cumulatively no dearer than ${md(name.get(b.b) ?? b.b)} from month ${b.month}.`,
          )
          .join("\n")
      : `No cumulative cost curves cross within the ${plan.workload.horizonMonths}-month horizon.`,
    "",
  );
  out.push("### Operational risks", "");
  const risky = rows.filter((r) => r.risks.length > 0);
  out.push(
    risky.length
      ? risky
          .flatMap((r) =>
            r.risks.map((k) => `- ${md(r.name)}: **${k.severity}** ${code(k.code)}: ${md(k.message)}`),
          )
          .join("\n")
      : "None of the scenarios raises an operational-risk finding.",
    "",
  );
  return out;
}
