import type { EstimateRequestInput } from "../llm/estimate-schema";
import type { EstimateDetail } from "../llm/estimate";
import type { EfficiencyParams } from "../llm/efficiency-types";
import MEASUREMENTS from "./measurements.json";
import EXTRA_MEASUREMENTS from "./measurements-extra.json";
import { PUBLIC_SERVING, toPublicCalibrationRow } from "./public-serving";

/**
 * The public measurements (copied verbatim from the reference set, calibration.json) mapped onto estimate requests:
 * which catalog ids each row's hardware/model/quantisation/framework text means, the workload it ran, and which
 * figure of an estimate it measures. Mapping decisions are written next to the rule that makes them.
 */
export interface Measurement {
  id: string;
  category: string;
  metric: string;
  value: number;
  unit: string;
  hardware: { chip: string; gpu_cores?: number | null; count: number; interconnect: string | null };
  model: string;
  quantization: string;
  framework: string;
  batch_or_concurrency: number | string;
  workload: string;
  notes?: string;
}

export type MetricKind =
  | "decode_per_stream"
  | "prefill"
  | "aggregate"
  | "aggregate_per_gpu"
  | "aggregate_decode_only"
  | "ttft"
  | "itl"
  | "e2e";

export interface CalibrationRow {
  id: string;
  category: string;
  metric: string;
  kind: MetricKind;
  measured: number;
  request: EstimateRequestInput;
  label: string;
  /** Properties of the measured software version that differ from today's (applied on top of the table). */
  efficiencyPatch?: Partial<EfficiencyParams>;
}

/** calibration.json (C…) plus supplementary public measurements with their sources (X…, measurements-extra.json). */
export const MEASURED: Measurement[] = [
  ...(MEASUREMENTS as Measurement[]),
  ...(EXTRA_MEASUREMENTS as Measurement[]),
];

function hardwareOf(m: Measurement): { hardware: string; memoryGb?: number } {
  const chip = m.hardware.chip;
  const cores = m.hardware.gpu_cores ?? undefined;
  const apple: Record<string, [string, number, string][]> = {
    M1: [
      ["m1-7c", 7, ""],
      ["m1", 8, ""],
    ],
    "M1 Pro": [
      ["m1-pro-14c", 14, ""],
      ["m1-pro", 16, ""],
    ],
    "M1 Max": [
      ["m1-max-24c", 24, ""],
      ["m1-max", 32, ""],
    ],
    "M1 Ultra": [
      ["m1-ultra-48c", 48, ""],
      ["m1-ultra", 64, ""],
    ],
    "M2 Pro": [
      ["m2-pro-16c", 16, ""],
      ["m2-pro", 19, ""],
    ],
    "M3 Max": [
      ["m3-max-30c", 30, ""],
      ["m3-max", 40, ""],
    ],
  };
  const variants = apple[chip];
  if (variants && cores !== undefined) {
    const v = variants.find(([, c]) => c === cores);
    if (v) return { hardware: v[0] };
  }
  if (chip.startsWith("M1 Max 32-core GPU 64GB")) return { hardware: "m1-max", memoryGb: 64 };
  if (chip.startsWith("M3 Max 40-core GPU 48GB")) return { hardware: "m3-max", memoryGb: 48 };
  // gg's Mac Studio (the llama.cpp maintainer's benchmark machine) is the 76-core, 192 GB M2 Ultra.
  if (chip.startsWith("M2 Ultra")) return { hardware: "m2-ultra", memoryGb: 192 };
  if (chip.startsWith("M3 Ultra")) return { hardware: "m3-ultra", memoryGb: 512 };
  if (chip.startsWith("H100 SXM")) return { hardware: "h100-sxm" };
  if (chip.startsWith("H200 SXM")) return { hardware: "h200-sxm" };
  if (chip.startsWith("A100 PCIe 80GB")) return { hardware: "a100-pcie-80gb" };
  // TensorRT-LLM's A100 tables ran on DGX A100 (SXM) systems.
  if (chip.startsWith("A100 80GB")) return { hardware: "a100-sxm-80gb" };
  if (chip.startsWith("A40")) return { hardware: "a40" };
  throw new Error(`calibration: no hardware mapping for ${m.id} "${chip}"`);
}

