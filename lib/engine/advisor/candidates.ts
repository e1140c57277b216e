import {
  getFramework,
  getHardware,
  getModel,
  getPrecision,
  MODEL_LIST,
  PRODUCT_LIST,
  type Model,
  type Product,
} from "../../catalog";
import type { PlanDocument } from "../../plan/plan-schema";

/** One self-hosted configuration the advisor considers for a purpose (before replicas are sized). */
export interface Candidate {
  product: Product;
  hardwareId: string;
  model: Model;
  precision: string;
  framework: string;
  /** Devices (GPUs, or Macs) per model instance. */
  devices: number;
  interconnect?: string;
  memoryGb?: number;
}

/** Frameworks the advisor proposes, per purpose and family (embedding models are served by vLLM or llama.cpp). */
const FRAMEWORKS = {
  llm: { nvidia: ["vllm", "sglang", "tensorrt-llm"], apple: ["llama.cpp", "mlx"] },
  embeddings: { nvidia: ["vllm"], apple: ["llama.cpp"] },
} as const;
/** Precisions worth proposing (GGUF on Apple; 16-bit, FP8/FP4 where native, AWQ int4 on NVIDIA). */
const PRECISIONS = {
  llm: { nvidia: ["bf16", "fp8", "nvfp4", "int4"], apple: ["q4_k_m", "q8_0", "fp16"] },
  embeddings: { nvidia: ["bf16", "fp8"], apple: ["q8_0", "fp16"] },
} as const;
/** Machines sold as laptops are never proposed; desktop boxes (DGX Spark) not for production. */
const EXCLUDED_PRODUCTS = new Set(["macbook-pro-m4-max-128"]);
const DESKTOP_PRODUCTS = new Set(["dgx-spark"]);
/** The reference's ceiling for Apple Silicon in production (light production < 500 users, §3 scenario 4). */
const MAC_PRODUCTION_MAX_USERS = 500;
/** The reference's size below which models are not recommended for enterprise reasoning, billions. */
const ENTERPRISE_MIN_B = 70;

/**
 * The models to consider: the constraint's list if given; else the models the plan already serves (the architect's
 * choice is kept); else, for generation in production, models of at least 70 B (reference §3), otherwise all.
 * Always filtered by the minimum size constraint.
 */
export function candidateModels(plan: PlanDocument, purpose: "llm" | "embeddings"): Model[] {
  const kind = purpose === "llm" ? "llm" : "embedding";
  const c = plan.constraints;
  let models: Model[];
  // The allowed list constrains a purpose only when it names models of that kind (a list of LLMs leaves the
  // embedding model free, and vice versa).
  const allowed = (c.allowedModels ?? [])
    .map((id) => getModel(id))
    .filter((m): m is Model => !!m && m.kind === kind);
  if (allowed.length) models = allowed;
  else {
    const current = plan.nodes
      .filter((n) => n.serving && (purpose === "llm" ? n.kind === "llm" : n.kind === "embeddings"))
      .map((n) => (typeof n.serving!.model === "string" ? getModel(n.serving!.model) : undefined))
      .filter((m): m is Model => !!m);
    models = current.length
      ? [...new Map(current.map((m) => [m.id, m])).values()]
      : MODEL_LIST.filter((m) => m.kind === kind);
    if (!current.length && purpose === "llm" && plan.metadata.environment === "production")
      models = models.filter((m) => m.totalParamsB >= ENTERPRISE_MIN_B);
  }
  if (c.minModelParamsB && purpose === "llm")
    models = models.filter((m) => m.totalParamsB >= c.minModelParamsB!);
  return models;
}

function precisionAllowed(plan: PlanDocument, id: string): boolean {
  const floor = plan.constraints.precisionFloor ? getPrecision(plan.constraints.precisionFloor) : undefined;
  const p = getPrecision(id);
  return !!p && (!floor || p.bitsPerWeight >= floor.bitsPerWeight - 1e-9);
}

/**
 * Every product × devices per instance × precision × framework the constraints allow, for the given models and
 * purpose. In production only production-grade frameworks and datacenter products are proposed, and Apple Silicon
 * only when it is the only allowed family and up to the reference's 500-user ceiling.
 */
export function enumerateCandidates(
  plan: PlanDocument,
  models: Model[],
  purpose: "llm" | "embeddings" = "llm",
): Candidate[] {
  const families = new Set(plan.constraints.allowedHardwareFamilies);
  const production = plan.metadata.environment === "production";
  const out: Candidate[] = [];
  for (const product of PRODUCT_LIST) {
    if (!product.hardwareId || product.devices === 0 || EXCLUDED_PRODUCTS.has(product.id)) continue;
    if (production && DESKTOP_PRODUCTS.has(product.id)) continue;
    const hw = getHardware(product.hardwareId);
    if (!hw || !families.has(hw.family) || hw.family === "cpu") continue;
    // Apple Silicon in production only when the plan chose it (Apple the only allowed family), and within the
    // reference's light-production ceiling; otherwise it is "not recommended for 24/7 critical production" (§3).
    if (
      production &&
      hw.family === "apple" &&
      (families.has("nvidia") || plan.workload.users > MAC_PRODUCTION_MAX_USERS)
    )
      continue;
    const family = hw.family as "nvidia" | "apple";
    const deviceCounts = family === "apple" ? [1, 2, 4] : [1, 2, 4, 8].filter((d) => d <= product.devices);
    for (const model of models) {
      for (const precision of PRECISIONS[purpose][family]) {
        if (!precisionAllowed(plan, precision)) continue;
        const p = getPrecision(precision)!;
        if (p.requiresHardwareFeature === "fp8" && hw.fp8Tflops === undefined) continue;
        if (p.requiresHardwareFeature === "fp4" && hw.fp4Tflops === undefined) continue;
        for (const framework of FRAMEWORKS[purpose][family]) {
          if (!p.frameworks.includes(framework)) continue;
          if (production && !getFramework(framework)?.productionGrade) continue;
          for (const devices of deviceCounts) {
            out.push({
              product,
              hardwareId: hw.id,
              model,
              precision,
              framework,
              devices,
              ...(family === "apple"
                ? {
                    memoryGb: product.memoryGbPerDevice,
                    ...(devices > 1 ? { interconnect: hw.intraNodeInterconnect } : {}),
                  }
                : {}),
            });
          }
        }
      }
    }
  }
  return out;
}
