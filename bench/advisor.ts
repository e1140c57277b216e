import { advise } from "../lib/engine/advisor";
import { buildTemplate } from "../lib/templates";
import { median, timeMs, type BenchResult } from "./stats";

export function runAdvisorBench(): BenchResult[] {
  const plan = buildTemplate("enterprise");
  let searched = 0;
  const times = timeMs(
    () => {
      searched = advise(plan).searched.candidates;
    },
    9,
    2,
  );
  return [
    {
      name: "advisor: full search, enterprise workload (median)",
      value: median(times),
      unit: "ms",
      target: 500,
      direction: "max",
      detail: `${searched} configurations`,
    },
  ];
}
