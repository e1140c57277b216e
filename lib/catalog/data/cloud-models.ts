import { type z } from "zod";
import { type cloudModelSchema } from "../runtime-schema";

type CloudModelInput = z.input<typeof cloudModelSchema>;
type SourceInput = CloudModelInput["sources"][number];

const OPENAI_PRICING: SourceInput = {
  kind: "datasheet",
  title: "OpenAI API pricing (standard tier, per 1M tokens)",
  url: "https://platform.openai.com/docs/pricing",
};
const AZURE_PRICING: SourceInput = {
  kind: "datasheet",
  title: "Azure OpenAI Service pricing (Global deployment, per 1M tokens)",
  url: "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
};
const AZURE_SLA: SourceInput = {
  kind: "datasheet",
  title: "Microsoft SLA for Online Services: Azure OpenAI 99.9% availability",
  url: "https://www.microsoft.com/licensing/docs/view/Service-Level-Agreements-SLA-for-Online-Services",
};
const ANTHROPIC_PRICING: SourceInput = {
  kind: "datasheet",
  title: "Anthropic Claude API pricing (per MTok)",
  url: "https://docs.anthropic.com/en/docs/about-claude/pricing",
};

const TOGETHER_PRICING: SourceInput = {
  kind: "secondary",
  title: "Together AI serverless pricing (per 1M tokens), as listed by the getmaxim.ai model library",
  url: "https://www.together.ai/pricing",
  note:
    "Rate read from https://www.getmaxim.ai/bifrost/model-library/compare/together_ai/meta-llama-3-70b-instruct-turbo " +
    "($0.88 in / $0.88 out per 1M, Llama 3 70B Instruct Turbo). ASSUMED: Llama 3.3 70B Instruct Turbo is sold at the " +
    "same 70B-Turbo rate — its own row was not in the sources we could read; override it per plan if it differs.",
};
const DEEPINFRA_PRICING: SourceInput = {
  kind: "secondary",
  title:
    "DeepInfra pricing (per 1M tokens), transcribed with its date in the hundredthrun/gpu-cloud-prices dataset",
  url: "https://deepinfra.com/pricing",
  note: "Rows checked 2026-11-05 (https://huggingface.co/datasets/hundredthrun/gpu-cloud-prices, confidence high).",
};

/** USD per million tokens from a provider's price list, dated. */
function perMTok(usd: number, source: SourceInput, asOf = "2025-11") {
  return { usd, asOf, source };
}

const OPEN_WEIGHT_NOTE =
  "Hosted open-weight API: the same weights the plan can self-host, billed per token, no SLA on the serverless tier; " +
  "data leaves the premises. Latency figures are planner assumptions.";

const LATENCY_NOTE =
  "typicalTtftMs / typicalOutputTokensPerSecond are planner assumptions (rough medians of public API measurements, " +
  "Nov 2025); they vary by region, load, prompt length and reasoning effort.";
const OPENAI_SLA_NOTE = "No SLA on the standard API tier (OpenAI's Scale Tier offers 99.9% uptime).";

