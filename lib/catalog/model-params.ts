import { type CustomModel, type Model } from "./model-schema";

/** Parameter counts in billions (1e9 parameters). */
export interface ParamCount {
  /** Every weight the architecture defines (incl. embeddings and an untied LM head). */
  totalB: number;
  /** Weights used for one token: shared weights + the routed experts a token visits (+ shared experts). */
  activeB: number;
  /** Token-embedding table + untied LM head (0 head for tied embeddings and embedding models). */
  embeddingB: number;
  /** Parameters of each transformer layer (attention + MLP/MoE + the two norms), index = layer. */
  perLayerB: number[];
}

type AnyModel = Model | CustomModel;

/**
 * Whether layer `i` (0-based) has an MoE block: after `denseLayers` leading dense layers, every `layerStep`-th
 * layer counting from 1 — HF Llama 4 `moe_layers = range(step − 1, L, step)`, Qwen-MoE `(i + 1) % step == 0`.
 */
export function isMoeLayer(model: AnyModel, i: number): boolean {
  const moe = model.moe;
  if (!moe || i < (moe.denseLayers ?? 0)) return false;
  return (i + 1) % (moe.layerStep ?? 1) === 0;
}

/** Number of layers with an MoE block (0 for dense models). */
export function moeLayerCount(model: AnyModel): number {
  let n = 0;
  for (let i = 0; i < model.layers; i++) if (isMoeLayer(model, i)) n++;
  return n;
}

/**
 * Number of layers whose attention is windowed (their KV cache holds at most `slidingWindow.tokens` tokens):
 * with a `globalEvery` pattern, the layers i with (i + 1) not a multiple of it (Gemma 3, 62 layers, every 6th
 * global → 52); otherwise round(layerShare × layers). 0 without a window.
 */
export function slidingLayerCount(model: AnyModel): number {
  const sw = model.slidingWindow;
  if (!sw) return 0;
  if (sw.globalEvery) return model.layers - Math.floor(model.layers / sw.globalEvery);
  return Math.round((sw.layerShare ?? 0) * model.layers);
}

/**
 * Attention parameters of one layer.
 * - MHA/GQA: q = h·H·d, k = v = h·KV·d, o = H·d·h (+ H·d + 2·KV·d bias with qkvBias, Qwen2).
 * - MLA (DeepSeek V3): q_a = h·q_lora (+ q_lora norm), q_b = q_lora·H·(nope + rope) (without q_lora: one
 *   h·H·(nope + rope) projection),
 *   kv_a = h·(kv_lora + rope) (+ kv_lora norm), kv_b = kv_lora·H·(nope + v), o = H·v·h.
 */
function attentionParams(m: AnyModel): number {
  const h = m.hiddenSize;
  const a = m.attention;
  if (a.kind === "mla") {
    const qWidth = m.heads * (a.qkNopeHeadDim + a.qkRopeHeadDim);
    const q = a.qLoraRank ? h * a.qLoraRank + a.qLoraRank + a.qLoraRank * qWidth : h * qWidth;
    const kvA = h * (a.kvLoraRank + a.qkRopeHeadDim) + a.kvLoraRank;
    const kvB = a.kvLoraRank * m.heads * (a.qkNopeHeadDim + a.vHeadDim);
    const o = m.heads * a.vHeadDim * h;
    return q + kvA + kvB + o;
  }
  const qDim = m.heads * m.headDim;
  const kvDim = m.kvHeads * m.headDim;
  const weights = h * qDim + 2 * h * kvDim + qDim * h;
  const bias = m.qkvBias ? qDim + 2 * kvDim : 0;
  return weights + bias;
}

/** Parameters of one MoE block: routed experts + shared experts + router (total, and what one token uses). */
function moeBlockParams(model: AnyModel): { total: number; active: number } {
  const moe = model.moe!;
  const h = model.hiddenSize;
  const expert = 3 * h * moe.expertIntermediateSize;
  const sharedExpert = 3 * h * (moe.sharedExpertIntermediateSize ?? moe.expertIntermediateSize);
  const shared = (moe.sharedExperts ?? 0) * sharedExpert;
  const router = h * moe.experts;
  return {
    total: moe.experts * expert + shared + router,
    active: moe.expertsPerToken * expert + shared + router,
  };
}

/**
 * Counts a transformer's parameters from its config fields alone (no checkpoint needed).
 *
 * Per layer i (h = hidden size):
 *   attention (see attentionParams) + 2·h (pre-attention and pre-MLP RMSNorm weights) +
 *   - dense MLP (no MoE, i < moe.denseLayers, or off the moe.layerStep pattern): gated 3·h·intermediateSize;
 *   - MoE layer: experts·3·h·expertIntermediateSize + sharedExperts·3·h·(sharedExpertIntermediateSize or
 *     expertIntermediateSize) + router h·experts.
 * Model: Σ layers + embeddings V·h + untied LM head V·h (none when tied or for embedding models) + final norm h
 * + visionParamsB (a multimodal checkpoint's vision encoder and projector, stated or derived in the catalog).
 * activeB replaces `experts` by `expertsPerToken` (shared experts and the router are always active), keeps the
 * embedding table and head and leaves out the vision encoder, so activeB = totalB for text-only dense models.
 *
 * Not counted (each well under 1% of the total): biases other than Qwen2's QKV bias (gpt-oss has q/k/v/o,
 * router and expert biases and per-head attention sinks), per-head q/k norms (Qwen3, Gemma 3), Gemma's two extra
 * per-layer norms, DeepSeek's router correction bias, and DeepSeek-V3's multi-token-prediction module (+14 B in
 * the HF checkpoint, unused by ordinary decoding).
 *
 * @returns counts in billions of parameters.
 */
export function computeParamCount(model: AnyModel): ParamCount {
  const h = model.hiddenSize;
  const attention = attentionParams(model);
  const norms = 2 * h;
  const denseMlp = 3 * h * model.intermediateSize;
  const moeBlock = model.moe ? moeBlockParams(model) : undefined;

  const perLayer: number[] = [];
  let layersTotal = 0;
  let layersActive = 0;
  for (let i = 0; i < model.layers; i++) {
    const moeLayer = moeBlock && isMoeLayer(model, i);
    const mlpTotal = moeLayer ? moeBlock.total : denseMlp;
    const mlpActive = moeLayer ? moeBlock.active : denseMlp;
    const layerTotal = attention + norms + mlpTotal;
    perLayer.push(layerTotal / 1e9);
    layersTotal += layerTotal;
    layersActive += attention + norms + mlpActive;
  }

  const embedding = model.vocabSize * h;
  const hasHead = model.kind !== "embedding" && !model.tiedEmbeddings;
  const head = hasHead ? model.vocabSize * h : 0;
  const finalNorm = h;
  const shared = embedding + head + finalNorm;
  const vision = (model.visionParamsB ?? 0) * 1e9;

  return {
    totalB: (layersTotal + shared + vision) / 1e9,
    activeB: (layersActive + shared) / 1e9,
    embeddingB: (embedding + head) / 1e9,
    perLayerB: perLayer,
  };
}
