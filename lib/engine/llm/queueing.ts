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

/** The wait for admission: its mean and the parameters of its tail (quantiles by waitQuantileS), seconds. */
export interface AdmissionWait {
  meanS: number;
  /** Probability an arrival waits (Poisson below saturation). */
  waitProbability: number;
  /** Saturated: arrivals beyond what the replica completes, λ − μ (req/s, 0 otherwise), μ, and the peak's length. */
  excessRps: number;
  capacityRps: number;
  horizonS: number;
}

/** No wait at all (a constant arrival rate below saturation). */
export const NO_WAIT: AdmissionWait = {
  meanS: 0,
  waitProbability: 0,
  excessRps: 0,
  capacityRps: 0,
  horizonS: 0,
};

/**
 * Mean and tail of the wait for a slot under Poisson arrivals, M/D/c by the Allen–Cunneen approximation:
 * Wq ≈ C(c, a) · S / (c − a) · (1 + c_s²) / 2 with c_s = 0 (every request has the same length, so a near-deterministic
 * service time). Tail: P(W > x) ≈ C · exp(−x · C / Wq) (exponential given a wait). Seconds.
 */
export function poissonWait(servers: number, offered: number, serviceS: number): AdmissionWait {
  const c = Math.max(1, Math.floor(servers));
  const C = erlangC(c, offered);
  const meanS = c > offered ? ((C * serviceS) / (c - offered)) * 0.5 : Infinity;
  return { meanS, waitProbability: C, excessRps: 0, capacityRps: 0, horizonS: 0 };
}

/**
 * Mean wait when arrivals exceed what the replica completes (λ > μ): the backlog grows at λ − μ, a request arriving at
 * t waits (λ − μ)·t / μ, so over a peak of H seconds the mean is (λ − μ)·H / (2μ) and the p-quantile (λ − μ)·p·H / μ.
 */
export function saturatedWait(
  rate: number,
  capacity: number,
  horizonS = SATURATION_HORIZON_S,
): AdmissionWait {
  const excess = Math.max(0, rate - capacity);
  const mu = Math.max(capacity, 1e-12);
  return {
    meanS: (excess * horizonS) / (2 * mu),
    waitProbability: 0,
    excessRps: excess,
    capacityRps: mu,
    horizonS,
  };
}

/** The p-quantile of an admission wait, s: the saturated backlog's, else the Poisson tail's (0 below 1 − C). */
export function waitQuantileS(wait: AdmissionWait, p: Percentile): number {
  if (wait.excessRps > 0) return (wait.excessRps * P[p] * wait.horizonS) / wait.capacityRps;
  const C = wait.waitProbability;
  const tail = 1 - P[p];
  return C > tail && C > 0 ? (wait.meanS / C) * Math.log(C / tail) : 0;
}
