import { z } from "zod";
import { hardwareFamilySchema } from "./hardware-schema";
import { catalogIdSchema, datedPriceSchema, sourceSchema } from "./source";

/** Which peak-rate column of a device a precision's matrix multiplies run at when supported natively. */
export const COMPUTE_CLASSES = ["fp32", "fp16", "fp8", "int8", "fp4"] as const;
export const computeClassSchema = z.enum(COMPUTE_CLASSES);
export type ComputeClass = z.infer<typeof computeClassSchema>;

/**
 * A weight (and possibly activation/KV) number format. `bitsPerWeight` is the real storage cost including block
 * scales (GGUF Q4_0 = 18 bytes per 32 weights = 4.5 bits).
 */
export const precisionSchema = z
  .object({
    id: catalogIdSchema,
    name: z.string(),
    kind: z.enum(["float", "integer", "weight-only", "microscaling", "gguf"]),
    bitsPerWeight: z.number().positive(),
    computeClass: computeClassSchema.describe("Tensor-core rate used when the hardware supports it natively"),
    fallbackComputeClass: computeClassSchema.describe(
      "Rate used when it does not (weights dequantised on the fly)",
    ),
    requiresHardwareFeature: z
      .enum(["fp8", "fp4", "bf16"])
      .optional()
      .describe("Native support needs this column"),
    usableAsKvCache: z.boolean().describe("Can hold the KV cache (fp16/bf16/fp8/int8)"),
    kvBytesPerElement: z.number().positive().optional(),
    frameworks: z.array(catalogIdSchema).min(1).describe("Frameworks that can serve weights in this format"),
    sources: z.array(sourceSchema).min(1),
    notes: z.string().optional(),
  })
  .strict();
export type Precision = z.infer<typeof precisionSchema>;

/**
 * How many requests a framework's server runs at once when that is fewer than its KV cache would hold: a hard limit
 * of the server (mlx_lm.server, exo: one request at a time) or a default slot count a flag raises (llama-server
 * -np, OLLAMA_NUM_PARALLEL). Beyond it requests wait in the server's queue.
 */
export const concurrencyLimitSchema = z
  .object({
    requests: z.number().int().positive().describe("Requests served at once out of the box"),
    configurable: z
      .boolean()
      .describe(
        "true: `setting` raises it (the plan's fixed concurrency or maxNumSeqs); false: a hard limit",
      ),
    setting: z.string().describe("The flag or environment variable, or what would have to change"),
    sources: z.array(sourceSchema).min(1),
  })
  .strict();
export type ConcurrencyLimit = z.infer<typeof concurrencyLimitSchema>;

export const frameworkSchema = z
  .object({
    id: catalogIdSchema,
    name: z.string(),
    runsOn: z.array(hardwareFamilySchema).min(1),
    continuousBatching: z.boolean(),
    pagedKvCache: z.boolean(),
    tensorParallel: z.boolean(),
    multiNode: z.enum(["none", "pipeline", "tensor-and-pipeline"]),
    productionGrade: z.boolean().describe("false: dev/test only (e.g. Ollama per the reference platform)"),
    defaultMaxConcurrency: z
      .number()
      .int()
      .positive()
      .describe("Sequences batched at once by default (max_num_seqs, -np …)"),
    concurrencyLimit: concurrencyLimitSchema
      .optional()
      .describe("Absent: continuous batching up to max_num_seqs and the KV cache"),
    memoryUtilisation: z
      .number()
      .min(0.5)
      .max(1)
      .describe("Share of device memory the framework claims (gpu_memory_utilization)"),
    openAiCompatible: z.boolean(),
    containerImage: z.string().optional().describe("Image used by the Kubernetes export"),
    sources: z.array(sourceSchema).min(1),
    notes: z.string().optional(),
  })
  .strict();
export type Framework = z.infer<typeof frameworkSchema>;

export const interconnectSchema = z
  .object({
    id: catalogIdSchema,
    name: z.string(),
    scope: z.enum(["intra-node", "inter-node"]),
    bandwidthGBps: z.number().positive().describe("Per direction, per endpoint, GB/s (bytes)"),
    latencyUs: z
      .number()
      .positive()
      .describe("Effective one-way latency of a small message incl. software stack, µs"),
    rdma: z.boolean(),
    sources: z.array(sourceSchema).min(1),
    notes: z.string().optional(),
  })
  .strict();
export type Interconnect = z.infer<typeof interconnectSchema>;

/** A hosted model sold per token (OpenAI, Azure OpenAI, Anthropic). */
/**
 * LLM quality classes, weakest first ([planner] assumption, from the public leaderboards' tiers in Nov 2025):
 * small — GPT-4o mini and open models under 30 B; large — GPT-4.1 mini / GPT-5 mini / Claude Haiku and open models of
 * 30–200 B (Llama 3.3 70B, gpt-oss-120b); frontier — GPT-4.1, GPT-4o, GPT-5, Claude Sonnet/Opus and open models of
 * 200 B or more (DeepSeek V3/R1, Llama 3.1 405B). The advisor's "same class" model-swap policy compares them.
 */
export const MODEL_QUALITY_CLASSES = ["small", "large", "frontier"] as const;
export type ModelQualityClass = (typeof MODEL_QUALITY_CLASSES)[number];

/** Who sells model APIs per token: the closed-model vendors and the hosts of open-weight models. */
export const CLOUD_PROVIDERS = ["openai", "azure-openai", "anthropic", "together", "deepinfra"] as const;

export const cloudModelSchema = z
  .object({
    id: catalogIdSchema,
    provider: z.enum(CLOUD_PROVIDERS),
    name: z.string(),
    servesModel: catalogIdSchema
      .optional()
      .describe(
        "Hosted open-weight API: the catalog model it serves (compared with a plan self-hosting that model)",
      ),
    purpose: z.enum(["llm", "embeddings"]),
    inputPerMTok: datedPriceSchema.describe("USD per million input tokens"),
    outputPerMTok: datedPriceSchema
      .optional()
      .describe("USD per million output tokens (absent for embeddings)"),
    typicalTtftMs: z.number().positive().optional(),
    typicalOutputTokensPerSecond: z.number().positive().optional().describe("Per stream"),
    embeddingDim: z.number().int().positive().optional(),
    slaPct: z.number().optional(),
    qualityClass: z
      .enum(MODEL_QUALITY_CLASSES)
      .optional()
      .describe("LLM quality class (planner assumption from public leaderboards; see MODEL_QUALITY_CLASSES)"),
    sources: z.array(sourceSchema).min(1),
    notes: z.string().optional(),
  })
  .strict();
export type CloudModel = z.infer<typeof cloudModelSchema>;
