import type { EfficiencyParams } from "../llm/efficiency-types";
import { estimateRequestSchema } from "../llm/estimate-schema";
import { memoryFigures, type MemoryFigures } from "../llm/memory";
import { parallelism, type Parallelism } from "../llm/parallelism";
import { rateOperatingPoint } from "../llm/rate";
import { resolveRequest, type ResolvedRequest } from "../llm/resolve";
import { itlOutputTokens, VLLM_SERVING_RUNS, type VllmServingRun } from "./vllm-serving";
import type { VllmServingMetric } from "./vllm-serving-schema";

/**
 * Users sharing one system prompt in the runs (how_to_read: "shared by 4–5 users"): the first of them misses, the
 * others hit, so (1 − 1/4.5) of the system prompt's whole 16-token blocks (vLLM's block size) is a cache hit.
 */
export const USERS_PER_SHARED_PREFIX = 4.5;
export const VLLM_BLOCK_TOKENS = 16;

/** The prefix-cache hit ratio of a run's prompts. */
export function runPrefixHitRatio(run: VllmServingRun): number {
  const blocks = Math.floor(run.system_prompt_len / VLLM_BLOCK_TOKENS) * VLLM_BLOCK_TOKENS;
  return (blocks * (1 - 1 / USERS_PER_SHARED_PREFIX)) / run.input_tokens;
}

/** One load stage of one experiment: the estimate request it stands for, resolved once. */
export interface ServingStage {
  experiment: string;
  stageIndex: number;
  rate: number;
  duration: number;
  r: ResolvedRequest;
  par: Parallelism;
  mem: MemoryFigures;
}

export interface ServingParams {
  efficiency: EfficiencyParams;
  requestOverheadMs: number;
}

function stageOf(run: VllmServingRun, stageIndex: number): ServingStage {
  const stage = run.stages[stageIndex]!;
  const request = estimateRequestSchema.parse({
    model: run.modelId,
    hardware: run.hardwareId,
    devices: run.tp,
    framework: "vllm",
    precision: run.precisionId,
    inputTokens: run.input_tokens,
    outputTokens: run.output_tokens,
    requestRatePerSecond: stage.rate,
    arrivalProcess: "constant",
    maxNumSeqs: run.max_num_seqs,
    maxBatchedTokens: run.max_num_batched_tokens,
    gpuMemoryUtilization: run.gpuMemoryUtilization,
    cpuKvOffload: run.cpu_offload ?? false,
    prefixCacheHitRatio: runPrefixHitRatio(run),
  });
  const r = resolveRequest(request);
  const par = parallelism(r);
  return {
    experiment: run.experiment,
    stageIndex,
    rate: stage.rate,
    duration: stage.duration,
    r,
    par,
    mem: memoryFigures(r, par),
  };
}

/** Every (experiment, stage) of the vendored runs. */
export const SERVING_STAGES: readonly ServingStage[] = (() => {
  const out: ServingStage[] = [];
  const seen = new Set<string>();
  for (const run of VLLM_SERVING_RUNS) {
    if (seen.has(run.experiment)) continue;
    seen.add(run.experiment);
    run.stages.forEach((_, i) => out.push(stageOf(run, i)));
  }
  return out;
})();

export const SERVING_EXPERIMENTS: readonly string[] = [...new Set(SERVING_STAGES.map((s) => s.experiment))];

type Predicted = Record<VllmServingMetric, number>;

/** The engine's figures for one stage, in the runs' metrics (ms); itl_mean on the runs' re-tokenised basis. */
export function predictStage(s: ServingStage, p: ServingParams): Predicted {
  const op = rateOperatingPoint(s.r, s.par, s.mem, p.efficiency, p.requestOverheadMs)!;
  const ms = (x: number) => x * 1e3;
  const n = itlOutputTokens(s.experiment, s.stageIndex) ?? s.r.request.outputTokens;
  return {
    e2e_mean: ms(op.mean.e2eS),
    e2e_p90: ms(op.percentiles.e2eS.p90),
    e2e_p99: ms(op.percentiles.e2eS.p99),
    ttft_mean: ms(op.mean.ttftS),
    ttft_p90: ms(op.percentiles.ttftS.p90),
    ttft_p99: ms(op.percentiles.ttftS.p99),
    itl_mean: ms(op.mean.e2eS - op.mean.ttftS) / Math.max(1, n - 1),
  };
}
