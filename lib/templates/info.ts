import type { TierId } from "../catalog/spec-tiers";
import type { PlanDocument } from "../plan/plan-schema";

export const TEMPLATE_IDS = [
  "minimal",
  "production",
  "enterprise",
  "cloud-llm",
  "self-hosted",
  "hybrid",
  "mac-cluster",
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateInfo {
  id: TemplateId;
  name: string;
  summary: string;
  /** Users the template is written for (it stays valid for any count; the sizing model re-sizes it). */
  defaultUsers: number;
  tier: TierId;
  environment: PlanDocument["metadata"]["environment"];
}

export const TEMPLATES: Record<TemplateId, TemplateInfo> = {
  minimal: {
    id: "minimal",
    name: "Minimal — test (< 50 users)",
    tier: "minimal",
    defaultUsers: 25,
    environment: "dev",
    summary:
      "The spec's minimal tier: one replica of each platform component (11 cores, 28 GB, 740 GB), a cloud LLM API.",
  },
  production: {
    id: "production",
    name: "Production (100–500 users)",
    tier: "production",
    defaultUsers: 300,
    environment: "production",
    summary:
      "The spec's recommended production tier with HA replicas, Llama 3.3 70B on H100 NVL pairs and embeddings on L4.",
  },
  enterprise: {
    id: "enterprise",
    name: "Enterprise (1,000–10,000 users)",
    tier: "enterprise",
    defaultUsers: 3000,
    environment: "production",
    summary:
      "The spec's enterprise tier: autoscaled app tier, GPU OCR, H100 servers for a 70B LLM, L4 embedding servers, monitoring.",
  },
  "cloud-llm": {
    id: "cloud-llm",
    name: "Scenario 1 — Cloud LLM",
    tier: "enterprise",
    defaultUsers: 1000,
    environment: "production",
    summary: "Generation and embeddings through a cloud API (OpenAI); no GPUs. Data leaves the premises.",
  },
  "self-hosted": {
    id: "self-hosted",
    name: "Scenario 2 — Self-hosted LLM",
    tier: "enterprise",
    defaultUsers: 1000,
    environment: "production",
    summary:
      "The spec's production recommendation: 2 GPU servers of 2×H100 for Llama 3.3 70B, 2 L4 servers for embeddings.",
  },
  hybrid: {
    id: "hybrid",
    name: "Scenario 3 — Hybrid",
    tier: "enterprise",
    defaultUsers: 1000,
    environment: "production",
    summary:
      "Self-hosted main LLM for sensitive data, a cloud LLM taking peak overflow, self-hosted embeddings.",
  },
  "mac-cluster": {
    id: "mac-cluster",
    name: "Scenario 4 — Apple Silicon cluster",
    tier: "production",
    defaultUsers: 300,
    environment: "production",
    summary:
      "2× Mac Studio M3 Ultra 256 GB for a 70B Q4 model, 2× Mac mini M4 Pro 64 GB for embeddings (light production).",
  },
};

export function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}
