import { itlOutputTokens, VLLM_SERVING_RUNS, type VllmServingRun } from "./vllm-serving";
import type { VllmServingMetric } from "./vllm-serving-schema";
import { predictStage, SERVING_STAGES, type ServingParams } from "./serving-runs";

export interface ScoredServingRow {
  run: VllmServingRun;
  predicted: number;
  /** predicted / measured */
  ratio: number;
  ape: number;
}

/** Metrics the targets are set on (means); the percentiles are reported only. */
export const MEAN_METRICS: readonly VllmServingMetric[] = ["e2e_mean", "ttft_mean", "itl_mean"];

/**
 * Scores the rows of `experiments` with `paramsFor(experiment)` (the same parameters for all, or each experiment's
 * held-out fit). A whole-run row (stage −1) is the request-weighted mean (rate × duration) of its stages' figures;
 * its itl_mean is recomputed from those means on the run's own re-tokenised count.
 */
export function scoreServing(
  experiments: readonly string[],
  paramsFor: (experiment: string) => ServingParams,
): ScoredServingRow[] {
  const wanted = new Set(experiments);
  const byStage = new Map<string, ReturnType<typeof predictStage>>();
  for (const s of SERVING_STAGES)
    if (wanted.has(s.experiment))
      byStage.set(`${s.experiment}#${s.stageIndex}`, predictStage(s, paramsFor(s.experiment)));
  const out: ScoredServingRow[] = [];
  for (const run of VLLM_SERVING_RUNS) {
    if (!wanted.has(run.experiment)) continue;
    const predicted =
      run.stage_index >= 0
        ? byStage.get(`${run.experiment}#${run.stage_index}`)![run.metric]
        : wholeRun(run, byStage);
    const ratio = predicted / run.actual;
    out.push({ run, predicted, ratio, ape: Math.abs(ratio - 1) });
  }
  return out;
}

function wholeRun(run: VllmServingRun, byStage: Map<string, ReturnType<typeof predictStage>>): number {
  const weights = run.stages.map((s) => s.rate * s.duration);
  const total = weights.reduce((a, b) => a + b, 0);
  const mean = (metric: VllmServingMetric) =>
    run.stages.reduce((sum, _, i) => sum + weights[i]! * byStage.get(`${run.experiment}#${i}`)![metric], 0) /
    total;
  if (run.metric !== "itl_mean") return mean(run.metric);
  const n = itlOutputTokens(run.experiment, -1) ?? run.output_tokens;
  return (mean("e2e_mean") - mean("ttft_mean")) / Math.max(1, n - 1);
}

/** Mean absolute log error over the mean-metric rows, the fit's objective (symmetric in over/under-prediction). */
export function servingObjective(rows: readonly ScoredServingRow[]): number {
  const means = rows.filter((r) => MEAN_METRICS.includes(r.run.metric));
  return (
    means.reduce((s, r) => s + Math.abs(Math.log(Math.max(r.ratio, 1e-6))), 0) / Math.max(1, means.length)
  );
}
