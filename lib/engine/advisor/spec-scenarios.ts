import { getModel, getProduct } from "../../catalog";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument, Scenario } from "../../plan/plan-schema";
import { uniqueScenarioId } from "../../plan/scenarios";
import { demandAt } from "../platform/workload";
import type { Candidate } from "./candidates";
import { candidateNode, sizeCandidate } from "./size-candidate";

function candidate(
  productId: string,
  modelId: string,
  precision: string,
  framework: string,
  devices: number,
): Candidate | null {
  const product = getProduct(productId);
  const model = getModel(modelId);
  if (!product?.hardwareId || !model) return null;
  return {
    product,
    hardwareId: product.hardwareId,
    model,
    precision,
    framework,
    devices,
    ...(product.memoryGbPerDevice ? { memoryGb: product.memoryGbPerDevice } : {}),
  };
}

/** A self-hosted node for the reference configuration, sized to the plan's demand (replicas ≥ the environment floor). */
function sized(
  plan: PlanDocument,
  c: Candidate | null,
  purpose: "llm" | "embeddings",
  demand: number,
  id: string,
  label: string,
  share?: number,
): PlanNode[] {
  if (!c) return [];
  const s = sizeCandidate(plan, c, purpose, demand);
  // When the configuration cannot meet the SLOs at any size, keep the reference's own count (2 in production) and
  // let the comparison say it misses them, rather than multiplying machines that would not help a user's speed.
  const floor = plan.metadata.environment === "production" ? 2 : 1;
  const node = s?.meetsSlo ? s.node : candidateNode(c, purpose, floor);
  return [
    {
      ...node,
      id,
      label,
      ...(share !== undefined && node.serving
        ? { serving: { ...node.serving, trafficSharePct: share } }
        : {}),
    },
  ];
}

const cloud = (
  id: string,
  label: string,
  provider: "openai" | "azure-openai",
  model: string,
  purpose: "llm" | "embeddings",
  role: "primary" | "fallback" = "primary",
  share?: number,
): PlanNode => ({
  id,
  kind: "cloud-llm",
  label,
  zoneId: null,
  position: { x: 0, y: 0 },
  replicas: 1,
  cloud: { provider, model, purpose, role, ...(share !== undefined ? { trafficSharePct: share } : {}) },
});

/**
 * The reference platform's four LLM hosting scenarios (§3), sized for this plan's workload: 1 cloud (OpenAI), 2
 * self-hosted (Llama 3.3 70B FP8 on H100 pairs + e5-mistral on L4), 3 hybrid (the self-hosted LLM takes 80%, a cloud
 * LLM the 20% overflow, embeddings self-hosted), 4 Apple Silicon (70B Q4 on Mac Studio M3 Ultra 256 GB, embeddings on
 * Mac mini M4 Pro). Replicas come from the inference model at the plan's demand and SLOs.
 */
export function specScenarios(plan: PlanDocument): Scenario[] {
  const d = demandAt(plan.workload);
  const llm = d.peakOutputTokensPerSecond;
  const emb = d.peakQueryEmbeddingTokensPerSecond + d.ingestionEmbeddingTokensPerSecond;
  const h100 = candidate("gpu-server-2x-h100", "llama-3.3-70b", "fp8", "vllm", 2);
  const l4 = candidate("gpu-server-1x-l4", "e5-mistral-7b-instruct", "bf16", "vllm", 1);
  const selfHostedEmb = () => sized(plan, l4, "embeddings", emb, "embeddings", "e5-mistral-7b (L4)");
  const list: Omit<Scenario, "id">[] = [
    {
      name: "1 — Cloud",
      kind: "cloud",
      description:
        "OpenAI for generation and embeddings; no GPUs. Data leaves the premises (reference §3, scenario 1).",
      createdBy: "template",
      nodes: [
        cloud("cloud-llm", "OpenAI GPT-4.1", "openai", "openai-gpt-4.1", "llm"),
        cloud(
          "cloud-embeddings",
          "OpenAI embeddings",
          "openai",
          "openai-text-embedding-3-large",
          "embeddings",
        ),
      ],
    },
    {
      name: "2 — Self-hosted",
      kind: "self-hosted",
      description:
        "Llama 3.3 70B FP8 on H100 pairs (vLLM), e5-mistral on L4 servers (reference §3, scenario 2).",
      createdBy: "template",
      nodes: [...sized(plan, h100, "llm", llm, "llm", "Llama 3.3 70B (H100 pairs)"), ...selfHostedEmb()],
    },
    {
      name: "3 — Hybrid",
      kind: "hybrid",
      description:
        "Self-hosted 70B for sensitive data (80%), Azure OpenAI as fallback for peaks (20%), self-hosted embeddings (scenario 3).",
      createdBy: "template",
      nodes: [
        ...sized(plan, h100, "llm", llm * 0.8, "llm", "Llama 3.3 70B (H100 pairs)", 80),
        cloud("cloud-llm", "Azure OpenAI (overflow)", "azure-openai", "azure-gpt-4.1", "llm", "fallback", 20),
        ...selfHostedEmb(),
      ],
    },
    {
      name: "4 — Apple Silicon",
      kind: "mac-cluster",
      description:
        "Llama 3.3 70B Q4 on Mac Studio M3 Ultra 256 GB (llama.cpp), embeddings on Mac mini M4 Pro (scenario 4; light production only).",
      createdBy: "template",
      nodes: [
        ...sized(
          plan,
          candidate("mac-studio-m3-ultra-256", "llama-3.3-70b", "q4_k_m", "llama.cpp", 1),
          "llm",
          llm,
          "llm",
          "Llama 3.3 70B Q4 (Mac Studio M3 Ultra)",
        ),
        ...sized(
          plan,
          candidate("mac-mini-m4-pro-64", "e5-mistral-7b-instruct", "q8_0", "llama.cpp", 1),
          "embeddings",
          emb,
          "embeddings",
          "e5-mistral-7b (Mac mini M4 Pro)",
        ),
      ],
    },
  ];
  const out: Scenario[] = [];
  for (const s of list)
    out.push({ ...s, id: uniqueScenarioId({ scenarios: [...plan.scenarios, ...out] }, s.name) });
  return out;
}
