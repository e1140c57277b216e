import { z } from "zod";
import { catalogIdSchema, sourceSchema } from "./source";

export const attentionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("mha") }).strict(),
  z.object({ kind: z.literal("gqa") }).strict(),
  z
    .object({
      kind: z.literal("mla"),
      kvLoraRank: z.number().int().positive().describe("Compressed KV latent width cached per layer"),
      qLoraRank: z.number().int().positive(),
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
    expertsPerToken: z.number().int().positive(),
    sharedExperts: z.number().int().nonnegative().default(0),
    expertIntermediateSize: z.number().int().positive(),
    denseLayers: z
      .number()
      .int()
      .nonnegative()
      .default(0)
      .describe("Leading layers with a dense MLP (DeepSeek first_k_dense_replace)"),
  })
  .strict();
export type Moe = z.infer<typeof moeSchema>;

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
    slidingWindow: z
      .object({ tokens: z.number().int().positive(), layerShare: z.number().min(0).max(1) })
      .strict()
      .optional()
      .describe("Layers that attend over a sliding window only (their KV cache is capped)"),
    moe: moeSchema.optional(),
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
