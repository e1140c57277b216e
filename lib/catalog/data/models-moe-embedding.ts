import { hfConfig, type ModelInput } from "./models-sources";
const DEEPSEEK_V3_ARCH = {
  kind: "llm",
  layers: 61,
  hiddenSize: 7168,
  heads: 128,
  kvHeads: 128,
  headDim: 192,
  intermediateSize: 18432,
  vocabSize: 129280,
  tiedEmbeddings: false,
  attention: {
    kind: "mla",
    kvLoraRank: 512,
    qLoraRank: 1536,
    qkNopeHeadDim: 128,
    qkRopeHeadDim: 64,
    vHeadDim: 128,
  },
  moe: { experts: 256, expertsPerToken: 8, sharedExperts: 1, expertIntermediateSize: 2048, denseLayers: 3 },
  totalParamsB: 671,
  activeParamsB: 37,
  maxContextTokens: 163840,
  nativePrecision: "fp8",
} as const;

const DEEPSEEK_NOTES =
  "Multi-head latent attention: each layer caches a 512-wide latent plus a 64-wide RoPE key (70,272 B/token in " +
  "BF16 for 61 layers) instead of 128 heads × (192 + 128) — ~71× less than naive MHA. headDim = qk_nope + qk_rope " +
  "= 192 (query/key width per head; values are 128). First 3 layers dense (intermediate 18,432), then 256 routed + 1 " +
  "shared experts of width 2,048, top-8. Weights in FP8 E4M3 with 128×128 block scales. 671 B excludes the 14 B " +
  "multi-token-prediction module (the HF repo holds ~685 B). Config max_position_embeddings 163,840; the card " +
  "advertises 128K.";

const GPT_OSS_ARCH = {
  kind: "llm",
  hiddenSize: 2880,
  heads: 64,
  kvHeads: 8,
  headDim: 64,
  intermediateSize: 2880,
  vocabSize: 201088,
  tiedEmbeddings: false,
  attention: { kind: "gqa" },
  slidingWindow: { tokens: 128, globalEvery: 2 },
  maxContextTokens: 131072,
  nativePrecision: "mxfp4",
  releaseDate: "2025-08-05",
} as const;

const GPT_OSS_NOTES =
  "Alternating layers attend over a 128-token sliding window (layer_types sliding/full). Every layer is MoE (no " +
  "dense MLP; intermediateSize = the expert width 2,880). Expert weights ship in MXFP4 (≈ 4.25 bits), attention, " +
  "router and embeddings in BF16. OpenAI's active count excludes the input-embedding table (one row per token is " +
  "read), so it is ~0.58 B below a count that includes it. Attention sinks and the q/k/v/o, router and expert " +
  "biases (< 0.1%) are not counted by computeParamCount. 128K context via YaRN (initial context 4,096).";

