import { z } from "zod";
import { efficiencyFor } from "./efficiency";
import type { EfficiencyEntry, EfficiencyParams } from "./efficiency-types";
import {
  parseEstimateRequest,
  type EstimateError,
  type EstimateRequest,
  type EstimateRequestInput,
  type EstimateResult,
} from "./estimate-schema";
import {
  assumptions,
  englishAssumption,
  estimateAssumptionItems,
  openLoopItem,
  type EstimateAssumption,
} from "./assumptions";
import { memoryFigures } from "./memory";
import { gb, round } from "./rounding";
import { parallelism } from "./parallelism";
import { withProductDevices } from "./product-devices";
import { EngineInputError, resolveRequest, type ResolvedRequest } from "./resolve";
import { servingFigures, type ServingFigures } from "./serving";
import { estimateWarnings } from "./warnings";
import { confidenceOf } from "./confidence";
import { servingKnobs } from "./knobs";
import type { OperatingPoint } from "./operating-point";
import { rateOperatingPoint } from "./rate";
import { confidenceResult, operatingPointResult } from "./rate-result";
import { SERVING_FITTED } from "./serving-fitted";

/** Everything the engine derived for one configuration — the public result plus what evaluate() builds on. */
export interface EstimateDetail {
  resolved: ResolvedRequest;
  result: EstimateResult;
  serving: ServingFigures;
  memory: ReturnType<typeof memoryFigures>;
  par: ReturnType<typeof parallelism>;
  efficiencyKey: string;
  /** What `estimateAssumptions` needs besides the above (kept as is: most estimates never show their assumptions). */
  efficiency: EfficiencyEntry;
  /** The open-loop operating point, when the estimate is at a request rate. */
  op: OperatingPoint | undefined;
  tokensPerStep: number;
}

/** The codes and figures of an estimate's `assumptions`, in the same order (what the UI renders per language). */
export function estimateAssumptions(d: EstimateDetail): EstimateAssumption[] {
  const r = d.resolved;
  const items = estimateAssumptionItems(r, d.memory, d.par, d.serving, d.efficiency);
  if (d.op) items.push(openLoopItem(d.op, r.request.arrivalProcess, d.tokensPerStep));
  return items;
}

/**
 * Estimates one serving configuration: memory fit, per-stream and aggregate throughput, TTFT/ITL/latency, the
 * binding bound, warnings and the assumptions used. Pure; throws EngineInputError for unknown ids or bad values
 * (and a ZodError for a malformed request).
 */
export function estimate(input: EstimateRequestInput): EstimateResult {
  return estimateDetail(parseEstimateRequest(input)).result;
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
  return {
    resolved: r,
    result,
    serving,
    memory: mem,
    par,
    efficiencyKey: effEntry.key,
    efficiency: effEntry,
    op,
    tokensPerStep: knobs.tokensPerStep,
  };
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
  result.assumptions.push(englishAssumption(openLoopItem(op, r.request.arrivalProcess, tokensPerStep)));
}

/** One item of a batch: a result, or the error for that item (the batch never fails as a whole). */
export function estimateBatch(inputs: readonly unknown[]): (EstimateResult | EstimateError)[] {
  return inputs.map((input) => {
    try {
      // The API's and the CLI's rule for `product` without `devices` (or with too many per server).
      const request = input as EstimateRequestInput;
      return estimate(
        typeof input === "object" && input !== null ? withProductDevices(request).request : request,
      );
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
