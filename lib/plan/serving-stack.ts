import { getFramework, getHardware, getModel, getPrecision, PRECISION_LIST } from "../catalog";
import type { Serving } from "./node-schema";

/**
 * The serving stack that goes with a machine and a model — one rule, used by every editor path that changes a
 * serving node's hardware, product or model (lib/editor/ops/serving.ts). Moving to another hardware family picks
 * that family's default stack: vLLM with the accelerator's native FP8 (Hopper, Ada, Blackwell) or BF16 on NVIDIA;
 * llama.cpp with GGUF (Q4_K_M for an LLM, Q8_0 for embeddings — the reference platform's §3 scenario 4) on Apple.
 * A model change keeps a precision that model ships in: never wider than its published weights (FP8 weights are
 * not served as BF16), and its own 4-bit format (MXFP4) rather than a float up-cast.
 */

export type Family = "nvidia" | "apple" | "cpu";

export function familyOf(hardware: Serving["hardware"]): Family {
  if (typeof hardware !== "string") return hardware.family;
  return getHardware(hardware)?.family ?? "nvidia";
}

/** What changed, for the undoable notice: "Framework: llama.cpp → vLLM". */
export interface StackChange {
  field: "framework" | "precision";
  from: string;
  to: string;
}

/** A framework's or precision's name without its parenthesised detail ("GGUF Q4_K_M", not the block layout). */
export const frameworkName = (id: string) => (getFramework(id)?.name ?? id).replace(/ \(.*\)$/, "");
export const precisionName = (id: string) => (getPrecision(id)?.name ?? id).replace(/ \(.*\)$/, "");

/** NVIDIA's native precision for `hardware`: FP8 where the tensor cores have it, else BF16. */
function nvidiaPrecision(hardware: Serving["hardware"], modelId: Serving["model"]): string {
  const model = typeof modelId === "string" ? getModel(modelId) : modelId; // a custom model carries its own
  if (model?.nativePrecision === "mxfp4") return "mxfp4"; // served as published (vLLM supports it)
  const hw = typeof hardware === "string" ? getHardware(hardware) : undefined;
  return hw?.fp8Tflops ? "fp8" : "bf16";
}

/** The family's default framework and precision for a node serving `model` on `hardware`. */
export function familyStack(s: Pick<Serving, "hardware" | "model">, purpose: "llm" | "embeddings") {
  const family = familyOf(s.hardware);
  if (family === "apple") return { framework: "llama.cpp", precision: purpose === "llm" ? "q4_k_m" : "q8_0" };
  if (family === "cpu") return { framework: "llama.cpp", precision: "q8_0" };
  return { framework: "vllm", precision: nvidiaPrecision(s.hardware, s.model) };
}

/**
 * A precision the model ships in, given the current one: the model's published precision when the current one is a
 * float wider than it (BF16 for FP8 weights) or when the model ships in MXFP4; otherwise the current one (an FP8 or
 * GGUF quantisation of BF16 weights is a published, common form).
 */
export function precisionForModel(current: string, modelId: Serving["model"]): string {
  const model = typeof modelId === "string" ? getModel(modelId) : modelId; // a custom model carries its own
  const native = model && getPrecision(model.nativePrecision);
  const now = getPrecision(current);
  if (!model || !native || !now) return current;
  if (model.nativePrecision === "mxfp4" && now.kind === "float") return "mxfp4";
  return now.kind === "float" && now.bitsPerWeight > native.bitsPerWeight ? model.nativePrecision : current;
}

/** The precision the framework can load whose size per weight is closest to `bits` (larger on a tie). */
function nearestPrecision(framework: string, bits: number): string | undefined {
  return PRECISION_LIST.filter((p) => p.frameworks.includes(framework) && p.id !== "fp32")
    .map((p) => ({ id: p.id, d: Math.abs(p.bitsPerWeight - bits), bits: p.bitsPerWeight }))
    .sort((a, b) => a.d - b.d || b.bits - a.bits)[0]?.id;
}

/**
 * Framework and precision adjusted to the serving's hardware within its family (unchanged object when already
 * compatible): a framework that does not run on it is swapped for the family's, a precision the framework cannot
 * load for the nearest one it can, a KV-cache format it cannot hold dropped.
 */
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

/** The framework / precision differences between what was asked (`asked`) and what is used (`used`). */
export function stackChanges(asked: Serving, used: Serving): StackChange[] {
  const changes: StackChange[] = [];
  if (used.framework !== asked.framework)
    changes.push({
      field: "framework",
      from: frameworkName(asked.framework),
      to: frameworkName(used.framework),
    });
  if (used.precision !== asked.precision)
    changes.push({
      field: "precision",
      from: precisionName(asked.precision),
      to: precisionName(used.precision),
    });
  return changes;
}

/**
 * `next` with the dependent choices re-derived from `prev` → `next`: the family's default stack when the hardware
 * family changed; a shipped precision when the model changed. With the list of what changed (empty: nothing did).
 */
export function rederiveStack(
  prev: Serving,
  next: Serving,
  purpose: "llm" | "embeddings",
): { serving: Serving; changes: StackChange[] } {
  let serving = next;
  if (familyOf(prev.hardware) !== familyOf(next.hardware)) {
    const { kvPrecision: _kv, ...rest } = serving; // a KV format of the old stack may not exist on the new one
    serving = { ...rest, ...familyStack(next, purpose) };
  } else if (prev.model !== next.model) {
    serving = { ...serving, precision: precisionForModel(serving.precision, serving.model) };
  }
  const changes: StackChange[] = [];
  if (serving.framework !== next.framework)
    changes.push({
      field: "framework",
      from: frameworkName(next.framework),
      to: frameworkName(serving.framework),
    });
  if (serving.precision !== next.precision)
    changes.push({
      field: "precision",
      from: precisionName(next.precision),
      to: precisionName(serving.precision),
    });
  return { serving, changes };
}

/** "framework llama.cpp → vLLM, precision GGUF Q4_K_M → FP8". */
export function describeChanges(changes: readonly StackChange[]): string {
  return changes.map((c) => `${c.field} ${c.from} → ${c.to}`).join(", ");
}
