import type { EfficiencyEntry, EfficiencyParams } from "./efficiency-types";
import { FITTED } from "./efficiency-fitted";
import { SERVING_FITTED } from "./serving-fitted";

/**
 * THE table of efficiency parameters, per framework × hardware family (see efficiency-types.ts for what each one
 * means). Three entries are fitted on public measurements by `npm run calibrate -- --fit --write` (starting from
 * FIT_STARTS below, on two thirds of the rows; the rest is held out); every other entry is derived from a fitted one
 * with the stated reason. The generated values live in efficiency-fitted.ts.
 */

/** Starting points of the fit (and the structural settings it does not change): chunk sizes, fused prefill. */
export const FIT_STARTS: Record<
  "tensorrt-llm|nvidia" | "llama.cpp|nvidia" | "llama.cpp|apple",
  EfficiencyParams
> = {
  "tensorrt-llm|nvidia": {
    bandwidthEff: 0.8,
    kvBandwidthEff: 0.7,
    gemmEff: 0.55,
    gemmHalfTokens: 0,
    stepOverheadMsPerLayer: 0.02,
    overlap: 4,
    perSequenceStepUs: 2,
    moeOverheadUsPerExpert: 0,
    collectiveOverheadUs: 5,
    dequantOpsPerWeight: {},
    matvecMaxBatch: 0,
    gqaSharedKvRead: true,
    prefillChunkTokens: 8192,
    fusedPrefill: true,
  },
  "llama.cpp|nvidia": {
    bandwidthEff: 0.55,
    kvBandwidthEff: 0.5,
    gemmEff: 0.6,
    gemmHalfTokens: 0,
    stepOverheadMsPerLayer: 0.07,
    overlap: 4,
    perSequenceStepUs: 0,
    moeOverheadUsPerExpert: 0,
    collectiveOverheadUs: 20,
    dequantOpsPerWeight: {},
    matvecMaxBatch: 16,
    gqaSharedKvRead: true,
    prefillChunkTokens: 512,
    fusedPrefill: false,
  },
  "llama.cpp|apple": {
    bandwidthEff: 0.88,
    kvBandwidthEff: 0.7,
    gemmEff: 0.75,
    gemmHalfTokens: 0,
    stepOverheadMsPerLayer: 0.16,
    overlap: 1,
    perSequenceStepUs: 0,
    moeOverheadUsPerExpert: 0,
    collectiveOverheadUs: 150,
    // Formats never measured on Apple keep these unfitted guesses (ALU ops per weight to dequantise).
    dequantOpsPerWeight: { q8_0: 2, q6_k: 8, q5_k_m: 10, q4_k_m: 12, q4_0: 4, int4: 4, mxfp4: 4, fp8: 4 },
    matvecMaxBatch: 16,
    gqaSharedKvRead: true,
    prefillChunkTokens: 512,
    fusedPrefill: false,
  },
};

const fitted = (key: keyof typeof FIT_STARTS): EfficiencyParams => FITTED[key]?.params ?? FIT_STARTS[key];
const rowsOf = (key: string): string[] => FITTED[key]?.rows ?? [];
function with_(base: EfficiencyParams, changes: Partial<EfficiencyParams>): EfficiencyParams {
  return { ...base, ...changes };
}

/**
 * TensorRT-LLM's fit. No MoE-specific overhead: the MoE cost is the experts a step touches (timing.ts); the per-layer
 * MoE overhead SGLang v0.4.1 showed on DeepSeek-V3 is SGLang's own (its entry), not charged to other engines.
 */
const TRT = fitted("tensorrt-llm|nvidia");

/** SGLang relative to TensorRT-LLM (also the start of the SGLang fit, which tunes only the MoE-layer overhead). */
export function sglangFrom(trt: EfficiencyParams): EfficiencyParams {
  return with_(trt, {
    gemmEff: trt.gemmEff * 0.92,
    perSequenceStepUs: trt.perSequenceStepUs * 1.5,
    stepOverheadMsPerLayer: trt.stepOverheadMsPerLayer * 1.1,
  });
}
/**
 * vLLM before its own fit (the start of `npm run calibrate -- --fit-serving`): TensorRT-LLM's fitted figures with 10%
 * less GEMM efficiency and twice the per-sequence host cost, as published comparisons put vLLM at 0.8–0.95×.
 */
export const VLLM_DERIVED = with_(TRT, {
  gemmEff: TRT.gemmEff * 0.9,
  perSequenceStepUs: TRT.perSequenceStepUs * 2,
  stepOverheadMsPerLayer: TRT.stepOverheadMsPerLayer * 1.25,
});
const VLLM = SERVING_FITTED["vllm|nvidia"];
const LCPP_NV = fitted("llama.cpp|nvidia");
const LCPP_APPLE = fitted("llama.cpp|apple");

