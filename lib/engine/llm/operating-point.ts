import type { MemoryFigures } from "./memory";
import {
  NO_WAIT,
  PERCENTILES,
  Z,
  poissonWait,
  probabilityOf,
  saturatedWait,
  SATURATION_HORIZON_S,
  type PeakBacklog,
  waitQuantileS,
  type Percentile,
} from "./queueing";
import { rateFreeSteps, steadyStepSeconds, type StepContext } from "./step";

/** Latencies of one request while `n` sequences run and prompts arrive at `rate` req/s (no admission queue), s. */
export interface Latencies {
  stepS: number;
  itlS: number;
  ttftS: number;
  e2eS: number;
}

/**
 * Steps between the step that samples a request's first token and the client receiving it: vLLM/SGLang hand the
 * output to the API server while the next step runs (asynchronous output processing). Structural, not fitted.
 */
export const OUTPUT_LAG_STEPS = 1;

/**
 * Latency of a request at batch n: it arrives mid-step (waits half a step on average), prefills its uncached prompt
 * in ⌈P / (budget − decode tokens)⌉ chunks, each a step with the running decodes, streams its first token a step
 * later, then emits `tokensPerStep` tokens per step: ITL = t / tokensPerStep; TTFT = overhead + t/2 + chunks ×
 * t_chunk + lag × t; E2E = TTFT + (O − 1) × ITL. `requestOverheadS`: API server, tokenisation, network (fitted).
 */
export function latenciesAt(c: StepContext, n: number, rate: number, requestOverheadS: number): Latencies {
  const { chunks, chunkS, idleS } = rateFreeSteps(c, n);
  const { stepS } = steadyStepSeconds(c, n, rate, idleS);
  const itlS = stepS / c.knobs.tokensPerStep;
  const ttftS = requestOverheadS + stepS / 2 + chunks * chunkS + OUTPUT_LAG_STEPS * stepS;
  return { stepS, itlS, ttftS, e2eS: ttftS + Math.max(0, c.outputTokens - 1) * itlS };
}

export interface OperatingPoint {
  /** Arrival rate per replica, req/s. */
  rateRps: number;
  /** Mean sequences in flight per replica, where arrivals = completions (Little: N = λ · E2E(N)). */
  concurrency: number;
  /** Most sequences the replica admits: min(maxNumSeqs, KV blocks / mean tokens held per sequence). */
  admissionCap: number;
  /** Requests per second the replica completes at its admission cap. */
  capacityRps: number;
  saturated: boolean;
  mean: Latencies & { queueS: number };
  /** Seconds, by percentile. */
  percentiles: Record<"ttftS" | "itlS" | "e2eS", Record<Percentile, number>>;
  /** Mean KV tokens held / KV tokens the cache holds (0–1). */
  kvCacheUtilisation: number;
  preemptionRisk: "low" | "medium" | "high";
}

/** KV-cache tokens one replica's free memory holds (the fullest device decides). */
export function kvCapacityTokens(mem: MemoryFigures): number {
  if (mem.kvPerSequencePerDevice === 0) return Infinity;
  const free = mem.capacityPerDevice - mem.weightsPerDevice - mem.overheadPerDevice;
  return Math.max(0, (free / mem.kvPerSequencePerDevice) * mem.contextTokens);
}

/**
 * Root of an increasing function between a (f(a) ≤ 0) and b (f(b) ≥ 0) by regula falsi, Illinois variant (halves
 * the stale end's value so both ends move), to a relative width of `tolerance`.
 */
function increasingRoot(f: (x: number) => number, a: number, b: number, tolerance = 1e-3): number {
  let fa = f(a);
  let fb = f(b);
  if (fa >= 0) return a;
  if (fb <= 0) return b;
  let side = 0;
  for (let i = 0; i < 40 && b - a > tolerance * Math.max(1e-9, b); i++) {
    const m = (a * fb - b * fa) / (fb - fa);
    const fm = f(m);
    if (fm < 0) {
      a = m;
      fa = fm;
      if (side === 1) fb /= 2;
      side = 1;
    } else {
      b = m;
      fb = fm;
      if (side === -1) fa /= 2;
      side = -1;
    }
  }
  return (a + b) / 2;
}

/**
 * Concurrency n in [0, cap] where λ · E2E(n) = n: n − λ·E2E(n) grows with n (E2E grows more slowly than n below
 * saturation), one root when the replica keeps up.
 */
function solveConcurrency(c: StepContext, input: RateInput, cap: number, e2eCapS: number): number {
  const { rate, requestOverheadS } = input;
  // E2E(0) ≤ E2E(n*) ≤ E2E(cap) brackets the root tightly: λ·E2E(0) ≤ n* ≤ λ·E2E(cap).
  const lo = Math.min(cap, rate * latenciesAt(c, 0, rate, requestOverheadS).e2eS);
  const hi = Math.min(cap, rate * e2eCapS);
  return hi <= lo
    ? lo
    : increasingRoot((n) => n - rate * latenciesAt(c, n, rate, requestOverheadS).e2eS, lo, hi);
}

