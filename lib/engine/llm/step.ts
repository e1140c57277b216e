import type { ParamSplit } from "./architecture";
import type { EfficiencyParams } from "./efficiency-types";
import type { ServingKnobs } from "./knobs";
import type { Parallelism } from "./parallelism";
import { passParts, type PassConstants } from "./pass";
import type { ResolvedRequest } from "./resolve";
import type { StepTime } from "./roofline";

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
  /** The pass costs that do not depend on a step's shape (passConstants of r, split, par, eff). */
  pass: PassConstants;
  /** rateFreeSteps of the last decode count asked for (capacity searches ask for one count at many rates). */
  memo: RateFreeSteps;
}

/** A step context's figures at `n` decoding sequences that do not depend on the arrival rate. */
export interface RateFreeSteps {
  n: number;
  /** Prompt tokens one step may add beside the decode tokens. */
  budget: number;
  /** Steps a request's uncached prompt is chunked into. */
  chunks: number;
  /** A step with no prefill, and a step carrying one full chunk, s. */
  idleS: number;
  chunkS: number;
}

/** An empty memo for a new step context. */
export function emptyRateFreeSteps(): RateFreeSteps {
  return { n: NaN, budget: 0, chunks: 0, idleS: 0, chunkS: 0 };
}

/** The step budget, chunk count and the idle and chunk steps at `n` sequences (memoised for the last n). */
export function rateFreeSteps(c: StepContext, n: number): RateFreeSteps {
  const m = c.memo;
  if (m.n !== n) {
    const budget = Math.max(1, c.knobs.maxBatchedTokens - n * c.knobs.verifyTokensPerStep);
    m.n = n;
    m.budget = budget;
    m.chunks = Math.ceil(c.prefillTokens / budget);
    m.idleS = mixedStepSeconds(c, n, 0);
    m.chunkS = mixedStepSeconds(c, n, Math.min(c.prefillTokens, budget));
  }
  return m;
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
  const step = passParts(
    c.pass,
    tokens,
    n + (prefillTokens > 0 ? 1 : 0),
    attended,
    // KV read per sequence: the decode sequences' contexts (the prefill chunk's own cached part is small beside them).
    n > 0 ? (n * decodeContext + (prefillTokens > 0 ? c.cachedPromptTokens : 0)) / (n + 1) : prefillContext,
    n > 0,
    SCRATCH,
  );
  return step.totalS * (1 + c.knobs.draftCostShare);
}
const SCRATCH: StepTime = { totalS: 0, memoryS: 0, computeS: 0, coreS: 0, communicationS: 0, overheadS: 0 };

/**
 * Steady step time with `n` sequences decoding while new prompts arrive at `rate` req/s: each step also prefills the
 * prompt tokens that arrived during it, p = rate · P · t (chunked into the token budget left by the decode tokens), so
 * t = step(n, p(t)) — a contraction (p's share of a step is small), solved by fixed-point iteration. Seconds.
 */
export function steadyStepSeconds(
  c: StepContext,
  n: number,
  rate: number,
  idleS: number = mixedStepSeconds(c, n, 0),
): { stepS: number; prefillPerStep: number } {
  const budget = Math.max(1, c.knobs.maxBatchedTokens - n * c.knobs.verifyTokensPerStep);
  if (rate <= 0) return { stepS: idleS, prefillPerStep: 0 };
  let t = idleS;
  let p = 0;
  for (let i = 0; i < 2; i++) {
    p = Math.min(budget, rate * c.prefillTokens * t);
    t = mixedStepSeconds(c, n, p);
  }
  return { stepS: t, prefillPerStep: p };
}
