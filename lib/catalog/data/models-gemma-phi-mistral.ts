import { card, hfConfig, type ModelInput } from "./models-sources";

const GEMMA3_REPORT = {
  kind: "datasheet",
  title: "Gemma 3 Technical Report, Table 1: vision encoder, embedding and non-embedding parameters",
  url: "https://arxiv.org/abs/2503.19786",
} as const;

/**
 * Gemma 3 (March 2025): 5 local sliding-window layers for 1 global layer (sliding_window_pattern 6 — layer i is
 * global when (i + 1) is a multiple of 6), tied embeddings, 256-wide heads except 27B. The 4B, 12B and 27B
 * checkpoints are multimodal (Gemma3ForConditionalGeneration: fields under text_config) with a 417 M SigLIP
 * vision encoder.
 */
function gemma3(
  size: "1b" | "4b" | "12b" | "27b",
  shape: Pick<ModelInput, "layers" | "hiddenSize" | "heads" | "kvHeads" | "headDim" | "intermediateSize">,
  counts: { visionM: number; embeddingM: number; nonEmbeddingM: number },
): ModelInput {
  const repo = `google/gemma-3-${size}-it`;
  const multimodal = counts.visionM > 0;
  const totalB = Math.round(counts.visionM + counts.embeddingM + counts.nonEmbeddingM) / 1000;
  const textB = Math.round(counts.embeddingM + counts.nonEmbeddingM) / 1000;
  return {
    id: `gemma-3-${size}`,
    name: `Gemma 3 ${size.toUpperCase()}`,
    family: "gemma-3",
    kind: "llm",
    ...shape,
    vocabSize: multimodal ? 262208 : 262144,
    tiedEmbeddings: true,
    attention: { kind: "gqa" },
    slidingWindow: { tokens: multimodal ? 1024 : 512, globalEvery: 6 },
    ...(multimodal ? { visionParamsB: counts.visionM / 1000 } : {}),
    totalParamsB: totalB,
    activeParamsB: textB,
    maxContextTokens: multimodal ? 131072 : 32768,
    nativePrecision: "bf16",
    releaseDate: "2025-03-12",
    sources: [
      hfConfig(repo, multimodal ? "architecture fields under text_config" : undefined),
      {
        ...GEMMA3_REPORT,
        note: `${size.toUpperCase()}: ${counts.visionM} M vision, ${counts.embeddingM} M embedding, ${counts.nonEmbeddingM} M non-embedding`,
      },
    ],
    notes:
      `Sliding window ${multimodal ? "1,024" : "512"} tokens on 5 layers of 6, global attention on every 6th. ` +
      (multimodal
        ? `Multimodal: the ${counts.visionM} M vision encoder is in the ${totalB} B total and in memory, not in the ` +
          `${textB} B a text token uses (activeParamsB). `
        : "Text only (Gemma3ForCausalLM). ") +
      "GeGLU MLP (3 matrices, counted like SwiGLU); four norms per layer and q/k norms are not counted (< 0.1%).",
  };
}

