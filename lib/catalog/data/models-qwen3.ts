import { card, hfConfig, type ModelInput } from "./models-sources";

/** Shared by every Qwen3 model: 128-wide heads, 151,936-token vocabulary, no QKV bias (q/k RMSNorm instead). */
const QWEN3_COMMON = {
  kind: "llm",
  family: "qwen3",
  headDim: 128,
  vocabSize: 151936,
  qkvBias: false,
  attention: { kind: "gqa" },
  maxContextTokens: 32768,
  nativePrecision: "bf16",
  releaseDate: "2025-04-29",
} as const;

const QWEN3_NOTES =
  "Config max_position_embeddings 40,960; the card gives 32,768 native tokens (131,072 with YaRN rope scaling). " +
  "Per-head q/k RMSNorm replaces Qwen2's QKV bias (256 parameters per layer, not counted).";

/** A dense Qwen3 model: config fields, the card's stated total, and whether the embedding table is the LM head. */
function qwen3Dense(
  size: string,
  shape: { layers: number; hiddenSize: number; heads: number; intermediateSize: number; tied: boolean },
  statedB: number,
  nonEmbeddingB: number,
): ModelInput {
  const repo = `Qwen/Qwen3-${size}`;
  return {
    ...QWEN3_COMMON,
    id: `qwen3-${size.toLowerCase()}`,
    name: `Qwen3 ${size}`,
    layers: shape.layers,
    hiddenSize: shape.hiddenSize,
    heads: shape.heads,
    kvHeads: 8,
    intermediateSize: shape.intermediateSize,
    tiedEmbeddings: shape.tied,
    totalParamsB: statedB,
    activeParamsB: statedB,
    sources: [hfConfig(repo), card(repo, `${statedB}B parameters, ${nonEmbeddingB}B non-embedding`)],
    notes: `${shape.tied ? "Tied input embedding and LM head. " : ""}${QWEN3_NOTES}`,
  };
}

/** Qwen3 (April 2025): six dense models and two MoE models, all with hybrid thinking / non-thinking modes. */
export const QWEN3_MODELS: readonly ModelInput[] = [
  qwen3Dense(
    "0.6B",
    { layers: 28, hiddenSize: 1024, heads: 16, intermediateSize: 3072, tied: true },
    0.6,
    0.44,
  ),
  qwen3Dense(
    "1.7B",
    { layers: 28, hiddenSize: 2048, heads: 16, intermediateSize: 6144, tied: true },
    1.7,
    1.4,
  ),
  qwen3Dense("4B", { layers: 36, hiddenSize: 2560, heads: 32, intermediateSize: 9728, tied: true }, 4.0, 3.6),
  qwen3Dense(
    "8B",
    { layers: 36, hiddenSize: 4096, heads: 32, intermediateSize: 12288, tied: false },
    8.2,
    6.95,
  ),
  qwen3Dense(
    "14B",
    { layers: 40, hiddenSize: 5120, heads: 40, intermediateSize: 17408, tied: false },
    14.8,
    13.2,
  ),
  qwen3Dense(
    "32B",
    { layers: 64, hiddenSize: 5120, heads: 64, intermediateSize: 25600, tied: false },
    32.8,
    31.2,
  ),
  {
    ...QWEN3_COMMON,
    id: "qwen3-30b-a3b",
    name: "Qwen3 30B-A3B (MoE)",
    layers: 48,
    hiddenSize: 2048,
    heads: 32,
    kvHeads: 4,
    intermediateSize: 6144,
    tiedEmbeddings: false,
    moe: { experts: 128, expertsPerToken: 8, expertIntermediateSize: 768 },
    totalParamsB: 30.5,
    activeParamsB: 3.3,
    sources: [
      hfConfig("Qwen/Qwen3-30B-A3B"),
      card(
        "Qwen/Qwen3-30B-A3B",
        "30.5B total, 3.3B activated, 29.9B non-embedding; 128 experts, 8 activated",
      ),
    ],
    notes:
      "Every layer is MoE (decoder_sparse_step 1, mlp_only_layers []): 128 routed experts of width 768, top-8, no " +
      `shared expert. intermediate_size 6,144 is unused (no dense layer). ${QWEN3_NOTES}`,
  },
  {
    ...QWEN3_COMMON,
    id: "qwen3-235b-a22b",
    name: "Qwen3 235B-A22B (MoE)",
    layers: 94,
    hiddenSize: 4096,
    heads: 64,
    kvHeads: 4,
    intermediateSize: 12288,
    tiedEmbeddings: false,
    moe: { experts: 128, expertsPerToken: 8, expertIntermediateSize: 1536 },
    totalParamsB: 235,
    activeParamsB: 22,
    sources: [
      hfConfig("Qwen/Qwen3-235B-A22B"),
      card("Qwen/Qwen3-235B-A22B", "235B total, 22B activated, 234B non-embedding; 128 experts, 8 activated"),
    ],
    notes:
      "Every layer is MoE: 128 routed experts of width 1,536, top-8, no shared expert; 4 KV heads for 64 query " +
      `heads (94 × 4 × 128 × 2 × 2 B = 192,512 B of BF16 KV per token). ${QWEN3_NOTES}`,
  },
] satisfies ModelInput[];
