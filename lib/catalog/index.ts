/**
 * The catalog: hardware, products, models, precisions, frameworks, interconnects and cloud models, each entry
 * validated by its zod schema at load (a malformed entry fails the first test that imports the catalog).
 */
import type { z } from "zod";
import { CLOUD_MODELS, GPU_RENTAL_PRICES } from "./data/cloud-models";
import { datedPriceSchema, type DatedPrice } from "./source";
import { FRAMEWORKS } from "./data/frameworks";
import { APPLE_HARDWARE } from "./data/hardware-apple";
import { NVIDIA_HARDWARE } from "./data/hardware-nvidia";
import { INTERCONNECTS } from "./data/interconnects";
import { MODELS } from "./data/models";
import { PRECISIONS } from "./data/precisions";
import { PRODUCT_ALIASES, PRODUCTS } from "./data/products";
import { hardwareSchema, productSchema, type Hardware, type Product } from "./hardware-schema";
import { modelSchema, type Model } from "./model-schema";
import {
  cloudModelSchema,
  frameworkSchema,
  interconnectSchema,
  precisionSchema,
  type CloudModel,
  type Framework,
  type Interconnect,
  type Precision,
} from "./runtime-schema";

/** Bumped whenever an entry's figures change, so saved reports can say which catalog they used. */
export const CATALOG_VERSION = "2025.11.1";

function validated<T extends { id: string }>(
  schema: z.ZodType<T>,
  entries: readonly unknown[],
  what: string,
): T[] {
  const out = entries.map((e, i) => {
    const r = schema.safeParse(e);
    if (!r.success)
      throw new Error(
        `catalog ${what}[${i}] is invalid: ${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`,
      );
    return r.data;
  });
  const seen = new Set<string>();
  for (const e of out) {
    if (seen.has(e.id)) throw new Error(`catalog ${what}: duplicate id ${e.id}`);
    seen.add(e.id);
  }
  return out;
}

export const HARDWARE: readonly Hardware[] = validated(
  hardwareSchema,
  [...NVIDIA_HARDWARE, ...APPLE_HARDWARE],
  "hardware",
);
export const PRODUCT_LIST: readonly Product[] = validated(productSchema, PRODUCTS, "products");
export const MODEL_LIST: readonly Model[] = validated(modelSchema, MODELS, "models");
export const PRECISION_LIST: readonly Precision[] = validated(precisionSchema, PRECISIONS, "precisions");
export const FRAMEWORK_LIST: readonly Framework[] = validated(frameworkSchema, FRAMEWORKS, "frameworks");
export const INTERCONNECT_LIST: readonly Interconnect[] = validated(
  interconnectSchema,
  INTERCONNECTS,
  "interconnects",
);
export const CLOUD_MODEL_LIST: readonly CloudModel[] = validated(
  cloudModelSchema,
  CLOUD_MODELS,
  "cloud models",
);

const GPU_RENTAL_LIST = new Map(
  Object.entries(GPU_RENTAL_PRICES).map(([id, p]) => [id, datedPriceSchema.parse(p)] as const),
);

export type CatalogKind =
  "hardware" | "product" | "model" | "precision" | "framework" | "interconnect" | "cloud-model";

const byId = <T extends { id: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.id, x] as const));
const INDEX = {
  hardware: byId(HARDWARE),
  product: byId(PRODUCT_LIST),
  model: byId(MODEL_LIST),
  precision: byId(PRECISION_LIST),
  framework: byId(FRAMEWORK_LIST),
  interconnect: byId(INTERCONNECT_LIST),
  "cloud-model": byId(CLOUD_MODEL_LIST),
} as const;

export function findCatalogEntry(kind: CatalogKind, id: string) {
  return kind === "product" ? getProduct(id) : INDEX[kind].get(id);
}
export const getHardware = (id: string): Hardware | undefined => INDEX.hardware.get(id);
/** A product by id, or the SKU a retired id maps to (PRODUCT_ALIASES) so saved plans keep loading. */
export const getProduct = (id: string): Product | undefined =>
  INDEX.product.get(id) ?? INDEX.product.get(PRODUCT_ALIASES[id] ?? "");
/** The id that replaces a retired product id, or undefined when `id` is current (or unknown). */
export const replacedProductId = (id: string): string | undefined =>
  INDEX.product.has(id) ? undefined : PRODUCT_ALIASES[id];
export const getModel = (id: string): Model | undefined => INDEX.model.get(id);
export const getPrecision = (id: string): Precision | undefined => INDEX.precision.get(id);
/**
 * A precision's short human label, as people say it: its catalog name without the parenthesised detail
 * ("FP8 (E4M3, per-tensor or per-block scales)" → "FP8", "GGUF Q4_K_M (mixed)" → "GGUF Q4_K_M").
 */
export function precisionLabel(p: Pick<Precision, "name">): string {
  let label = PRECISION_LABELS.get(p.name);
  if (label === undefined) PRECISION_LABELS.set(p.name, (label = p.name.split(" (")[0]!));
  return label;
}
/** Labels by name, built once (every estimate names its KV-cache precision). */
const PRECISION_LABELS = new Map<string, string>();
export const getFramework = (id: string): Framework | undefined => INDEX.framework.get(id);
export const getInterconnect = (id: string): Interconnect | undefined => INDEX.interconnect.get(id);
export const getCloudModel = (id: string): CloudModel | undefined => INDEX["cloud-model"].get(id);

/** Dated, sourced on-demand rental price of one GPU-hour (GPU_RENTAL_PRICES), by hardware id; undefined if none. */
export const getGpuRentalPrice = (hardwareId: string): DatedPrice | undefined =>
  GPU_RENTAL_LIST.get(hardwareId);

export function catalogIds(kind: CatalogKind): string[] {
  return [...INDEX[kind].keys()];
}

/** The `n` ids of a kind closest to `input` (edit distance, with a bonus for a shared prefix) — for error messages. */
export function nearestCatalogIds(kind: CatalogKind, input: string, n = 3): string[] {
  const needle = input.toLowerCase();
  return catalogIds(kind)
    .map((id) => ({
      id,
      score:
        editDistance(needle, id) -
        commonPrefix(needle, id) * 0.5 -
        (id.includes(needle) && needle.length > 1 ? 2 : 0),
    }))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, n)
    .map((x) => x.id);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

export type { Hardware, Product, Model, Precision, Framework, Interconnect, CloudModel };
export { PRODUCT_ALIASES };
export { parseHfConfig, type HfConfigIssue, type HfConfigResult } from "./hf-config";
export {
  hfConfigSchema,
  hfImportOptionsSchema,
  type HfConfig,
  type HfImportOptions,
} from "./hf-config-schema";