/**
 * Requests per second a replica completes with `cap` sequences admitted: μ with μ · E2E(cap, μ) = cap, the steps
 * also prefilling the prompts arriving at μ (below the rate a replica with no prefill load would reach).
 */
export function capacityAt(c: StepContext, cap: number, requestOverheadS: number): number {
  // Bracket: with no prefill load the replica would complete `upper`; loaded with upper's prefill, at least `lower`.
  const upper = cap / latenciesAt(c, cap, 0, requestOverheadS).e2eS;
  const lower = cap / latenciesAt(c, cap, upper, requestOverheadS).e2eS;
  // 0.5%: the capacity only decides saturation and is reported to three digits.
  return increasingRoot(
    (mu) => mu * latenciesAt(c, cap, mu, requestOverheadS).e2eS - cap,
    lower,
    upper,
    5e-3,
  );
}

export interface RateInput {
  rate: number;
  arrival: "poisson" | "constant";
  requestOverheadS: number;
}

/**
 * The open-loop operating point of one replica at `rate` req/s. Percentiles: the sequences in flight fluctuate —
 * Poisson(N) under Poisson arrivals (M/G/∞ while below the cap: n_p = N + z_p·√N), a step or so under a constant rate
 * (n_p = N + z_p·√N / 4 [planner]) — and latency is read at n_p; a request's arrival phase within a step adds p × t
 * to TTFT; the admission wait (M/D/c, or the growing backlog when saturated) adds its own quantile.
 */
export function operatingPoint(c: StepContext, mem: MemoryFigures, input: RateInput): OperatingPoint {
  const { rate, arrival, requestOverheadS } = input;
  const held = c.prefillTokens + c.cachedPromptTokens + c.outputTokens / 2;
  const kvTokens = kvCapacityTokens(mem);
  const kvCap = c.knobs.cpuKvOffload ? Infinity : Math.floor(kvTokens / held);
  const cap = Math.max(1, Math.min(c.knobs.maxNumSeqs, kvCap));
  const capacityRps = capacityAt(c, cap, requestOverheadS);
  const saturated = rate >= capacityRps;
  // Saturated, the replica runs full and completes (so also admits) capacityRps: its steps carry that prefill load.
  const atCap = latenciesAt(c, cap, Math.min(rate, capacityRps), requestOverheadS);
  const N = saturated ? cap : solveConcurrency(c, input, cap, atCap.e2eS);
  // Below saturation atCap is the latency at (cap, rate): reused wherever the sequences in flight reach the cap.
  const mean = saturated || N === cap ? atCap : latenciesAt(c, N, rate, requestOverheadS);
  const poisson = arrival === "poisson";
  const wait = saturated
    ? saturatedWait(rate, capacityRps, SATURATION_HORIZON_S, poisson)
    : poisson
      ? poissonWait(cap, N, mean.e2eS, peakBelowSaturation(rate, capacityRps))
      : NO_WAIT;
  const spread = arrival === "poisson" ? Math.sqrt(N) : Math.sqrt(N) / 4;
  const percentiles = { ttftS: {}, itlS: {}, e2eS: {} } as OperatingPoint["percentiles"];
  for (const p of PERCENTILES) {
    const n = Math.min(cap, Math.max(0, N + Z[p] * spread));
    const l = saturated || n === cap ? atCap : Z[p] === 0 ? mean : latenciesAt(c, n, rate, requestOverheadS);
    const phase = (probabilityOf(p) - 0.5) * l.stepS;
    const q = waitQuantileS(wait, p);
    percentiles.ttftS[p] = l.ttftS + phase + q;
    percentiles.itlS[p] = l.itlS;
    percentiles.e2eS[p] = l.e2eS + phase + q;
  }
  const kvUse = Number.isFinite(kvTokens) && kvTokens > 0 ? (N * held) / kvTokens : 0;
  const peakUse =
    Number.isFinite(kvTokens) && kvTokens > 0 ? (N * (held + c.outputTokens / 2)) / kvTokens : 0;
  const preemptionRisk = peakUse <= 1 ? "low" : kvUse <= 0.9 || c.knobs.cpuKvOffload ? "medium" : "high";
  return {
    rateRps: rate,
    concurrency: N,
    admissionCap: cap,
    capacityRps,
    saturated,
    mean: { ...mean, ttftS: mean.ttftS + wait.meanS, e2eS: mean.e2eS + wait.meanS, queueS: wait.meanS },
    percentiles,
    kvCacheUtilisation: Math.min(1, kvUse),
    preemptionRisk,
  };
}

/** A peak of SATURATION_HORIZON_S below saturation: no fluid backlog, Poisson's random walk only. */
function peakBelowSaturation(rate: number, capacityRps: number): PeakBacklog {
  return { excessRps: 0, diffusionRps: rate, capacityRps, horizonS: SATURATION_HORIZON_S };
}
