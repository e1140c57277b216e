import { getModel, getProduct } from "../catalog";
import type { Candidate } from "../engine/advisor/candidates";
import { candidateNode, sizeCandidate } from "../engine/advisor/size-candidate";
import { nodeDemand, sizedDemand } from "../engine/platform/serving-capacity";
import type { Purpose } from "../engine/platform/traffic";
import { demandAt } from "../engine/platform/workload";
import { minReplicas } from "../engine/policy";
import type { Cloud, PlanNode, Serving } from "../plan/node-schema";
import type { PlanDocument, Scenario } from "../plan/plan-schema";
import { applyScenario, uniqueScenarioId } from "../plan/scenarios";

/**
 * A self-hosted deployment of the reference platform (docs/reference-platform.md §2–§3): a catalog product, the model
 * it serves and how. The accelerator and its memory come from the product, so they are never written twice.
 */
export interface ReferenceDeployment {
  product: string;
  /** Devices per model instance (tensor parallel on NVIDIA; one Mac per instance on Apple). */
  devices: number;
  model: string;
  precision: string;
  framework: string;
}

/** The deployments the reference names, each defined once (templates and scenarios compose them). */
export const REFERENCE_DEPLOYMENTS = {
  /** §3 production recommendation: Llama 3.3 70B on servers of 2 × H100 (a real 2-GPU box: H100 NVL pair, 94 GB each), FP8 (the precision its 100 tok/s needs). */
  llama70bOnH100Pair: {
    product: "gpu-server-2x-h100-nvl",
    devices: 2,
    model: "llama-3.3-70b",
    precision: "fp8",
    framework: "vllm",
  },
  /** §2 enterprise cluster: the same model, TP2 instances packed on 8-GPU HGX H100 nodes. */
  llama70bOnHgxH100: {
    product: "hgx-h100-8",
    devices: 2,
    model: "llama-3.3-70b",
    precision: "fp8",
    framework: "vllm",
  },
  /** §3: embeddings on servers with 1×L4 24 GB. */
  e5OnL4: {
    product: "gpu-server-1x-l4",
    devices: 1,
    model: "e5-mistral-7b-instruct",
    precision: "bf16",
    framework: "vllm",
  },
  /** §3 scenario 4 production: Mac Studio M3 Ultra 256 GB for a 70B model in Q4 (llama.cpp). */
  llama70bOnMacStudio: {
    product: "mac-studio-m3-ultra-256",
    devices: 1,
    model: "llama-3.3-70b",
    precision: "q4_k_m",
    framework: "llama.cpp",
  },
  /**
   * §3 scenario 4 embeddings: the reference says "Mac Mini M4 (64 GB)", but a base M4 Mac mini tops out at 32 GB;
   * the M4 Pro 64 GB is the machine that exists.
   */
  e5OnMacMini: {
    product: "mac-mini-m4-pro-64",
    devices: 1,
    model: "e5-mistral-7b-instruct",
    precision: "q8_0",
    framework: "llama.cpp",
  },
} as const satisfies Record<string, ReferenceDeployment>;

/** The plan's serving section for a reference deployment (accelerator and memory from the catalog product). */
export function servingOf(d: ReferenceDeployment): Serving {
  const product = getProduct(d.product);
  if (!product?.hardwareId) throw new Error(`reference deployment: product ${d.product} has no accelerator`);
  return {
    product: d.product,
    hardware: product.hardwareId,
    devices: d.devices,
    ...(product.memoryGbPerDevice ? { memoryGb: product.memoryGbPerDevice } : {}),
    model: d.model,
    precision: d.precision,
    framework: d.framework,
  };
}

/** The advisor's candidate for a reference deployment (what the advisor sizes). */
export function candidateOf(d: ReferenceDeployment): Candidate {
  const product = getProduct(d.product);
  const model = getModel(d.model);
  if (!product?.hardwareId || !model)
    throw new Error(`reference deployment: ${d.product} / ${d.model} unknown`);
  return {
    product,
    hardwareId: product.hardwareId,
    model,
    precision: d.precision,
    framework: d.framework,
    devices: d.devices,
    ...(product.memoryGbPerDevice ? { memoryGb: product.memoryGbPerDevice } : {}),
  };
}

/** One AI node of a reference scenario: a self-hosted deployment or a cloud provider. */
export type ReferenceNode = { id: string; label: string; purpose: Purpose } & (
  { deployment: ReferenceDeployment; trafficSharePct?: number } | { cloud: Omit<Cloud, "purpose"> }
);

export interface ReferenceScenario {
  name: string;
  kind: Scenario["kind"];
  description: string;
  nodes: ReferenceNode[];
}

const openAiGpt41: ReferenceNode = {
  id: "cloud-llm",
  label: "OpenAI GPT-4.1",
  purpose: "llm",
  cloud: { provider: "openai", model: "openai-gpt-4.1", role: "primary" },
};
const openAiEmbeddings: ReferenceNode = {
  id: "cloud-embeddings",
  label: "OpenAI embeddings",
  purpose: "embeddings",
  cloud: { provider: "openai", model: "openai-text-embedding-3-large", role: "primary" },
};
const llama70bOnH100: ReferenceNode = {
  id: "llm",
  label: "Llama 3.3 70B (H100 NVL pairs)",
  purpose: "llm",
  deployment: REFERENCE_DEPLOYMENTS.llama70bOnH100Pair,
};
const e5OnL4: ReferenceNode = {
  id: "embeddings",
  label: "e5-mistral-7b (L4)",
  purpose: "embeddings",
  deployment: REFERENCE_DEPLOYMENTS.e5OnL4,
};

