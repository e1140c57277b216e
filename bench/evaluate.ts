import { evaluate } from "../lib/engine/evaluate";
import { generateLargePlan } from "../lib/templates/generate";
import { buildTemplate } from "../lib/templates";
import { median, timeMs, type BenchResult } from "./stats";

export function runEvaluateBench(): BenchResult[] {
  const enterprise = buildTemplate("enterprise");
  const large = generateLargePlan(1000);
  const small = median(timeMs(() => evaluate(enterprise), 200, 30));
  const big = median(timeMs(() => evaluate(large), 30, 5));
  return [
    { name: "evaluate: enterprise template (median)", value: small, unit: "ms", target: 2, direction: "max" },
    {
      name: `evaluate: generated plan, ${large.nodes.length} nodes, ${large.edges.length} edges (median)`,
      value: big,
      unit: "ms",
      target: 20,
      direction: "max",
    },
  ];
}
