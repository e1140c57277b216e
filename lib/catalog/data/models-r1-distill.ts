import { card, hfConfig, type ModelInput } from "./models-sources";

/** DeepSeek-R1 distilled into Qwen2.5 bodies: QKV bias, untied head (even the 1.5B), 128K positions. */
function distillQwen(
  size: "1.5B" | "7B" | "14B" | "32B",
  shape: Pick<ModelInput, "layers" | "hiddenSize" | "heads" | "kvHeads" | "intermediateSize" | "vocabSize">,
  statedB: number,
  base: string,
): ModelInput {
  const repo = `deepseek-ai/DeepSeek-R1-Distill-Qwen-${size}`;
  return {
    id: `deepseek-r1-distill-qwen-${size.toLowerCase()}`,
    name: `DeepSeek-R1-Distill-Qwen-${size}`,
    family: "deepseek-r1-distill",
    kind: "llm",
    ...shape,
    headDim: 128,
    tiedEmbeddings: false,
    qkvBias: true,
    attention: { kind: "gqa" },
    totalParamsB: statedB,
    activeParamsB: statedB,
    maxContextTokens: 131072,
    nativePrecision: "bf16",
    releaseDate: "2025-01-20",
    sources: [hfConfig(repo), card(repo, `${statedB}B parameters; base ${base}`)],
    notes:
      `${base} architecture fine-tuned on DeepSeek-R1 reasoning traces (long outputs). Config ` +
      "max_position_embeddings 131,072; use_sliding_window false.",
  };
}

/** DeepSeek-R1 distilled into Llama 3.x bodies. */
function distillLlama(size: "8B" | "70B", statedB: number, base: string): ModelInput {
  const repo = `deepseek-ai/DeepSeek-R1-Distill-Llama-${size}`;
  const shape =
    size === "8B"
      ? { layers: 32, hiddenSize: 4096, heads: 32, intermediateSize: 14336 }
      : { layers: 80, hiddenSize: 8192, heads: 64, intermediateSize: 28672 };
  return {
    id: `deepseek-r1-distill-llama-${size.toLowerCase()}`,
    name: `DeepSeek-R1-Distill-Llama-${size}`,
    family: "deepseek-r1-distill",
    kind: "llm",
    ...shape,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 128256,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    totalParamsB: statedB,
    activeParamsB: statedB,
    maxContextTokens: 131072,
    nativePrecision: "bf16",
    releaseDate: "2025-01-20",
    sources: [hfConfig(repo), card(repo, `${statedB}B parameters; base ${base}`)],
    notes: `${base} architecture fine-tuned on DeepSeek-R1 reasoning traces (long outputs).`,
  };
}

/** The six DeepSeek-R1 distills (Qwen 1.5B / 7B / 14B / 32B, Llama 8B / 70B). */
export const R1_DISTILL_MODELS: readonly ModelInput[] = [
  distillQwen(
    "1.5B",
    { layers: 28, hiddenSize: 1536, heads: 12, kvHeads: 2, intermediateSize: 8960, vocabSize: 151936 },
    1.78,
    "Qwen2.5-Math-1.5B",
  ),
  distillQwen(
    "7B",
    { layers: 28, hiddenSize: 3584, heads: 28, kvHeads: 4, intermediateSize: 18944, vocabSize: 152064 },
    7.62,
    "Qwen2.5-Math-7B",
  ),
  distillQwen(
    "14B",
    { layers: 48, hiddenSize: 5120, heads: 40, kvHeads: 8, intermediateSize: 13824, vocabSize: 152064 },
    14.8,
    "Qwen2.5-14B",
  ),
  distillQwen(
    "32B",
    { layers: 64, hiddenSize: 5120, heads: 40, kvHeads: 8, intermediateSize: 27648, vocabSize: 152064 },
    32.8,
    "Qwen2.5-32B",
  ),
  distillLlama("8B", 8.03, "Llama-3.1-8B"),
  distillLlama("70B", 70.6, "Llama-3.3-70B-Instruct"),
] satisfies ModelInput[];
