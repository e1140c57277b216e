import {
  CLOUD_MODEL_LIST,
  getCloudModel,
  getGpuRentalPrice,
  getHardware,
  getProduct,
  PRODUCT_ALIASES,
  type Product,
} from "../../catalog";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";

/** A host server for NVIDIA GPUs bought without a catalog product: one per 8 GPUs ([planner] assumption, USD). */
export const GPU_HOST_SERVER_USD = 25_000;
/** Rack units of such a host (8-GPU servers are 4–8U; 4U assumed). */
export const GPU_HOST_RACK_UNITS = 4;
/** One compute server for the platform components: 32 cores, 128 GB (the spec's compute node), 1U. */
export const COMPUTE_SERVER = { cores: 32, memoryGb: 128, rackUnits: 1, powerW: 450 } as const;
/** The cloud model the "all cloud" alternative prices generation and embeddings on. */
export const REFERENCE_CLOUD = {
  llm: "openai-gpt-4.1",
  embeddings: "openai-text-embedding-3-large",
} as const;

export interface Priced {
  usd: number;
  asOf: string;
  source: string;
}

/** A unit price with its date and source, the plan's override winning over the catalog list price. */
export function productPrice(plan: PlanDocument, product: Product): Priced {
  const override = productOverrideUsd(plan.costs.hardwarePriceOverridesUsd, product.id);
  if (override !== undefined) return { usd: override, asOf: plan.costs.pricesAsOf, source: "plan override" };
  return { usd: product.price.usd, asOf: product.price.asOf, source: product.price.source.title };
}

/**
 * The plan's price for a product: saved under its id, else under a retired id that now maps to it
 * (PRODUCT_ALIASES) — a quote saved for "the 2 × H100 server" is still the customer's price for that box.
 */
function productOverrideUsd(overrides: Record<string, number>, productId: string): number | undefined {
  if (overrides[productId] !== undefined) return overrides[productId];
  const retired = Object.keys(PRODUCT_ALIASES).find(
    (id) => PRODUCT_ALIASES[id] === productId && id in overrides,
  );
  return retired === undefined ? undefined : overrides[retired];
}

export function hardwarePrice(plan: PlanDocument, hardwareId: string): Priced {
  const override = plan.costs.hardwarePriceOverridesUsd[hardwareId];
  if (override !== undefined) return { usd: override, asOf: plan.costs.pricesAsOf, source: "plan override" };
  const hw = getHardware(hardwareId);
  if (hw?.listPrice)
    return { usd: hw.listPrice.usd, asOf: hw.listPrice.asOf, source: hw.listPrice.source.title };
  return {
    usd: 0,
    asOf: plan.costs.pricesAsOf,
    source: "no list price in the catalog: set a price override",
  };
}

/**
 * One GPU-hour of `hardwareId` rented on demand, USD: the plan's override, else the dated catalog baseline
 * (GPU_RENTAL_PRICES: H100, H200, L40S, L4), else the hardware entry's own rental estimate.
 */
export function rentalPerHour(plan: PlanDocument, hardwareId: string): number | undefined {
  const override = plan.costs.gpuRentalOverridesUsdPerHour[hardwareId];
  if (override !== undefined) return override;
  return getGpuRentalPrice(hardwareId)?.usd ?? getHardware(hardwareId)?.rentalPerHour?.usd;
}

/** The per-token cloud baselines: the LLM and embedding models each prices the plan's tokens on. */
export const API_BASELINES = {
  "premium-api": { llm: "openai-gpt-4.1", embeddings: "openai-text-embedding-3-large" },
  "small-api": { llm: "openai-gpt-4o-mini", embeddings: "openai-text-embedding-3-small" },
} as const;
/** Embeddings of the open-weight baseline: the cheapest catalog embedding API (no open-weight embedding API listed). */
export const OPEN_WEIGHT_EMBEDDINGS = "openai-text-embedding-3-small";

