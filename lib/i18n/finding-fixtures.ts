import type { PlanDocument } from "../plan/plan-schema";
import { buildTemplate, TEMPLATE_IDS, type TemplateId } from "../templates";

/** One mistake made on purpose: what it changes, on which template (production unless said). */
interface Break {
  change: (p: PlanDocument) => void;
  template?: TemplateId;
}

const node = (p: PlanDocument, kind: string) => p.nodes.find((n) => n.kind === kind)!;

/** Removes the components of these kinds and the flows that touched them. */
function withoutKinds(p: PlanDocument, ...kinds: string[]) {
  p.nodes = p.nodes.filter((n) => !kinds.includes(n.kind));
  const ids = new Set(p.nodes.map((n) => n.id));
  p.edges = p.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
}

/** Platform mistakes: an old Kubernetes, missing components, too few replicas, undersized resources. */
const PLATFORM_BREAKS: Break[] = [
  { change: (p) => (p.metadata.kubernetesVersion = "1.29") },
  { change: (p) => withoutKinds(p, "redis", "lb") },
  {
    change: (p) => {
      node(p, "api").replicas = 1;
      node(p, "postgres").replicas = 1;
      p.slos.rpoMinutes = 0.5;
      p.slos.rtoHours = 0.01;
    },
  },
  {
    change: (p) => {
      const api = node(p, "api");
      api.resources = { ...api.resources, cpuCores: 0.5, memoryGb: 1 };
      p.workload.users = 20_000;
      const pg = node(p, "postgres");
      pg.resources = { ...pg.resources, storageGb: 1 };
      pg.replicas = 2;
    },
  },
];

/** Serving stacks that do not work: the engine's estimate warnings become findings. */
const SERVING_BREAKS: Break[] = [
  {
    change: (p) => {
      const llm = node(p, "llm");
      llm.serving = { ...llm.serving!, model: "gpt-oss-120b", precision: "bf16" };
    },
  },
  {
    change: (p) => {
      const llm = node(p, "llm");
      llm.serving = { ...llm.serving!, hardware: "l4", devices: 1, precision: "bf16" };
      const emb = node(p, "embeddings");
      emb.serving = { ...emb.serving!, framework: "vllm", precision: "q4_k_m" };
    },
  },
  { change: (p) => (node(p, "llm").serving!.framework = "vllm"), template: "mac-cluster" },
  {
    change: (p) => {
      p.workload.users = 5_000;
      p.slos.availabilityPct = 99.99;
      node(p, "llm").replicas = 12;
    },
    template: "mac-cluster",
  },
  {
    change: (p) => {
      const llm = node(p, "llm");
      llm.serving = { ...llm.serving!, framework: "ollama", devices: 16 };
      llm.replicas = 1;
      p.workload.users = 50_000;
    },
  },
  { change: (p) => (p.workload.promptTokens = 200_000) }, // beyond the model's context
  {
    // MLX splits tensors across the Macs: 16-way tensor parallel over Thunderbolt, beyond the model's KV heads.
    change: (p) => {
      const llm = node(p, "llm");
      llm.serving = { ...llm.serving!, framework: "mlx", devices: 16 };
    },
    template: "mac-cluster",
  },
];

/** Network: a denied flow, a slow link, wrong zones, overlapping subnets, a missing connection. */
const NETWORK_BREAKS: Break[] = [
  {
    change: (p) => {
      const edge = p.edges.find((e) => e.source === "api" && e.target === "postgres")!;
      edge.latencyMs = 12;
      p.edges.push({ ...edge, id: "bad", source: "frontend", target: "postgres" });
      p.edges.push({ ...edge, id: "reverse", source: "postgres", target: "api" });
      p.edges.push({ ...edge, id: "wrong-port", source: "api", target: "chroma", port: 5432 });
      p.edges = p.edges.filter((e) => !(e.source === "api" && e.target === "redis"));
      node(p, "redis").zoneId = "dmz";
      node(p, "s3").zoneId = null;
      p.zones[1]!.cidr = p.zones[0]!.cidr;
    },
  },
  { change: (p) => (p.constraints.dataOnPremises = true), template: "hybrid" },
  { change: (p) => (p.edges.find((e) => e.source === "api" && e.target === "postgres")!.latencyMs = 5) },
];

/** Capacity, catalog and facility: near the SLO edge, a retired product, framework slots, a small rack. */
const CAPACITY_BREAKS: Break[] = [
  { change: (p) => (p.workload.users = 4_800) },
  {
    // FP8 weights on an A100 (no FP8 tensor cores): served, but not at FP8 rate; the LLM between the 80% target and
    // its SLO capacity.
    change: (p) => {
      const llm = node(p, "llm");
      const { product: _product, ...serving } = llm.serving!;
      llm.serving = { ...serving, hardware: "a100-sxm-80gb", devices: 4, precision: "fp8" };
    },
  },
  { change: (p) => withoutKinds(p, "cloud-llm"), template: "minimal" },
  {
    // A saved plan on the retired 2 × H100 "SXM" id; an L4 node put in an L40S server.
    change: (p) => {
      const llm = node(p, "llm");
      llm.serving = { ...llm.serving!, product: "gpu-server-2x-h100", hardware: "h100-sxm" };
      const emb = node(p, "embeddings");
      emb.serving = { ...emb.serving!, product: "gpu-server-1x-l40s" };
    },
  },
  {
    // llama.cpp at a rate beyond its 4 slots.
    change: (p) => {
      const llm = node(p, "llm");
      llm.serving = { ...llm.serving!, framework: "llama.cpp", precision: "q4_k_m" };
    },
  },
  // Facility limits: a 1 kW rack holds none of the production template's GPU servers.
  { change: (p) => (p.costs.rackPowerKw = 1) },
];

/**
 * Plans that between them raise the findings the rules can produce: every template, then templates broken on
 * purpose (one mistake each). Shared by the finding-rendering tests (lib/i18n/findings*.test.ts).
 */
export function findingFixturePlans(): PlanDocument[] {
  const broken = [...PLATFORM_BREAKS, ...SERVING_BREAKS, ...NETWORK_BREAKS, ...CAPACITY_BREAKS].map(
    ({ change, template = "production" }) => {
      const p = buildTemplate(template);
      change(p);
      return p;
    },
  );
  return [...TEMPLATE_IDS.map((id) => buildTemplate(id)), ...broken];
}
