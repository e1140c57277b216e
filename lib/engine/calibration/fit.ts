import { FIT_STARTS, sglangFrom } from "../llm/efficiency";
import type { EfficiencyParams } from "../llm/efficiency-types";
import { CALIBRATION_ROWS, isFitRow } from "./rows";
import { efficiencyKeyOf, scoreRows } from "./score";

/** A tunable scalar of the efficiency parameters, with its physical bounds. */
interface Knob {
  get: (p: EfficiencyParams) => number;
  set: (p: EfficiencyParams, v: number) => EfficiencyParams;
  min: number;
  max: number;
  name: string;
}

const scalar = (name: keyof EfficiencyParams, min: number, max: number): Knob => ({
  name,
  min,
  max,
  get: (p) => (p[name] as number | undefined) ?? 0,
  set: (p, v) => ({ ...p, [name]: v }),
});
const dequant = (precision: string, max = 40): Knob => ({
  name: `dequant.${precision}`,
  min: 0,
  max,
  get: (p) => p.dequantOpsPerWeight[precision] ?? 0,
  set: (p, v) => ({ ...p, dequantOpsPerWeight: { ...p.dequantOpsPerWeight, [precision]: v } }),
});

const COMMON: Knob[] = [
  scalar("bandwidthEff", 0.3, 0.95),
  scalar("kvBandwidthEff", 0.1, 0.95),
  scalar("gemmEff", 0.15, 0.95),
  scalar("gemmHalfTokens", 0, 256),
  scalar("stepOverheadMsPerLayer", 0, 1),
  // ≥ 2: GPU kernels hide part of their ALU work behind memory loads (a physical prior; the measurements fit
  // additive and overlapped combinations equally well, and only the overlapped one matches compute-weak chips).
  scalar("overlap", 2, 8),
  scalar("perSequenceStepUs", 0, 60),
  scalar("collectiveOverheadUs", 0, 400),
];
const MATVEC = scalar("matvecMaxBatch", 0, 64);

/** Knobs fitted per entry: the Apple entry also learns the dequantisation cost of the GGUF formats it was measured on. */
function knobsFor(key: string): Knob[] {
  if (key === "llama.cpp|apple")
    return [...COMMON, MATVEC, dequant("q8_0"), dequant("q4_0"), dequant("q4_k_m")];
  if (key === "llama.cpp|nvidia") return [...COMMON, MATVEC, dequant("q4_k_m")];
  if (key === "sglang|nvidia") return [scalar("moeLayerOverheadUs", 0, 2000)];
  return COMMON;
}

/**
 * Mean absolute log error (a symmetric relative error) plus a steep penalty beyond the 2× limit, on the fit rows of
 * one efficiency entry.
 */
function objective(key: string, params: EfficiencyParams): number {
  const rows = CALIBRATION_ROWS.filter((r) => isFitRow(r.id) && efficiencyKeyOf(r) === key);
  const scored = scoreRows(rows, new Map([[key, params]]));
  let sum = 0;
  for (const r of scored) {
    const e = Math.abs(Math.log(Number.isFinite(r.ratio) && r.ratio > 0 ? r.ratio : 1e-6));
    sum += e + 10 * Math.max(0, e - Math.log(1.8));
  }
  return sum / Math.max(1, scored.length);
}

export interface FitResult {
  params: EfficiencyParams;
  before: number;
  after: number;
  rows: string[];
}

/**
 * Coordinate descent with shrinking multiplicative steps over each knob, within bounds — enough for a handful of
 * smooth parameters. Deterministic (no random restarts), so `npm run calibrate -- --fit` reproduces the table.
 */
export function fitEntry(key: string, start: EfficiencyParams, rounds = 12): FitResult {
  const knobs = knobsFor(key);
  let best = knobs.reduce((p, k) => k.set(p, Math.min(k.max, Math.max(k.min, k.get(p)))), start);
  let bestScore = objective(key, best);
  const before = bestScore;
  let step = 0.5;
  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (const knob of knobs) {
      for (const direction of [1, -1]) {
        for (;;) {
          const current = knob.get(best);
          const base = current === 0 ? (knob.max - knob.min) * 0.02 : current;
          const next = Math.min(knob.max, Math.max(knob.min, current + direction * step * base));
          if (next === current) break;
          const candidate = knob.set(best, next);
          const score = objective(key, candidate);
          if (score < bestScore - 1e-9) {
            best = candidate;
            bestScore = score;
            improved = true;
          } else break;
        }
      }
    }
    if (!improved) step /= 2;
    if (step < 0.01) break;
  }
  const rows = CALIBRATION_ROWS.filter((r) => isFitRow(r.id) && efficiencyKeyOf(r) === key).map((r) => r.id);
  return { params: best, before, after: bestScore, rows };
}

/** Refits every `fitted` entry of the efficiency table on its fit rows. */
export function fitEfficiency(): Map<string, FitResult> {
  const out = new Map<string, FitResult>();
  for (const [key, start] of Object.entries(FIT_STARTS)) out.set(key, fitEntry(key, start));
  // Second stage: SGLang is TensorRT-LLM's fit with stated differences; only its MoE-layer overhead is learnt.
  out.set("sglang|nvidia", fitEntry("sglang|nvidia", sglangFrom(out.get("tensorrt-llm|nvidia")!.params)));
  return out;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Renders fitted entries as the TypeScript module lib/engine/llm/efficiency-fitted.ts (generated, deterministic). */
export function renderFittedModule(fitted: Map<string, FitResult>): string {
  const entries = [...fitted].map(([key, f]) => {
    const params = Object.fromEntries(
      Object.entries(f.params).map(([k, v]) => [
        k,
        typeof v === "number"
          ? round(v)
          : v && typeof v === "object"
            ? Object.fromEntries(Object.entries(v).map(([a, b]) => [a, round(b as number)]))
            : v,
      ]),
    );
    return `  ${JSON.stringify(key)}: {\n    params: ${JSON.stringify(params)},\n    rows: ${JSON.stringify(f.rows)},\n    meanAbsLogError: ${round(f.after)},\n  },`;
  });
  return [
    "// GENERATED by `npm run calibrate -- --fit --write` — do not edit by hand.",
    "// Efficiency parameters fitted on the calibration rows listed (the other rows are held out).",
    'import type { EfficiencyParams } from "./efficiency-types";',
    "",
    "export const FITTED: Record<string, { params: EfficiencyParams; rows: string[]; meanAbsLogError: number }> = {",
    ...entries,
    "};",
    "",
  ].join("\n");
}