/**
 * The hosted open-weight API serving the model the plan self-hosts for generation: among the catalog APIs whose
 * `servesModel` is that model, the cheapest for the plan's mix (prompt tokens × input price + output tokens × output
 * price, the plan's price overrides applied). Undefined when the plan self-hosts no catalog LLM or no API serves it.
 */
export function openWeightApiFor(plan: PlanDocument): string | undefined {
  const served = plan.nodes.find((n) => n.kind === "llm" && n.serving)?.serving?.model;
  const model = typeof served === "string" ? served : undefined;
  if (!model) return undefined;
  const w = plan.workload;
  const mix = (id: string) => {
    const p = cloudPrice(plan, id);
    return w.promptTokens * p.inputUsdPerMTok + w.outputTokens * p.outputUsdPerMTok;
  };
  return CLOUD_MODEL_LIST.filter((m) => m.purpose === "llm" && m.servesModel === model)
    .map((m) => m.id)
    .sort((a, b) => mix(a) - mix(b))[0];
}

export interface CloudPrice {
  inputUsdPerMTok: number;
  outputUsdPerMTok: number;
  asOf: string;
  name: string;
}

export function cloudPrice(plan: PlanDocument, modelId: string): CloudPrice {
  const m = getCloudModel(modelId);
  const override = plan.costs.cloudPriceOverrides[modelId];
  if (override) return { ...override, asOf: plan.costs.pricesAsOf, name: m?.name ?? modelId };
  return {
    inputUsdPerMTok: m?.inputPerMTok.usd ?? 0,
    outputUsdPerMTok: m?.outputPerMTok?.usd ?? 0,
    asOf: m?.inputPerMTok.asOf ?? plan.costs.pricesAsOf,
    name: m?.name ?? modelId,
  };
}

export interface ServingHardware {
  nodeId: string;
  /** English: the product, or the accelerator plus its host servers ("NVIDIA L4 + 1 host server(s)"). */
  item: string;
  /** The product's or accelerator's name, and the host servers bought with bare accelerators (0: none). */
  itemName: string;
  hosts: number;
  units: number;
  unit: Priced;
  capexUsd: number;
  rackUnits: number;
  hardwareId: string;
  devices: number;
}

/**
 * What a self-hosted serving node costs to buy: whole products (servers, Macs) covering its devices × replicas, or,
 * without a product, the accelerators' list price plus a host server per 8 GPUs.
 */
export function servingHardware(plan: PlanDocument, node: PlanNode): ServingHardware | null {
  const s = node.serving;
  if (!s) return null;
  const hardwareId = typeof s.hardware === "string" ? s.hardware : s.hardware.id;
  const devices = s.devices * node.replicas;
  const product = s.product ? getProduct(s.product) : undefined;
  if (product && product.devices > 0) {
    const units = Math.ceil(devices / product.devices);
    const unit = productPrice(plan, product);
    return {
      nodeId: node.id,
      item: product.name,
      itemName: product.name,
      hosts: 0,
      units,
      unit,
      capexUsd: units * unit.usd,
      rackUnits: units * product.rackUnits,
      hardwareId,
      devices,
    };
  }
  const custom = typeof s.hardware === "string" ? undefined : s.hardware;
  const unit = custom
    ? { usd: custom.listPriceUsd ?? 0, asOf: plan.costs.pricesAsOf, source: "custom hardware" }
    : hardwarePrice(plan, hardwareId);
  const family = custom?.family ?? getHardware(hardwareId)?.family;
  const hosts = family === "nvidia" ? Math.ceil(devices / 8) : 0;
  const name = custom?.name ?? getHardware(hardwareId)?.name ?? hardwareId;
  return {
    nodeId: node.id,
    item: `${name}${hosts ? ` + ${hosts} host server(s)` : ""}`,
    itemName: name,
    hosts,
    units: devices,
    unit,
    capexUsd: devices * unit.usd + hosts * GPU_HOST_SERVER_USD,
    rackUnits: family === "apple" ? devices * 2 : hosts * GPU_HOST_RACK_UNITS,
    hardwareId,
    devices,
  };
}
