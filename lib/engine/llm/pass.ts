import {
  attentionFlopsPerKeyToken,
  contextWindow,
  kvBytesPerToken,
  touchedExpertShare,
  windowedContextTokens,
  type ContextWindow,
  type ParamSplit,
} from "./architecture";
import type { EfficiencyParams } from "./efficiency-types";
import { embeddingBits } from "./memory";
import type { Parallelism } from "./parallelism";
import type { ResolvedRequest } from "./resolve";
import {
  allReduceCost,
  allReduceTime,
  combine,
  gemmEfficiency,
  integerIssueFactor,
  peakFlops,
  type AllReduceCost,
  type PassShape,
  type StepTime,
} from "./roofline";

/**
 * What a forward pass's cost does not owe to its shape, for one model × hardware × precisions × parallelism ×
 * efficiency: read once and reused by every pass of an estimate (an operating-point solve evaluates dozens). Each
 * field is the same sub-expression passParts would otherwise evaluate per pass, so the figures are unchanged.
 */
export interface PassConstants {
  split: ParamSplit;
  eff: EfficiencyParams;
  tp: number;
  pp: number;
  devices: number;
  bitsPerWeight: number;
  /** Dense weights, bytes; LM head, bytes (read when the pass samples). */
  denseBytes: number;
  headBytes: number;
  kvBytesPerToken: number;
  kvAmplification: number;
  kvShards: number;
  window: ContextWindow;
  /** Bandwidth × efficiency for weights and for the KV cache, bytes/s. */
  weightBytesPerS: number;
  kvBytesPerS: number;
  peakFlops: number;
  attentionFlopsPerKey: number;
  /** Parameters every token multiplies by: dense (+ LM head when sampling); + routed active for mat-vec dequant. */
  denseParams: number;
  denseParamsWithHead: number;
  perTokenParams: number;
  perTokenParamsWithHead: number;
  dequantOps: number;
  /** Integer/ALU rate dequantisation runs at, ops/s. */
  dequantOpsPerS: number;
  hiddenSize: number;
  /** pp × 2 all-reduces per layer × layers per stage. */
  tpAllReducesPerPass: number;
  tpAllReduce: AllReduceCost;
  ppHops: number;
  ppHopLatencyS: number;
  ppBytesPerS: number;
  /** Per-layer and per-step fixed overhead, s. */
  fixedOverheadS: number;
  moeLayerOverheadUs: number;
}

export function passConstants(
  r: Pick<ResolvedRequest, "model" | "hardware" | "precision" | "kvPrecision">,
  split: ParamSplit,
  par: Parallelism,
  eff: EfficiencyParams,
): PassConstants {
  const { model, hardware, precision } = r;
  const bitsW = precision.bitsPerWeight;
  const bandwidth = hardware.memoryBandwidthGBps * 1e9;
  return {
    split,
    eff,
    tp: par.tp,
    pp: par.pp,
    devices: par.tp * par.pp,
    bitsPerWeight: bitsW,
    denseBytes: (split.dense * bitsW) / 8,
    headBytes: (split.lmHead * embeddingBits(precision)) / 8,
    kvBytesPerToken: kvBytesPerToken(model, r.kvPrecision.kvBytesPerElement ?? 2),
    kvAmplification: eff.gqaSharedKvRead || model.attention.kind === "mla" ? 1 : model.heads / model.kvHeads,
    kvShards: (model.attention.kind === "mla" ? 1 : Math.min(par.tp, model.kvHeads)) * par.pp,
    window: contextWindow(model),
    weightBytesPerS: bandwidth * eff.bandwidthEff,
    kvBytesPerS: bandwidth * eff.kvBandwidthEff,
    peakFlops: peakFlops(hardware, precision).flops,
    attentionFlopsPerKey: attentionFlopsPerKeyToken(model),
    denseParams: split.dense + 0,
    denseParamsWithHead: split.dense + split.lmHead,
    perTokenParams: split.dense + split.routedActive + 0,
    perTokenParamsWithHead: split.dense + split.routedActive + split.lmHead,
    dequantOps: eff.dequantOpsPerWeight[precision.id] ?? 0,
    dequantOpsPerS: hardware.fp16Tflops * 1e12 * integerIssueFactor(hardware),
    hiddenSize: model.hiddenSize,
    tpAllReducesPerPass: par.pp * 2 * (model.layers / par.pp),
    tpAllReduce: allReduceCost(par.tp, par.tpLink, eff),
    ppHops: par.pp - 1,
    ppHopLatencyS: (par.ppLink.latencyUs + eff.collectiveOverheadUs) / 1e6,
    ppBytesPerS: par.ppLink.bandwidthGBps * 1e9,
    fixedOverheadS: (model.layers * eff.stepOverheadMsPerLayer + (eff.stepOverheadMs ?? 0)) / 1e3,
    moeLayerOverheadUs: eff.moeLayerOverheadUs ?? 0,
  };
}

