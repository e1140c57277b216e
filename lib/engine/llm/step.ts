import type { ParamSplit } from "./architecture";
import type { EfficiencyParams } from "./efficiency-types";
import type { ServingKnobs } from "./knobs";
import type { Parallelism } from "./parallelism";
import type { ResolvedRequest } from "./resolve";
import { passTime } from "./timing";

/** What a continuous-batching replica works on: the request shape after the prefix cache, and the knobs. */
export interface StepContext {
  r: ResolvedRequest;
  split: ParamSplit;
  par: Parallelism;
  eff: EfficiencyParams;
  knobs: ServingKnobs;
  /** Prompt tokens a request must prefill (input − prefix-cache hit), ≥ 1. */
  prefillTokens: number;
  /** Prompt tokens served from the prefix cache. */
  cachedPromptTokens: number;
  outputTokens: number;
}

/**
 * Time of one scheduler step holding `decodeSeqs` running sequences and `prefillTokens` prompt tokens (a chunk under
 * the token budget), s. One forward pass (the roofline of timing.ts: weights and the experts the step's tokens touch
 * read once, each sequence's KV read, FLOPs of every token, tensor-parallel all-reduces, per-step and per-sequence
 * overheads) — the way vLLM/SGLang/TensorRT-LLM schedule chunked prefill with decode. With speculative decoding each
 * sequence verifies 1 + k tokens per step and the drafts cost DRAFT_COST_SHARE of the step per draft token.
 * Decode contexts average input + output/2 tokens; prefill tokens attend over the cached part plus half their chunk.
 */
export function mixedStepSeconds(c: StepContext, decodeSeqs: number, prefillTokens: number): number {
  const n = Math.max(0, decodeSeqs);
  const decodeTokens = n * c.knobs.verifyTokensPerStep;
  const tokens = Math.max(1, decodeTokens + prefillTokens);
  const inputTokens = c.prefillTokens + c.cachedPromptTokens;
  const decodeContext = inputTokens + c.outputTokens / 2;
  const prefillContext = c.cachedPromptTokens + c.prefillTokens / 2;
  const attended = (decodeTokens * decodeContext + prefillTokens * prefillContext) / tokens;
  const step = passTime(c.r, c.split, c.par, c.eff, {
    tokens,
    sequences: n + (prefillTokens > 0 ? 1 : 0),
    attendedContext: attended,
    // KV read per sequence: the decode sequences' contexts (the prefill chunk's own cached part is small beside them).
    cachedContext:
      n > 0 ? (n * decodeContext + (prefillTokens > 0 ? c.cachedPromptTokens : 0)) / (n + 1) : prefillContext,
    lmHead: n > 0,
  });
  return step.totalS * (1 + c.knobs.draftCostShare);
}

/**
 * Steady step time with `n` sequences decoding while new prompts arrive at `rate` req/s: each step also prefills the
 * prompt tokens that arrived during it, p = rate · P · t (chunked into the token budget left by the decode tokens), so
 * t = step(n, p(t)) — a contraction (p's share of a step is small), solved by fixed-point iteration. Seconds.
 */
export function steadyStepSeconds(
  c: StepContext,
  n: number,
  rate: number,
): { stepS: number; prefillPerStep: number } {
  const budget = Math.max(1, c.knobs.maxBatchedTokens - n * c.knobs.verifyTokensPerStep);
  if (rate <= 0) return { stepS: mixedStepSeconds(c, n, 0), prefillPerStep: 0 };
  let t = mixedStepSeconds(c, n, 0);
  let p = 0;
  for (let i = 0; i < 2; i++) {
    p = Math.min(budget, rate * c.prefillTokens * t);
    t = mixedStepSeconds(c, n, p);
  }
  return { stepS: t, prefillPerStep: p };
}
