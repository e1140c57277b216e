/**
 * Queueing approximations for admission into a continuous-batching replica. The replica is c = admission-cap servers
 * (a sequence slot each) whose service time is one request's end-to-end latency at the operating point.
 */

/** Horizon of a saturated peak: a request arriving in a peak of this length waits on average half its backlog, s. */
export const SATURATION_HORIZON_S = 600;

/** Standard-normal quantiles of the percentiles reported. */
export const Z = { p50: 0, p90: 1.2816, p99: 2.3263 } as const;
export type Percentile = keyof typeof Z;
export const PERCENTILES = ["p50", "p90", "p99"] as const satisfies readonly Percentile[];
const P: Record<Percentile, number> = { p50: 0.5, p90: 0.9, p99: 0.99 };
export const probabilityOf = (p: Percentile) => P[p];

/**
 * Erlang C: probability an arrival waits in M/M/c with offered load a = λ·S (in servers), by the stable Erlang B
 * recursion B_k = a·B_{k−1} / (k + a·B_{k−1}), C = B / (1 − ρ(1 − B)), ρ = a/c. 1 when a ≥ c.
 */
export function erlangC(servers: number, offered: number): number {
  const c = Math.max(1, Math.floor(servers));
  if (offered >= c) return 1;
  if (offered <= 0) return 0;
  let b = 1;
  for (let k = 1; k <= c; k++) b = (offered * b) / (k + offered * b);
  const rho = offered / c;
  return b / (1 - rho * (1 - b));
}

/**
 * The backlog of one peak of `horizonS` seconds, for a request arriving t seconds into it: the fluid backlog
 * (λ − μ)·t when arrivals exceed what the replica completes, and under Poisson arrivals at least the random walk's
 * E|W_t| = √(2λt/π) requests (a critically loaded queue: arrivals' variance λt, deterministic service), the larger
 * of the two. A request waits backlog/μ. This is what a finite peak does instead of M/D/c's steady state, which a
 * queue near saturation never reaches within a peak (its relaxation time grows as 1/(1 − ρ)²).
 */
export interface PeakBacklog {
  /** λ − μ, req/s (0 below saturation). */
  excessRps: number;
  /** λ for the Poisson random-walk term, req/s (0 under a constant rate). */
  diffusionRps: number;
  /** μ, req/s. */
  capacityRps: number;
  horizonS: number;
}

/** The wait for admission: its mean and what its quantiles are read from (waitQuantileS), seconds. */
export interface AdmissionWait {
  meanS: number;
  /** Steady-state M/D/c below saturation: probability an arrival waits (0: no steady-state wait). */
  waitProbability: number;
  /** Steady-state M/D/c mean wait, s (Infinity when saturated: the peak's backlog is the whole story). */
  steadyMeanS: number;
  /** The finite peak's backlog (bounds the steady-state wait below saturation, is the wait above it). */
  peak: PeakBacklog | null;
}

/** No wait at all (a constant arrival rate below saturation). */
export const NO_WAIT: AdmissionWait = { meanS: 0, waitProbability: 0, steadyMeanS: 0, peak: null };

/** Backlog (requests) of a request arriving t seconds into the peak: max((λ − μ)·t, √(2λt/π)). */
function backlogAt(peak: PeakBacklog, t: number): number {
  return Math.max(peak.excessRps * t, Math.sqrt((2 * peak.diffusionRps * t) / Math.PI));
}

/**
 * Mean wait over the peak, s: (1/H)∫₀ᴴ max(a·t, b·√t) dt / μ with a = λ − μ, b = √(2λ/π); the curves cross at
 * T = (b/a)², so the integral is (2/3)·b·T^{3/2} + a·(H² − T²)/2 with T = min((b/a)², H).
 */
export function peakMeanWaitS(peak: PeakBacklog): number {
  const a = peak.excessRps;
  const b = Math.sqrt((2 * peak.diffusionRps) / Math.PI);
  const H = peak.horizonS;
  const T = a > 0 ? Math.min((b / a) ** 2, H) : H;
  const integral = (2 / 3) * b * T ** 1.5 + (a * (H * H - T * T)) / 2;
  return integral / H / Math.max(peak.capacityRps, 1e-12);
}

/**
 * Mean and tail of the wait for a slot under Poisson arrivals, M/D/c by the Allen–Cunneen approximation:
 * Wq ≈ C(c, a) · S / (c − a) · (1 + c_s²) / 2 with c_s = 0 (every request has the same length, so a near-deterministic
 * service time). Tail: P(W > x) ≈ C · exp(−x · C / Wq) (exponential given a wait). Seconds. Given the peak, the
 * wait is bounded by that peak's backlog (continuous into saturation, where Wq alone would jump from ∞ to 0).
 */
export function poissonWait(
  servers: number,
  offered: number,
  serviceS: number,
  peak: PeakBacklog | null = null,
): AdmissionWait {
  const c = Math.max(1, Math.floor(servers));
  const C = erlangC(c, offered);
  const steadyMeanS = c > offered ? ((C * serviceS) / (c - offered)) * 0.5 : Infinity;
  const meanS = peak ? Math.min(steadyMeanS, peakMeanWaitS(peak)) : steadyMeanS;
  return { meanS, waitProbability: C, steadyMeanS, peak };
}

/**
 * Wait when arrivals exceed what the replica completes (λ > μ): the peak's backlog (PeakBacklog). Under a constant
 * rate it is the fluid backlog alone — a request arriving at t waits (λ − μ)·t / μ, so over a peak of H seconds the
 * mean is (λ − μ)·H / (2μ) and the p-quantile (λ − μ)·p·H / μ; Poisson arrivals add the random walk near the edge.
 */
export function saturatedWait(
  rate: number,
  capacity: number,
  horizonS = SATURATION_HORIZON_S,
  poisson = false,
): AdmissionWait {
  const peak: PeakBacklog = {
    excessRps: Math.max(0, rate - capacity),
    diffusionRps: poisson ? rate : 0,
    capacityRps: Math.max(capacity, 1e-12),
    horizonS,
  };
  return { meanS: peakMeanWaitS(peak), waitProbability: 0, steadyMeanS: Infinity, peak };
}

/** The p-quantile of an admission wait, s: the steady-state Poisson tail (0 below 1 − C), bounded by the peak's. */
export function waitQuantileS(wait: AdmissionWait, p: Percentile): number {
  const peakQ = wait.peak
    ? backlogAt(wait.peak, P[p] * wait.peak.horizonS) / wait.peak.capacityRps
    : Infinity;
  if (wait.steadyMeanS === Infinity) return peakQ;
  const C = wait.waitProbability;
  const tail = 1 - P[p];
  const steadyQ = C > tail && C > 0 ? (wait.steadyMeanS / C) * Math.log(C / tail) : 0;
  return Math.min(steadyQ, peakQ);
}
