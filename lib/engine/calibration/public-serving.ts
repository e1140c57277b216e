import type { EstimateRequestInput } from "../llm/estimate-schema";
import RAW from "./public-serving.json";
import { publicServingFileSchema, type PublicServingRow } from "./public-serving-schema";
import type { CalibrationRow, MetricKind } from "./rows";

/** Public serving measurements of vLLM, SGLang and TensorRT-LLM (public-serving.json), parsed with zod. */
export const PUBLIC_SERVING = publicServingFileSchema.parse(RAW);

const KIND: Record<PublicServingRow["metric"], MetricKind> = {
  aggregate_output_tok_s: "aggregate",
  ttft_mean_ms: "ttft",
  itl_median_ms: "itl",
  e2e_mean_ms: "e2e",
};

/**
 * The catalog ids a public row means. Each rule names the text it recognises; an unknown text throws so a new row
 * cannot be scored against the wrong model or chip.
 */
function idsOf(row: PublicServingRow): { model: string; hardware: string } {
  const model = row.model.startsWith("DeepSeek R1")
    ? "deepseek-r1"
    : row.model.startsWith("Llama 3.1 405B")
      ? "llama-3.1-405b"
      : undefined;
  const hardware = row.hardware.chip.startsWith("H200 SXM") ? "h200-sxm" : undefined;
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
