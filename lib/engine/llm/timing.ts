import type { Hardware, Precision } from "../../catalog";
import type { CustomHardware } from "../../catalog/hardware-schema";
import {
  activeParams,
  attentionFlopsPerToken,
  kvBytesForContext,
  touchedExpertShare,
  type ParamSplit,
} from "./architecture";
import type { EfficiencyParams } from "./efficiency-types";
import { embeddingBits } from "./memory";
import type { Parallelism } from "./parallelism";
import type { ResolvedRequest } from "./resolve";

/** Breakdown of one forward pass (all pipeline stages, one after another), seconds. */
export interface StepTime {
  totalS: number;
  memoryS: number;
  computeS: number;
  /** memory ⊕ compute as the framework overlaps them. */
  coreS: number;
  communicationS: number;
  overheadS: number;
}

/**
 * Peak rate (FLOP/s) a precision's matmuls run at on a device: its native tensor-core class when the hardware has
 * that column, else the fallback class (weights dequantised to 16-bit). FP32 runs at half the FP16 rate on NVIDIA
 * (TF32) and at the same ALU rate on Apple GPUs.
 */
export function peakFlops(
  hardware: Hardware | CustomHardware,
  precision: Precision,
): { flops: number; native: boolean } {
  const feature = precision.requiresHardwareFeature;
  const featureOk =
    feature === undefined ||
    (feature === "bf16" ? hardware.bf16Supported : rateFor(hardware, feature) !== undefined);
  const native = rateFor(hardware, precision.computeClass);
  if (featureOk && native !== undefined) return { flops: native * 1e12, native: true };
  return {
    flops: (rateFor(hardware, precision.fallbackComputeClass) ?? hardware.fp16Tflops) * 1e12,
    native: false,
  };
}

/** A device's peak rate for one compute class, TFLOPS (undefined when it has no such tensor cores). */
function rateFor(hardware: Hardware | CustomHardware, cls: string): number | undefined {
  switch (cls) {
    case "fp8":
      return hardware.fp8Tflops;
    case "int8":
      return hardware.int8Tops;
    case "fp4":
      return hardware.fp4Tflops;
    case "fp32":
      return hardware.family === "apple" ? hardware.fp16Tflops : hardware.fp16Tflops / 2;
    default:
      return hardware.fp16Tflops;
  }
}

/**
 * How many ALU instructions per cycle dequantisation (integer bit work next to the FP math) gets relative to the
 * FP16 rate: Apple family-9 GPUs (M3 and later) issue FP32, FP16 and integer instructions in parallel ("Explore GPU
 * advancements in M3 and A17 Pro", Apple tech talk, 2023), earlier ones share one pipe. NVIDIA's dequantisation is
 * hidden in mixed-input kernels and is not modelled (its dequant cost is 0 in the efficiency table).
 */
export function integerIssueFactor(hardware: Pick<Hardware, "family" | "generation">): number {
  if (hardware.family !== "apple") return 1;
  return APPLE_GENERATION.exec(hardware.generation) && Number(hardware.generation.slice(1, 2)) >= 3 ? 2 : 1;
}
const APPLE_GENERATION = /^M\d/;

/** GEMM efficiency at M tokens: rises with M and saturates at gemmEff (M½ = gemmHalfTokens). */
export function gemmEfficiency(eff: EfficiencyParams, tokens: number): number {
  return (eff.gemmEff * tokens) / (tokens + eff.gemmHalfTokens);
}

/** Ring all-reduce of `bytes` over `ranks` devices: 2(n−1)/n × bytes / bandwidth + (link + software) latency × (1 + log2 n). */
export function allReduceSeconds(
  bytes: number,
  ranks: number,
  link: Parallelism["tpLink"],
  eff: EfficiencyParams,
): number {
  if (ranks <= 1) return 0;
  const latency = ((link.latencyUs + eff.collectiveOverheadUs) * (1 + Math.log2(ranks))) / 1e6;
  return latency + (((2 * (ranks - 1)) / ranks) * bytes) / (link.bandwidthGBps * 1e9);
}

