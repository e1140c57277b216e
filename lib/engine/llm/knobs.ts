import type { EfficiencyParams } from "./efficiency-types";
import { admittedSequences } from "./framework-limit";
import { EngineInputError, type ResolvedRequest } from "./resolve";
import { DRAFT_COST_SHARE, expectedTokensPerStep } from "./speculative";

/** Frameworks whose servers implement speculative decoding (vLLM, SGLang, TensorRT-LLM and NIM, llama.cpp --model-draft). */
const SPECULATIVE_FRAMEWORKS = new Set(["vllm", "sglang", "tensorrt-llm", "nim", "llama.cpp"]);

/** The engine knobs of one estimate after the framework defaults are filled in. */
export interface ServingKnobs {
  /** Sequences the scheduler runs at once (vLLM --max-num-seqs; the framework's default slots otherwise). */
  maxNumSeqs: number;
  /** Tokens one scheduler step may hold: decode tokens + prefill chunk (vLLM --max-num-batched-tokens). */
  maxBatchedTokens: number;
  /** Share of device memory the framework claims (vLLM --gpu-memory-utilization). */
  gpuMemoryUtilization: number;
  /** KV blocks may spill to host memory instead of being recomputed (vLLM --kv-offloading / swap space). */
  cpuKvOffload: boolean;
  /** Share of each prompt served from the prefix cache (its prefill is skipped), 0–1. */
  prefixCacheHitRatio: number;
  /** Mean tokens emitted per sequence per decode step (1 without speculative decoding). */
  tokensPerStep: number;
  /** Tokens one sequence puts through the target model per decode step (1 + draft tokens when speculating). */
  verifyTokensPerStep: number;
  /** Extra step time for proposing drafts, as a share of the target's step. */
  draftCostShare: number;
}

/** Fills the request's knobs with the framework's defaults; rejects speculation where the framework has none. */
export function servingKnobs(r: ResolvedRequest, eff: EfficiencyParams): ServingKnobs {
  const q = r.request;
  const spec = q.speculativeMethod
    ? { method: q.speculativeMethod, draftTokens: q.draftTokens, acceptanceRate: q.draftAcceptanceRate }
    : undefined;
  if (spec && !SPECULATIVE_FRAMEWORKS.has(r.framework.id))
    throw new EngineInputError(
      "invalid-value",
      "speculativeMethod",
      `speculativeMethod: ${r.framework.name} has no speculative decoding; use vllm, sglang, tensorrt-llm, nim or llama.cpp, or leave it out`,
    );
  return {
    maxNumSeqs: admittedSequences(r.framework, q.maxNumSeqs),
    maxBatchedTokens: q.maxBatchedTokens ?? eff.prefillChunkTokens,
    gpuMemoryUtilization: q.gpuMemoryUtilization ?? r.framework.memoryUtilisation,
    cpuKvOffload: q.cpuKvOffload ?? false,
    prefixCacheHitRatio: Math.max(
      q.prefixCacheHitRatio ?? 0,
      Math.min(1, (q.sharedPrefixTokens ?? 0) / q.inputTokens),
    ),
    tokensPerStep: spec ? expectedTokensPerStep(spec.draftTokens, spec.acceptanceRate) : 1,
    verifyTokensPerStep: spec ? 1 + spec.draftTokens : 1,
    draftCostShare: spec ? DRAFT_COST_SHARE[spec.method] * spec.draftTokens : 0,
  };
}
