import { card, hfConfig, type ModelInput } from "./models-sources";

/**
 * Llama 4 text stack (text_config of both checkpoints): 48 layers, hidden 5,120, 40 query / 8 KV heads of 128,
 * 202,048-token vocabulary, untied head. Every layer's MoE block has one shared expert beside the routed ones
 * (HF Llama4TextMoe.shared_expert, width intermediate_size). Three layers in four use chunked attention over
 * 8,192-token chunks (attention_chunk_size); every fourth layer is a global no-RoPE layer (no_rope_layers).
 */
const LLAMA4_TEXT = {
  kind: "llm",
  family: "llama-4",
  layers: 48,
  hiddenSize: 5120,
  heads: 40,
  kvHeads: 8,
  headDim: 128,
  intermediateSize: 16384,
  vocabSize: 202048,
  tiedEmbeddings: false,
  attention: { kind: "gqa" },
  slidingWindow: { tokens: 8192, globalEvery: 4, kind: "chunked" },
  activeParamsB: 17,
  nativePrecision: "bf16",
  releaseDate: "2025-04-05",
  // Derived from vision_config (34 ViT layers of width 1,408, MLP 5,632, biases; patch and position embeddings;
  // pixel-shuffle MLP 5,632→4,096→4,096; projector 4,096→5,120): 0.872 B, identical in both checkpoints.
  visionParamsB: 0.872,
} as const;

const LLAMA4_NOTES =
  "Natively multimodal: the 0.87 B vision encoder is loaded with the weights but never read by a text request. " +
  "KV cache 196,608 B/token in BF16 for all 48 layers; the 36 chunked layers hold at most one 8,192-token chunk. " +
  "Active 17 B per token = attention + one routed + one shared expert per MoE layer + dense layers + embeddings.";

const AIC_LLAMA4_COMMIT = "64c5ddb697dd8ad88a938f65b23d25cf5f45de12";

/** The same config.json kept in NVIDIA's AIConfigurator (pinned commit), read for this entry. */
function aicLlama4(repoName: string): ModelInput["sources"][number] {
  return {
    kind: "config",
    title: `AIConfigurator model config meta-llama--${repoName}_config.json`,
    repo: "ai-dynamo/aiconfigurator",
    path: `aic-core/src/aiconfigurator_core/model_configs/meta-llama--${repoName}_config.json`,
    commit: AIC_LLAMA4_COMMIT,
  };
}

/** Code Llama (August 2023): Llama 2 bodies trained on code, RoPE theta 1e6, 16K training context. */
function codeLlama(
  size: "7b" | "13b" | "34b",
  shape: Pick<ModelInput, "layers" | "hiddenSize" | "heads" | "kvHeads" | "intermediateSize" | "vocabSize">,
  checkpointB: number,
): ModelInput {
  const repo = `codellama/CodeLlama-${size}-hf`;
  return {
    id: `codellama-${size}`,
    name: `Code Llama ${size.toUpperCase()}`,
    family: "codellama",
    kind: "llm",
    ...shape,
    headDim: 128,
    tiedEmbeddings: false,
    attention: { kind: shape.kvHeads === shape.heads ? "mha" : "gqa" },
    totalParamsB: checkpointB,
    activeParamsB: checkpointB,
    maxContextTokens: 16384,
    nativePrecision: "bf16",
    releaseDate: "2023-08-24",
    sources: [hfConfig(repo), card(repo, `${checkpointB}B parameters in the checkpoint`)],
    notes:
      `Marketed as '${size.toUpperCase()}'; the checkpoint holds ${checkpointB} B (used here). ` +
      "Config max_position_embeddings 16,384 (Meta reports stable generation up to 100K tokens). " +
      (shape.kvHeads === shape.heads
        ? "Full multi-head attention: large KV cache per token."
        : "Grouped-query attention (8 KV heads)."),
  };
}

/** Llama 4 Scout and Maverick, Code Llama 7B / 13B / 34B. */
export const LLAMA4_CODELLAMA_MODELS: readonly ModelInput[] = [
  {
    ...LLAMA4_TEXT,
    id: "llama-4-scout",
    name: "Llama 4 Scout 17B-16E",
    moe: { experts: 16, expertsPerToken: 1, sharedExperts: 1, expertIntermediateSize: 8192 },
    totalParamsB: 109,
    maxContextTokens: 10485760,
    sources: [
      hfConfig("meta-llama/Llama-4-Scout-17B-16E-Instruct"),
      aicLlama4("Llama-4-Scout-17B-16E-Instruct"),
      card("meta-llama/Llama-4-Scout-17B-16E-Instruct", "17B activated, 109B total, 16 experts"),
    ],
    notes:
      "Every layer is MoE (interleave_moe_layer_step 1): 16 routed experts of width 8,192, top-1, + 1 shared " +
      "expert; intermediate_size_mlp 16,384 is unused. Config max_position_embeddings 10,485,760 (10M context). " +
      `Fits one H100 only in INT4. ${LLAMA4_NOTES}`,
  },
  {
    ...LLAMA4_TEXT,
    id: "llama-4-maverick",
    name: "Llama 4 Maverick 17B-128E",
    moe: { experts: 128, expertsPerToken: 1, sharedExperts: 1, expertIntermediateSize: 8192, layerStep: 2 },
    totalParamsB: 400,
    maxContextTokens: 1048576,
    sources: [
      hfConfig("meta-llama/Llama-4-Maverick-17B-128E-Instruct"),
      aicLlama4("Llama-4-Maverick-17B-128E-Instruct"),
      card("meta-llama/Llama-4-Maverick-17B-128E-Instruct", "17B activated, 400B total, 128 experts"),
    ],
    notes:
      "Interleaved MoE (interleave_moe_layer_step 2): layers 1, 3, …, 47 are MoE with 128 routed experts of width " +
      "8,192, top-1, + 1 shared expert; layers 0, 2, …, 46 are dense with intermediate_size_mlp 16,384. Config " +
      "gives 401.6 B with the vision encoder (Meta states 400 B). Meta also publishes an FP8 checkpoint for one " +
      `8 × H100 node. Config max_position_embeddings 1,048,576. ${LLAMA4_NOTES}`,
  },
  codeLlama(
    "7b",
    { layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 32, intermediateSize: 11008, vocabSize: 32016 },
    6.74,
  ),
  codeLlama(
    "13b",
    { layers: 40, hiddenSize: 5120, heads: 40, kvHeads: 40, intermediateSize: 13824, vocabSize: 32016 },
    13.02,
  ),
  codeLlama(
    "34b",
    { layers: 48, hiddenSize: 8192, heads: 64, kvHeads: 8, intermediateSize: 22016, vocabSize: 32000 },
    33.74,
  ),
] satisfies ModelInput[];