function combine(memoryS: number, computeS: number, overlap: number): number {
  if (memoryS === 0 || computeS === 0) return memoryS + computeS;
  return Math.pow(Math.pow(memoryS, overlap) + Math.pow(computeS, overlap), 1 / overlap);
}

export interface PassShape {
  /** Tokens processed in this pass (batch size at decode, chunk length at prefill). */
  tokens: number;
  /** Sequences in the pass (for KV reads and per-sequence overhead). */
  sequences: number;
  /** Context each token attends over on average, tokens. */
  attendedContext: number;
  /** KV already cached per sequence that must be read, tokens. */
  cachedContext: number;
  /** Whether the LM head runs (decode: yes; prefill: last token only → ignored). */
  lmHead: boolean;
}

/**
 * Time of one forward pass of `shape` on one instance: a roofline of bytes moved (weights touched — all dense
 * weights, the experts the batch routes to, the LM head — plus KV read) against bandwidth × bandwidthEff, FLOPs
 * (2 per parameter per token, plus attention) against peak × GEMM efficiency at the pass's M (per expert for MoE),
 * dequantisation work, per-layer fixed overhead, per-sequence host overhead, and tensor/pipeline communication.
 */
export function passTime(
  r: ResolvedRequest,
  split: ParamSplit,
  par: Parallelism,
  eff: EfficiencyParams,
  shape: PassShape,
): StepTime {
  const { model, hardware, precision } = r;
  const devices = par.tp * par.pp;
  const bitsW = precision.bitsPerWeight;
  const bitsEmb = embeddingBits(precision);
  const touched = touchedExpertShare(split, shape.tokens);
  const denseBytes = (split.dense * bitsW) / 8;
  const expertBytes = (split.routedTotal * touched * bitsW) / 8;
  const headBytes = shape.lmHead ? (split.lmHead * bitsEmb) / 8 : 0;
  const kvBytesPerElement = r.kvPrecision.kvBytesPerElement ?? 2;
  const kvAmplification =
    eff.gqaSharedKvRead || model.attention.kind === "mla" ? 1 : model.heads / model.kvHeads;
  const kvRead =
    shape.sequences * kvBytesForContext(model, kvBytesPerElement, shape.cachedContext) * kvAmplification;
  const kvShards = (model.attention.kind === "mla" ? 1 : Math.min(par.tp, model.kvHeads)) * par.pp;
  // Per device, per stage; stages run one after another for one pass, so the pass costs pp × a stage.
  const bandwidth = hardware.memoryBandwidthGBps * 1e9;
  const weightBytesPerDevice = (denseBytes + expertBytes + headBytes) / devices;
  const kvBytesPerDevice = kvRead / kvShards;
  const memoryS =
    par.pp *
    (weightBytesPerDevice / (bandwidth * eff.bandwidthEff) +
      kvBytesPerDevice / (bandwidth * eff.kvBandwidthEff));

  const { flops: peak } = peakFlops(hardware, precision);
  const denseFlops = 2 * shape.tokens * (split.dense + (shape.lmHead ? split.lmHead : 0));
  const expertFlops = 2 * shape.tokens * split.routedActive;
  const attentionFlops = shape.tokens * attentionFlopsPerToken(model, shape.attendedContext);
  const tokensPerExpert =
    split.experts > 0
      ? (shape.tokens * split.expertsPerToken) / Math.max(1, split.experts * touched)
      : shape.tokens;
  const gemmS =
    (denseFlops + attentionFlops) / (peak * gemmEfficiency(eff, shape.tokens)) +
    (expertFlops > 0 ? expertFlops / (peak * gemmEfficiency(eff, tokensPerExpert)) : 0);
  const weightsRead = split.dense + split.routedTotal * touched + (shape.lmHead ? split.lmHead : 0);
  const dequantOps = eff.dequantOpsPerWeight[precision.id] ?? 0;
  // Mat-vec kernels dequantise again for every token — each token only its own experts; GEMM kernels dequantise
  // every touched weight once per pass.
  const dequantWeights =
    shape.tokens <= eff.matvecMaxBatch
      ? shape.tokens * (split.dense + split.routedActive + (shape.lmHead ? split.lmHead : 0))
      : weightsRead;
  const dequantS =
    (dequantWeights * dequantOps) / (hardware.fp16Tflops * 1e12 * integerIssueFactor(hardware));
  // Work splits over tp × pp devices; the pp stages of one pass run one after another → total / tp.
  const computeS = (gemmS + dequantS) / par.tp;
  const coreS = combine(memoryS, computeS, eff.overlap);

  const activationBytes = shape.tokens * model.hiddenSize * 2;
  const layersPerStage = model.layers / par.pp;
  const tpComm = par.pp * 2 * layersPerStage * allReduceSeconds(activationBytes, par.tp, par.tpLink, eff);
  const ppComm =
    (par.pp - 1) *
    ((par.ppLink.latencyUs + eff.collectiveOverheadUs) / 1e6 +
      activationBytes / (par.ppLink.bandwidthGBps * 1e9));
  const communicationS = tpComm + ppComm;
  const overheadS =
    (model.layers * eff.stepOverheadMsPerLayer + (eff.stepOverheadMs ?? 0)) / 1e3 +
    // Per MoE layer, per expert the pass's tokens actually route to (E·(1 − (1 − k/E)^T) of them): grouped-GEMM
    // tiles and token alignment scale with the experts touched, not with the experts that exist.
    (split.moeLayers *
      (split.experts * touched * eff.moeOverheadUsPerExpert + (eff.moeLayerOverheadUs ?? 0))) /
      1e6 +
    (shape.sequences * eff.perSequenceStepUs) / 1e6;
  return { totalS: coreS + communicationS + overheadS, memoryS, computeS, coreS, communicationS, overheadS };
}

