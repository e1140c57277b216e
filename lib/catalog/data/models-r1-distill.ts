import { card, hfConfig, type ModelInput } from "./models-sources";

type DistillShape = Pick<
  ModelInput,
  "layers" | "hiddenSize" | "heads" | "kvHeads" | "intermediateSize" | "vocabSize"
>;

/**
 * A DeepSeek-R1 distill: the base model's architecture (Qwen2.5 bodies keep their QKV bias; every distill has an
 * untied head, even the 1.5B), fine-tuned on R1 reasoning traces, 128K positions.
 */
function distill(
  body: "Qwen" | "Llama",
  size: string,
  shape: DistillShape,
  statedB: number,
  base: string,
): ModelInput {
  const repo = `deepseek-ai/DeepSeek-R1-Distill-${body}-${size}`;
  return {
    id: `deepseek-r1-distill-${body.toLowerCase()}-${size.toLowerCase()}`,
    name: `DeepSeek-R1-Distill-${body}-${size}`,
    family: "deepseek-r1-distill",
    kind: "llm",
    ...shape,
    headDim: 128,
    tiedEmbeddings: false,
    qkvBias: body === "Qwen",
    attention: { kind: "gqa" },
    totalParamsB: statedB,
    activeParamsB: statedB,
    maxContextTokens: 131072,
    nativePrecision: "bf16",
    releaseDate: "2025-01-20",
    sources: [hfConfig(repo), card(repo, `${statedB}B parameters; base ${base}`)],
    notes:
      `${base} architecture fine-tuned on DeepSeek-R1 reasoning traces (long outputs). Config ` +
      `max_position_embeddings 131,072${body === "Qwen" ? "; use_sliding_window false" : ""}.`,
  };
}

const QWEN_VOCAB = 152064;
const LLAMA3_VOCAB = 128256;

/** The six DeepSeek-R1 distills (Qwen 1.5B / 7B / 14B / 32B, Llama 8B / 70B). */
export const R1_DISTILL_MODELS: readonly ModelInput[] = [
  distill(
    "Qwen",
    "1.5B",
    { layers: 28, hiddenSize: 1536, heads: 12, kvHeads: 2, intermediateSize: 8960, vocabSize: 151936 },
    1.78,
    "Qwen2.5-Math-1.5B",
  ),
  distill(
    "Qwen",
    "7B",
    { layers: 28, hiddenSize: 3584, heads: 28, kvHeads: 4, intermediateSize: 18944, vocabSize: QWEN_VOCAB },
    7.62,
    "Qwen2.5-Math-7B",
  ),
  distill(
    "Qwen",
    "14B",
    { layers: 48, hiddenSize: 5120, heads: 40, kvHeads: 8, intermediateSize: 13824, vocabSize: QWEN_VOCAB },
    14.8,
    "Qwen2.5-14B",
  ),
  distill(
    "Qwen",
    "32B",
    { layers: 64, hiddenSize: 5120, heads: 40, kvHeads: 8, intermediateSize: 27648, vocabSize: QWEN_VOCAB },
    32.8,
    "Qwen2.5-32B",
  ),
  distill(
    "Llama",
    "8B",
    { layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 8, intermediateSize: 14336, vocabSize: LLAMA3_VOCAB },
    8.03,
    "Llama-3.1-8B",
  ),
  distill(
    "Llama",
    "70B",
    { layers: 80, hiddenSize: 8192, heads: 64, kvHeads: 8, intermediateSize: 28672, vocabSize: LLAMA3_VOCAB },
    70.6,
    "Llama-3.3-70B-Instruct",
  ),
] satisfies ModelInput[];
