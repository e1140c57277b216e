import RAW from "./vllm-serving-runs.json";
import { vllmServingFileSchema, type VllmServingRow } from "./vllm-serving-schema";

/**
 * Real vLLM serving runs, vendored verbatim from the project's spec set (shared/spec/calibration-vllm-serving.json,
 * sha256 7ac92b67…7643, checked by the test) so the repository is self-contained. Its own `sources` table gives each
 * figure's provenance; its `how_to_read` says how the rows were measured. Parsed with zod on first import.
 *
 * What a model fitted on them must respect:
 * - one chip only (H100 80 GB SXM), vLLM v0.15.1, 15 experiments of 6 models (Llama-2-7B, Llama-3.1-70B TP4,
 *   Mistral-Nemo TP1/TP2, Qwen2.5-7B, Yi-34B TP2, Llama-4-Scout FP8 TP2); every value in ms;
 * - arrivals are constant-rate (not Poisson); `stage_index` −1 is the request-weighted whole run and overlaps
 *   stages 0 and 1, so cross-validate by experiment, never by row;
 * - prefix caching is on and the 100–150-token system prompt is shared by 4–5 users: mostly a cache hit;
 * - `itl_mean` is derived, (e2e − ttft) / (re-tokenised output − 1) — see itlOutputTokens;
 * - max_num_seqs 128, max_model_len 4096, chunked-prefill budget 2048 (1024 or 8192 in some runs), GPU memory
 *   utilisation 0.9 where null;
 * - the stage rates of general-lite / reasoning / reasoning-lite are the file author's assumptions
 *   (workloads[].assumption); `peers.blis-trained-physics-*` was fitted on these runs (in-sample, not a benchmark);
 * - a larger set of the same kind is kept apart to check the model independently: do not tune per row.
 */
export const VLLM_SERVING = vllmServingFileSchema.parse(RAW);

/** Catalog model ids of the served checkpoints (the FP8 Scout is Red Hat's FP8-dynamic quantisation). */
export const VLLM_SERVING_MODEL_IDS: Readonly<Record<string, string>> = {
  "RedHatAI/Llama-4-Scout-17B-16E-Instruct-FP8-dynamic": "llama-4-scout",
  "meta-llama/Llama-2-7b-hf": "llama-2-7b",
  "meta-llama/Llama-3.1-70B-Instruct": "llama-3.1-70b",
  "mistralai/Mistral-Nemo-Instruct-2407": "mistral-nemo-12b",
  "Qwen/Qwen2.5-7B-Instruct": "qwen2.5-7b",
  "01-ai/Yi-34B": "yi-34b",
};

/** A run row with the catalog ids an estimate request needs. */
export interface VllmServingRun extends VllmServingRow {
  modelId: string;
  hardwareId: "h100-sxm";
  precisionId: "fp16" | "fp8";
  /** vLLM's --gpu-memory-utilization of the run (its default 0.9 where the file says null). */
  gpuMemoryUtilization: number;
  /** Request-weighted mean arrival rate over the row's stages (the stage's own rate for a stage row), req/s. */
  meanRateRps: number;
}

/** Mean arrival rate a row covers: its stage's rate, or Σ rate² × duration / Σ rate × duration for the whole run. */
export function meanRateRps(row: VllmServingRow): number {
  if (row.rate_rps !== null) return row.rate_rps;
  const requests = row.stages.reduce((s, x) => s + x.rate * x.duration, 0);
  return row.stages.reduce((s, x) => s + x.rate * x.rate * x.duration, 0) / requests;
}

function toRun(row: VllmServingRow): VllmServingRun {
  const modelId = VLLM_SERVING_MODEL_IDS[row.model_hf];
  if (!modelId)
    throw new Error(`vllm-serving-runs: no catalog model for ${row.model_hf} (${row.experiment})`);
  return {
    ...row,
    modelId,
    hardwareId: "h100-sxm",
    precisionId: row.precision === "FP8" ? "fp8" : "fp16",
    gpuMemoryUtilization: row.gpu_mem_util ?? 0.9,
    meanRateRps: meanRateRps(row),
  };
}

/** Every row, typed and mapped onto catalog ids. */
export const VLLM_SERVING_RUNS: readonly VllmServingRun[] = VLLM_SERVING.rows.map(toRun);

/**
 * The output-token count a run's itl_mean was divided by: itl = (e2e − ttft) / (n − 1), so n = (e2e − ttft) / itl + 1
 * from the same experiment and stage. It is inference-perf's re-tokenised count — up to 23% below the
 * `output_tokens` vLLM generated (Llama-2-7B reasoning-lite: 1,120 of 1,448) — so a model's time per generated
 * token must be compared with e2e/ttft, or its ITL rescaled by output_tokens / n.
 */
export function itlOutputTokens(experiment: string, stageIndex: number): number | undefined {
  const pick = (metric: string) =>
    VLLM_SERVING_RUNS.find(
      (r) => r.experiment === experiment && r.stage_index === stageIndex && r.metric === metric,
    )?.actual;
  const e2e = pick("e2e_mean");
  const ttft = pick("ttft_mean");
  const itl = pick("itl_mean");
  if (e2e === undefined || ttft === undefined || itl === undefined) return undefined;
  return (e2e - ttft) / itl + 1;
}
