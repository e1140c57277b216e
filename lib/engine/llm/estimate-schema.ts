import { z } from "zod";
import { customHardwareSchema } from "../../catalog/hardware-schema";
import { customModelSchema } from "../../catalog/model-schema";
import { catalogIdSchema } from "../../catalog/source";

/**
 * The estimate request — the stable contract of `stackplan estimate`, `POST /api/estimate` and the engine.
 * Field names are camelCase versions of the CLI flags. Ids are validated against the catalog after parsing.
 */
export const estimateRequestSchema = z
  .object({
    model: z
      .union([catalogIdSchema, customModelSchema])
      .describe("Model id (e.g. llama-3.3-70b) or a custom architecture"),
    hardware: z
      .union([catalogIdSchema, customHardwareSchema])
      .describe("Hardware id (e.g. h100-sxm, m3-ultra) or custom specs"),
    devices: z
      .number()
      .int()
      .min(1)
      .max(4096)
      .default(1)
      .describe("Accelerators, or Macs, in one model instance"),
    devicesPerNode: z
      .number()
      .int()
      .min(1)
      .max(64)
      .optional()
      .describe("Devices per server (default: all); more span servers"),
    interconnect: catalogIdSchema
      .optional()
      .describe("Fabric between servers when an instance spans several"),
    replicas: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .default(1)
      .describe("Data-parallel copies of the instance"),
    precision: catalogIdSchema.optional().describe("Weight precision (default: the model's published one)"),
    kvPrecision: catalogIdSchema
      .optional()
      .describe("KV-cache precision (default: fp16, or bf16 where supported)"),
    framework: catalogIdSchema
      .optional()
      .describe("Serving framework (default: vllm on NVIDIA, llama.cpp on Apple)"),
    concurrency: z
      .union([z.number().int().min(1).max(1_000_000), z.literal("max")])
      .default(1)
      .describe('Concurrent sequences per replica, or "max" (the most the memory allows)'),
    inputTokens: z.number().int().min(1).max(10_000_000).default(1000).describe("Prompt tokens per request"),
    outputTokens: z
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .default(256)
      .describe("Generated tokens per request (0 for embeddings)"),
    memoryGb: z
      .number()
      .positive()
      .max(100_000)
      .optional()
      .describe("Memory per device override, GB (e.g. a 256 GB Mac Studio)"),
  })
  .strict();
export type EstimateRequest = z.infer<typeof estimateRequestSchema>;
export type EstimateRequestInput = z.input<typeof estimateRequestSchema>;

export const warningSchema = z.object({ code: z.string(), message: z.string() }).strict();
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
    warnings: z.array(warningSchema),
    assumptions: z.array(z.string()),
  })
  .strict();
export type EstimateResult = z.infer<typeof estimateResultSchema>;

/** A batch item that failed: same position as its request, holding the error instead of a result. */
export interface EstimateError {
  error: { code: string; message: string; path?: string };
}
