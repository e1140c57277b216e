import type { ComponentKind } from "../catalog/components";
import type { Serving } from "../plan/node-schema";
import { CURRENT_SCHEMA_VERSION, type PlanDocument, type PlanDocumentInput } from "../plan/plan-schema";
import { parsePlanOrThrow } from "../plan/parse";
import type { TierId } from "../catalog/spec-tiers";
import { policyReplicas } from "../engine/platform/serving-capacity";
import { purposeOf, trafficShares } from "../engine/platform/traffic";
import { demandAt } from "../engine/platform/workload";
import { workloadSchema, type Workload } from "../plan/workload-schema";
import type { z } from "zod";
import { assemble, type NodeDraft } from "./build";
import { platformDraft } from "./platform";

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
      "The spec's recommended production tier with HA replicas, Llama 3.3 70B on H100 pairs and embeddings on L4.",
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

const llama70bOnH100 = (devices: number, product?: string): Serving => ({
  ...(product ? { product } : {}),
  hardware: "h100-sxm",
  devices,
  model: "llama-3.3-70b",
  precision: "fp8",
  framework: "vllm",
});
const e5OnL4: Serving = {
  product: "gpu-server-1x-l4",
  hardware: "l4",
  devices: 1,
  model: "e5-mistral-7b-instruct",
  precision: "bf16",
  framework: "vllm",
};

/** The AI hosting of each template (reference-platform.md §2 enterprise cluster, §3 scenarios and scaling table). */
function aiNodes(id: TemplateId): NodeDraft[] {
  switch (id) {
    case "minimal":
      return [
        {
          id: "cloud-llm",
          kind: "cloud-llm",
          label: "OpenAI (generation)",
          replicas: 1,
          cloud: { provider: "openai", model: "openai-gpt-4.1-mini", purpose: "llm", role: "primary" },
        },
        {
          id: "cloud-embeddings",
          kind: "cloud-llm",
          label: "OpenAI (embeddings)",
          replicas: 1,
          cloud: {
            provider: "openai",
            model: "openai-text-embedding-3-small",
            purpose: "embeddings",
            role: "primary",
          },
        },
      ];
    case "production":
      return [
        {
          id: "llm",
          kind: "llm",
          label: "Llama 3.3 70B (H100 pairs, TP2)",
          replicas: 1,
          serving: llama70bOnH100(2, "gpu-server-2x-h100"),
          notes:
            "Scaling table, 100–500 users: 2×H100 80 GB carry the load; a second pair removes the single point of failure",
        },
        {
          id: "embeddings",
          kind: "embeddings",
          label: "e5-mistral-7b (L4)",
          replicas: 2,
          serving: e5OnL4,
          notes: "§3: embeddings on 2 servers with 1×L4 24 GB",
        },
      ];
    case "enterprise":
      return [
        {
          id: "llm",
          kind: "llm",
          label: "Llama 3.3 70B (H100, TP2)",
          replicas: 4,
          serving: llama70bOnH100(2, "hgx-h100-8"),
          notes:
            "Scaling table, 2,000–5,000 users: 8×H100 or 4×H200 — replicas × TP2 sized by the inference model",
        },
        {
          id: "embeddings",
          kind: "embeddings",
          label: "e5-mistral-7b (L4)",
          replicas: 3,
          serving: e5OnL4,
          notes: "§2: 2–3 GPU nodes L4/L40S for embeddings",
        },
      ];
    case "cloud-llm":
      return [
        {
          id: "cloud-llm",
          kind: "cloud-llm",
          label: "OpenAI GPT-4.1",
          replicas: 1,
          cloud: { provider: "openai", model: "openai-gpt-4.1", purpose: "llm", role: "primary" },
        },
        {
          id: "cloud-embeddings",
          kind: "cloud-llm",
          label: "OpenAI embeddings",
          replicas: 1,
          cloud: {
            provider: "openai",
            model: "openai-text-embedding-3-large",
            purpose: "embeddings",
            role: "primary",
          },
        },
      ];
    case "self-hosted":
      return [
        {
          id: "llm",
          kind: "llm",
          label: "Llama 3.3 70B (2 servers × 2×H100)",
          replicas: 2,
          serving: llama70bOnH100(2, "gpu-server-2x-h100"),
          notes: "§3 production recommendation: LLM on 2 GPU servers of 2×H100",
        },
        {
          id: "embeddings",
          kind: "embeddings",
          label: "e5-mistral-7b (2 × L4)",
          replicas: 2,
          serving: e5OnL4,
        },
      ];
    case "hybrid":
      return [
        {
          id: "llm",
          kind: "llm",
          label: "Llama 3.3 70B (2 servers × 2×H100)",
          replicas: 2,
          serving: { ...llama70bOnH100(2, "gpu-server-2x-h100"), trafficSharePct: 80 },
        },
        {
          id: "cloud-llm",
          kind: "cloud-llm",
          label: "Azure OpenAI (overflow)",
          replicas: 1,
          cloud: {
            provider: "azure-openai",
            model: "azure-gpt-4.1",
            purpose: "llm",
            role: "fallback",
            trafficSharePct: 20,
          },
          notes: "§3 scenario 3: cloud LLM as fallback and for peaks; non-sensitive traffic only",
        },
        {
          id: "embeddings",
          kind: "embeddings",
          label: "e5-mistral-7b (2 × L4)",
          replicas: 2,
          serving: e5OnL4,
        },
      ];
    case "mac-cluster":
      return [
        {
          id: "llm",
          kind: "llm",
          label: "Llama 3.3 70B Q4 (2× Mac Studio M3 Ultra)",
          replicas: 2,
          serving: {
            product: "mac-studio-m3-ultra-256",
            hardware: "m3-ultra",
            devices: 1,
            memoryGb: 256,
            model: "llama-3.3-70b",
            precision: "q4_k_m",
            framework: "llama.cpp",
          },
          notes: "§3 scenario 4 production: 2× Mac Studio M3 Ultra 256 GB (quoted ~35–40 tok/s for 70B Q4)",
        },
        {
          id: "embeddings",
          kind: "embeddings",
          label: "e5-mistral-7b (2× Mac mini M4 Pro)",
          replicas: 2,
          serving: {
            product: "mac-mini-m4-pro-64",
            hardware: "m4-pro",
            devices: 1,
            memoryGb: 64,
            model: "e5-mistral-7b-instruct",
            precision: "q8_0",
            framework: "llama.cpp",
          },
          notes:
            "§3 quotes '2× Mac Mini M4 (64 GB)': a base M4 Mac mini tops out at 32 GB, so the M4 Pro 64 GB is used",
        },
      ];
  }
}

