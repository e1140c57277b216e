import type { Framework, Precision } from "../../catalog";
import { activeParams } from "./architecture";
import type { EfficiencyEntry } from "./efficiency-types";
import { ObjectMemo, PairMemo } from "./memo";
import { BYTES_PER_GIB, appleGpuWorkingSetShare, embeddingBits, type MemoryFigures } from "./memory";
import type { Parallelism } from "./parallelism";
import type { ResolvedHardware, ResolvedModel, ResolvedRequest } from "./resolve";
import { billions, flat, gb, round } from "./rounding";
import type { ServingFigures } from "./serving";
import { peakFlops } from "./timing";

/**
 * The assumptions an estimate states, in order: weights, memory per device, KV cache, parallelism, peaks, efficiency,
 * then how serving was modelled. Lines that depend only on catalog entries (or a custom entry's object) are built once
 * per combination and shared: a batch cycles through few of them, and formatting numbers is most of an estimate's text.
 */
export function assumptions(
  r: ResolvedRequest,
  mem: MemoryFigures,
  par: Parallelism,
  s: ServingFigures,
  e: EfficiencyEntry,
): string[] {
  const { model, kvPrecision, framework } = r;
  const out = [
    weightsLine(model, r.precision, mem),
    memoryLine(r, mem),
    flat(
      `KV cache: ${kvPrecision.id} (${kvPrecision.kvBytesPerElement ?? 2} B/element), ${round(mem.kvBytesPerSequence / mem.contextTokens / 1024, 1)} KiB per token, ${mem.contextTokens} tokens per sequence (input + output) → ${gb(mem.kvBytesPerSequence)} GB per sequence.`,
    ),
    flat(
      `Parallelism: tensor ${par.tp}${par.tp > 1 ? ` over ${par.tpLink.name}` : ""} × pipeline ${par.pp}${par.pp > 1 ? ` over ${par.ppLink.name}` : ""}; ${r.replicas} data-parallel replica(s).`,
    ),
    peaksLine(r.hardware, r.precision, model, mem),
    efficiencyLine(e),
  ];
  if (model.kind === "embedding") {
    out.push(
      `Embedding model: prompts are encoded in batches of ${s.batch}; prefillTokensPerSecond is the aggregate input throughput of all replicas.`,
    );
  } else {
    out.push(
      flat(
        `Serving: ${s.batch} sequence(s) decoded together per replica (concurrency ${s.concurrency}); decode context averages input + output/2 = ${r.request.inputTokens + r.request.outputTokens / 2} tokens; prefill ${framework.continuousBatching && e.params.fusedPrefill ? "is fused into running decode steps" : "pauses decoding"}.`,
      ),
      perStreamLine(r.replicas),
    );
  }
  return out;
}

/** Weights line: a function of the model (its split) and the precision only. */
function weightsLine(model: ResolvedModel, precision: Precision, mem: MemoryFigures): string {
  const line = WEIGHTS.get(model, precision);
  if (line !== undefined) return line;
  const split = mem.split;
  return WEIGHTS.set(
    model,
    precision,
    `Weights: ${billions(split.total)} parameters — ${billions(split.embedding)} embedding/LM-head at ${embeddingBits(precision)} bits, the rest at ${precision.bitsPerWeight} bits (${precision.id}) = ${gb(mem.weightsBytes)} GB (GB = 1e9 bytes).`,
  );
}
const WEIGHTS = new PairMemo<ResolvedModel, Precision, string>();

/** Memory line: a function of the device, its memory and the framework (shared when the memory is the device's own). */
function memoryLine(r: ResolvedRequest, mem: MemoryFigures): string {
  if (r.memoryGbPerDevice !== r.hardware.memoryGb) return memoryText(r, mem);
  return MEMORY.get(r.hardware, r.framework) ?? MEMORY.set(r.hardware, r.framework, memoryText(r, mem));
}
const MEMORY = new PairMemo<ResolvedHardware, Framework, string>();

function memoryText(r: ResolvedRequest, mem: MemoryFigures): string {
  const usable =
    r.hardware.family === "apple"
      ? `× ${appleGpuWorkingSetShare(r.memoryGbPerDevice).toFixed(2)} macOS GPU working set (raise with sysctl iogpu.wired_limit_mb)`
      : `× ${r.framework.memoryUtilisation} ${r.framework.name} memory utilisation`;
  return `Memory per device: ${r.memoryGbPerDevice} GiB = ${gb(r.memoryGbPerDevice * BYTES_PER_GIB)} GB ${usable}; runtime overhead ${gb(mem.overheadPerDevice)} GB per device.`;
}

/** Peaks line: a function of the device, the precision and the model. */
function peaksLine(
  hardware: ResolvedHardware,
  precision: Precision,
  model: ResolvedModel,
  mem: MemoryFigures,
): string {
  const byModel = PEAKS.get(hardware, precision) ?? PEAKS.set(hardware, precision, new ObjectMemo());
  const line = byModel.get(model);
  if (line !== undefined) return line;
  const { flops, native } = peakFlops(hardware, precision);
  return byModel.set(
    model,
    `Peaks: ${hardware.memoryBandwidthGBps} GB/s, ${round(flops / 1e12, 1)} TFLOPS for ${precision.id} matmuls${native ? "" : " (not native: fallback rate)"}; active parameters per token ${billions(activeParams(mem.split))}${model.moe ? ` (${model.moe.expertsPerToken} of ${model.moe.experts} experts)` : ""}.`,
  );
}
const PEAKS = new PairMemo<ResolvedHardware, Precision, ObjectMemo<ResolvedModel, string>>();

/** The closing line depends only on the replica count. */
function perStreamLine(replicas: number): string {
  let line = PER_STREAM[replicas];
  if (line === undefined) {
    line = `Per-stream tok/s is what one user sees at this concurrency (prefills of other requests included); aggregate = all ${replicas} replica(s).`;
    if (replicas < 256) PER_STREAM[replicas] = line;
  }
  return line;
}
const PER_STREAM: string[] = [];

const EFFICIENCY_LINES = new Map<string, string>();

/** The efficiency assumption is the same for every estimate of an entry: built once (batches allocate less). */
function efficiencyLine(e: EfficiencyEntry): string {
  let line = EFFICIENCY_LINES.get(e.key);
  if (!line) {
    line = `Efficiency ${e.key} (${e.basis}): ${Math.round(e.params.bandwidthEff * 100)}% of bandwidth, ${Math.round(e.params.gemmEff * 100)}% of peak FLOPS in large GEMMs, ${Number(e.params.stepOverheadMsPerLayer.toPrecision(2))} ms per layer${e.params.stepOverheadMs ? ` + ${Number(e.params.stepOverheadMs.toPrecision(2))} ms` : ""} per step — ${e.note}.`;
    EFFICIENCY_LINES.set(e.key, line);
  }
  return line;
}
