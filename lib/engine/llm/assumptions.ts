import { precisionLabel, type Framework, type Precision } from "../../catalog";
import { activeParams } from "./architecture";
import type { EfficiencyEntry } from "./efficiency-types";
import { ObjectMemo, PairMemo } from "./memo";
import { BYTES_PER_GIB, appleGpuWorkingSetShare, embeddingBits, type MemoryFigures } from "./memory";
import type { OperatingPoint } from "./operating-point";
import type { Parallelism } from "./parallelism";
import type { ResolvedHardware, ResolvedModel, ResolvedRequest } from "./resolve";
import { billions, flat, gb, round } from "./rounding";
import type { ServingFigures } from "./serving";
import { peakFlops } from "./timing";

/**
 * The assumptions an estimate states, as stable codes with their figures (like the plan's, lib/engine/assumptions.ts):
 * the words live in messages/<locale>/estimateAssumptions.json, so the inspector says them in the reader's language.
 * The engine's English text (estimate.assumptions, the API and the CLI) is ENGLISH below; lib/i18n/estimate-assumptions
 * .test.ts checks that the English messages render to exactly that text.
 */
export const ESTIMATE_ASSUMPTION_CODES = [
  "weights",
  "memory-framework",
  "memory-apple",
  "kv-cache",
  "parallelism",
  "peaks",
  "efficiency",
  "embedding-serving",
  "serving",
  "per-stream",
  "open-loop",
  "cloud-latency",
  "cloud-elastic",
] as const;
export type EstimateAssumptionCode = (typeof ESTIMATE_ASSUMPTION_CODES)[number];

/**
 * One assumption: its code and the figures in its sentence. Numbers are as the engine rounds them; strings are names
 * (human labels, never catalog ids), fixed-decimal figures ("12.34"), or "yes"/"no" switches between wordings.
 */
export interface EstimateAssumption {
  code: EstimateAssumptionCode;
  params: Record<string, string | number>;
}

type Params = Record<string, string | number>;
const yes = (b: boolean) => (b ? "yes" : "no");

/** The engine's English text of each code: what estimate.assumptions holds. */
const ENGLISH: Record<EstimateAssumptionCode, (p: Params) => string> = {
  weights: (p) =>
    `Weights: ${p.totalB} B parameters — ${p.embeddingB} B embedding/LM-head at ${p.embeddingBits} bits, the rest at ${p.bits} bits (${p.precision}) = ${p.weightsGb} GB (GB = 1e9 bytes).`,
  "memory-framework": (p) =>
    `Memory per device: ${p.memoryGib} GiB = ${p.memoryGb} GB × ${p.utilisation} ${p.framework} memory utilisation; runtime overhead ${p.overheadGb} GB per device.`,
  "memory-apple": (p) =>
    `Memory per device: ${p.memoryGib} GiB = ${p.memoryGb} GB × ${p.workingSet} macOS GPU working set (raise with sysctl iogpu.wired_limit_mb); runtime overhead ${p.overheadGb} GB per device.`,
  "kv-cache": (p) =>
    `KV cache: ${p.precision} (${p.bytesPerElement} B/element), ${p.kibPerToken} KiB per token, ${p.contextTokens} tokens per sequence (input + output) → ${p.sequenceGb} GB per sequence.`,
  parallelism: (p) =>
    `Parallelism: tensor ${p.tp}${p.tpLink ? ` over ${p.tpLink}` : ""} × pipeline ${p.pp}${p.ppLink ? ` over ${p.ppLink}` : ""}; ${p.replicas} data-parallel replica(s).`,
  peaks: (p) =>
    `Peaks: ${p.bandwidthGBps} GB/s, ${p.tflops} TFLOPS for ${p.precision} matmuls${p.native === "yes" ? "" : " (not native: fallback rate)"}; active parameters per token ${p.activeB} B${p.moe === "yes" ? ` (${p.expertsPerToken} of ${p.experts} experts)` : ""}.`,
  efficiency: (p) =>
    `Efficiency ${p.key} (${p.basis}): ${p.bandwidthPct}% of bandwidth, ${p.gemmPct}% of peak FLOPS in large GEMMs, ${p.msPerLayer} ms per layer${p.msPerStep ? ` + ${p.msPerStep} ms` : ""} per step — ${p.note}.`,
  "embedding-serving": (p) =>
    `Embedding model: prompts are encoded in batches of ${p.batch}; prefillTokensPerSecond is the aggregate input throughput of all replicas.`,
  serving: (p) =>
    `Serving: ${p.batch} sequence(s) decoded together per replica (concurrency ${p.concurrency}); decode context averages input + output/2 = ${p.decodeContextTokens} tokens; prefill ${p.fusedPrefill === "yes" ? "is fused into running decode steps" : "pauses decoding"}.`,
  "per-stream": (p) =>
    `Per-stream tok/s is what one user sees at this concurrency (prefills of other requests included); aggregate = all ${p.replicas} replica(s).`,
  "open-loop": (p) =>
    `Open loop at ${p.rateRps} req/s per replica (${p.arrivalProcess} arrivals): ${p.inFlight} sequences in flight (Little: N = λ·E2E), steps of ${p.stepMs} ms mixing decode and chunked prefill${p.speculative === "yes" ? `, ${p.tokensPerStep} tokens per step with speculative decoding` : ""}; admission cap ${p.admissionCap}; ${p.saturated === "yes" ? `saturated above ${p.capacityRps} req/s: the queue grows` : "below capacity"}.`,
  "cloud-latency": (p) =>
    `${p.model}: typical TTFT ${p.ttftMs} ms and ${p.tokensPerSecond} tok/s per stream (catalog assumptions), plus ${p.networkMs} ms network latency each way.`,
  "cloud-elastic": () =>
    "Cloud capacity is elastic; provider rate limits (tokens per minute tiers) are not modelled.",
};