function modelOf(m: Measurement): string {
  const name = m.model;
  // "LLaMA 7B" of llama.cpp #4167 is the Llama-2-7B architecture (6.74 B, MHA) per its own table copy.
  if (name.startsWith("LLaMA 7B") || name.startsWith("Llama 2 7B")) return "llama-2-7b";
  if (name.startsWith("Llama 2 70B")) return "llama-2-70b";
  if (name.startsWith("Llama 3 8B")) return "llama-3-8b";
  if (name.startsWith("Llama 3 70B")) return "llama-3-70b";
  if (name.startsWith("Llama 3.1 8B")) return "llama-3.1-8b";
  if (name.startsWith("Llama 3.3 70B")) return "llama-3.3-70b";
  if (name.startsWith("Qwen2.5-Coder-7B")) return "qwen2.5-coder-7b";
  if (name.startsWith("DeepSeek R1")) return "deepseek-r1";
  if (name.startsWith("DeepSeek V3")) return "deepseek-v3";
  throw new Error(`calibration: no model mapping for ${m.id} "${name}"`);
}

function precisionOf(m: Measurement): string {
  const q = m.quantization
    .replace(/^GGUF\s+/, "")
    .split(/\s|\(/)[0]!
    .toLowerCase();
  return q === "f16" ? "fp16" : q;
}

function frameworkOf(m: Measurement): string {
  if (m.framework.startsWith("TensorRT-LLM")) return "tensorrt-llm";
  if (m.framework.startsWith("llama.cpp")) return "llama.cpp";
  if (m.framework.startsWith("SGLang")) return "sglang";
  throw new Error(`calibration: no framework mapping for ${m.id} "${m.framework}"`);
}

/** ISL/OSL of TensorRT-LLM rows ("ISL 128 / OSL 2048, TP2", "ISL/OSL 5000/500, TP1", "ISL 2048, TP4"). */
function islOsl(workload: string): { isl: number; osl: number; tp: number } {
  const pair = workload.match(/ISL\/OSL (\d+)\/(\d+)/);
  const isl = pair ? Number(pair[1]) : Number(workload.match(/ISL (\d+)/)?.[1] ?? 0);
  const osl = pair ? Number(pair[2]) : Number(workload.match(/OSL (\d+)/)?.[1] ?? 1);
  const tp = Number(workload.match(/TP(\d+)/)?.[1] ?? 1);
  return { isl, osl, tp };
}

/** Maps one measurement to the request that reproduces it and the kind of figure it measures. */
export function toCalibrationRow(m: Measurement): CalibrationRow {
  const { hardware, memoryGb } = hardwareOf(m);
  const base: EstimateRequestInput = {
    model: modelOf(m),
    hardware,
    precision: precisionOf(m),
    framework: frameworkOf(m),
    devices: m.hardware.count,
    ...(memoryGb ? { memoryGb } : {}),
  };
  const label = `${m.id} ${m.hardware.count > 1 ? `${m.hardware.count}× ` : ""}${m.hardware.chip}${m.hardware.gpu_cores ? ` ${m.hardware.gpu_cores}c` : ""} · ${base.model} ${base.precision} · ${m.workload.split(" (")[0]}`;
  const row = (kind: MetricKind, request: Partial<EstimateRequestInput>): CalibrationRow => ({
    id: m.id,
    category: m.category,
    metric: m.metric,
    kind,
    measured: m.value,
    label,
    request: { ...base, ...request },
  });
  const w = m.workload;
  if (base.framework === "tensorrt-llm") {
    const { isl, osl, tp } = islOsl(w);
    // TensorRT-LLM serves its FP8 checkpoints with an FP8 KV cache (quant algo FP8 + kv_cache_quant_algo FP8).
    const kv = base.precision === "fp8" ? { kvPrecision: "fp8" } : {};
    const concurrency =
      typeof m.batch_or_concurrency === "number" ? m.batch_or_concurrency : ("max" as const);
    // TensorRT-LLM v0.5/v0.6 (2023) predate its GQA-aware generation kernel (XQA, v0.7+): each query head read its
    // KV head again — the measured software, not today's, so those rows run with that property.
    const legacy = /v0\.[56]/.test(m.framework) ? { efficiencyPatch: { gqaSharedKvRead: false } } : {};
    if (m.metric === "ttft_ms")
      return {
        ...row("ttft", { devices: tp, inputTokens: isl, outputTokens: 1, concurrency: 1, ...kv }),
        ...legacy,
      };
    const kind = m.metric === "aggregate_output_tok_s_per_gpu" ? "aggregate_per_gpu" : "aggregate";
    return {
      ...row(kind, { devices: tp, inputTokens: isl, outputTokens: osl, concurrency, ...kv }),
      ...legacy,
    };
  }
  if (base.framework === "sglang") {
    const input = Number(w.match(/input (\d+)/)?.[1]);
    const output = Number(w.match(/output (\d+)/)?.[1]);
    return row("aggregate", {
      inputTokens: input,
      outputTokens: output,
      concurrency: Number(m.batch_or_concurrency),
    });
  }
  // llama.cpp: multi-GPU rows use the default layer split on one server (PCIe between GPUs).
  const multi = m.hardware.count > 1 ? { devicesPerNode: m.hardware.count } : {};
  if (m.metric === "aggregate_decode_tok_s") {
    // llama-batched-bench S_TG: B sequences of a 512-token prompt each generate 32 tokens; decode time only.
    return row("aggregate_decode_only", {
      ...multi,
      inputTokens: 512,
      outputTokens: 32,
      concurrency: Number(m.batch_or_concurrency),
    });
  }
  if (m.metric === "prefill_tok_s") {
    const tokens = Number(w.match(/pp(\d+)/)?.[1] ?? 512);
    return row("prefill", { ...multi, inputTokens: tokens, outputTokens: 1, concurrency: 1 });
  }
  if (m.metric === "decode_tok_s_per_stream") {
    // tg128 / tg1024: generation from an (almost) empty context; the Dec-2023 "average eval speed" likewise.
    const tokens = Number(w.match(/tg(\d+)/)?.[1] ?? 128);
    return row("decode_per_stream", { ...multi, inputTokens: 1, outputTokens: tokens, concurrency: 1 });
  }
  throw new Error(`calibration: no metric mapping for ${m.id} ${m.metric}`);
}

export const CALIBRATION_ROWS: CalibrationRow[] = MEASURED.map(toCalibrationRow);

/**
 * Public vLLM / SGLang / TensorRT-LLM serving measurements (public-serving.json, P…) gathered for the rate-based
 * serving model of issue 11. Kept apart from CALIBRATION_ROWS: nothing is fitted on them yet, and the targets above
 * are checked on the original set only. `npm run calibrate` reports the engine's error on them.
 */
export const PUBLIC_SERVING_ROWS: CalibrationRow[] = PUBLIC_SERVING.rows.map(toPublicCalibrationRow);

/** The figure of an estimate a row measures. */
export function predicted(row: CalibrationRow, d: EstimateDetail): number {
  const r = d.result;
  switch (row.kind) {
    case "decode_per_stream":
      return r.decodeTokensPerSecondPerStream;
    case "prefill":
      return r.prefillTokensPerSecond;
    case "aggregate":
      return r.aggregateOutputTokensPerSecond;
    case "aggregate_per_gpu":
      return r.aggregateOutputTokensPerSecond / (d.par.tp * d.par.pp);
    case "aggregate_decode_only":
      return d.serving.batch / d.serving.decode.totalS;
    case "ttft":
      return r.ttftMs;
    case "itl":
      return r.itlMs;
    case "e2e":
      return r.e2eLatencyMs;
  }
}

/**
 * Which rows the efficiency table was fitted on: two thirds of each (framework × family) group, picked by a
 * deterministic hash of the row id; the rest is held out to check the model on measurements it never saw.
 */
export function isFitRow(id: string): boolean {
  let h = 2166136261;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) % 3 !== 0;
}
