import { z } from "zod";
import { efficiencyFor } from "./efficiency";
import type { EfficiencyParams } from "./efficiency-types";
import {
  estimateRequestSchema,
  type EstimateError,
  type EstimateRequest,
  type EstimateRequestInput,
  type EstimateResult,
} from "./estimate-schema";
import { BYTES_PER_GB, BYTES_PER_GIB, embeddingBits, memoryFigures, appleGpuWorkingSetShare } from "./memory";
import { parallelism } from "./parallelism";
import { EngineInputError, resolveRequest, type ResolvedRequest } from "./resolve";
import { servingFigures, type ServingFigures } from "./serving";
import { peakFlops } from "./timing";
import { estimateWarnings } from "./warnings";
import { activeParams } from "./architecture";
import { confidenceOf } from "./confidence";
import { servingKnobs } from "./knobs";
import type { OperatingPoint } from "./operating-point";
import { rateOperatingPoint } from "./rate";
import { confidenceResult, operatingPointResult } from "./rate-result";
import { SERVING_FITTED } from "./serving-fitted";

const round = (x: number, digits = 2) =>
  Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : 0;
const gb = (bytes: number) => round(bytes / BYTES_PER_GB, 2);
const billions = (n: number) => `${(n / 1e9).toFixed(2)} B`;

/** Everything the engine derived for one configuration — the public result plus what evaluate() builds on. */
export interface EstimateDetail {
  resolved: ResolvedRequest;
  result: EstimateResult;
  serving: ServingFigures;
  memory: ReturnType<typeof memoryFigures>;
  par: ReturnType<typeof parallelism>;
  efficiencyKey: string;
}

/**
 * Estimates one serving configuration: memory fit, per-stream and aggregate throughput, TTFT/ITL/latency, the
 * binding bound, warnings and the assumptions used. Pure; throws EngineInputError for unknown ids or bad values
 * (and a ZodError for a malformed request).
 */
export function estimate(input: EstimateRequestInput): EstimateResult {
  return estimateDetail(estimateRequestSchema.parse(input)).result;
}

export function estimateDetail(request: EstimateRequest): EstimateDetail {
  const resolved = resolveRequest(request);
  return estimateResolved(resolved);
}

export interface EstimateOptions {
  /** Compute at this concurrency instead of the request's (capacity searches). */
  concurrency?: number;
  /** Efficiency parameters to use instead of the table's (calibration fitting only). */
  efficiency?: EfficiencyParams;
  /** Arrival rate for all replicas, req/s, instead of the request's (capacity searches). */
  requestRatePerSecond?: number;
}