/** DeepSeek V3/R1, DBRX, gpt-oss and the two self-hosted embedding models. */
export const MOE_EMBEDDING_MODELS: readonly ModelInput[] = [
  {
    id: "deepseek-v3",
    name: "DeepSeek-V3",
    family: "deepseek-v3",
    ...DEEPSEEK_V3_ARCH,
    releaseDate: "2024-12-26",
    sources: [
      hfConfig("deepseek-ai/DeepSeek-V3"),
      {
        kind: "config",
        title: "AIConfigurator model config deepseek-ai--DeepSeek-V3_config.json",
        repo: "ai-dynamo/aiconfigurator",
        path: "aic-core/src/aiconfigurator_core/model_configs/deepseek-ai--DeepSeek-V3_config.json",
        commit: "095f58a51c4ca8e61b66ec108d86f223f8d559ce",
      },
      {
        kind: "datasheet",
        title: "DeepSeek-V3 README: 671B total parameters with 37B activated",
        url: "https://huggingface.co/deepseek-ai/DeepSeek-V3",
      },
    ],
    notes: DEEPSEEK_NOTES,
  },
  {
    id: "deepseek-r1",
    name: "DeepSeek-R1",
    family: "deepseek-v3",
    ...DEEPSEEK_V3_ARCH,
    releaseDate: "2025-01-20",
    sources: [
      hfConfig("deepseek-ai/DeepSeek-R1"),
      {
        kind: "benchmark",
        title: "llama.cpp reports 671.03 B params for the DeepSeek-R1 GGUF (calibration.json)",
      },
    ],
    notes: `Reasoning model on the DeepSeek-V3 architecture (long chain-of-thought outputs). ${DEEPSEEK_NOTES}`,
  },
  {
    id: "dbrx",
    name: "DBRX Instruct",
    family: "dbrx",
    kind: "llm",
    layers: 40,
    hiddenSize: 6144,
    heads: 48,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 10752,
    vocabSize: 100352,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    moe: { experts: 16, expertsPerToken: 4, expertIntermediateSize: 10752 },
    totalParamsB: 132,
    activeParamsB: 36,
    maxContextTokens: 32768,
    nativePrecision: "bf16",
    releaseDate: "2024-03-27",
    sources: [
      hfConfig("databricks/dbrx-instruct"),
      {
        kind: "datasheet",
        title: "Databricks model card: 132B total parameters of which 36B are active",
        url: "https://huggingface.co/databricks/dbrx-instruct",
      },
    ],
    notes:
      "Fine-grained MoE: 16 experts, top-4, every layer (ffn_hidden_size 10,752). clip_qkv 8. Config gives 131.6 B / 36.5 B.",
  },
  {
    id: "gpt-oss-20b",
    name: "gpt-oss-20b",
    family: "gpt-oss",
    ...GPT_OSS_ARCH,
    layers: 24,
    moe: { experts: 32, expertsPerToken: 4, expertIntermediateSize: 2880 },
    totalParamsB: 20.91,
    activeParamsB: 3.61,
    sources: [
      hfConfig("openai/gpt-oss-20b"),
      {
        kind: "datasheet",
        title:
          "OpenAI gpt-oss model card: gpt-oss-20b 20.91B total, 3.61B active per token; 24 layers, 32 experts",
        url: "https://openai.com/index/gpt-oss-model-card/",
      },
    ],
    notes: GPT_OSS_NOTES,
  },
  {
    id: "gpt-oss-120b",
    name: "gpt-oss-120b",
    family: "gpt-oss",
    ...GPT_OSS_ARCH,
    layers: 36,
    moe: { experts: 128, expertsPerToken: 4, expertIntermediateSize: 2880 },
    totalParamsB: 116.83,
    activeParamsB: 5.13,
    sources: [
      hfConfig("openai/gpt-oss-120b"),
      {
        kind: "datasheet",
        title:
          "OpenAI gpt-oss model card: gpt-oss-120b 116.83B total, 5.13B active per token; 36 layers, 128 experts",
        url: "https://openai.com/index/gpt-oss-model-card/",
      },
    ],
    notes: `Fits one 80 GB GPU in MXFP4 (~61 GB of weights). ${GPT_OSS_NOTES}`,
  },
  {
    id: "e5-mistral-7b-instruct",
    name: "E5-Mistral-7B-Instruct (embeddings)",
    family: "mistral",
    kind: "embedding",
    layers: 32,
    hiddenSize: 4096,
    heads: 32,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 14336,
    vocabSize: 32000,
    tiedEmbeddings: false,
    attention: { kind: "gqa" },
    totalParamsB: 7.11,
    activeParamsB: 7.11,
    maxContextTokens: 4096,
    embeddingDim: 4096,
    nativePrecision: "bf16",
    releaseDate: "2024-01",
    sources: [
      hfConfig("intfloat/e5-mistral-7b-instruct"),
      {
        kind: "datasheet",
        title:
          "intfloat/e5-mistral-7b-instruct model card (Mistral-7B-v0.1 base, 4096-dim, texts truncated to 4096 tokens)",
        url: "https://huggingface.co/intfloat/e5-mistral-7b-instruct",
      },
    ],
    notes:
      "Mistral-7B-v0.1 body without an LM head (MistralModel): 7.11 B — the stated count excludes the head. " +
      "Last-token pooling over causal attention; embedding runs are prefill-only (no decode, KV not retained). The " +
      "config allows 32,768 positions but the card truncates inputs to 4,096 tokens (the sliding window, 4,096, then " +
      "never applies).",
  },
  {
    id: "gte-qwen2-7b-instruct",
    name: "gte-Qwen2-7B-instruct (embeddings)",
    family: "qwen2",
    kind: "embedding",
    layers: 28,
    hiddenSize: 3584,
    heads: 28,
    kvHeads: 4,
    headDim: 128,
    intermediateSize: 18944,
    vocabSize: 151646,
    tiedEmbeddings: false,
    qkvBias: true,
    attention: { kind: "gqa" },
    totalParamsB: 7.61,
    activeParamsB: 7.61,
    maxContextTokens: 32000,
    embeddingDim: 3584,
    nativePrecision: "bf16",
    releaseDate: "2024-06-15",
    sources: [
      hfConfig("Alibaba-NLP/gte-Qwen2-7B-instruct"),
      {
        kind: "secondary",
        title: "MTEB model metadata: n_parameters 7,613,000,000, embed_dim 3584",
        repo: "embeddings-benchmark/mteb",
        path: "mteb/models/gte_models.py",
      },
      {
        kind: "secondary",
        title:
          "MTEB metadata for infly/inf-retriever-v1 (a gte-Qwen2-7B derivative without head): 7,069,121,024",
        repo: "embeddings-benchmark/mteb",
      },
    ],
    notes:
      "Qwen2-7B body with bidirectional attention, last-token pooling, max 32K input tokens (card). Vocabulary 151,646 " +
      "(not Qwen2's padded 152,064) is inferred — config.json not read — from the two MTEB counts below. The stated 7.61 B counts the checkpoint, which still carries an untied " +
      "151,646 × 3,584 LM head (0.54 B) that embedding serving never uses; computeParamCount excludes it (7.07 B), " +
      "and that 7.07 B matches the head-less derivative inf-retriever-v1 exactly (computed: 7,069,121,024). Exception checked in catalog.test.ts.",
  },
] satisfies ModelInput[];
