import { getHardware, getModel, type Model, type Product } from "../../catalog";
import type { Serving } from "../../plan/node-schema";
import { compatibleServing, rederiveStack, type StackChange } from "../../plan/serving-stack";
import { notice, textIn, type Notice } from "../notices";

export { compatibleServing };
type Purpose = "llm" | "embeddings";

/**
 * Serving choices that keep a node runnable and sensible: a product, hardware or model change re-derives the
 * framework and precision with the one rule of lib/plan/serving-stack.ts (another hardware family → its default
 * stack; a model → a precision it ships in), and says what it changed (`changes`, for the undoable notice).
 */
export const DEFAULT_LLM_SERVING: Serving = {
  product: "gpu-server-2x-h100-nvl",
  hardware: "h100-nvl",
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

/** A refusal says why in English (`message`, tests and logs) and as a notice in the reader's language. */
export type ApplyResult =
  { ok: true; serving: Serving; changes: StackChange[] } | { ok: false; message: string; reason: Notice };

/**
 * A catalog product (server or Mac) applied to a serving node: its accelerator, devices per server and memory option.
 * Devices per instance are kept when the product holds them (TP2 in an 8-GPU server), else set to the product's.
 */
export function applyProduct(s: Serving, product: Product, purpose: Purpose = "llm"): ApplyResult {
  if (!product.hardwareId || product.devices === 0) {
    const reason = notice("productNoAccelerator", { product: product.name });
    return { ok: false, message: textIn(reason, "en"), reason };
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
  return { ok: true, ...rederiveStack(s, next, purpose) };
}

/** A hardware id chosen directly: the product no longer describes it, so it is dropped. */
export function hardwareChange(
  s: Serving,
  hardwareId: string,
  purpose: Purpose = "llm",
): { serving: Serving; changes: StackChange[] } {
  if (s.hardware === hardwareId) return { serving: s, changes: [] };
  const { product: _p, memoryGb: _m, ...rest } = s;
  const hw = getHardware(hardwareId);
  const memory = hw?.memoryOptionsGb ? { memoryGb: hw.memoryGb } : {};
  return rederiveStack(s, { ...rest, ...memory, hardware: hardwareId }, purpose);
}

export const applyHardware = (s: Serving, hardwareId: string, purpose: Purpose = "llm"): Serving =>
  hardwareChange(s, hardwareId, purpose).serving;

/** A catalog model for a node of `kind`; refuses an embedding model on an LLM node and vice versa. */
export function applyModel(s: Serving, model: Model, kind: "llm" | "embeddings"): ApplyResult {
  const wanted = kind === "llm" ? "llm" : "embedding";
  if (model.kind !== wanted) {
    const reason = notice("modelWrongNode", { model: model.name, kind: model.kind });
    return { ok: false, message: textIn(reason, "en"), reason };
  }
  return { ok: true, ...rederiveStack(s, { ...s, model: model.id }, kind) };
}

/** The node kind a catalog model belongs on. */
export function kindForModel(modelId: string): "llm" | "embeddings" {
  return getModel(modelId)?.kind === "embedding" ? "embeddings" : "llm";
}