export function estimateResolved(r: ResolvedRequest, options: EstimateOptions = {}): EstimateDetail {
  const par = parallelism(r);
  const mem = memoryFigures(r, par);
  const effEntry = efficiencyFor(r.framework.id, r.hardware.family);
  const eff = options.efficiency ?? effEntry.params;
  const knobs = servingKnobs(r, eff);
  const rated =
    options.requestRatePerSecond === undefined
      ? r
      : { ...r, request: { ...r.request, requestRatePerSecond: options.requestRatePerSecond } };
  const op =
    options.concurrency === undefined
      ? rateOperatingPoint(rated, par, mem, eff, requestOverheadMs(effEntry.key))
      : undefined;
  const requested =
    options.concurrency ??
    (op
      ? Math.max(1, Math.round(op.concurrency))
      : r.request.concurrency === "max"
        ? Math.max(1, mem.maxConcurrency)
        : r.request.concurrency);
  const serving = servingFigures(r, mem.split, par, eff, mem, requested);
  const concurrency = serving.concurrency;
  // Open loop, the scheduler admits only what the KV blocks hold (the rest queue, reported as such): it fits when one
  // full-context sequence does. Closed loop, every one of the requested sequences must fit.
  const fits = mem.weightsFit && (op ? mem.maxConcurrency >= 1 : concurrency <= mem.maxConcurrency);
  const kvCacheBytes = mem.kvBytesPerSequence * Math.min(concurrency, Math.max(mem.maxConcurrency, 1));
  const isEmbedding = r.model.kind === "embedding";
  const result: EstimateResult = {
    fits,
    memory: {
      weightsGb: gb(mem.weightsBytes),
      kvCacheGb: gb(kvCacheBytes),
      overheadGb: gb(mem.overheadBytes),
      requiredGb: gb(mem.weightsBytes + kvCacheBytes + mem.overheadBytes),
      capacityGb: gb(mem.capacityBytes),
    },
    maxConcurrency: mem.maxConcurrency,
    concurrency,
    decodeTokensPerSecondPerStream: round(serving.decodeTokensPerSecondPerStream),
    aggregateOutputTokensPerSecond: round(serving.outputTokensPerSecondPerReplica * r.replicas),
    prefillTokensPerSecond: round(
      isEmbedding ? serving.inputTokensPerSecondPerReplica * r.replicas : serving.prefillTokensPerSecond,
    ),
    ttftMs: round(serving.ttftS * 1e3),
    itlMs: round(serving.itlS * 1e3),
    e2eLatencyMs: round(serving.e2eS * 1e3),
    bound: serving.bound,
    warnings: estimateWarnings(r, mem, par, serving),
    assumptions: assumptions(r, mem, par, serving, effEntry),
    confidence: { level: "uncalibrated", basis: "" },
  };
  if (op) applyOperatingPoint(result, op, rated, knobs.tokensPerStep);
  const hardwareId = typeof r.request.hardware === "object" ? "custom" : r.hardware.id;
  result.confidence = confidenceResult(
    confidenceOf(effEntry, hardwareId, op !== undefined),
    result.ttftMs,
    result.itlMs,
    result.e2eLatencyMs,
  );
  return { resolved: r, result, serving, memory: mem, par, efficiencyKey: effEntry.key };
}

/** API-server overhead in TTFT of an efficiency entry: fitted where serving runs exist, else 0 (stated). */
function requestOverheadMs(key: string): number {
  return SERVING_FITTED[key]?.requestOverheadMs ?? 0;
}

/** Replaces the closed-loop latencies by the open-loop operating point's (means), adds percentiles and the point. */
function applyOperatingPoint(
  result: EstimateResult,
  op: OperatingPoint,
  r: ResolvedRequest,
  tokensPerStep: number,
): void {
  const extra = operatingPointResult(op, r.request.arrivalProcess);
  const served = Math.min(op.rateRps, op.capacityRps);
  result.operatingPoint = extra.operatingPoint;
  result.latency = extra.latency;
  result.ttftMs = extra.latency.ttftMs.mean;
  result.itlMs = extra.latency.itlMs.mean;
  result.e2eLatencyMs = extra.latency.e2eLatencyMs.mean;
  result.decodeTokensPerSecondPerStream = round(1 / op.mean.itlS);
  result.aggregateOutputTokensPerSecond = round(served * r.request.outputTokens * r.replicas);
  result.assumptions.push(
    `Open loop at ${round(op.rateRps, 3)} req/s per replica (${r.request.arrivalProcess} arrivals): ${round(op.concurrency, 1)} sequences in flight (Little: N = λ·E2E), steps of ${round(op.mean.stepS * 1e3, 2)} ms mixing decode and chunked prefill${tokensPerStep > 1 ? `, ${round(tokensPerStep, 2)} tokens per step with speculative decoding` : ""}; admission cap ${Math.floor(op.admissionCap)}; ${op.saturated ? `saturated above ${round(op.capacityRps, 2)} req/s: the queue grows` : "below capacity"}.`,
  );
}