/** The engine's English sentence of one assumption. */
export function englishAssumption(a: EstimateAssumption): string {
  return flat(ENGLISH[a.code](a.params));
}

/**
 * The assumptions an estimate states, in order: weights, memory per device, KV cache, parallelism, peaks, efficiency,
 * then how serving was modelled. `estimateAssumptionItems` gives the codes (what the UI renders per language).
 */
export function estimateAssumptionItems(
  r: ResolvedRequest,
  mem: MemoryFigures,
  par: Parallelism,
  s: ServingFigures,
  e: EfficiencyEntry,
): EstimateAssumption[] {
  const out = [
    weightsItem(r.model, r.precision, mem),
    memoryItem(r, mem),
    kvCacheItem(r, mem),
    parallelismItem(r, par),
    peaksItem(r.hardware, r.precision, r.model, mem),
    efficiencyItem(e),
  ];
  if (r.model.kind === "embedding") out.push({ code: "embedding-serving", params: { batch: s.batch } });
  else out.push(servingItem(r, s, e), { code: "per-stream", params: { replicas: r.replicas } });
  return out;
}

/**
 * The English text of `estimateAssumptionItems`. Lines that depend only on catalog entries (or a custom entry's
 * object) are built once per combination and shared: a batch cycles through few of them, and formatting numbers is
 * most of an estimate's text.
 */
export function assumptions(
  r: ResolvedRequest,
  mem: MemoryFigures,
  par: Parallelism,
  s: ServingFigures,
  e: EfficiencyEntry,
): string[] {
  const out = [
    weightsLine(r.model, r.precision, mem),
    memoryLine(r, mem),
    englishAssumption(kvCacheItem(r, mem)),
    englishAssumption(parallelismItem(r, par)),
    peaksLine(r.hardware, r.precision, r.model, mem),
    efficiencyLine(e),
  ];
  if (r.model.kind === "embedding") {
    out.push(englishAssumption({ code: "embedding-serving", params: { batch: s.batch } }));
  } else {
    out.push(englishAssumption(servingItem(r, s, e)), perStreamLine(r.replicas));
  }
  return out;
}

function weightsItem(model: ResolvedModel, precision: Precision, mem: MemoryFigures): EstimateAssumption {
  const split = mem.split;
  return {
    code: "weights",
    params: {
      totalB: billionsFigure(split.total),
      embeddingB: billionsFigure(split.embedding),
      embeddingBits: embeddingBits(precision),
      bits: precision.bitsPerWeight,
      precision: precisionLabel(precision),
      weightsGb: gb(mem.weightsBytes),
    },
  };
}

/** "12.34" of billions()' "12.34 B": the figure without its unit, which the sentence states. */
const billionsFigure = (n: number) => billions(n).slice(0, -2);

/** Weights line: a function of the model (its split) and the precision only. */
function weightsLine(model: ResolvedModel, precision: Precision, mem: MemoryFigures): string {
  const line = WEIGHTS.get(model, precision);
  if (line !== undefined) return line;
  return WEIGHTS.set(model, precision, englishAssumption(weightsItem(model, precision, mem)));
}
const WEIGHTS = new PairMemo<ResolvedModel, Precision, string>();

function memoryItem(r: ResolvedRequest, mem: MemoryFigures): EstimateAssumption {
  const common = {
    memoryGib: r.memoryGbPerDevice,
    memoryGb: gb(r.memoryGbPerDevice * BYTES_PER_GIB),
    overheadGb: gb(mem.overheadPerDevice),
  };
  return r.hardware.family === "apple"
    ? {
        code: "memory-apple",
        params: { ...common, workingSet: appleGpuWorkingSetShare(r.memoryGbPerDevice).toFixed(2) },
      }
    : {
        code: "memory-framework",
        params: { ...common, utilisation: r.framework.memoryUtilisation, framework: r.framework.name },
      };
}

