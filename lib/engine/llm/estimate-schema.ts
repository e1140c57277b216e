import { z } from "zod";
import { customHardwareSchema } from "../../catalog/hardware-schema";
import { customModelSchema } from "../../catalog/model-schema";
import { catalogIdSchema } from "../../catalog/source";
import { ESTIMATE_FIELDS } from "../../plan/fields/estimate";
import { field } from "../../plan/fields/registry";
import { fastParser } from "./fast-parse";
import { SPECULATIVE_METHODS } from "./speculative";
import { confidenceSchema, latencyPercentilesSchema, operatingPointSchema } from "./rate-result";

/** Bring your own model: a Hugging Face config.json, read by parseHfConfig (issues name `model.hfConfig.<path>`). */
export const hfConfigModelSchema = z
  .object({ hfConfig: z.record(z.string(), z.unknown()).describe("The model's config.json, as an object") })
  .strict();

/**
 * The estimate request — the stable contract of `stackplan estimate`, `POST /api/estimate` and the engine.
 * The CLI's flags are kebab-case versions of the field names, with the defaults, bounds and help read from here and
 * from the field registry (lib/plan/fields/estimate.ts). Ids are validated against the catalog after parsing.
 */
export const estimateRequestSchema = z
  .object({
    model: field(z.union([catalogIdSchema, customModelSchema, hfConfigModelSchema]), ESTIMATE_FIELDS.model),
    // Optional when `product` names the server: its accelerator is then the hardware (resolve.ts).
    hardware: field(z.union([catalogIdSchema, customHardwareSchema]).optional(), ESTIMATE_FIELDS.hardware),
    devices: field(z.number().int().min(1).max(4096).default(1), ESTIMATE_FIELDS.devices),
    devicesPerNode: field(z.number().int().min(1).max(64).optional(), ESTIMATE_FIELDS.devicesPerNode),
    interconnect: field(catalogIdSchema.optional(), ESTIMATE_FIELDS.interconnect),
    product: field(catalogIdSchema.optional(), ESTIMATE_FIELDS.product),
    intraNodeInterconnect: field(catalogIdSchema.optional(), ESTIMATE_FIELDS.intraNodeInterconnect),
    replicas: field(z.number().int().min(1).max(100_000).default(1), ESTIMATE_FIELDS.replicas),
    precision: field(catalogIdSchema.optional(), ESTIMATE_FIELDS.precision),
    kvPrecision: field(catalogIdSchema.optional(), ESTIMATE_FIELDS.kvPrecision),
    framework: field(catalogIdSchema.optional(), ESTIMATE_FIELDS.framework),
    concurrency: field(
      z.union([z.number().int().min(1).max(1_000_000), z.literal("max")]).default(1),
      ESTIMATE_FIELDS.concurrency,
    ),
    inputTokens: field(z.number().int().min(1).max(10_000_000).default(1000), ESTIMATE_FIELDS.inputTokens),
    outputTokens: field(z.number().int().min(0).max(1_000_000).default(256), ESTIMATE_FIELDS.outputTokens),
    memoryGb: field(z.number().positive().max(100_000).optional(), ESTIMATE_FIELDS.memoryGb),
    requestRatePerSecond: field(
      z.number().positive().max(1_000_000).optional(),
      ESTIMATE_FIELDS.requestRatePerSecond,
    ),
    arrivalProcess: field(z.enum(["poisson", "constant"]).default("poisson"), ESTIMATE_FIELDS.arrivalProcess),
    maxNumSeqs: field(z.number().int().min(1).max(65_536).optional(), ESTIMATE_FIELDS.maxNumSeqs),
    maxBatchedTokens: field(
      z.number().int().min(16).max(1_048_576).optional(),
      ESTIMATE_FIELDS.maxBatchedTokens,
    ),
    gpuMemoryUtilization: field(z.number().min(0.05).max(1).optional(), ESTIMATE_FIELDS.gpuMemoryUtilization),
    cpuKvOffload: field(z.union([z.boolean(), z.stringbool()]).optional(), ESTIMATE_FIELDS.cpuKvOffload),
    prefixCacheHitRatio: field(z.number().min(0).max(1).optional(), ESTIMATE_FIELDS.prefixCacheHitRatio),
    sharedPrefixTokens: field(
      z.number().int().min(0).max(10_000_000).optional(),
      ESTIMATE_FIELDS.sharedPrefixTokens,
    ),
    speculativeMethod: field(z.enum(SPECULATIVE_METHODS).optional(), ESTIMATE_FIELDS.speculativeMethod),
    draftTokens: field(z.number().int().min(1).max(16).default(3), ESTIMATE_FIELDS.draftTokens),
    draftAcceptanceRate: field(z.number().min(0).max(1).default(0.7), ESTIMATE_FIELDS.draftAcceptanceRate),
  })
  .strict();
export type EstimateRequest = z.infer<typeof estimateRequestSchema>;
export type EstimateRequestInput = z.input<typeof estimateRequestSchema>;

/** estimateRequestSchema.parse, with the fast path of fast-parse.ts for requests of plain ids and numbers. */
export const parseEstimateRequest = fastParser(estimateRequestSchema);

export const warningSchema = z
  .object({
    code: z.string(),
    message: z.string(),
    /** The warning's figures and names, for the findings catalog to word it in every language. */
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .strict();
export type EngineWarning = z.infer<typeof warningSchema>;

export const BOUNDS = ["memory", "compute", "communication", "overhead"] as const;

export const estimateResultSchema = z
  .object({
    fits: z.boolean().describe("Weights, KV cache for the concurrency and overhead fit every device"),
    memory: z
      .object({
        weightsGb: z.number().describe("Weights of one instance, GB (1e9 bytes), all devices together"),
        kvCacheGb: z.number().describe("KV cache for the concurrency at full context, GB, one instance"),
        overheadGb: z
          .number()
          .describe("Runtime overhead (context, activations, workspace), GB, one instance"),
        requiredGb: z.number().describe("weights + KV + overhead, GB, one instance"),
        capacityGb: z.number().describe("Usable memory of one instance's devices, GB"),
      })
      .strict(),
    maxConcurrency: z
      .number()
      .int()
      .nonnegative()
      .describe("Sequences per replica the KV budget allows at full context"),
    concurrency: z
      .number()
      .int()
      .nonnegative()
      .describe("Concurrency the figures are computed at, per replica"),
    decodeTokensPerSecondPerStream: z.number().nonnegative(),
    aggregateOutputTokensPerSecond: z.number().nonnegative().describe("All replicas together"),
    prefillTokensPerSecond: z.number().nonnegative().describe("One replica prefilling one prompt alone"),
    ttftMs: z.number().nonnegative(),
    itlMs: z.number().nonnegative().describe("Inter-token latency per stream at this concurrency"),
    e2eLatencyMs: z.number().nonnegative(),
    bound: z.enum(BOUNDS).describe("What limits a decode step at this concurrency"),
    operatingPoint: operatingPointSchema
      .optional()
      .describe("With requestRatePerSecond: the solved operating point of each replica"),
    latency: latencyPercentilesSchema
      .optional()
      .describe("With requestRatePerSecond: mean and p50/p90/p99 latencies, ms"),
    confidence: confidenceSchema,
    warnings: z.array(warningSchema),
    assumptions: z.array(z.string()),
  })
  .strict();
export type EstimateResult = z.infer<typeof estimateResultSchema>;

/** A batch item that failed: same position as its request, holding the error instead of a result. */
export interface EstimateError {
  error: { code: string; message: string; path?: string };
}
