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
 * Attention parameters of one layer.
 * - MHA/GQA: q = h·H·d, k = v = h·KV·d, o = H·d·h (+ H·d + 2·KV·d bias with qkvBias, Qwen2).
 * - MLA (DeepSeek V3): q_a = h·q_lora (+ q_lora norm), q_b = q_lora·H·(nope + rope),
 *   kv_a = h·(kv_lora + rope) (+ kv_lora norm), kv_b = kv_lora·H·(nope + v), o = H·v·h.
 */
function attentionParams(m: AnyModel): number {
  const h = m.hiddenSize;
  const a = m.attention;
  if (a.kind === "mla") {
    const q = h * a.qLoraRank + a.qLoraRank + a.qLoraRank * m.heads * (a.qkNopeHeadDim + a.qkRopeHeadDim);
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

/**
 * Counts a transformer's parameters from its config fields alone (no checkpoint needed).
 *
 * Per layer i (h = hidden size):
 *   attention (see attentionParams) + 2·h (pre-attention and pre-MLP RMSNorm weights) +
 *   - dense MLP (no MoE, or i < moe.denseLayers): gated SwiGLU 3·h·intermediateSize;
 *   - MoE layer: (experts + sharedExperts)·3·h·expertIntermediateSize + router h·experts.
 * Model: Σ layers + embeddings V·h + untied LM head V·h (none when tied or for embedding models) + final norm h.
 * activeB replaces `experts` by `expertsPerToken` (shared experts and the router are always active) and keeps the
 * embedding table and head, so activeB = totalB for dense models.
 *
 * Not counted (each well under 1% of the total): biases other than Qwen2's QKV bias (gpt-oss has q/k/v/o,
 * router and expert biases and per-head attention sinks), DeepSeek's router correction bias, and DeepSeek-V3's
 * multi-token-prediction module (+14 B in the HF checkpoint, unused by ordinary decoding).
 *
 * @returns counts in billions of parameters.
 */
export function computeParamCount(model: AnyModel): ParamCount {
  const h = model.hiddenSize;
  const attention = attentionParams(model);
  const norms = 2 * h;
  const moe = model.moe;
  const denseMlp = 3 * h * model.intermediateSize;

  const perLayer: number[] = [];
  let layersTotal = 0;
  let layersActive = 0;
  for (let i = 0; i < model.layers; i++) {
    let mlpTotal = denseMlp;
    let mlpActive = denseMlp;
    if (moe && i >= (moe.denseLayers ?? 0)) {
      const expert = 3 * h * moe.expertIntermediateSize;
      const router = h * moe.experts;
      const shared = moe.sharedExperts ?? 0;
      mlpTotal = (moe.experts + shared) * expert + router;
      mlpActive = (moe.expertsPerToken + shared) * expert + router;
    }
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

  return {
    totalB: (layersTotal + shared) / 1e9,
    activeB: (layersActive + shared) / 1e9,
    embeddingB: (embedding + head) / 1e9,
    perLayerB: perLayer,
  };
}
