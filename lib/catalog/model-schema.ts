import { z } from "zod";
import { catalogIdSchema, sourceSchema } from "./source";

export const attentionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("mha") }).strict(),
  z.object({ kind: z.literal("gqa") }).strict(),
  z
    .object({
      kind: z.literal("mla"),
      kvLoraRank: z.number().int().positive().describe("Compressed KV latent width cached per layer"),
      qLoraRank: z
        .number()
        .int()
        .positive()
        .optional()
        .describe("Compressed query width; absent when queries are projected directly (DeepSeek-V2-Lite)"),
      qkNopeHeadDim: z.number().int().positive(),
      qkRopeHeadDim: z.number().int().positive().describe("Decoupled RoPE key width, also cached per layer"),
      vHeadDim: z.number().int().positive(),
    })
    .strict(),
]);
export type Attention = z.infer<typeof attentionSchema>;

export const moeSchema = z
  .object({
    experts: z.number().int().positive().describe("Routed experts per MoE layer"),
    expertsPerToken: z.number().int().positive().describe("Routed experts each token visits (top-k)"),
    sharedExperts: z
      .number()
      .int()
      .nonnegative()
      .default(0)
      .describe("Always-active experts per MoE layer (DeepSeek n_shared_experts, Llama 4: 1)"),
    expertIntermediateSize: z.number().int().positive().describe("MLP width of one routed expert"),
    sharedExpertIntermediateSize: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        "MLP width of one shared expert when it differs from a routed one (Qwen2-MoE shared_expert_intermediate_size)",
      ),
    denseLayers: z
      .number()
      .int()
      .nonnegative()
      .default(0)
      .describe("Leading layers with a dense MLP (DeepSeek first_k_dense_replace)"),
    layerStep: z
      .number()
      .int()
      .positive()
      .default(1)
      .describe(
        "After the leading dense layers, layer i (0-based) is MoE when (i + 1) is a multiple of this step, dense " +
          "otherwise (Llama 4 interleave_moe_layer_step, Qwen-MoE decoder_sparse_step; 1 = every layer)",
      ),
  })
  .strict();
export type Moe = z.infer<typeof moeSchema>;

/**
 * Which layers attend over a bounded span. `globalEvery` is the per-layer pattern of interleaved models (Gemma 3
 * sliding_window_pattern 6: five local layers, then one global; gpt-oss layer_types sliding/full: 2; Llama 4
 * no-RoPE layers: every 4th global, the others chunked). Without it, `layerShare` says which share of the layers
 * is windowed (1 = all, Mistral 7B). With it, `layerShare` may be omitted: the pattern decides.
 */
export const slidingWindowSchema = z
  .object({
    tokens: z.number().int().positive().describe("Window (or chunk) length, tokens"),
    layerShare: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe("Share of the layers that are windowed, when no globalEvery pattern is given"),
    globalEvery: z
      .number()
      .int()
      .min(2)
      .optional()
      .describe(
        "Layer i (0-based) attends globally when (i + 1) is a multiple of this; the others are windowed",
      ),
    kind: z
      .enum(["sliding", "chunked"])
      .default("sliding")
      .describe(
        "sliding: each token sees the last `tokens` tokens; chunked (Llama 4): tokens see their own fixed chunk",
      ),
  })
  .strict()
  .refine((w) => w.layerShare !== undefined || w.globalEvery !== undefined, {
    message: "give layerShare (share of windowed layers) or globalEvery (every N-th layer is global)",
    path: ["layerShare"],
  });
export type SlidingWindow = z.infer<typeof slidingWindowSchema>;

/** A transformer's architecture, from its config.json, plus the parameter counts its authors state. */
export const modelSchema = z
  .object({
    id: catalogIdSchema,
    name: z.string().min(1),
    family: z.string(),
    kind: z.enum(["llm", "embedding"]),
    layers: z.number().int().positive(),
    hiddenSize: z.number().int().positive(),
    heads: z.number().int().positive(),
    kvHeads: z.number().int().positive(),
    headDim: z.number().int().positive(),
    intermediateSize: z
      .number()
      .int()
      .positive()
      .describe("Dense MLP width (also the dense layers of an MoE model)"),
    vocabSize: z.number().int().positive(),
    tiedEmbeddings: z.boolean(),
    qkvBias: z.boolean().default(false),
    attention: attentionSchema,
    slidingWindow: slidingWindowSchema
      .optional()
      .describe("Layers that attend over a window (or chunk) only: their KV cache is capped"),
    moe: moeSchema.optional(),
    visionParamsB: z
      .number()
      .nonnegative()
      .optional()
      .describe(
        "Vision encoder + projector, billions: part of totalParamsB and of the weights in memory, never read by a " +
          "text-only request",
      ),
    totalParamsB: z.number().positive().describe("Total parameters, billions, as stated by the authors"),
    activeParamsB: z
      .number()
      .positive()
      .describe("Parameters used per token (= total for dense models), billions"),
    maxContextTokens: z.number().int().positive(),
    embeddingDim: z.number().int().positive().optional().describe("Embedding models: output vector width"),
    nativePrecision: z.string().describe("Precision the weights are published in (bf16, fp8, mxfp4)"),
    releaseDate: z.string().optional(),
    sources: z.array(sourceSchema).min(1),
    notes: z.string().optional(),
  })
  .strict();
export type Model = z.infer<typeof modelSchema>;

export const customModelSchema = modelSchema
  .omit({ sources: true })
  .extend({
    id: catalogIdSchema.default("custom"),
    name: z.string().default("Custom model"),
    family: z.string().default("custom"),
    kind: z.enum(["llm", "embedding"]).default("llm"),
    tiedEmbeddings: z.boolean().default(false),
    attention: attentionSchema.default({ kind: "gqa" }),
    nativePrecision: z.string().default("bf16"),
    sources: z.array(sourceSchema).default([{ kind: "assumption", title: "User-supplied architecture" }]),
  })
  .strict();
export type CustomModel = z.infer<typeof customModelSchema>;
