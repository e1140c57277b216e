import { type z } from "zod";
import { type modelSchema } from "../model-schema";

type ModelInput = z.input<typeof modelSchema>;
type SourceInput = ModelInput["sources"][number];

const AIC_COMMIT = "095f58a51c4ca8e61b66ec108d86f223f8d559ce";

/** The model's Hugging Face config.json. */
function hfConfig(repo: string): SourceInput {
  return {
    kind: "config",
    title: `${repo} config.json`,
    url: `https://huggingface.co/${repo}/blob/main/config.json`,
  };
}

/** A copy of the config kept in NVIDIA's AIConfigurator (pinned commit). */
function aicConfig(file: string): SourceInput {
  return {
    kind: "config",
    title: `AIConfigurator model config ${file}`,
    repo: "ai-dynamo/aiconfigurator",
    path: `aic-core/src/aiconfigurator_core/model_configs/${file}`,
    commit: AIC_COMMIT,
  };
}

const LLAMA2_7B_SHAPE = { layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 32, headDim: 128 } as const;
const LLAMA_70B_SHAPE = {
  layers: 80,
  hiddenSize: 8192,
  heads: 64,
  kvHeads: 8,
  headDim: 128,
  intermediateSize: 28672,
} as const;
const LLAMA3_8B_SHAPE = {
  layers: 32,
  hiddenSize: 4096,
  heads: 32,
  kvHeads: 8,
  headDim: 128,
  intermediateSize: 14336,
} as const;

/** Meta Llama 2 / 3 / 3.1 / 3.3 (dense decoders, untied embeddings, SwiGLU, RMSNorm). */
export const LLAMA_MODELS: readonly ModelInput[] = [
  {
    id: "llama-2-7b",
    name: "Llama 2 7B",
    family: "llama-2",
    kind: "llm",
    ...LLAMA2_7B_SHAPE,
    intermediateSize: 11008,
    vocabSize: 32000,
    tiedEmbeddings: false,
    attention: { kind: "mha" },
    totalParamsB: 6.74,
    activeParamsB: 6.74,
    maxContextTokens: 4096,
    nativePrecision: "bf16",
    releaseDate: "2023-07-18",
    sources: [
      hfConfig("meta-llama/Llama-2-7b-hf"),
      { kind: "benchmark", title: "llama-bench reports 6.74 B params (reference-facts.json, LLaMA-7B)" },
    ],
    notes:
      "Marketed as '7B'; the checkpoint holds 6.74 B parameters, which is used here. Full multi-head attention: " +
      "512 KiB of FP16 KV cache per token. Weights published in FP16.",
  },
  {
    id: "llama-2-70b",
    name: "Llama 2 70B",
    family: "llama-2",
    kind: "llm",
    ...LLAMA_70B_SHAPE,
    vocabSize: 32000,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    totalParamsB: 68.98,
    activeParamsB: 68.98,
    maxContextTokens: 4096,
    nativePrecision: "bf16",
    releaseDate: "2023-07-18",
    sources: [
      hfConfig("meta-llama/Llama-2-70b-hf"),
      {
        kind: "secondary",
        title: "Vidur model config Llama2_70BModelConfig",
        repo: "microsoft/vidur",
        path: "vidur/config/model_config.py",
      },
    ],
    notes: "Marketed as '70B'; 68.98 B in the checkpoint (used here). Weights published in FP16.",
  },
  {
    id: "llama-3-8b",
    name: "Llama 3 8B",
    family: "llama-3",
    kind: "llm",
    ...LLAMA3_8B_SHAPE,
    vocabSize: 128256,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    totalParamsB: 8.03,
    activeParamsB: 8.03,
    maxContextTokens: 8192,
    nativePrecision: "bf16",
    releaseDate: "2024-04-18",
    sources: [hfConfig("meta-llama/Meta-Llama-3-8B")],
    notes:
      "Same architecture as Llama 3.1 8B with an 8K context. The 128K vocabulary is 13% of the parameters.",
  },
  {
    id: "llama-3-70b",
    name: "Llama 3 70B",
    family: "llama-3",
    kind: "llm",
    ...LLAMA_70B_SHAPE,
    vocabSize: 128256,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    totalParamsB: 70.55,
    activeParamsB: 70.55,
    maxContextTokens: 8192,
    nativePrecision: "bf16",
    releaseDate: "2024-04-18",
    sources: [hfConfig("meta-llama/Meta-Llama-3-70B")],
  },
  {
    id: "llama-3.1-8b",
    name: "Llama 3.1 8B",
    family: "llama-3.1",
    kind: "llm",
    ...LLAMA3_8B_SHAPE,
    vocabSize: 128256,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    totalParamsB: 8.03,
    activeParamsB: 8.03,
    maxContextTokens: 131072,
    nativePrecision: "bf16",
    releaseDate: "2024-07-23",
    sources: [aicConfig("meta-llama--Meta-Llama-3.1-8B_config.json"), hfConfig("meta-llama/Llama-3.1-8B")],
    notes: "128K context via RoPE scaling (rope_type llama3).",
  },
  {
    id: "llama-3.1-70b",
    name: "Llama 3.1 70B",
    family: "llama-3.1",
    kind: "llm",
    ...LLAMA_70B_SHAPE,
    vocabSize: 128256,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    totalParamsB: 70.55,
    activeParamsB: 70.55,
    maxContextTokens: 131072,
    nativePrecision: "bf16",
    releaseDate: "2024-07-23",
    sources: [aicConfig("meta-llama--Meta-Llama-3.1-70B_config.json"), hfConfig("meta-llama/Llama-3.1-70B")],
    notes:
      "~141 GB of weights in BF16: 2 × H100 80 GB hold it only with little room for KV cache (FP8 is typical).",
  },
  {
    id: "llama-3.1-405b",
    name: "Llama 3.1 405B",
    family: "llama-3.1",
    kind: "llm",
    layers: 126,
    hiddenSize: 16384,
    heads: 128,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 53248,
    vocabSize: 128256,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    totalParamsB: 405,
    activeParamsB: 405,
    maxContextTokens: 131072,
    nativePrecision: "bf16",
    releaseDate: "2024-07-23",
    sources: [hfConfig("meta-llama/Llama-3.1-405B")],
    notes:
      "Meta states 405 B; the config gives 405.85 B. Meta also publishes an FP8 (dynamic) variant for one 8-GPU node.",
  },
  {
    id: "llama-3.3-70b",
    name: "Llama 3.3 70B Instruct",
    family: "llama-3.3",
    kind: "llm",
    ...LLAMA_70B_SHAPE,
    vocabSize: 128256,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    totalParamsB: 70.55,
    activeParamsB: 70.55,
    maxContextTokens: 131072,
    nativePrecision: "bf16",
    releaseDate: "2024-12-06",
    sources: [
      hfConfig("meta-llama/Llama-3.3-70B-Instruct"),
      aicConfig("meta-llama--Meta-Llama-3.1-70B_config.json"),
    ],
    notes: "Same architecture as Llama 3.1 70B (instruction-tuned only).",
  },
] satisfies ModelInput[];
