import { efficiencyFor } from "./efficiency";
import type { EfficiencyParams } from "./efficiency-types";
import { servingKnobs } from "./knobs";
import { memoryFigures, type MemoryFigures } from "./memory";
import { operatingPoint, type OperatingPoint } from "./operating-point";
import { parallelism, type Parallelism } from "./parallelism";
import type { ResolvedRequest } from "./resolve";
import { SERVING_FITTED } from "./serving-fitted";
import { passConstantsFor } from "./pass";
import { emptyRateFreeSteps, type StepContext } from "./step";

/** The step context of a request: knobs with framework defaults, and the prompt split by the prefix cache. */
export function stepContext(
  r: ResolvedRequest,
  par: Parallelism,
  mem: MemoryFigures,
  eff: EfficiencyParams,
): StepContext {
  const knobs = servingKnobs(r, eff);
  const I = r.request.inputTokens;
  // A hit skips whole prompt tokens; at least the last token is always computed (it produces the first logits).
  const cached = Math.min(I - 1, Math.round(I * knobs.prefixCacheHitRatio));
  return {
    r,
    split: mem.split,
    par,
    eff,
    knobs,
    prefillTokens: I - cached,
    cachedPromptTokens: cached,
    outputTokens: r.model.kind === "embedding" ? 0 : r.request.outputTokens,
    pass: passConstantsFor(r, mem.split, par, eff),
    memo: emptyRateFreeSteps(),
  };
}

/**
 * The operating point of each replica at the request's arrival rate (requestRatePerSecond is for all replicas
 * together; each replica receives rate / replicas). Undefined without a rate or for embedding models.
 */
export function rateOperatingPoint(
  r: ResolvedRequest,
  par: Parallelism,
  mem: MemoryFigures,
  eff: EfficiencyParams,
  requestOverheadMs: number,
): OperatingPoint | undefined {
  const total = r.request.requestRatePerSecond;
  if (total === undefined || r.model.kind === "embedding" || !mem.weightsFit) return undefined;
  return operatingPoint(stepContext(r, par, mem, eff), mem, {
    rate: total / r.replicas,
    arrival: r.request.arrivalProcess,
    requestOverheadS: requestOverheadMs / 1e3,
  });
}

/** The operating point of one replica of `r` at `ratePerReplica` req/s with the table's efficiency (capacity searches). */
export function replicaPointAt(
  r: ResolvedRequest,
  ratePerReplica: number,
  arrival: "poisson" | "constant" = r.request.arrivalProcess,
): OperatingPoint | undefined {
  const par = parallelism(r);
  const mem = memoryFigures(r, par);
  if (r.model.kind === "embedding" || !mem.weightsFit) return undefined;
  const entry = efficiencyFor(r.framework.id, r.hardware.family);
  return operatingPoint(stepContext(r, par, mem, entry.params), mem, {
    rate: ratePerReplica,
    arrival,
    requestOverheadS: (SERVING_FITTED[entry.key]?.requestOverheadMs ?? 0) / 1e3,
  });
}

/** Latency objectives a replica is sized to. */
export interface LatencySlo {
  maxTtftMs: number;
  minTokensPerSecondPerUser: number;
}

/** Whether an operating point meets the objectives: below saturation, p90 TTFT and mean ITL within them. */
export function meetsSlo(op: OperatingPoint, slo: LatencySlo): boolean {
  return (
    !op.saturated &&
    op.percentiles.ttftS.p90 * 1e3 <= slo.maxTtftMs &&
    op.mean.itlS * 1e3 <= 1000 / slo.minTokensPerSecondPerUser
  );
}

/**
 * The largest Poisson arrival rate one replica serves within the objectives, req/s (0: not even a trickle). Latency
 * only grows with the rate (more sequences per step, more queueing), so the rates that meet the objectives are an
 * interval from 0: bisection between 0 and the saturation rate, to 0.5%.
 */
export function sloRatePerReplica(
  r: ResolvedRequest,
  slo: LatencySlo,
): { rate: number; op?: OperatingPoint } {
  const ceiling = replicaPointAt(r, 1e-9, "poisson");
  if (!ceiling) return { rate: 0 };
  let lo = 0;
  let hi = ceiling.capacityRps;
  let best: OperatingPoint | undefined;
  const tiny = replicaPointAt(r, hi * 1e-4, "poisson")!;
  if (!meetsSlo(tiny, slo)) return { rate: 0, op: tiny };
  best = tiny;
  lo = hi * 1e-4;
  while (hi - lo > 0.005 * hi) {
    const mid = (lo + hi) / 2;
    const op = replicaPointAt(r, mid, "poisson")!;
    if (meetsSlo(op, slo)) {
      lo = mid;
      best = op;
    } else hi = mid;
  }
  return { rate: lo, op: best };
}