function assumptions(
  r: ResolvedRequest,
  mem: ReturnType<typeof memoryFigures>,
  par: ReturnType<typeof parallelism>,
  s: ServingFigures,
  e: ReturnType<typeof efficiencyFor>,
): string[] {
  const { model, precision, kvPrecision, hardware, framework } = r;
  const split = mem.split;
  const usable =
    hardware.family === "apple"
      ? `× ${appleGpuWorkingSetShare(r.memoryGbPerDevice).toFixed(2)} macOS GPU working set (raise with sysctl iogpu.wired_limit_mb)`
      : `× ${framework.memoryUtilisation} ${framework.name} memory utilisation`;
  const { flops, native } = peakFlops(hardware, precision);
  const out = [
    `Weights: ${billions(split.total)} parameters — ${billions(split.embedding)} embedding/LM-head at ${embeddingBits(precision)} bits, the rest at ${precision.bitsPerWeight} bits (${precision.id}) = ${gb(mem.weightsBytes)} GB (GB = 1e9 bytes).`,
    `Memory per device: ${r.memoryGbPerDevice} GiB = ${gb(r.memoryGbPerDevice * BYTES_PER_GIB)} GB ${usable}; runtime overhead ${gb(mem.overheadPerDevice)} GB per device.`,
    `KV cache: ${kvPrecision.id} (${kvPrecision.kvBytesPerElement ?? 2} B/element), ${round(mem.kvBytesPerSequence / mem.contextTokens / 1024, 1)} KiB per token, ${mem.contextTokens} tokens per sequence (input + output) → ${gb(mem.kvBytesPerSequence)} GB per sequence.`,
    `Parallelism: tensor ${par.tp}${par.tp > 1 ? ` over ${par.tpLink.name}` : ""} × pipeline ${par.pp}${par.pp > 1 ? ` over ${par.ppLink.name}` : ""}; ${r.replicas} data-parallel replica(s).`,
    `Peaks: ${hardware.memoryBandwidthGBps} GB/s, ${round(flops / 1e12, 1)} TFLOPS for ${precision.id} matmuls${native ? "" : " (not native: fallback rate)"}; active parameters per token ${billions(activeParams(split))}${model.moe ? ` (${model.moe.expertsPerToken} of ${model.moe.experts} experts)` : ""}.`,
    efficiencyLine(e),
  ];
  if (model.kind === "embedding") {
    out.push(
      `Embedding model: prompts are encoded in batches of ${s.batch}; prefillTokensPerSecond is the aggregate input throughput of all replicas.`,
    );
  } else {
    out.push(
      `Serving: ${s.batch} sequence(s) decoded together per replica (concurrency ${s.concurrency}); decode context averages input + output/2 = ${r.request.inputTokens + r.request.outputTokens / 2} tokens; prefill ${framework.continuousBatching && e.params.fusedPrefill ? "is fused into running decode steps" : "pauses decoding"}.`,
      `Per-stream tok/s is what one user sees at this concurrency (prefills of other requests included); aggregate = all ${r.replicas} replica(s).`,
    );
  }
  return out;
}

const EFFICIENCY_LINES = new Map<string, string>();

/** The efficiency assumption is the same for every estimate of an entry: built once (batches allocate less). */
function efficiencyLine(e: ReturnType<typeof efficiencyFor>): string {
  let line = EFFICIENCY_LINES.get(e.key);
  if (!line) {
    line = `Efficiency ${e.key} (${e.basis}): ${Math.round(e.params.bandwidthEff * 100)}% of bandwidth, ${Math.round(e.params.gemmEff * 100)}% of peak FLOPS in large GEMMs, ${Number(e.params.stepOverheadMsPerLayer.toPrecision(2))} ms per layer${e.params.stepOverheadMs ? ` + ${Number(e.params.stepOverheadMs.toPrecision(2))} ms` : ""} per step — ${e.note}.`;
    EFFICIENCY_LINES.set(e.key, line);
  }
  return line;
}

/** One item of a batch: a result, or the error for that item (the batch never fails as a whole). */
export function estimateBatch(inputs: readonly unknown[]): (EstimateResult | EstimateError)[] {
  return inputs.map((input) => {
    try {
      return estimate(input as EstimateRequestInput);
    } catch (e) {
      return { error: toEstimateError(e) };
    }
  });
}

export function toEstimateError(e: unknown): EstimateError["error"] {
  if (e instanceof EngineInputError) return { code: e.code, message: e.message, path: e.field };
  if (e instanceof z.ZodError) {
    const first = e.issues[0];
    const path = first?.path.join(".") ?? "";
    return {
      code: "invalid-request",
      message: e.issues.map((i) => `${i.path.join(".") || "(request)"}: ${i.message}`).join("; "),
      path,
    };
  }
  throw e;
}