const PLATFORM_KINDS: ComponentKind[] = [
  "lb",
  "frontend",
  "api",
  "odin",
  "postgres",
  "chroma",
  "meili",
  "redis",
  "s3",
  "monitoring",
];

/**
 * Builds a template's plan document for `users` (default: the template's own) and the rest of `workload` (defaults
 * otherwise). The components, zones, flows and AI hosting are the reference platform's; replicas, cores, memory and
 * volumes come from the engine's sizing model (which reproduces the spec's tier tables at their user counts), and
 * each self-hosted serving node gets the replicas the sizing policy asks for its share of peak demand
 * (lib/engine/policy: ≤ 80% of its SLO capacity, two at least in production — no single point of failure).
 */
export function buildTemplate(
  id: TemplateId,
  options: { users?: number; workload?: z.input<typeof workloadSchema> } = {},
): PlanDocument {
  const info = TEMPLATES[id];
  const users = options.users ?? options.workload?.users ?? info.defaultUsers;
  const workload = workloadSchema.parse({ ...options.workload, users });
  const drafts: NodeDraft[] = [];
  for (const kind of PLATFORM_KINDS) {
    const draft = platformDraft(kind, info.tier, workload, info.environment);
    if (draft) drafts.push(draft);
  }
  drafts.push(...aiNodes(id));
  const draftPlan = document(id, workload, drafts);
  const demand = demandAt(draftPlan.workload);
  for (const purpose of ["llm", "embeddings"] as const) {
    const shares = trafficShares(draftPlan.nodes, purpose);
    for (const node of draftPlan.nodes.filter((n) => n.serving && purposeOf(n) === purpose)) {
      const draft = drafts.find((d) => d.id === node.id)!;
      draft.replicas = policyReplicas(node, draftPlan, demand, purpose, shares.get(node.id) ?? 0);
    }
  }
  return document(id, workload, drafts);
}

function document(id: TemplateId, workload: Workload, drafts: NodeDraft[]): PlanDocument {
  const info = TEMPLATES[id];
  const { zones, nodes, edges } = assemble(drafts);
  const onPremises = id === "self-hosted" || id === "mac-cluster";
  const doc: PlanDocumentInput = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    metadata: {
      name: info.name,
      description: info.summary,
      environment: info.environment,
      namespacePrefix: "devana",
      kubernetesVersion: "1.31",
      currency: "USD",
      templateId: id,
    },
    workload,
    constraints: {
      dataOnPremises: onPremises,
      allowedHardwareFamilies: id === "mac-cluster" ? ["apple"] : ["nvidia", "apple"],
    },
    zones,
    nodes,
    edges,
  };
  return parsePlanOrThrow(doc);
}

/** An empty plan: no nodes, default assumptions. */
export function emptyPlan(name = "Untitled plan"): PlanDocument {
  return parsePlanOrThrow({ schemaVersion: CURRENT_SCHEMA_VERSION, metadata: { name } });
}