/** Memory line: a function of the device, its memory and the framework (shared when the memory is the device's own). */
function memoryLine(r: ResolvedRequest, mem: MemoryFigures): string {
  if (r.memoryGbPerDevice !== r.hardware.memoryGb) return englishAssumption(memoryItem(r, mem));
  return (
    MEMORY.get(r.hardware, r.framework) ??
    MEMORY.set(r.hardware, r.framework, englishAssumption(memoryItem(r, mem)))
  );
}
const MEMORY = new PairMemo<ResolvedHardware, Framework, string>();

function kvCacheItem(r: ResolvedRequest, mem: MemoryFigures): EstimateAssumption {
  return {
    code: "kv-cache",
    params: {
      precision: precisionLabel(r.kvPrecision),
      bytesPerElement: r.kvPrecision.kvBytesPerElement ?? 2,
      kibPerToken: round(mem.kvBytesPerSequence / mem.contextTokens / 1024, 1),
      contextTokens: mem.contextTokens,
      sequenceGb: gb(mem.kvBytesPerSequence),
    },
  };
}

function parallelismItem(r: ResolvedRequest, par: Parallelism): EstimateAssumption {
  return {
    code: "parallelism",
    params: {
      tp: par.tp,
      tpLink: par.tp > 1 ? par.tpLink.name : "",
      pp: par.pp,
      ppLink: par.pp > 1 ? par.ppLink.name : "",
      replicas: r.replicas,
    },
  };
}

function peaksItem(
  hardware: ResolvedHardware,
  precision: Precision,
  model: ResolvedModel,
  mem: MemoryFigures,
): EstimateAssumption {
  const { flops, native } = peakFlops(hardware, precision);
  return {
    code: "peaks",
    params: {
      bandwidthGBps: hardware.memoryBandwidthGBps,
      tflops: round(flops / 1e12, 1),
      precision: precisionLabel(precision),
      native: yes(native),
      activeB: billionsFigure(activeParams(mem.split)),
      moe: yes(Boolean(model.moe)),
      expertsPerToken: model.moe?.expertsPerToken ?? 0,
      experts: model.moe?.experts ?? 0,
    },
  };
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
  return byModel.set(model, englishAssumption(peaksItem(hardware, precision, model, mem)));
}
const PEAKS = new PairMemo<ResolvedHardware, Precision, ObjectMemo<ResolvedModel, string>>();

function efficiencyItem(e: EfficiencyEntry): EstimateAssumption {
  return {
    code: "efficiency",
    params: {
      key: e.key,
      basis: e.basis,
      bandwidthPct: Math.round(e.params.bandwidthEff * 100),
      gemmPct: Math.round(e.params.gemmEff * 100),
      msPerLayer: Number(e.params.stepOverheadMsPerLayer.toPrecision(2)),
      msPerStep: e.params.stepOverheadMs ? Number(e.params.stepOverheadMs.toPrecision(2)) : 0,
      note: e.note,
      noteCode: e.noteCode,
      ...e.noteParams,
    },
  };
}

const EFFICIENCY_LINES = new Map<string, string>();

/** The efficiency assumption is the same for every estimate of an entry: built once (batches allocate less). */
function efficiencyLine(e: EfficiencyEntry): string {
  let line = EFFICIENCY_LINES.get(e.key);
  if (!line) {
    line = englishAssumption(efficiencyItem(e));
    EFFICIENCY_LINES.set(e.key, line);
  }
  return line;
}

function servingItem(r: ResolvedRequest, s: ServingFigures, e: EfficiencyEntry): EstimateAssumption {
  return {
    code: "serving",
    params: {
      batch: s.batch,
      concurrency: s.concurrency,
      decodeContextTokens: r.request.inputTokens + r.request.outputTokens / 2,
      fusedPrefill: yes(r.framework.continuousBatching && e.params.fusedPrefill),
    },
  };
}

/** The closing line depends only on the replica count. */
function perStreamLine(replicas: number): string {
  let line = PER_STREAM[replicas];
  if (line === undefined) {
    line = englishAssumption({ code: "per-stream", params: { replicas } });
    if (replicas < 256) PER_STREAM[replicas] = line;
  }
  return line;
}
const PER_STREAM: string[] = [];

/** The open-loop operating point an estimate at a request rate reports (added after the closed-loop lines). */
export function openLoopItem(
  op: OperatingPoint,
  arrivalProcess: string,
  tokensPerStep: number,
): EstimateAssumption {
  return {
    code: "open-loop",
    params: {
      rateRps: round(op.rateRps, 3),
      arrivalProcess,
      inFlight: round(op.concurrency, 1),
      stepMs: round(op.mean.stepS * 1e3, 2),
      speculative: yes(tokensPerStep > 1),
      tokensPerStep: round(tokensPerStep, 2),
      admissionCap: Math.floor(op.admissionCap),
      saturated: yes(op.saturated),
      capacityRps: round(op.capacityRps, 2),
    },
  };
}
