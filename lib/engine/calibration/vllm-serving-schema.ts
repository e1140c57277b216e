import { z } from "zod";

/**
 * The shape of vllm-serving-runs.json: real vLLM v0.15.1 serving runs on H100 SXM (inference-perf, constant-rate
 * arrivals, streaming, prefix caching on), one row per experiment × load stage × metric. Field names are the
 * file's own (snake_case) so the vendored copy stays byte-identical to its source.
 */
const stageSchema = z
  .object({
    rate: z.number().positive().describe("Constant arrival rate of the stage, requests/s"),
    duration: z.number().positive().describe("Stage length, s"),
  })
  .strict();

export const VLLM_SERVING_METRICS = [
  "e2e_mean",
  "e2e_p90",
  "e2e_p99",
  "ttft_mean",
  "ttft_p90",
  "ttft_p99",
  "itl_mean",
] as const;
export type VllmServingMetric = (typeof VLLM_SERVING_METRICS)[number];

export const vllmServingRowSchema = z
  .object({
    experiment: z.string().min(1),
    model_hf: z.string().min(1).describe("Hugging Face repo of the served checkpoint"),
    hardware: z.literal("H100").describe("H100 80 GB SXM (HBM3), per the file's sources"),
    tp: z.number().int().positive().describe("Tensor-parallel GPUs of the one replica"),
    dp: z.number().int().positive().nullable(),
    precision: z.enum(["FP16", "FP8"]).describe("FP16 = the checkpoint's 16-bit weights; FP8 = FP8-dynamic"),
    max_num_batched_tokens: z.number().int().positive().describe("Chunked-prefill token budget per step"),
    gpu_mem_util: z.number().positive().max(1).nullable().describe("null = vLLM's default (0.9)"),
    cpu_offload: z.boolean().nullable(),
    max_num_seqs: z.number().int().positive(),
    max_model_len: z.number().int().positive(),
    workload: z.string().min(1).describe("Key of the file's workloads table"),
    stages: z.array(stageSchema).min(1),
    system_prompt_len: z.number().int().nonnegative().describe("Shared prefix, tokens (mostly a cache hit)"),
    question_len: z.number().int().positive(),
    input_tokens: z.number().int().positive().describe("system_prompt_len + question_len"),
    output_tokens: z.number().int().positive().describe("output_len, generated with ignore_eos"),
    measured: z
      .object({
        folder: z.string(),
        mean_prompt_tokens: z.number().positive(),
        mean_output_tokens: z.number().positive().describe("inference-perf's re-tokenised count"),
        completed_requests: z.number().int().nonnegative(),
        source: z.string(),
      })
      .strict()
      .nullable(),
    stage_index: z.union([z.literal(-1), z.number().int().nonnegative()]).describe("-1 = the whole run"),
    rate_rps: z.number().positive().nullable().describe("The stage's rate; null for the whole run"),
    stage_duration_s: z.number().positive().nullable(),
    metric: z.enum(VLLM_SERVING_METRICS),
    actual: z.number().positive().describe("Measured value, ms"),
    assumptions: z.array(z.string()),
    peers: z.record(z.string(), z.object({ predicted: z.number() }).strict()),
  })
  .strict();
export type VllmServingRow = z.infer<typeof vllmServingRowSchema>;

export const vllmServingFileSchema = z
  .object({
    description: z.string(),
    how_to_read: z.record(z.string(), z.string()),
    workloads: z.record(
      z.string(),
      z
        .object({
          system_prompt_len: z.number().int().nonnegative(),
          question_len: z.number().int().positive(),
          output_len: z.number().int().positive(),
          stages: z.array(stageSchema).min(1),
          sources: z.array(z.string()),
          assumption: z.string().nullable(),
        })
        .strict(),
    ),
    notes: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    sources: z.record(
      z.string(),
      z.object({ repo: z.string(), path: z.string(), commit: z.string(), what: z.string() }).strict(),
    ),
    rows: z.array(vllmServingRowSchema).min(1),
  })
  .strict();
export type VllmServingFile = z.infer<typeof vllmServingFileSchema>;