/**
 * Time of one forward pass of `shape` on one instance: a roofline of bytes moved (weights touched — all dense
 * weights, the experts the batch routes to, the LM head — plus KV read) against bandwidth × bandwidthEff, FLOPs
 * (2 per parameter per token, plus attention) against peak × GEMM efficiency at the pass's M (per expert for MoE),
 * dequantisation work, per-layer fixed overhead, per-sequence host overhead, and tensor/pipeline communication.
 */
export function passParts(
  k: PassConstants,
  tokens: number,
  sequences: number,
  attendedContext: number,
  cachedContext: number,
  lmHead: boolean,
  out: StepTime,
): StepTime {
  const { split, eff } = k;
  const touched = touchedExpertShare(split, tokens);
  const expertBytes = (split.routedTotal * touched * k.bitsPerWeight) / 8;
  const kvRead =
    sequences * (k.kvBytesPerToken * windowedContextTokens(k.window, cachedContext)) * k.kvAmplification;
  // Per device, per stage; stages run one after another for one pass, so the pass costs pp × a stage.
  const weightBytesPerDevice = (k.denseBytes + expertBytes + (lmHead ? k.headBytes : 0)) / k.devices;
  const memoryS = k.pp * (weightBytesPerDevice / k.weightBytesPerS + kvRead / k.kvShards / k.kvBytesPerS);

  const denseFlops = 2 * tokens * (lmHead ? k.denseParamsWithHead : k.denseParams);
  const expertFlops = 2 * tokens * split.routedActive;
  const attentionFlops = tokens * (k.attentionFlopsPerKey * windowedContextTokens(k.window, attendedContext));
  const tokensPerExpert =
    split.experts > 0 ? (tokens * split.expertsPerToken) / Math.max(1, split.experts * touched) : tokens;
  const gemmS =
    (denseFlops + attentionFlops) / (k.peakFlops * gemmEfficiency(eff, tokens)) +
    (expertFlops > 0 ? expertFlops / (k.peakFlops * gemmEfficiency(eff, tokensPerExpert)) : 0);
  // Mat-vec kernels dequantise again for every token — each token only its own experts; GEMM kernels dequantise
  // every touched weight once per pass.
  const dequantWeights =
    tokens <= eff.matvecMaxBatch
      ? tokens * (lmHead ? k.perTokenParamsWithHead : k.perTokenParams)
      : split.dense + split.routedTotal * touched + (lmHead ? split.lmHead : 0);
  const dequantS = (dequantWeights * k.dequantOps) / k.dequantOpsPerS;
  // Work splits over tp × pp devices; the pp stages of one pass run one after another → total / tp.
  const computeS = (gemmS + dequantS) / k.tp;
  const coreS = combine(memoryS, computeS, eff.overlap);

  const activationBytes = tokens * k.hiddenSize * 2;
  const tpComm = k.tpAllReducesPerPass * allReduceTime(k.tpAllReduce, activationBytes);
  const ppComm = k.ppHops * (k.ppHopLatencyS + activationBytes / k.ppBytesPerS);
  const communicationS = tpComm + ppComm;
  const overheadS =
    k.fixedOverheadS +
    // Per MoE layer, per expert the pass's tokens actually route to (E·(1 − (1 − k/E)^T) of them): grouped-GEMM
    // tiles and token alignment scale with the experts touched, not with the experts that exist.
    (split.moeLayers * (split.experts * touched * eff.moeOverheadUsPerExpert + k.moeLayerOverheadUs)) / 1e6 +
    (sequences * eff.perSequenceStepUs) / 1e6;
  out.totalS = coreS + communicationS + overheadS;
  out.memoryS = memoryS;
  out.computeS = computeS;
  out.coreS = coreS;
  out.communicationS = communicationS;
  out.overheadS = overheadS;
  return out;
}

/** The last configuration's constants: an estimate's passes share one (the objects are never mutated). */
let last: { key: readonly unknown[]; k: PassConstants } | undefined;

/** passConstants, built once per configuration (compared by identity of what they are read from). */
export function passConstantsFor(
  r: Pick<ResolvedRequest, "model" | "hardware" | "precision" | "kvPrecision">,
  split: ParamSplit,
  par: Parallelism,
  eff: EfficiencyParams,
): PassConstants {
  const key = last?.key;
  if (
    key &&
    key[0] === r.model &&
    key[1] === r.hardware &&
    key[2] === r.precision &&
    key[3] === r.kvPrecision &&
    key[4] === split &&
    key[5] === par &&
    key[6] === eff
  )
    return last!.k;
  const k = passConstants(r, split, par, eff);
  last = { key: [r.model, r.hardware, r.precision, r.kvPrecision, split, par, eff], k };
  return k;
}

export function passTime(
  r: ResolvedRequest,
  split: ParamSplit,
  par: Parallelism,
  eff: EfficiencyParams,
  shape: PassShape,
): StepTime {
  return passParts(
    passConstantsFor(r, split, par, eff),
    shape.tokens,
    shape.sequences,
    shape.attendedContext,
    shape.cachedContext,
    shape.lmHead,
    { totalS: 0, memoryS: 0, computeS: 0, coreS: 0, communicationS: 0, overheadS: 0 },
  );
}