/** Hosted models sold per token (the reference platform's cloud and hybrid scenarios). */
export const CLOUD_MODELS: readonly CloudModelInput[] = [
  {
    id: "openai-gpt-4.1",
    provider: "openai",
    name: "GPT-4.1",
    purpose: "llm",
    qualityClass: "frontier",
    inputPerMTok: perMTok(2, OPENAI_PRICING),
    outputPerMTok: perMTok(8, OPENAI_PRICING),
    typicalTtftMs: 600,
    typicalOutputTokensPerSecond: 60,
    sources: [OPENAI_PRICING],
    notes: `1M-token context. Cached input $0.50. ${OPENAI_SLA_NOTE} ${LATENCY_NOTE}`,
  },
  {
    id: "openai-gpt-4.1-mini",
    provider: "openai",
    name: "GPT-4.1 mini",
    purpose: "llm",
    qualityClass: "large",
    inputPerMTok: perMTok(0.4, OPENAI_PRICING),
    outputPerMTok: perMTok(1.6, OPENAI_PRICING),
    typicalTtftMs: 450,
    typicalOutputTokensPerSecond: 75,
    sources: [OPENAI_PRICING],
    notes: `${OPENAI_SLA_NOTE} ${LATENCY_NOTE}`,
  },
  {
    id: "openai-gpt-4o",
    provider: "openai",
    name: "GPT-4o",
    purpose: "llm",
    qualityClass: "frontier",
    inputPerMTok: perMTok(2.5, OPENAI_PRICING),
    outputPerMTok: perMTok(10, OPENAI_PRICING),
    typicalTtftMs: 550,
    typicalOutputTokensPerSecond: 60,
    sources: [OPENAI_PRICING],
    notes: `128K context. ${OPENAI_SLA_NOTE} ${LATENCY_NOTE}`,
  },
  {
    id: "openai-gpt-4o-mini",
    provider: "openai",
    name: "GPT-4o mini",
    purpose: "llm",
    qualityClass: "small",
    inputPerMTok: perMTok(0.15, OPENAI_PRICING),
    outputPerMTok: perMTok(0.6, OPENAI_PRICING),
    typicalTtftMs: 450,
    typicalOutputTokensPerSecond: 75,
    sources: [OPENAI_PRICING],
    notes: `${OPENAI_SLA_NOTE} ${LATENCY_NOTE}`,
  },
  {
    id: "openai-gpt-5",
    provider: "openai",
    name: "GPT-5",
    purpose: "llm",
    qualityClass: "frontier",
    inputPerMTok: perMTok(1.25, OPENAI_PRICING),
    outputPerMTok: perMTok(10, OPENAI_PRICING),
    typicalTtftMs: 4000,
    typicalOutputTokensPerSecond: 45,
    sources: [OPENAI_PRICING],
    notes:
      "Reasoning model: hidden reasoning tokens are billed as output and delay the first visible token (TTFT " +
      `assumes medium effort; minimal effort is far faster). ${OPENAI_SLA_NOTE} ${LATENCY_NOTE}`,
  },
  {
    id: "openai-gpt-5-mini",
    provider: "openai",
    name: "GPT-5 mini",
    purpose: "llm",
    qualityClass: "large",
    inputPerMTok: perMTok(0.25, OPENAI_PRICING),
    outputPerMTok: perMTok(2, OPENAI_PRICING),
    typicalTtftMs: 2500,
    typicalOutputTokensPerSecond: 70,
    sources: [OPENAI_PRICING],
    notes: `Reasoning model (reasoning tokens billed as output). ${OPENAI_SLA_NOTE} ${LATENCY_NOTE}`,
  },
  {
    id: "openai-text-embedding-3-small",
    provider: "openai",
    name: "text-embedding-3-small",
    purpose: "embeddings",
    inputPerMTok: perMTok(0.02, OPENAI_PRICING),
    embeddingDim: 1536,
    sources: [OPENAI_PRICING],
    notes: `Dimensions can be shortened via the 'dimensions' parameter. ${OPENAI_SLA_NOTE}`,
  },
  {
    id: "openai-text-embedding-3-large",
    provider: "openai",
    name: "text-embedding-3-large",
    purpose: "embeddings",
    inputPerMTok: perMTok(0.13, OPENAI_PRICING),
    embeddingDim: 3072,
    sources: [OPENAI_PRICING],
    notes: `Dimensions can be shortened via the 'dimensions' parameter. ${OPENAI_SLA_NOTE}`,
  },
  {
    id: "azure-gpt-4.1",
    provider: "azure-openai",
    name: "GPT-4.1 (Azure OpenAI, Global)",
    purpose: "llm",
    qualityClass: "frontier",
    inputPerMTok: perMTok(2, AZURE_PRICING),
    outputPerMTok: perMTok(8, AZURE_PRICING),
    typicalTtftMs: 600,
    typicalOutputTokensPerSecond: 60,
    slaPct: 99.9,
    sources: [AZURE_PRICING, AZURE_SLA],
    notes:
      "Global deployment ≈ OpenAI list; Data Zone/regional deployments cost ~10% more; provisioned throughput " +
      `(PTU) is billed per hour instead. ${LATENCY_NOTE}`,
  },
  {
    id: "azure-gpt-4o",
    provider: "azure-openai",
    name: "GPT-4o (Azure OpenAI, Global)",
    purpose: "llm",
    qualityClass: "frontier",
    inputPerMTok: perMTok(2.5, AZURE_PRICING),
    outputPerMTok: perMTok(10, AZURE_PRICING),
    typicalTtftMs: 550,
    typicalOutputTokensPerSecond: 60,
    slaPct: 99.9,
    sources: [AZURE_PRICING, AZURE_SLA],
    notes: `Global deployment ≈ OpenAI list. ${LATENCY_NOTE}`,
  },
  {
    id: "azure-text-embedding-3-large",
    provider: "azure-openai",
    name: "text-embedding-3-large (Azure OpenAI)",
    purpose: "embeddings",
    inputPerMTok: perMTok(0.13, AZURE_PRICING),
    embeddingDim: 3072,
    slaPct: 99.9,
    sources: [AZURE_PRICING, AZURE_SLA],
  },
  {
    id: "anthropic-claude-sonnet-4.5",
    provider: "anthropic",
    name: "Claude Sonnet 4.5",
    purpose: "llm",
    qualityClass: "frontier",
    inputPerMTok: perMTok(3, ANTHROPIC_PRICING),
    outputPerMTok: perMTok(15, ANTHROPIC_PRICING),
    typicalTtftMs: 1200,
    typicalOutputTokensPerSecond: 60,
    sources: [ANTHROPIC_PRICING],
    notes:
      "Prompts over 200K input tokens (1M-context beta) cost $6 / $22.50. No public SLA on the standard API. " +
      LATENCY_NOTE,
  },
  {
    id: "anthropic-claude-haiku-4.5",
    provider: "anthropic",
    name: "Claude Haiku 4.5",
    purpose: "llm",
    qualityClass: "large",
    inputPerMTok: perMTok(1, ANTHROPIC_PRICING),
    outputPerMTok: perMTok(5, ANTHROPIC_PRICING),
    typicalTtftMs: 700,
    typicalOutputTokensPerSecond: 90,
    sources: [ANTHROPIC_PRICING],
    notes: `No public SLA on the standard API. ${LATENCY_NOTE}`,
  },
  {
    id: "anthropic-claude-opus-4.1",
    provider: "anthropic",
    name: "Claude Opus 4.1",
    purpose: "llm",
    qualityClass: "frontier",
    inputPerMTok: perMTok(15, ANTHROPIC_PRICING),
    outputPerMTok: perMTok(75, ANTHROPIC_PRICING),
    typicalTtftMs: 1800,
    typicalOutputTokensPerSecond: 30,
    sources: [ANTHROPIC_PRICING],
    notes: `No public SLA on the standard API. ${LATENCY_NOTE}`,
  },
  // Hosted open-weight APIs: the plan's own model sold per token (the "same model in the cloud" baseline).
  {
    id: "together-llama-3.3-70b",
    provider: "together",
    name: "Llama 3.3 70B Instruct Turbo (Together AI)",
    purpose: "llm",
    servesModel: "llama-3.3-70b",
    qualityClass: "large",
    inputPerMTok: perMTok(0.88, TOGETHER_PRICING, "2026-12-03"),
    outputPerMTok: perMTok(0.88, TOGETHER_PRICING, "2026-12-03"),
    typicalTtftMs: 500,
    typicalOutputTokensPerSecond: 80,
    sources: [TOGETHER_PRICING],
    notes: `FP8 "Turbo" serving. ${OPEN_WEIGHT_NOTE}`,
  },
  {
    id: "deepinfra-llama-3.3-70b",
    provider: "deepinfra",
    name: "Llama 3.3 70B Instruct Turbo (DeepInfra)",
    purpose: "llm",
    servesModel: "llama-3.3-70b",
    qualityClass: "large",
    inputPerMTok: perMTok(0.1, DEEPINFRA_PRICING, "2026-11-05"),
    outputPerMTok: perMTok(0.32, DEEPINFRA_PRICING, "2026-11-05"),
    typicalTtftMs: 500,
    typicalOutputTokensPerSecond: 60,
    sources: [DEEPINFRA_PRICING],
    notes: `FP8 "Turbo" serving. ${OPEN_WEIGHT_NOTE}`,
  },
  {
    id: "deepinfra-llama-3.1-70b",
    provider: "deepinfra",
    name: "Llama 3.1 70B Instruct Turbo (DeepInfra)",
    purpose: "llm",
    servesModel: "llama-3.1-70b",
    qualityClass: "large",
    inputPerMTok: perMTok(0.4, DEEPINFRA_PRICING, "2026-11-05"),
    outputPerMTok: perMTok(0.4, DEEPINFRA_PRICING, "2026-11-05"),
    typicalTtftMs: 500,
    typicalOutputTokensPerSecond: 60,
    sources: [DEEPINFRA_PRICING],
    notes: OPEN_WEIGHT_NOTE,
  },
  {
    id: "deepinfra-llama-3.1-8b",
    provider: "deepinfra",
    name: "Llama 3.1 8B Instruct Turbo (DeepInfra)",
    purpose: "llm",
    servesModel: "llama-3.1-8b",
    qualityClass: "small",
    inputPerMTok: perMTok(0.02, DEEPINFRA_PRICING, "2026-11-05"),
    outputPerMTok: perMTok(0.04, DEEPINFRA_PRICING, "2026-11-05"),
    typicalTtftMs: 300,
    typicalOutputTokensPerSecond: 120,
    sources: [DEEPINFRA_PRICING],
    notes: OPEN_WEIGHT_NOTE,
  },
] satisfies CloudModelInput[];

