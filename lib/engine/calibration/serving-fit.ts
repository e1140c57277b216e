import { VLLM_DERIVED } from "../llm/efficiency";
import type { EfficiencyParams } from "../llm/efficiency-types";
import { scoreServing, servingObjective, type ScoredServingRow } from "./serving-score";
import { SERVING_EXPERIMENTS, type ServingParams } from "./serving-runs";

/** A fitted scalar of the serving parameters, with its physical bounds. */
interface ServingKnob {
  name: string;
  min: number;
  max: number;
  get: (p: ServingParams) => number;
  set: (p: ServingParams, v: number) => ServingParams;
}

const eff = (name: keyof EfficiencyParams, min: number, max: number): ServingKnob => ({
  name,
  min,
  max,
  get: (p) => (p.efficiency[name] as number | undefined) ?? 0,
  set: (p, v) => ({ ...p, efficiency: { ...p.efficiency, [name]: v } }),
});

/**
 * The five parameters fitted on the vLLM runs (capped at five: 15 experiments of 6 models cannot support more).
 * Weight streaming and KV reads against bandwidth, a fixed host cost per step, a host cost per running sequence per
 * step, and the per-request API-server overhead in TTFT. Everything else is the physics of timing.ts.
 */
export const SERVING_KNOBS: readonly ServingKnob[] = [
  eff("bandwidthEff", 0.3, 0.95),
  eff("gemmEff", 0.15, 0.85),
  eff("stepOverheadMs", 0, 10),
  eff("perSequenceStepUs", 0, 60),
  {
    name: "requestOverheadMs",
    min: 0,
    max: 50,
    get: (p) => p.requestOverheadMs,
    set: (p, v) => ({ ...p, requestOverheadMs: v }),
  },
];

/**
 * Start of the fit: the TensorRT-LLM-derived vLLM entry without its per-layer step cost (the fixed per-step cost
 * replaces it: vLLM's CUDA graphs make launch cost independent of depth) and a 5 ms request overhead.
 */
export function servingStart(): ServingParams {
  return {
    efficiency: { ...VLLM_DERIVED, stepOverheadMsPerLayer: 0, stepOverheadMs: 2 },
    requestOverheadMs: 5,
  };
}

const clamp = (k: ServingKnob, v: number) => Math.min(k.max, Math.max(k.min, v));

/** Coordinate descent with shrinking multiplicative steps (deterministic), on the rows of `experiments`. */
export function fitServing(
  experiments: readonly string[],
  start = servingStart(),
): { params: ServingParams; objective: number } {
  const score = (p: ServingParams) => servingObjective(scoreServing(experiments, () => p));
  let best = SERVING_KNOBS.reduce((p, k) => k.set(p, clamp(k, k.get(p))), start);
  let bestScore = score(best);
  for (let step = 0.4; step >= 0.01;) {
    let improved = false;
    for (const k of SERVING_KNOBS)
      for (const dir of [1, -1])
        for (;;) {
          const cur = k.get(best);
          const next = clamp(k, cur + dir * step * (cur === 0 ? (k.max - k.min) * 0.02 : cur));
          if (next === cur) break;
          const cand = k.set(best, next);
          const s = score(cand);
          if (s >= bestScore - 1e-9) break;
          best = cand;
          bestScore = s;
          improved = true;
        }
    if (!improved) step /= 2;
  }
  return { params: best, objective: bestScore };
}

/**
 * Leave-one-experiment-out cross-validation: each experiment is predicted with parameters fitted on the other 14
 * (stages of one experiment share a server and a workload, so rows of one experiment never straddle the split).
 */
export function crossValidateServing(start = servingStart()): {
  rows: ScoredServingRow[];
  folds: Map<string, ServingParams>;
} {
  const folds = new Map<string, ServingParams>();
  for (const held of SERVING_EXPERIMENTS)
    folds.set(
      held,
      fitServing(
        SERVING_EXPERIMENTS.filter((e) => e !== held),
        start,
      ).params,
    );
  return { rows: scoreServing(SERVING_EXPERIMENTS, (e) => folds.get(e)!), folds };
}
