import { z } from "zod";

/**
 * The fields of a Hugging Face `config.json` that Stackplan reads to size a model. Unknown fields are kept and
 * ignored (configs carry dozens: rope scaling, token ids, dropout…). Every field is optional here: which ones a
 * model needs depends on its architecture, and the parser (hf-config.ts) names what is missing. The descriptions
 * are the hints shown next to a field in an error.
 */
const count = (what: string) =>
  z
    .number({ error: `expected a whole number (${what})` })
    .int({ error: `expected a whole number (${what})` })
    .positive({ error: `expected a number above 0 (${what})` })
    .describe(what);

const countOrNull = (what: string) => count(what).nullable().optional();

export const hfTextConfigSchema = z.looseObject({
  model_type: z.string().optional().describe("Architecture family, e.g. llama, qwen3_moe, gemma3_text"),
  architectures: z.array(z.string()).optional(),
  num_hidden_layers: count("number of transformer layers").optional(),
  hidden_size: count("model width").optional(),
  num_attention_heads: count("query heads per layer").optional(),
  num_key_value_heads: countOrNull("KV heads per layer; absent = one per query head"),
  head_dim: countOrNull("width of one attention head; absent = hidden_size / num_attention_heads"),
  intermediate_size: count("MLP width (of one expert for Mixtral, Llama 4, gpt-oss)").optional(),
  intermediate_size_mlp: count("Llama 4: MLP width of the dense layers").optional(),
  vocab_size: count("tokens in the vocabulary").optional(),
  max_position_embeddings: count("longest context, tokens").optional(),
  tie_word_embeddings: z.boolean().optional().describe("LM head shares the embedding table"),
  attention_bias: z.boolean().optional().describe("q/k/v/o projections carry biases"),
  num_local_experts: count("routed experts per MoE layer (Mixtral, Llama 4, gpt-oss)").optional(),
  num_experts: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe("routed experts per MoE layer (Qwen MoE); 0 = dense"),
  n_routed_experts: count("routed experts per MoE layer (DeepSeek)").optional(),
  num_experts_per_tok: count("routed experts each token visits").optional(),
  experts_per_token: count("routed experts each token visits (gpt-oss)").optional(),
  moe_intermediate_size: count("MLP width of one routed expert").optional(),
  n_shared_experts: z.number().int().nonnegative().nullable().optional().describe("always-active experts"),
  shared_expert_intermediate_size: count("MLP width of the shared expert (Qwen2-MoE)").optional(),
  first_k_dense_replace: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe("leading dense layers (DeepSeek)"),
  moe_layer_freq: count("every how many layers is MoE (DeepSeek)").optional(),
  interleave_moe_layer_step: count("every how many layers is MoE (Llama 4)").optional(),
  decoder_sparse_step: count("every how many layers is MoE (Qwen MoE)").optional(),
  mlp_only_layers: z.array(z.number().int().nonnegative()).optional().describe("dense layers of a Qwen MoE"),
  sliding_window: countOrNull("sliding-window length, tokens"),
  use_sliding_window: z.boolean().optional().describe("false = sliding_window is ignored (Qwen2, Qwen3)"),
  sliding_window_pattern: count("every how many layers is global (Gemma 3: 6)").optional(),
  layer_types: z
    .array(z.string())
    .optional()
    .describe("per layer: sliding_attention, chunked_attention or full_attention"),
  attention_chunk_size: countOrNull("chunked-attention length, tokens (Llama 4)"),
  no_rope_layers: z
    .array(z.number().int())
    .optional()
    .describe("Llama 4: 1 = chunked RoPE layer, 0 = global"),
  kv_lora_rank: countOrNull("MLA: cached latent width"),
  q_lora_rank: countOrNull("MLA: compressed query width"),
  qk_rope_head_dim: count("MLA: RoPE key width").optional(),
  qk_nope_head_dim: count("MLA: key width without RoPE").optional(),
  v_head_dim: count("MLA: value width per head").optional(),
  torch_dtype: z.string().optional().describe("published weight dtype, e.g. bfloat16"),
  dtype: z.string().optional().describe("published weight dtype (newer transformers)"),
  quantization_config: z
    .looseObject({ quant_method: z.string().optional() })
    .optional()
    .describe("quantised checkpoint (fp8, mxfp4, …)"),
});
export type HfTextConfig = z.infer<typeof hfTextConfigSchema>;

export const hfVisionConfigSchema = z.looseObject({
  hidden_size: count("vision encoder width").optional(),
  intermediate_size: count("vision encoder MLP width").optional(),
  num_hidden_layers: count("vision encoder layers").optional(),
});

/** A whole config.json: the text fields at the top level, or under `text_config` (Llama 4, Gemma 3, Mistral 3). */
export const hfConfigSchema = hfTextConfigSchema.extend({
  text_config: hfTextConfigSchema.optional(),
  vision_config: hfVisionConfigSchema.optional(),
});
export type HfConfig = z.infer<typeof hfConfigSchema>;

/** What the caller knows that a config.json does not say. */
export const hfImportOptionsSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/, "a lowercase id of letters, digits, '.', '-' and '_'")
      .optional(),
    name: z.string().min(1).optional().describe("Display name, e.g. the Hugging Face repo"),
    kind: z.enum(["llm", "embedding"]).default("llm"),
    repo: z
      .string()
      .optional()
      .describe("Hugging Face repo the config came from (kept as the model's source)"),
  })
  .strict();
export type HfImportOptions = z.input<typeof hfImportOptionsSchema>;

/**
 * Defaults of the transformers config classes whose published config.json files omit fields equal to them
 * (Gemma 3's text_config lists only what differs from Gemma3TextConfig). Used only when the field is absent, and
 * reported as an assumption.
 */
export const MODEL_TYPE_DEFAULTS: Record<string, Partial<HfTextConfig>> = {
  gemma3_text: {
    vocab_size: 262208,
    num_attention_heads: 8,
    num_key_value_heads: 4,
    head_dim: 256,
    max_position_embeddings: 131072,
    sliding_window: 4096,
    sliding_window_pattern: 6,
    tie_word_embeddings: true,
  },
  gemma2: { sliding_window_pattern: 2, tie_word_embeddings: true },
  llama4_text: {
    attention_chunk_size: 8192,
    num_experts_per_tok: 1,
    interleave_moe_layer_step: 1,
    tie_word_embeddings: false,
  },
};
