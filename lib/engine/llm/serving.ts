import type { ParamSplit } from "./architecture";
import type { EfficiencyParams } from "./efficiency-types";
import { closedLoopSlots } from "./framework-limit";
import type { MemoryFigures } from "./memory";
import type { Parallelism } from "./parallelism";
import type { ResolvedRequest } from "./resolve";
import { decodeStep, passTime, prefill, type StepTime } from "./timing";

export interface ServingFigures {
  /** Concurrent requests per replica the figures are for. */
  concurrency: number;
  /** Sequences decoded together in one step (≤ concurrency: memory or the framework's slots cap it). */
  batch: number;
  decode: StepTime;
  prefillAlone: StepTime;
  decodeTokensPerSecondPerStream: number;
  outputTokensPerSecondPerReplica: number;
  inputTokensPerSecondPerReplica: number;
  prefillTokensPerSecond: number;
  ttftS: number;
  itlS: number;
  e2eS: number;
  /** Share of time prefill work occupies the instance (drives the TTFT queueing term). */
  prefillUtilisation: number;
  bound: "memory" | "compute" | "communication" | "overhead";
}

function boundOf(t: StepTime): ServingFigures["bound"] {
  const parts = [
    ["memory", t.memoryS],
    ["compute", t.computeS],
    ["communication", t.communicationS],
    ["overhead", t.overheadS],
  ] as const;
  return parts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/**
 * Steady state of one replica serving `concurrency` requests of I input and O output tokens (closed loop: a finished
 * request is replaced at once, as in `max concurrency` benchmarks).
 *
 * - batch B = min(concurrency, max sequences the memory holds, framework slots when it does not batch continuously);
 * - a cycle in which each batched sequence completes one request takes T = O·t_decode(B) + B·t_prefill', where
 *   t_prefill' is one prompt's prefill cost inside running batches (its compute and communication only when the
 *   framework fuses prefill into decode steps, its full time when decoding pauses for it);
 * - output throughput = B·O / T (× pipeline stages working on different micro-batches when they overlap);
 * - inter-token latency = (O·t_decode(B) + (B−1)·t_prefill') / O — the others' prefills stall a stream, its own comes
 *   before its first token; TTFT = queue wait for a slot + prefill alone + M/D/1 wait behind the other
 *   sequences' prefills (utilisation ρ·(B−1)/B, ρ = B·t_prefill' / T) + half a running decode step;
 *   end-to-end = TTFT + (O − 1)·ITL.
 * Embedding models (O = 0) batch whole prompts: throughput = B·I / (time of the passes holding them).
 */
export function servingFigures(
  r: ResolvedRequest,
  split: ParamSplit,
  par: Parallelism,
  eff: EfficiencyParams,
  mem: MemoryFigures,
  concurrency: number,
): ServingFigures {
  const I = r.request.inputTokens;
  const O = r.model.kind === "embedding" ? 0 : r.request.outputTokens;
  const N = Math.max(1, concurrency);
  const memoryCap = Math.max(1, mem.maxConcurrency);
  const slotCap = closedLoopSlots(r.framework);
  const B = Math.max(1, Math.min(N, memoryCap, slotCap));
  const prefillAlone = prefill(r, split, par, eff, I);
  const prefillTokensPerSecond = I / prefillAlone.totalS;

  if (O === 0) {
    const tokens = B * I;
    const passes = Math.ceil(tokens / eff.prefillChunkTokens);
    const perPass = Math.min(tokens, eff.prefillChunkTokens);
    const pass = passTime(r, split, par, eff, {
      tokens: perPass,
      sequences: Math.max(1, perPass / I),
      attendedContext: I / 2,
      cachedContext: 0,
      lmHead: false,
    });
    const batchS = passes * pass.totalS;
    const queueS = N > B ? ((N - B) / B) * batchS : 0;
    return {
      concurrency: N,
      batch: B,
      decode: pass,
      prefillAlone,
      decodeTokensPerSecondPerStream: 0,
      outputTokensPerSecondPerReplica: 0,
      inputTokensPerSecondPerReplica: tokens / batchS,
      prefillTokensPerSecond,
      ttftS: queueS + batchS,
      itlS: 0,
      e2eS: queueS + batchS,
      prefillUtilisation: 1,
      bound: boundOf(pass),
    };
  }

  const context = I + O / 2;
  const decode = decodeStep(r, split, par, eff, B, context);
  const marginalPrefillS = eff.fusedPrefill
    ? prefillAlone.computeS + prefillAlone.communicationS
    : prefillAlone.totalS;
  const cycleS = O * decode.totalS + B * marginalPrefillS;
  const stagesAtOnce = par.overlappedPipeline ? Math.min(par.pp, B) : 1;
  const outputPerReplica = ((B * O) / cycleS) * stagesAtOnce;
  // A stream's own prefill comes before its first token (TTFT); between its tokens only the others' prefills stall it.
  const itlS = (O * decode.totalS + (B - 1) * marginalPrefillS) / O;
  const rho = Math.min(0.95, (B * marginalPrefillS) / cycleS);
  // A new prompt waits only behind the *other* sequences' prefills: none when it is alone.
  const rhoOthers = (rho * (B - 1)) / B;
  const slotWaitS = N > B ? ((N - B) / B) * cycleS : 0;
  const ttftS =
    slotWaitS +
    prefillAlone.totalS +
    (rhoOthers / (2 * (1 - rhoOthers))) * marginalPrefillS +
    (B > 1 ? decode.totalS / 2 : 0);
  return {
    concurrency: N,
    batch: B,
    decode,
    prefillAlone,
    decodeTokensPerSecondPerStream: 1 / itlS,
    outputTokensPerSecondPerReplica: outputPerReplica,
    inputTokensPerSecondPerReplica: (outputPerReplica * I) / O,
    prefillTokensPerSecond,
    ttftS,
    itlS,
    e2eS: ttftS + Math.max(0, O - 1) * itlS,
    prefillUtilisation: rho,
    bound: boundOf(decode),
  };
}
