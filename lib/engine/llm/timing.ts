import type { ParamSplit } from "./architecture";
import { activeParams } from "./architecture";
import type { EfficiencyParams } from "./efficiency-types";
import type { Parallelism } from "./parallelism";
import { passConstantsFor, passParts, passTime, type PassConstants } from "./pass";
import type { ResolvedRequest } from "./resolve";
import type { StepTime } from "./roofline";

export { passTime } from "./pass";
export {
  allReduceSeconds,
  gemmEfficiency,
  integerIssueFactor,
  peakFlops,
  type PassShape,
  type StepTime,
} from "./roofline";

/** One decode step for `batch` sequences whose cached context averages `context` tokens. */
export function decodeStep(
  r: ResolvedRequest,
  split: ParamSplit,
  par: Parallelism,
  eff: EfficiencyParams,
  batch: number,
  context: number,
): StepTime {
  return passTime(r, split, par, eff, {
    tokens: batch,
    sequences: batch,
    attendedContext: context,
    cachedContext: context,
    lmHead: r.model.kind !== "embedding",
  });
}

/** Most passes a prefill is evaluated at; longer prompts are grouped (cost is near-linear within a group). */
const MAX_PREFILL_EVALUATIONS = 8;

/** Prefill of one prompt of `tokens`, in chunks of the framework's prefill chunk size; parts summed, seconds. */
export function prefill(
  r: ResolvedRequest,
  split: ParamSplit,
  par: Parallelism,
  eff: EfficiencyParams,
  tokens: number,
): StepTime {
  const k = passConstantsFor(r, split, par, eff);
  const total: StepTime = { totalS: 0, memoryS: 0, computeS: 0, coreS: 0, communicationS: 0, overheadS: 0 };
  const chunk = Math.max(1, eff.prefillChunkTokens);
  const fullChunks = Math.floor(tokens / chunk);
  const remainder = tokens - fullChunks * chunk;
  const groups = Math.min(fullChunks, MAX_PREFILL_EVALUATIONS);
  for (let g = 0; g < groups; g++) {
    const first = Math.floor((g * fullChunks) / groups);
    const last = Math.floor(((g + 1) * fullChunks) / groups);
    const middle = (first + last - 1) / 2;
    addTimes(total, prefillPass(k, chunk, middle * chunk), last - first);
  }
  if (remainder > 0) addTimes(total, prefillPass(k, remainder, fullChunks * chunk), 1);
  return total;
}

/** One chunk of `length` prompt tokens after `done` cached ones (into a scratch result: read before the next pass). */
function prefillPass(k: PassConstants, length: number, done: number): StepTime {
  return passParts(k, length, 1, done + length / 2, done, false, SCRATCH);
}
const SCRATCH: StepTime = { totalS: 0, memoryS: 0, computeS: 0, coreS: 0, communicationS: 0, overheadS: 0 };

function addTimes(total: StepTime, t: StepTime, times: number): void {
  total.totalS += t.totalS * times;
  total.memoryS += t.memoryS * times;
  total.computeS += t.computeS * times;
  total.coreS += t.coreS * times;
  total.communicationS += t.communicationS * times;
  total.overheadS += t.overheadS * times;
}

/** Active parameters a decode token uses, for the assumptions list. */
export { activeParams };