export const EFFICIENCY_TABLE: EfficiencyEntry[] = [
  {
    key: "tensorrt-llm|nvidia",
    params: TRT,
    basis: "fitted",
    rows: rowsOf("tensorrt-llm|nvidia"),
    note: "fitted on TensorRT-LLM's published performance tables (calibration C087–C112)",
    noteCode: "trt-fitted",
  },
  {
    key: "nim|nvidia",
    params: TRT,
    basis: "derived",
    rows: [],
    note: "NIM serves supported LLMs with its TensorRT-LLM backend: the TensorRT-LLM figures",
    noteCode: "nim-trt",
  },
  {
    key: "vllm|nvidia",
    params: VLLM?.params ?? VLLM_DERIVED,
    basis: VLLM ? "fitted" : "derived",
    rows: VLLM?.experiments ?? [],
    note: VLLM
      ? `fitted on real vLLM v0.15.1 serving runs on H100 SXM (${VLLM.experiments.length} experiments, open-loop at constant request rates; cross-validated median error ${Math.round(VLLM.crossValidation.errors.e2e_mean.medianApe * 100)}% on end-to-end latency)`
      : "no vLLM fit: TensorRT-LLM's fitted figures with 10% less GEMM efficiency and twice the per-sequence host cost",
    noteCode: VLLM ? "vllm-fitted" : "vllm-derived",
    noteParams: VLLM
      ? {
          experiments: VLLM.experiments.length,
          errorPct: Math.round(VLLM.crossValidation.errors.e2e_mean.medianApe * 100),
        }
      : {},
  },
  {
    key: "sglang|nvidia",
    params: with_(sglangFrom(TRT), {
      moeLayerOverheadUs: FITTED["sglang|nvidia"]?.params.moeLayerOverheadUs ?? 0,
    }),
    basis: "fitted",
    rows: rowsOf("sglang|nvidia"),
    note: "TensorRT-LLM's fitted figures with 8% less GEMM efficiency and 1.5× the host cost per sequence (as vLLM, less host overhead thanks to SGLang's overlapped scheduler); its fixed per-MoE-layer cost is fitted on SGLang v0.4.1's DeepSeek-V3 8×H200 measurements (X001–X002; X003 held out)",
    noteCode: "sglang-derived",
  },
  {
    key: "tgi|nvidia",
    params: with_(TRT, {
      gemmEff: TRT.gemmEff * 0.8,
      bandwidthEff: TRT.bandwidthEff * 0.95,
      perSequenceStepUs: TRT.perSequenceStepUs * 3,
      stepOverheadMsPerLayer: TRT.stepOverheadMsPerLayer * 1.5,
      prefillChunkTokens: 4096,
    }),
    basis: "derived",
    rows: [],
    note: "TGI: below vLLM in published comparisons; 4,096-token prefill chunks",
    noteCode: "tgi",
  },
  {
    key: "llama.cpp|nvidia",
    params: LCPP_NV,
    basis: "fitted",
    rows: rowsOf("llama.cpp|nvidia"),
    note: "fitted on llama.cpp CUDA benchmarks (XiongjieDai GPU-Benchmarks-on-LLM-Inference, C069–C078)",
    noteCode: "llamacpp-cuda-fitted",
  },
  {
    key: "ollama|nvidia",
    params: LCPP_NV,
    basis: "derived",
    rows: [],
    note: "Ollama runs llama.cpp's kernels: the llama.cpp figures",
    noteCode: "ollama-llamacpp",
  },
  {
    key: "llama.cpp|apple",
    params: LCPP_APPLE,
    basis: "fitted",
    rows: rowsOf("llama.cpp|apple"),
    note: "fitted on llama.cpp Metal benchmarks (discussion #4167, batched-bench, Mac Studio cluster; C001–C068, C079–C086, C113–C121)",
    noteCode: "llamacpp-metal-fitted",
  },
  {
    key: "ollama|apple",
    params: LCPP_APPLE,
    basis: "derived",
    rows: [],
    note: "Ollama runs llama.cpp's kernels: the llama.cpp figures",
    noteCode: "ollama-llamacpp",
  },
  {
    key: "mlx|apple",
    params: with_(LCPP_APPLE, {
      stepOverheadMsPerLayer: LCPP_APPLE.stepOverheadMsPerLayer * 0.6,
      matvecMaxBatch: 0,
    }),
    basis: "derived",
    rows: [],
    note: "no MLX row in the calibration set: llama.cpp Metal's fitted figures with 40% less per-layer dispatch cost (MLX's lazily compiled graph) and GEMM kernels at every batch size, in line with public MLX-vs-llama.cpp comparisons (10–20% faster decode)",
    noteCode: "mlx-derived",
  },
  {
    key: "exo|apple",
    params: with_(LCPP_APPLE, {
      stepOverheadMsPerLayer: LCPP_APPLE.stepOverheadMsPerLayer * 0.6,
      matvecMaxBatch: 0,
      collectiveOverheadUs: 300,
    }),
    basis: "derived",
    rows: [],
    note: "exo runs MLX per shard and pipelines layers across Macs over TCP (300 µs per hop in software)",
    noteCode: "exo-mlx",
  },
];

const BY_KEY = new Map(EFFICIENCY_TABLE.map((e) => [e.key, e] as const));

/** The entry for a framework on a hardware family; frameworks without their own entry use llama.cpp's figures. */
export function efficiencyFor(frameworkId: string, family: string): EfficiencyEntry {
  let byFramework = RESOLVED.get(family);
  if (!byFramework) RESOLVED.set(family, (byFramework = new Map()));
  let entry = byFramework.get(frameworkId);
  if (!entry) {
    entry =
      BY_KEY.get(`${frameworkId}|${family}`) ??
      BY_KEY.get(`llama.cpp|${family}`) ??
      BY_KEY.get("llama.cpp|nvidia")!;
    byFramework.set(frameworkId, entry);
  }
  return entry;
}
/** efficiencyFor's answers by family then framework (catalog ids: a bounded set), so no key string per estimate. */
const RESOLVED = new Map<string, Map<string, EfficiencyEntry>>();