/**
 * The reference platform's four LLM hosting scenarios (§3), defined once: the scenario comparison sizes them for a
 * plan (specScenarios) and the scenario templates are built from them (lib/templates/ai-hosting.ts).
 */
export const REFERENCE_SCENARIOS = {
  cloud: {
    name: "1 — Cloud",
    kind: "cloud",
    description:
      "OpenAI for generation and embeddings; no GPUs. Data leaves the premises (reference §3, scenario 1).",
    nodes: [openAiGpt41, openAiEmbeddings],
  },
  selfHosted: {
    name: "2 — Self-hosted",
    kind: "self-hosted",
    description:
      "Llama 3.3 70B FP8 on H100 NVL pairs (vLLM), e5-mistral on L4 servers (reference §3, scenario 2).",
    nodes: [llama70bOnH100, e5OnL4],
  },
  hybrid: {
    name: "3 — Hybrid",
    kind: "hybrid",
    description:
      "Self-hosted 70B for sensitive data (80%), Azure OpenAI as fallback for peaks (20%), self-hosted embeddings (scenario 3).",
    nodes: [
      { ...llama70bOnH100, trafficSharePct: 80 },
      {
        id: "cloud-llm",
        label: "Azure OpenAI (overflow)",
        purpose: "llm",
        cloud: { provider: "azure-openai", model: "azure-gpt-4.1", role: "fallback", trafficSharePct: 20 },
      },
      e5OnL4,
    ],
  },
  appleSilicon: {
    name: "4 — Apple Silicon",
    kind: "mac-cluster",
    description:
      "Llama 3.3 70B Q4 on Mac Studio M3 Ultra 256 GB (llama.cpp), embeddings on Mac mini M4 Pro (scenario 4; light production only).",
    nodes: [
      {
        id: "llm",
        label: "Llama 3.3 70B Q4 (Mac Studio M3 Ultra)",
        purpose: "llm",
        deployment: REFERENCE_DEPLOYMENTS.llama70bOnMacStudio,
      },
      {
        id: "embeddings",
        label: "e5-mistral-7b (Mac mini M4 Pro)",
        purpose: "embeddings",
        deployment: REFERENCE_DEPLOYMENTS.e5OnMacMini,
      },
    ],
  },
} as const satisfies Record<string, ReferenceScenario>;

/** A cloud node as the plan holds it. */
export function cloudNode(n: ReferenceNode & { cloud: Omit<Cloud, "purpose"> }): PlanNode {
  const { provider, model, ...rest } = n.cloud;
  return {
    id: n.id,
    kind: "cloud-llm",
    label: n.label,
    zoneId: null,
    position: { x: 0, y: 0 },
    replicas: 1,
    cloud: { provider, model, purpose: n.purpose, ...rest },
  };
}

/**
 * A reference self-hosted node sized by the advisor for its share of the plan's demand. When the configuration
 * cannot meet the SLOs at any size it keeps the environment's floor (2 in production) and the comparison says it
 * misses them, rather than multiplying machines that would not make any user's stream faster.
 */
function sizedNode(
  plan: PlanDocument,
  n: ReferenceNode & { deployment: ReferenceDeployment; trafficSharePct?: number },
): PlanNode {
  const candidate = candidateOf(n.deployment);
  const share = (n.trafficSharePct ?? 100) / 100;
  const demand = sizedDemand(nodeDemand(demandAt(plan.workload), n.purpose, share), n.purpose);
  const sized = sizeCandidate(plan, candidate, n.purpose, demand);
  const kind = n.purpose === "llm" ? "llm" : "embeddings";
  const node = sized?.meetsSlo
    ? sized.node
    : candidateNode(candidate, n.purpose, minReplicas(kind, plan.metadata.environment));
  return {
    ...node,
    id: n.id,
    label: n.label,
    ...(n.trafficSharePct !== undefined && node.serving
      ? { serving: { ...node.serving, trafficSharePct: n.trafficSharePct } }
      : {}),
  };
}

/**
 * The reference platform's four hosting scenarios sized for this plan's workload and SLOs (self-hosted replicas from
 * the advisor, i.e. the sizing policy), with ids unique among the plan's scenarios.
 */
export function specScenarios(plan: PlanDocument): Scenario[] {
  const out: Scenario[] = [];
  for (const s of Object.values(REFERENCE_SCENARIOS) as ReferenceScenario[]) {
    out.push({
      name: s.name,
      kind: s.kind,
      description: s.description,
      createdBy: "template",
      nodes: s.nodes.map((n) => ("cloud" in n ? cloudNode(n) : sizedNode(plan, n))),
      id: uniqueScenarioId({ scenarios: [...plan.scenarios, ...out] }, s.name),
    });
  }
  return out;
}

/**
 * The plan with one reference scenario's hosting in place of its own, sized for its workload — e.g. the Mac-cluster
 * template as the reference quotes it (Llama 3.3 70B Q4 on Mac Studio), whose SLO miss is a documented gap
 * (docs/reference-platform.md) the template itself no longer ships.
 */
export function asReferenceScenario(plan: PlanDocument, kind: Scenario["kind"]): PlanDocument {
  const scenario = specScenarios(plan).find((s) => s.kind === kind);
  if (!scenario) throw new Error(`no reference scenario of kind ${kind}`);
  return applyScenario(plan, scenario);
}