type DatedPriceInput = NonNullable<CloudModelInput["outputPerMTok"]>;

const RUNPOD_SECURE: SourceInput = {
  kind: "secondary",
  title: "RunPod Secure Cloud on-demand, per GPU-hour (transcribed from runpod.io/pricing, read 2026-11-09)",
  url: "https://www.runpod.io/pricing",
  note: "Transcription: https://raw.githubusercontent.com/datareceipts/data-receipts/main/109-gpu-pricing/vendors.json",
};
const RUNPOD_PODS: SourceInput = {
  kind: "secondary",
  title: "RunPod Pods, per GPU-hour (transcribed from runpod.io/pricing, read 2026-10-07)",
  url: "https://www.runpod.io/pricing",
  note: "Transcription: https://raw.githubusercontent.com/api-evangelist/runpod/refs/heads/main/plans/runpod-plans-pricing.yml",
};
const MODAL_L40S: SourceInput = {
  kind: "secondary",
  title: "L40S cloud prices by provider (Modal blog, August 2025): RunPod on-demand",
  url: "https://modal.com/blog/nvidia-l40s-price-article",
};
const DEPLOYBASE_RUNPOD: SourceInput = {
  kind: "secondary",
  title: "RunPod GPU pricing guide (Deploybase, March 2026): L4 on-demand",
  url: "https://deploybase.ai/articles/runpod-gpu-pricing",
};

