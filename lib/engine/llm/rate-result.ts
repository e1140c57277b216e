import { z } from "zod";
import type { Confidence } from "./confidence";
import type { OperatingPoint } from "./operating-point";

const ms = (s: number) => Math.round(s * 1e5) / 100;

const percentilesSchema = z
  .object({ mean: z.number(), p50: z.number(), p90: z.number(), p99: z.number() })
  .strict()
  .describe("ms");

export const operatingPointSchema = z
  .object({
    requestRatePerSecond: z.number().describe("Arrivals per replica, req/s"),
    arrivalProcess: z.enum(["poisson", "constant"]),
    concurrency: z
      .number()
      .describe("Mean sequences in flight per replica where arrivals = completions (N = λ·E2E)"),
    admissionCap: z
      .number()
      .int()
      .describe("Most sequences admitted: min(maxNumSeqs, KV blocks / tokens held)"),
    capacityRequestsPerSecond: z
      .number()
      .describe("Requests per second one replica completes at its admission cap"),
    saturated: z
      .boolean()
      .describe("Arrivals exceed capacity: the queue grows for as long as the peak lasts"),
    queueingDelayMs: z
      .number()
      .describe(
        "Mean wait for admission (M/D/c under Poisson, bounded by a 600 s peak's backlog; that backlog when saturated)",
      ),
    kvCacheUtilisation: z.number().describe("Mean KV tokens held / KV cache capacity (0–1)"),
    preemptionRisk: z.enum(["low", "medium", "high"]),
  })
  .strict();

export const latencyPercentilesSchema = z
  .object({ ttftMs: percentilesSchema, itlMs: percentilesSchema, e2eLatencyMs: percentilesSchema })
  .strict();

const range = z.tuple([z.number(), z.number()]);
export const confidenceSchema = z
  .object({
    level: z.enum(["calibrated", "extrapolated", "uncalibrated"]),
    basis: z.string(),
    errorRange: z
      .object({ ttftMs: range, itlMs: range, e2eLatencyMs: range })
      .strict()
      .optional()
      .describe("Mean latencies ± the calibration's median error; absent when uncalibrated"),
  })
  .strict();

/** Mean and percentiles of one latency, s → ms. */
function percentilesMs(mean: number, p: Record<"p50" | "p90" | "p99", number>) {
  return { mean: ms(mean), p50: ms(p.p50), p90: ms(p.p90), p99: ms(p.p99) };
}

export function operatingPointResult(op: OperatingPoint, arrival: "poisson" | "constant") {
  return {
    operatingPoint: {
      requestRatePerSecond: op.rateRps,
      arrivalProcess: arrival,
      concurrency: Math.round(op.concurrency * 100) / 100,
      admissionCap: Math.floor(op.admissionCap),
      capacityRequestsPerSecond: Math.round(op.capacityRps * 1000) / 1000,
      saturated: op.saturated,
      queueingDelayMs: ms(op.mean.queueS),
      kvCacheUtilisation: Math.round(op.kvCacheUtilisation * 1000) / 1000,
      preemptionRisk: op.preemptionRisk,
    },
    latency: {
      ttftMs: percentilesMs(op.mean.ttftS, op.percentiles.ttftS),
      itlMs: percentilesMs(op.mean.itlS, op.percentiles.itlS),
      e2eLatencyMs: percentilesMs(op.mean.e2eS, op.percentiles.e2eS),
    },
  };
}

/** A mean latency ± a relative error e, ms (the low end never below 0). */
function band(v: number, e: number): [number, number] {
  return [Math.round(v * Math.max(0, 1 - e) * 100) / 100, Math.round(v * (1 + e) * 100) / 100];
}

/** The confidence of a result: its level, why, and the range its mean latencies' calibration error implies. */
export function confidenceResult(c: Confidence, ttftMs: number, itlMs: number, e2eMs: number) {
  if (!c.errors) return { level: c.level, basis: c.basis };
  return {
    level: c.level,
    basis: c.basis,
    errorRange: {
      ttftMs: band(ttftMs, c.errors.ttft),
      itlMs: band(itlMs, c.errors.itl),
      e2eLatencyMs: band(e2eMs, c.errors.e2e),
    },
  };
}
