import { FRAMEWORK_LIST, HARDWARE, MODEL_LIST } from "../lib/catalog";
import { estimate, estimateBatch, type EstimateRequestInput } from "../lib/engine/llm";
import { median, timeMs, type BenchResult } from "./stats";

/** 10,000 varied requests (every model × hardware × framework combination cycled, mixed concurrency and lengths). */
export function estimateWorkload(count = 10_000): EstimateRequestInput[] {
  const out: EstimateRequestInput[] = [];
  for (let i = 0; i < count; i++) {
    out.push({
      model: MODEL_LIST[i % MODEL_LIST.length]!.id,
      hardware: HARDWARE[(i * 7) % HARDWARE.length]!.id,
      devices: 1 + (i % 8),
      framework: FRAMEWORK_LIST[(i * 3) % FRAMEWORK_LIST.length]!.id,
      precision: ["bf16", "fp8", "int4", "q4_k_m"][i % 4]!,
      concurrency: i % 5 === 0 ? "max" : 1 + (i % 64),
      inputTokens: 200 + ((i * 37) % 8000),
      outputTokens: 50 + ((i * 11) % 1000),
    });
  }
  return out;
}

/** The same 10,000 varied requests at request rates instead of concurrencies (operating point solved per request). */
export function rateWorkload(count = 10_000): EstimateRequestInput[] {
  return estimateWorkload(count).map((r, i) => {
    const { concurrency: _concurrency, ...rest } = r;
    return {
      ...rest,
      requestRatePerSecond: 0.2 + ((i * 13) % 400) / 10,
      arrivalProcess: i % 2 ? "poisson" : "constant",
    };
  });
}

export function runEngineBench(): BenchResult[] {
  const one: EstimateRequestInput = {
    model: "llama-3.3-70b",
    hardware: "h100-sxm",
    devices: 2,
    precision: "fp8",
    framework: "vllm",
    concurrency: 16,
    inputTokens: 2000,
    outputTokens: 300,
  };
  const single = median(timeMs(() => estimate(one), 2000, 200));
  const batch = estimateWorkload();
  const many = median(timeMs(() => estimateBatch(batch), 7, 2));
  const rated: EstimateRequestInput = { ...one, concurrency: undefined, requestRatePerSecond: 6 };
  const singleRate = median(timeMs(() => estimate(rated), 1000, 100));
  const rateBatch = rateWorkload();
  const manyRates = median(timeMs(() => estimateBatch(rateBatch), 5, 1));
  return [
    { name: "estimate: one request (median)", value: single, unit: "ms", target: 0.02, direction: "max" },
    {
      name: "estimate: 10,000-request batch (median)",
      value: many,
      unit: "ms",
      target: 200,
      direction: "max",
      detail: "every model × hardware × framework, mixed concurrency",
    },
    {
      name: "estimate: one request at a rate, with percentiles (median)",
      value: singleRate,
      unit: "ms",
      target: 1,
      direction: "max",
      detail: "operating point (Little's law), p50/p90/p99, confidence",
    },
    {
      name: "estimate: 10,000-request batch with rates (median)",
      value: manyRates,
      unit: "ms",
      target: 1000,
      direction: "max",
      detail: "every model × hardware × framework, operating point solved per request",
    },
  ];
}
