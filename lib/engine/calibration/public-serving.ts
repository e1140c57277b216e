import type { EstimateRequestInput } from "../llm/estimate-schema";
import RAW from "./public-serving.json";
import { publicServingFileSchema, type PublicServingRow } from "./public-serving-schema";
import type { CalibrationRow, MetricKind } from "./rows";

/** Public serving measurements of vLLM, SGLang and TensorRT-LLM (public-serving.json), parsed with zod. */
export const PUBLIC_SERVING = publicServingFileSchema.parse(RAW);

const KIND: Record<PublicServingRow["metric"], MetricKind> = {
  aggregate_output_tok_s: "aggregate",
  output_tok_s_per_gpu: "aggregate_per_gpu",
  ttft_mean_ms: "ttft",
  itl_median_ms: "itl",
  // The engine's ITL is the mean time per output token after the first, which is what TPOT measures.
  tpot_mean_ms: "itl",
  e2e_mean_ms: "e2e",
};

/** Model-name prefixes of the rows → catalog model ids (mapping decisions explained in each row's notes). */
const MODEL_IDS: [prefix: string, id: string][] = [
  // DeepSeek-R1-0528 is a post-training update of R1 on the same architecture.
  ["DeepSeek R1", "deepseek-r1"],
  ["Llama 3.1 405B", "llama-3.1-405b"],
  ["Mistral 7B Instruct v0.3", "mistral-7b"],
  ["Mixtral 8x7B", "mixtral-8x7b"],
];

/** Chip-name prefixes → catalog hardware ids. */
const HARDWARE_IDS: [prefix: string, id: string][] = [
  ["B200 SXM", "b200"],
  ["H200 SXM", "h200-sxm"],
  ["H100 SXM", "h100-sxm"],
  ["A100 SXM 80GB", "a100-sxm-80gb"],
];

/**
 * The catalog ids a public row means. An unknown model or chip throws, so a new row cannot be scored against the
 * wrong model or hardware.
 */
function idsOf(row: PublicServingRow): { model: string; hardware: string } {
  const model = MODEL_IDS.find(([prefix]) => row.model.startsWith(prefix))?.[1];
  const hardware = HARDWARE_IDS.find(([prefix]) => row.hardware.chip.startsWith(prefix))?.[1];
  if (!model || !hardware)
    throw new Error(
      `public-serving: no catalog mapping for ${row.id} "${row.model}" on "${row.hardware.chip}"`,
    );
  return { model, hardware };
}

/**
 * Maps a public row onto today's concurrency-based estimate request: the row's concurrency (measured mean, number of
 * prompts in flight, or "max"), its exact lengths, FP8 weights and the stated KV precision. The rate-based model of
 * issue 11 will map `request_rate_rps` and `num_prompts` instead.
 */
export function toPublicCalibrationRow(row: PublicServingRow): CalibrationRow {
  const { model, hardware } = idsOf(row);
  const request: EstimateRequestInput = {
    model,
    hardware,
    devices: row.hardware.count,
    precision: row.quantization.split(/\s/)[0]!.toLowerCase(),
    framework: row.engine.name,
    ...(row.kv_cache ? { kvPrecision: row.kv_cache } : {}),
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    concurrency: row.batch_or_concurrency,
  };
  return {
    id: row.id,
    category: row.category,
    metric: row.metric,
    kind: KIND[row.metric],
    measured: row.value,
    request,
    label: `${row.id} ${row.hardware.count}× ${row.hardware.chip} · ${model} · ${row.engine.name} ${row.engine.version} · ${row.input_tokens}/${row.output_tokens} @ ${row.batch_or_concurrency}`,
  };
}