/** Gemma 3 1B–27B, Phi-4, Mistral Nemo 12B, Mistral Small 3 (24B), Yi 34B. */
export const GEMMA_PHI_MISTRAL_MODELS: readonly ModelInput[] = [
  gemma3(
    "1b",
    { layers: 26, hiddenSize: 1152, heads: 4, kvHeads: 1, headDim: 256, intermediateSize: 6912 },
    { visionM: 0, embeddingM: 302, nonEmbeddingM: 698 },
  ),
  gemma3(
    "4b",
    { layers: 34, hiddenSize: 2560, heads: 8, kvHeads: 4, headDim: 256, intermediateSize: 10240 },
    { visionM: 417, embeddingM: 675, nonEmbeddingM: 3209 },
  ),
  gemma3(
    "12b",
    { layers: 48, hiddenSize: 3840, heads: 16, kvHeads: 8, headDim: 256, intermediateSize: 15360 },
    { visionM: 417, embeddingM: 1012, nonEmbeddingM: 10759 },
  ),
  gemma3(
    "27b",
    { layers: 62, hiddenSize: 5376, heads: 32, kvHeads: 16, headDim: 128, intermediateSize: 21504 },
    { visionM: 417, embeddingM: 1416, nonEmbeddingM: 25600 },
  ),
  {
    id: "phi-4",
    name: "Phi-4 14B",
    family: "phi-4",
    kind: "llm",
    layers: 40,
    hiddenSize: 5120,
    heads: 40,
    kvHeads: 10,
    headDim: 128,
    intermediateSize: 17920,
    vocabSize: 100352,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    totalParamsB: 14.7,
    activeParamsB: 14.7,
    maxContextTokens: 16384,
    nativePrecision: "bf16",
    releaseDate: "2024-12-12",
    sources: [hfConfig("microsoft/phi-4"), card("microsoft/phi-4", "14B parameters, dense decoder-only")],
    notes:
      "Phi3ForCausalLM with fused qkv and gate/up projections (same counts as separate ones). Microsoft states " +
      "14 B; the config gives 14.66 B (14.7 B on the checkpoint, used here). 16K context.",
  },
  {
    id: "mistral-nemo-12b",
    name: "Mistral Nemo 12B Instruct",
    family: "mistral",
    kind: "llm",
    layers: 40,
    hiddenSize: 5120,
    heads: 32,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 14336,
    vocabSize: 131072,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    totalParamsB: 12.2,
    activeParamsB: 12.2,
    maxContextTokens: 131072,
    nativePrecision: "bf16",
    releaseDate: "2024-07-18",
    sources: [
      hfConfig("mistralai/Mistral-Nemo-Instruct-2407"),
      {
        kind: "datasheet",
        title: "Mistral AI: Mistral NeMo — 12B parameters, 128k context",
        url: "https://mistral.ai/news/mistral-nemo",
      },
    ],
    notes:
      "head_dim 128 with 32 heads (4,096) below hidden 5,120. Tekken tokenizer (131,072 tokens). Mistral states " +
      "12 B; the config gives 12.25 B. Config max_position_embeddings 1,024,000; 128K advertised.",
  },
  {
    id: "mistral-small-3-24b",
    name: "Mistral Small 3 24B Instruct (2501)",
    family: "mistral",
    kind: "llm",
    layers: 40,
    hiddenSize: 5120,
    heads: 32,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 32768,
    vocabSize: 131072,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    totalParamsB: 23.57,
    activeParamsB: 23.57,
    maxContextTokens: 32768,
    nativePrecision: "bf16",
    releaseDate: "2025-01-30",
    sources: [
      hfConfig("mistralai/Mistral-Small-24B-Instruct-2501"),
      {
        kind: "datasheet",
        title: "Mistral AI: Mistral Small 3 — a latency-optimized 24B-parameter model",
        url: "https://mistral.ai/news/mistral-small-3",
      },
    ],
    notes:
      "Marketed as 24 B; the config gives 23.57 B (used here). Same attention as Nemo with a 32,768-wide MLP; no " +
      "sliding window; 32K context.",
  },
  {
    id: "yi-34b",
    name: "Yi 34B",
    family: "yi",
    kind: "llm",
    layers: 60,
    hiddenSize: 7168,
    heads: 56,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 20480,
    vocabSize: 64000,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    totalParamsB: 34.39,
    activeParamsB: 34.39,
    maxContextTokens: 4096,
    nativePrecision: "bf16",
    releaseDate: "2023-11-02",
    sources: [hfConfig("01-ai/Yi-34B"), card("01-ai/Yi-34B", "34B base model, 4K context")],
    notes:
      "Llama architecture (LlamaForCausalLM). Config gives 34.39 B; 4K context (the Yi-34B-200K variant extends " +
      "it). 245,760 B of BF16 KV cache per token.",
  },
] satisfies ModelInput[];