const DEPLOYBASE_RUNPOD_H100_PCIE: SourceInput = {
  kind: "secondary",
  title: "RunPod GPU pricing guide (Deploybase, March 2026): H100 PCIe 80 GB on-demand",
  url: "https://deploybase.ai/articles/runpod-gpu-pricing",
};
const GPU_BLOG_H100_NVL: SourceInput = {
  kind: "secondary",
  title: "H100 NVL provider listing (gpu.blog, read 2026-12-03): RunPod on-demand",
  url: "https://gpu.blog/gpus/nvidia-h100-nvl1",
};

/**
 * GPU rental baselines: on-demand price of one GPU for one hour, by catalog hardware id, dated and sourced (the
 * "rent the same GPUs" cloud baseline; a plan overrides any of them in costs.gpuRentalOverridesUsdPerHour).
 */
export const GPU_RENTAL_PRICES: Readonly<Record<string, DatedPriceInput>> = {
  "h100-sxm": { usd: 3.99, asOf: "2026-11-09", source: RUNPOD_SECURE },
  "h200-sxm": { usd: 4.59, asOf: "2026-10-07", source: RUNPOD_PODS },
  // The PCIe and NVL cards the 1–8-card servers carry rent as their own SKUs (the "same GPUs" baseline).
  "h100-pcie": { usd: 3.51, asOf: "2026-03", source: DEPLOYBASE_RUNPOD_H100_PCIE },
  "h100-nvl": { usd: 3.07, asOf: "2026-12", source: GPU_BLOG_H100_NVL },
  l40s: { usd: 0.86, asOf: "2025-08", source: MODAL_L40S },
  l4: { usd: 0.78, asOf: "2026-03", source: DEPLOYBASE_RUNPOD },
};
