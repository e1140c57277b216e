import type { Precision } from "../../catalog";
import { kvBytesForContext, modelSplit, type ParamSplit } from "./architecture";
import type { ResolvedRequest } from "./resolve";
import type { Parallelism } from "./parallelism";

/** Bytes in one GB (decimal, as weights are quoted) and in one GiB (binary, as device memory is sold). */
export const BYTES_PER_GB = 1e9;
export const BYTES_PER_GIB = 1024 ** 3;

/** Runtime overhead per NVIDIA device: CUDA context, cuBLAS/NCCL workspaces, CUDA graphs, activation peak, bytes. */
export const NVIDIA_OVERHEAD_BYTES_PER_DEVICE = 2.0e9;
/** Runtime overhead per Apple machine: Metal buffers and compute graph of llama.cpp/MLX, bytes. */
export const APPLE_OVERHEAD_BYTES_PER_DEVICE = 0.8e9;

/**
 * Share of unified memory macOS lets the GPU wire by default (`recommendedMaxWorkingSetSize`): about 2/3 up to
 * 36 GB of RAM, 3/4 above. Raised with `sysctl iogpu.wired_limit_mb`. Source: reference-facts.json hardware_apple
 * notes (XiongjieDai README citing Apple), llama.cpp Metal backend logs.
 */
export function appleGpuWorkingSetShare(memoryGiB: number): number {
  return memoryGiB <= 36 ? 2 / 3 : 0.75;
}

/** Bits the token embedding and LM head keep: 16 unless the format's figure is a whole-file average (GGUF). */
export function embeddingBits(precision: Precision): number {
  return precision.kind === "gguf" ? precision.bitsPerWeight : Math.max(precision.bitsPerWeight, 16);
}

/**
 * Bytes of one model copy's weights: non-embedding parameters × bits/8, plus the embedding table and LM head at
 * embeddingBits (quantised checkpoints keep them in 16-bit; GGUF's bits per weight already average them in).
 */
export function weightBytes(split: ParamSplit, precision: Precision): number {
  const embBits = embeddingBits(precision);
  return ((split.total - split.embedding) * precision.bitsPerWeight + split.embedding * embBits) / 8;
}

export interface MemoryFigures {
  /** One instance (all its devices) — bytes. */
  weightsBytes: number;
  kvBytesPerSequence: number;
  overheadBytes: number;
  capacityBytes: number;
  /** Per device — bytes. */
  weightsPerDevice: number;
  kvPerSequencePerDevice: number;
  overheadPerDevice: number;
  capacityPerDevice: number;
  /** Sequences at full context (input + output) the KV budget of the fullest device holds. */
  maxConcurrency: number;
  /** Weights and overhead alone fit (at least one sequence may still not). */
  weightsFit: boolean;
  split: ParamSplit;
  contextTokens: number;
}

/**
 * Memory of one instance under tensor parallel (tp, within a server) × pipeline (pp, across servers or Macs):
 * weights split evenly over tp × pp devices; KV split over min(tp, kvHeads) × pp (a KV head is never split, so
 * tp beyond the KV-head count replicates them; MLA's latent is replicated on every tp rank).
 */
export function memoryFigures(r: ResolvedRequest, par: Parallelism): MemoryFigures {
  const split = modelSplit(r.model);
  const contextTokens = r.request.inputTokens + (r.model.kind === "embedding" ? 0 : r.request.outputTokens);
  const weightsBytes = weightBytes(split, r.precision);
  const kvBytesPerElement = r.kvPrecision.kvBytesPerElement ?? 2;
  const kvBytesPerSequence = kvBytesForContext(r.model, kvBytesPerElement, contextTokens);
  const kvShards = (r.model.attention.kind === "mla" ? 1 : Math.min(par.tp, r.model.kvHeads)) * par.pp;
  const devices = par.tp * par.pp;
  const isApple = r.hardware.family === "apple";
  const memoryBytes = r.memoryGbPerDevice * BYTES_PER_GIB;
  // The request's --gpu-memory-utilization knob, else the framework's default claim.
  const utilisation = r.request.gpuMemoryUtilization ?? r.framework.memoryUtilisation;
  const capacityPerDevice = isApple
    ? memoryBytes * appleGpuWorkingSetShare(r.memoryGbPerDevice) * utilisation
    : memoryBytes * utilisation;
  const overheadPerDevice = isApple ? APPLE_OVERHEAD_BYTES_PER_DEVICE : NVIDIA_OVERHEAD_BYTES_PER_DEVICE;
  const weightsPerDevice = weightsBytes / devices;
  const kvPerSequencePerDevice = kvBytesPerSequence / kvShards;
  const free = capacityPerDevice - weightsPerDevice - overheadPerDevice;
  const maxConcurrency =
    free <= 0
      ? 0
      : kvPerSequencePerDevice === 0
        ? Math.max(1, Math.floor(free / (contextTokens * r.model.hiddenSize * 4)))
        : Math.floor(free / kvPerSequencePerDevice);
  return {
    weightsBytes,
    kvBytesPerSequence,
    overheadBytes: overheadPerDevice * devices,
    capacityBytes: capacityPerDevice * devices,
    weightsPerDevice,
    kvPerSequencePerDevice,
    overheadPerDevice,
    capacityPerDevice,
    maxConcurrency,
    weightsFit: free > 0,
    split,
    contextTokens,
  };
}
