import { z } from "zod";

/**
 * One public serving measurement (public-serving.json): the fields of the older measurement files (rows.ts'
 * Measurement) plus what a rate-based serving model needs to reproduce it — the engine and its version, exact
 * input/output lengths, the arrival rate and number of prompts, the metric's exact definition and a confidence.
 */
export const PUBLIC_SERVING_METRICS = [
  "aggregate_output_tok_s",
  "output_tok_s_per_gpu",
  "ttft_mean_ms",
  "itl_median_ms",
  "tpot_mean_ms",
  "e2e_mean_ms",
] as const;
export type PublicServingMetric = (typeof PUBLIC_SERVING_METRICS)[number];

const sourceSchema = z
  .object({
    title: z.string().optional(),
    url: z.string().url(),
    repo: z.string().optional(),
    path: z.string().optional(),
    commit: z
      .string()
      .regex(/^[0-9a-f]{40}$/)
      .optional(),
    secondary_copy: z.string().optional(),
    note: z.string().optional(),
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  })
  .strict();

export const publicServingRowSchema = z
  .object({
    id: z.string().regex(/^P\d{3}$/, "P followed by three digits"),
    category: z.string().min(1),
    hardware: z
      .object({
        chip: z.string().min(1),
        count: z.number().int().positive(),
        interconnect: z.string().min(1).describe("SXM/NVLink, PCIe or NVL, as the source states"),
      })
      .strict(),
    model: z.string().min(1),
    params_b: z.number().positive(),
    quantization: z.string().min(1),
    kv_cache: z
      .enum(["fp8", "bf16", "fp16"])
      .optional()
      .describe("KV-cache precision when the source states it"),
    engine: z
      .object({ name: z.enum(["vllm", "sglang", "tensorrt-llm"]), version: z.string().min(1) })
      .strict(),
    framework: z.string().min(1).describe("Engine, version and the flags the source ran with"),
    input_tokens: z.number().int().positive(),
    output_tokens: z.number().int().positive(),
    num_prompts: z.number().int().positive().nullable(),
    request_rate_rps: z.number().positive().nullable().describe("Poisson arrival rate; null = all at once"),
    batch_or_concurrency: z.union([z.number().int().positive(), z.literal("max")]),
    workload: z.string().min(1),
    metric: z.enum(PUBLIC_SERVING_METRICS),
    metric_definition: z
      .string()
      .min(1)
      .describe("What the source's tool computed: mean/median/p99, over what"),
    value: z.number().positive(),
    unit: z.enum(["tokens/s", "ms"]),
    source: sourceSchema,
    publication_date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
    confidence: z.enum(["high", "medium", "low"]),
    notes: z.string().optional(),
  })
  .strict();
export type PublicServingRow = z.infer<typeof publicServingRowSchema>;

export const publicServingFileSchema = z
  .object({
    description: z.string(),
    how_to_read: z.record(z.string(), z.string()),
    rows: z.array(publicServingRowSchema).min(1),
  })
  .strict();