/** One decode step for `batch` sequences whose cached context averages `context` tokens. */
export function decodeStep(
  r: ResolvedRequest,
  split: ParamSplit,
  par: Parallelism,
  eff: EfficiencyParams,
  batch: number,
  context: number,
): StepTime {
  return passTime(r, split, par, eff, {
    tokens: batch,
    sequences: batch,
    attendedContext: context,
    cachedContext: context,
    lmHead: r.model.kind !== "embedding",
  });
}

/** Most passes a prefill is evaluated at; longer prompts are grouped (cost is near-linear within a group). */
const MAX_PREFILL_EVALUATIONS = 8;

/** Prefill of one prompt of `tokens`, in chunks of the framework's prefill chunk size; parts summed, seconds. */
export function prefill(
  r: ResolvedRequest,
  split: ParamSplit,
  par: Parallelism,
  eff: EfficiencyParams,
  tokens: number,
): StepTime {
  const total: StepTime = { totalS: 0, memoryS: 0, computeS: 0, coreS: 0, communicationS: 0, overheadS: 0 };
  const chunk = Math.max(1, eff.prefillChunkTokens);
  const fullChunks = Math.floor(tokens / chunk);
  const remainder = tokens - fullChunks * chunk;
  const add = (t: StepTime, times: number) => {
    total.totalS += t.totalS * times;
    total.memoryS += t.memoryS * times;
    total.computeS += t.computeS * times;
    total.coreS += t.coreS * times;
    total.communicationS += t.communicationS * times;
    total.overheadS += t.overheadS * times;
  };
  const pass = (length: number, done: number) =>
    passTime(r, split, par, eff, {
      tokens: length,
      sequences: 1,
      attendedContext: done + length / 2,
      cachedContext: done,
      lmHead: false,
    });
  const groups = Math.min(fullChunks, MAX_PREFILL_EVALUATIONS);
  for (let g = 0; g < groups; g++) {
    const first = Math.floor((g * fullChunks) / groups);
    const last = Math.floor(((g + 1) * fullChunks) / groups);
    const middle = (first + last - 1) / 2;
    add(pass(chunk, middle * chunk), last - first);
  }
  if (remainder > 0) add(pass(remainder, fullChunks * chunk), 1);
  return total;
}

/** Active parameters a decode token uses, for the assumptions list. */
export { activeParams };
