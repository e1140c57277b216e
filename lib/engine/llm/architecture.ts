import type { Model } from "../../catalog";
import { moeLayerCount, slidingLayerCount } from "../../catalog/model-params";
import type { CustomModel } from "../../catalog/model-schema";

/**
 * Parameter and KV-cache arithmetic of a transformer, from its config. Parameter counts come from the authors'
 * stated totals (authoritative) split with the config: routed-expert weights are computed from the MoE fields, the
 * token embedding and LM head from vocab × hidden, a multimodal checkpoint's vision encoder from visionParamsB, and
 * the rest ("dense": attention, shared experts, dense MLPs, norms) is what remains. All counts in parameters (not
 * billions).
 */
export interface ParamSplit {
  total: number;
  /** Token-embedding table + LM head (the head is the same matrix when tied). */
  embedding: number;
  /** LM head read every decode step: vocab × hidden (0 for embedding models, which pool instead). */
  lmHead: number;
  /** All routed experts of all MoE layers. */
  routedTotal: number;
  /** Routed experts a single token uses. */
  routedActive: number;
  /** Everything else, read in full on every forward pass. */
  dense: number;
  /** Vision encoder + projector: in memory, never read by a text-only request (0 for text models). */
  vision: number;
  /** Routed experts per MoE layer and how many a token picks. */
  experts: number;
  expertsPerToken: number;
  moeLayers: number;
}

export function paramSplit(model: Model | CustomModel): ParamSplit {
  const total = model.totalParamsB * 1e9;
  const tableParams = model.vocabSize * model.hiddenSize;
  const lmHead = model.kind === "embedding" ? 0 : tableParams;
  const embedding = model.kind === "embedding" || model.tiedEmbeddings ? tableParams : 2 * tableParams;
  let routedTotal = 0;
  let routedActive = 0;
  let experts = 0;
  let expertsPerToken = 0;
  let moeLayers = 0;
  if (model.moe) {
    moeLayers = moeLayerCount(model);
    const perExpert = 3 * model.hiddenSize * model.moe.expertIntermediateSize;
    experts = model.moe.experts;
    expertsPerToken = model.moe.expertsPerToken;
    routedTotal = moeLayers * experts * perExpert;
    routedActive = moeLayers * expertsPerToken * perExpert;
  }
  const vision = (model.visionParamsB ?? 0) * 1e9;
  const dense = Math.max(0, total - embedding - routedTotal - vision);
  return {
    total,
    embedding,
    lmHead,
    routedTotal,
    routedActive,
    dense,
    vision,
    experts,
    expertsPerToken,
    moeLayers,
  };
}

const SPLITS = new WeakMap<Model | CustomModel, ParamSplit>();

/** paramSplit of a model, computed once per model object (catalog entries are shared and never mutated). */
export function modelSplit(model: Model | CustomModel): ParamSplit {
  let split = SPLITS.get(model);
  if (!split) SPLITS.set(model, (split = Object.freeze(paramSplit(model))));
  return split;
}

/** Active parameters per token (dense + the experts a token picks + one embedding row, ≈ + LM head). */
export function activeParams(split: ParamSplit): number {
  return split.dense + split.routedActive + split.lmHead;
}

/**
 * Expected share of routed experts a batch of `tokens` touches in one MoE layer, with uniform routing:
 * 1 − (1 − k/E)^tokens. One token touches k/E of them; a large batch touches all.
 */
export function touchedExpertShare(split: ParamSplit, tokens: number): number {
  if (split.experts === 0) return 0;
  const p = split.expertsPerToken / split.experts;
  return 1 - Math.pow(1 - p, Math.max(0, tokens));
}

/**
 * KV-cache bytes one token adds for the whole model, at `bytesPerElement` (2 for fp16/bf16, 1 for fp8).
 * MHA/GQA: 2 (K and V) × layers × kvHeads × headDim. MLA (DeepSeek): layers × (kvLoraRank + qkRopeHeadDim) — the
 * compressed latent is what is cached. Embedding models keep no cache (0).
 */
export function kvBytesPerToken(model: Model | CustomModel, bytesPerElement: number): number {
  if (model.kind === "embedding") return 0;
  if (model.attention.kind === "mla") {
    return model.layers * (model.attention.kvLoraRank + model.attention.qkRopeHeadDim) * bytesPerElement;
  }
  return 2 * model.layers * model.kvHeads * model.headDim * bytesPerElement;
}

/**
 * Share of the layers whose attention is windowed (sliding window or Llama 4 chunks), from the per-layer pattern
 * when the model has one (see slidingLayerCount). 0 without a window.
 */
export function windowedLayerShare(model: Model | CustomModel): number {
  return model.slidingWindow ? slidingLayerCount(model) / model.layers : 0;
}

/** A model's attention window, read once: the share of windowed layers and their window (none: undefined). */
export interface ContextWindow {
  share: number;
  windowTokens: number | undefined;
}

export function contextWindow(model: Model | CustomModel): ContextWindow {
  return { share: windowedLayerShare(model), windowTokens: model.slidingWindow?.tokens };
}

/** Context a layer mix effectively holds or attends over: windowed layers are capped at their window. */
export function windowedContextTokens(w: ContextWindow, contextTokens: number): number {
  if (w.windowTokens === undefined) return contextTokens;
  return (1 - w.share) * contextTokens + w.share * Math.min(contextTokens, w.windowTokens);
}

function effectiveContextTokens(model: Model | CustomModel, contextTokens: number): number {
  return model.slidingWindow ? windowedContextTokens(contextWindow(model), contextTokens) : contextTokens;
}

/**
 * KV bytes held for one sequence of `contextTokens`: windowed layers cap their share at the window. A chunked
 * layer (Llama 4) holds at most one chunk, so it is capped the same way (the engines size its cache for a chunk).
 */
export function kvBytesForContext(
  model: Model | CustomModel,
  bytesPerElement: number,
  contextTokens: number,
): number {
  return kvBytesPerToken(model, bytesPerElement) * effectiveContextTokens(model, contextTokens);
}

/**
 * Attention FLOPs for one query token attending over `contextTokens` keys, whole model: QKᵀ and AV are each
 * 2 × heads × width × context (2 FLOP per multiply-add). MLA attends with qk = nope + rope and v = vHead widths.
 * Windowed layers attend over at most their window (an upper bound for chunked layers, which see ≤ a chunk).
 */
export function attentionFlopsPerToken(model: Model | CustomModel, contextTokens: number): number {
  return attentionFlopsPerKeyToken(model) * effectiveContextTokens(model, contextTokens);
}

/** Attention FLOPs of one query token per key it attends over (before windowing): 2 × layers × heads × (qk + v). */
export function attentionFlopsPerKeyToken(model: Model | CustomModel): number {
  const qkWidth =
    model.attention.kind === "mla"
      ? model.attention.qkNopeHeadDim + model.attention.qkRopeHeadDim
      : model.headDim;
  const vWidth = model.attention.kind === "mla" ? model.attention.vHeadDim : model.headDim;
  return 2 * model.layers * model.heads * (qkWidth + vWidth);
}
