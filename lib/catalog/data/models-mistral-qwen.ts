import { type z } from "zod";
import { type modelSchema } from "../model-schema";

type ModelInput = z.input<typeof modelSchema>;
type SourceInput = ModelInput["sources"][number];

/** The model's Hugging Face config.json. */
function hfConfig(repo: string): SourceInput {
  return {
    kind: "config",
    title: `${repo} config.json`,
    url: `https://huggingface.co/${repo}/blob/main/config.json`,
  };
}

/** The model card where the authors state the parameter counts. */
function card(repo: string, what: string): SourceInput {
  return { kind: "datasheet", title: `${repo} model card: ${what}`, url: `https://huggingface.co/${repo}` };
}

const QWEN_7B_SHAPE = {
  layers: 28,
  hiddenSize: 3584,
  heads: 28,
  kvHeads: 4,
  headDim: 128,
  intermediateSize: 18944,
  vocabSize: 152064,
  tiedEmbeddings: false,
  qkvBias: true,
  attention: { kind: "gqa" },
} as const;

/** Mistral 7B, Mixtral 8x7B / 8x22B and Qwen2.5 (7B, Coder 7B, 32B, 72B). */
export const MISTRAL_QWEN_MODELS: readonly ModelInput[] = [
  {
    id: "mistral-7b",
    name: "Mistral 7B v0.1",
    family: "mistral",
    kind: "llm",
    layers: 32,
    hiddenSize: 4096,
    heads: 32,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 14336,
    vocabSize: 32000,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    slidingWindow: { tokens: 4096, layerShare: 1 },
    totalParamsB: 7.3,
    activeParamsB: 7.3,
    maxContextTokens: 32768,
    nativePrecision: "bf16",
    releaseDate: "2023-09-27",
    sources: [
      hfConfig("mistralai/Mistral-7B-v0.1"),
      {
        kind: "datasheet",
        title: "Mistral AI: 'Mistral 7B is a 7.3B parameter model'",
        url: "https://mistral.ai/news/announcing-mistral-7b",
      },
    ],
    notes:
      "Config: sliding_window 4096 on every layer (rolling KV buffer), max_position_embeddings 32768; trained at 8K " +
      "context. Mistral states 7.3 B; the config gives 7.24 B. Later versions (v0.2/v0.3) drop the sliding window.",
  },
  {
    id: "mixtral-8x7b",
    name: "Mixtral 8x7B",
    family: "mixtral",
    kind: "llm",
    layers: 32,
    hiddenSize: 4096,
    heads: 32,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 14336,
    vocabSize: 32000,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    moe: { experts: 8, expertsPerToken: 2, expertIntermediateSize: 14336 },
    totalParamsB: 46.7,
    activeParamsB: 12.9,
    maxContextTokens: 32768,
    nativePrecision: "bf16",
    releaseDate: "2023-12-11",
    sources: [
      hfConfig("mistralai/Mixtral-8x7B-v0.1"),
      {
        kind: "datasheet",
        title: "Mistral AI: Mixtral of experts — 46.7B total, 12.9B used per token",
        url: "https://mistral.ai/news/mixtral-of-experts",
      },
    ],
    notes: "Every layer is MoE (8 experts, top-2); attention and embeddings are shared.",
  },
  {
    id: "mixtral-8x22b",
    name: "Mixtral 8x22B",
    family: "mixtral",
    kind: "llm",
    layers: 56,
    hiddenSize: 6144,
    heads: 48,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 16384,
    vocabSize: 32000,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    moe: { experts: 8, expertsPerToken: 2, expertIntermediateSize: 16384 },
    totalParamsB: 141,
    activeParamsB: 39,
    maxContextTokens: 65536,
    nativePrecision: "bf16",
    releaseDate: "2024-04-17",
    sources: [
      {
        kind: "config",
        title: "AIConfigurator model config mistralai--Mixtral-8x22B-v0.1_config.json",
        repo: "ai-dynamo/aiconfigurator",
        path: "aic-core/src/aiconfigurator_core/model_configs/mistralai--Mixtral-8x22B-v0.1_config.json",
        commit: "095f58a51c4ca8e61b66ec108d86f223f8d559ce",
      },
      {
        kind: "datasheet",
        title: "Mistral AI: Mixtral 8x22B — 39B active out of 141B",
        url: "https://mistral.ai/news/mixtral-8x22b",
      },
    ],
    notes: "v0.1 vocabulary 32,000 (the v0.3 Instruct uses 32,768: +0.01 B). Config gives 140.6 B / 39.2 B.",
  },
  {
    id: "qwen2.5-7b",
    name: "Qwen2.5 7B Instruct",
    family: "qwen2.5",
    kind: "llm",
    ...QWEN_7B_SHAPE,
    totalParamsB: 7.61,
    activeParamsB: 7.61,
    maxContextTokens: 32768,
    nativePrecision: "bf16",
    releaseDate: "2024-09-19",
    sources: [
      hfConfig("Qwen/Qwen2.5-7B-Instruct"),
      card("Qwen/Qwen2.5-7B-Instruct", "7.61B parameters, 6.53B non-embedding"),
    ],
    notes:
      "QKV projections carry biases (Qwen2). 32K native context (config); 128K with YaRN rope scaling per the card.",
  },
  {
    id: "qwen2.5-coder-7b",
    name: "Qwen2.5-Coder 7B Instruct",
    family: "qwen2.5",
    kind: "llm",
    ...QWEN_7B_SHAPE,
    totalParamsB: 7.61,
    activeParamsB: 7.61,
    maxContextTokens: 32768,
    nativePrecision: "bf16",
    releaseDate: "2024-09-19",
    sources: [
      hfConfig("Qwen/Qwen2.5-Coder-7B-Instruct"),
      card("Qwen/Qwen2.5-Coder-7B-Instruct", "7.61B parameters, 6.53B non-embedding"),
    ],
    notes: "Same architecture as Qwen2.5-7B. 32K native context; 128K with YaRN per the card.",
  },
  {
    id: "qwen2.5-32b",
    name: "Qwen2.5 32B Instruct",
    family: "qwen2.5",
    kind: "llm",
    layers: 64,
    hiddenSize: 5120,
    heads: 40,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 27648,
    vocabSize: 152064,
    tiedEmbeddings: false,
    qkvBias: true,
    attention: { kind: "gqa" },
    totalParamsB: 32.5,
    activeParamsB: 32.5,
    maxContextTokens: 32768,
    nativePrecision: "bf16",
    releaseDate: "2024-09-19",
    sources: [
      hfConfig("Qwen/Qwen2.5-32B-Instruct"),
      card("Qwen/Qwen2.5-32B-Instruct", "32.5B parameters, 31.0B non-embedding"),
    ],
    notes: "Qwen states 32.5 B; the config gives 32.76 B (reference-facts.json).",
  },
  {
    id: "qwen2.5-72b",
    name: "Qwen2.5 72B Instruct",
    family: "qwen2.5",
    kind: "llm",
    layers: 80,
    hiddenSize: 8192,
    heads: 64,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 29568,
    vocabSize: 152064,
    tiedEmbeddings: false,
    qkvBias: true,
    attention: { kind: "gqa" },
    totalParamsB: 72.7,
    activeParamsB: 72.7,
    maxContextTokens: 32768,
    nativePrecision: "bf16",
    releaseDate: "2024-09-19",
    sources: [
      hfConfig("Qwen/Qwen2.5-72B-Instruct"),
      card("Qwen/Qwen2.5-72B-Instruct", "72.7B parameters, 70.0B non-embedding"),
    ],
    notes:
      "~145 GB in BF16: the reference platform's '2 × H100' holds it only with little KV room (FP8 is typical).",
  },
] satisfies ModelInput[];
