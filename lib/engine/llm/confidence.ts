import { FITTED } from "./efficiency-fitted";
import type { EfficiencyEntry } from "./efficiency-types";
import { SERVING_FITTED } from "./serving-fitted";

export type ConfidenceLevel = "calibrated" | "extrapolated" | "uncalibrated";

/** Relative error each latency figure carries (a median absolute percentage error, 0–1); undefined: unknown. */
export interface FigureErrors {
  ttft: number;
  itl: number;
  e2e: number;
}

export interface Confidence {
  level: ConfidenceLevel;
  basis: string;
  errors?: FigureErrors;
}

/** Outside what was measured (another chip of the family, or a closed-loop fit used open-loop) the error doubles [planner]. */
export const EXTRAPOLATION_ERROR_FACTOR = 2;

/**
 * How sure the latency figures are, from what the efficiency entry was fitted on:
 * - vLLM × NVIDIA: fitted on real open-loop serving runs — `calibrated` on the measured chips (H100 SXM) with the
 *   leave-one-experiment-out median errors, `extrapolated` on other NVIDIA chips (errors × 2);
 * - entries fitted on calibration.json (closed-loop throughput and latency): `calibrated` at a fixed concurrency with
 *   the fit's mean absolute log error as the relative error, `extrapolated` at a request rate (× 2);
 * - entries derived from another by stated factors: `uncalibrated`, no error range (no measurement exists).
 */
export function confidenceOf(entry: EfficiencyEntry, hardwareId: string, rateBased: boolean): Confidence {
  // The same for every estimate of an entry on a device: built once (results copy what they show from it).
  let memo = MEMO.get(entry);
  if (!memo) MEMO.set(entry, (memo = [new Map(), new Map()]));
  const byHardware = memo[rateBased ? 1 : 0];
  let c = byHardware.get(hardwareId);
  if (!c) byHardware.set(hardwareId, (c = Object.freeze(buildConfidence(entry, hardwareId, rateBased))));
  return c;
}
/** Per entry: by hardware id at a fixed concurrency, and at a request rate. */
const MEMO = new WeakMap<EfficiencyEntry, [Map<string, Confidence>, Map<string, Confidence>]>();

function buildConfidence(entry: EfficiencyEntry, hardwareId: string, rateBased: boolean): Confidence {
  const serving = SERVING_FITTED[entry.key];
  if (serving && entry.basis === "fitted") {
    const e = serving.crossValidation.errors;
    const errors = { ttft: e.ttft_mean.medianApe, itl: e.itl_mean.medianApe, e2e: e.e2e_mean.medianApe };
    if (serving.hardware.includes(hardwareId))
      return {
        level: "calibrated",
        basis: `${entry.key}: ${serving.crossValidation.method} error on ${serving.source}`,
        errors,
      };
    return {
      level: "extrapolated",
      basis: `${entry.key} was measured on ${serving.hardware.join(", ")} only; ${hardwareId} is extrapolated by its bandwidth and FLOPS`,
      errors: scale(errors, EXTRAPOLATION_ERROR_FACTOR),
    };
  }
  const fit = FITTED[entry.key];
  if (fit && entry.basis === "fitted") {
    const e = Math.expm1(fit.meanAbsLogError);
    const errors = { ttft: e, itl: e, e2e: e };
    return rateBased
      ? {
          level: "extrapolated",
          basis: `${entry.key} is fitted on fixed-concurrency benchmarks (${fit.rows.length} rows); the rate-based operating point is not measured`,
          errors: scale(errors, EXTRAPOLATION_ERROR_FACTOR),
        }
      : {
          level: "calibrated",
          basis: `${entry.key}: fitted on ${fit.rows.length} calibration.json rows`,
          errors,
        };
  }
  return { level: "uncalibrated", basis: `${entry.key}: no measurement — ${entry.note}` };
}

function scale(e: FigureErrors, k: number): FigureErrors {
  return { ttft: e.ttft * k, itl: e.itl * k, e2e: e.e2e * k };
}
