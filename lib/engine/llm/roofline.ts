import type { Hardware, Precision } from "../../catalog";
import type { CustomHardware } from "../../catalog/hardware-schema";
import type { EfficiencyParams } from "./efficiency-types";
import type { Parallelism } from "./parallelism";

// The roofline's building blocks: device peaks, GEMM efficiency, collectives and how memory and compute overlap.

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

/** The fixed part of a ring all-reduce over `ranks` devices on one link, read once per configuration. */
export interface AllReduceCost {
  ranks: number;
  /** (link + software) latency × (1 + log2 n), s. */
  latencyS: number;
  /** 2(n−1)/n: the share of the bytes each rank sends. */
  busShare: number;
  bytesPerS: number;
}

export function allReduceCost(
  ranks: number,
  link: Parallelism["tpLink"],
  eff: EfficiencyParams,
): AllReduceCost {
  return {
    ranks,
    latencyS: ranks <= 1 ? 0 : ((link.latencyUs + eff.collectiveOverheadUs) * (1 + Math.log2(ranks))) / 1e6,
    busShare: (2 * (ranks - 1)) / ranks,
    bytesPerS: link.bandwidthGBps * 1e9,
  };
}

/** Ring all-reduce of `bytes`: 2(n−1)/n × bytes / bandwidth + (link + software) latency × (1 + log2 n), s. */
export function allReduceTime(cost: AllReduceCost, bytes: number): number {
  if (cost.ranks <= 1) return 0;
  return cost.latencyS + (cost.busShare * bytes) / cost.bytesPerS;
}

/** Ring all-reduce of `bytes` over `ranks` devices (allReduceTime of allReduceCost), s. */
export function allReduceSeconds(
  bytes: number,
  ranks: number,
  link: Parallelism["tpLink"],
  eff: EfficiencyParams,
): number {
  return allReduceTime(allReduceCost(ranks, link, eff), bytes);
}

/** memory ⊕ compute: the p-norm of the two times with p = overlap (1: they add up; large: the slower one wins). */
export function combine(memoryS: number, computeS: number, overlap: number): number {
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
