import {
  getFramework,
  getHardware,
  getModel,
  getPrecision,
  PRECISION_LIST,
  type Model,
  type Product,
} from "../../catalog";
import type { Serving } from "../../plan/node-schema";

/**
 * Serving choices that keep a node runnable: when the hardware changes, a framework that does not run on it (vLLM on
 * a Mac) is swapped for one that does, and a precision the new framework cannot load (FP8 in llama.cpp) for the
 * nearest one it can. The engine still reports what remains questionable; these only avoid dead ends.
 */
export const DEFAULT_LLM_SERVING: Serving = {
  product: "gpu-server-2x-h100",
  hardware: "h100-sxm",
  devices: 2,
  model: "llama-3.3-70b",
  precision: "fp8",
  framework: "vllm",
};

export const DEFAULT_EMBEDDINGS_SERVING: Serving = {
  product: "gpu-server-1x-l4",
  hardware: "l4",
  devices: 1,
  model: "e5-mistral-7b-instruct",
  precision: "bf16",
  framework: "vllm",
};

function familyOf(hardware: Serving["hardware"]): "nvidia" | "apple" | "cpu" {
  if (typeof hardware !== "string") return hardware.family;
  return getHardware(hardware)?.family ?? "nvidia";
}

/** The precision the framework can load whose size per weight is closest to `bits` (larger on a tie). */
function nearestPrecision(framework: string, bits: number): string | undefined {
  return PRECISION_LIST.filter((p) => p.frameworks.includes(framework) && p.id !== "fp32")
    .map((p) => ({ id: p.id, d: Math.abs(p.bitsPerWeight - bits), bits: p.bitsPerWeight }))
    .sort((a, b) => a.d - b.d || b.bits - a.bits)[0]?.id;
}

/** Adjusts framework and precision to the serving's hardware (unchanged object when already compatible). */
export function compatibleServing(s: Serving): Serving {
  const family = familyOf(s.hardware);
  let next = s;
  const framework = getFramework(s.framework);
  if (framework && !framework.runsOn.includes(family)) {
    next = { ...next, framework: family === "nvidia" ? "vllm" : "llama.cpp" };
  }
  const precision = getPrecision(next.precision);
  if (precision && !precision.frameworks.includes(next.framework)) {
    const fallback = nearestPrecision(next.framework, precision.bitsPerWeight);
    if (fallback) next = { ...next, precision: fallback };
  }
  if (next.kvPrecision) {
    const kv = getPrecision(next.kvPrecision);
    if (kv && !kv.frameworks.includes(next.framework)) {
      const { kvPrecision: _dropped, ...rest } = next;
      next = rest;
    }
  }
  return next;
}

export type ApplyResult = { ok: true; serving: Serving } | { ok: false; message: string };

/**
 * A catalog product (server or Mac) applied to a serving node: its accelerator, devices per server and memory option.
 * Devices per instance are kept when the product holds them (TP2 in an 8-GPU server), else set to the product's.
 */
export function applyProduct(s: Serving, product: Product): ApplyResult {
  if (!product.hardwareId || product.devices === 0) {
    return {
      ok: false,
      message: `${product.name} has no accelerator: choose a GPU server or a Mac for a serving node.`,
    };
  }
  const devices =
    product.kind === "apple-machine" ? s.devices : s.devices <= product.devices ? s.devices : product.devices;
  const { memoryGb: _memory, devicesPerNode: _perNode, ...rest } = s;
  const next: Serving = {
    ...rest,
    product: product.id,
    hardware: product.hardwareId,
    devices,
    ...(product.kind === "apple-machine" ? {} : { devicesPerNode: product.devices }),
    ...(product.memoryGbPerDevice ? { memoryGb: product.memoryGbPerDevice } : {}),
  };
  return { ok: true, serving: compatibleServing(next) };
}

/** A hardware id chosen directly: the product no longer describes it, so it is dropped. */
export function applyHardware(s: Serving, hardwareId: string): Serving {
  if (s.hardware === hardwareId) return s;
  const { product: _p, memoryGb: _m, ...rest } = s;
  const hw = getHardware(hardwareId);
  const memory = hw?.memoryOptionsGb ? { memoryGb: hw.memoryGb } : {};
  return compatibleServing({ ...rest, ...memory, hardware: hardwareId });
}

/** A catalog model for a node of `kind`; refuses an embedding model on an LLM node and vice versa. */
export function applyModel(s: Serving, model: Model, kind: "llm" | "embeddings"): ApplyResult {
  const wanted = kind === "llm" ? "llm" : "embedding";
  if (model.kind !== wanted) {
    return {
      ok: false,
      message: `${model.name} is ${model.kind === "llm" ? "a generation model" : "an embedding model"}: put it on ${
        model.kind === "llm" ? "an LLM" : "an embedding"
      } node instead.`,
    };
  }
  return { ok: true, serving: { ...s, model: model.id } };
}

/** The node kind a catalog model belongs on. */
export function kindForModel(modelId: string): "llm" | "embeddings" {
  return getModel(modelId)?.kind === "embedding" ? "embeddings" : "llm";
}
