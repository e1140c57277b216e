import { describe, expect, it } from "vitest";
import { estimate, estimateBatch } from "./estimate";
import { estimateResultSchema } from "./estimate-schema";

const seventyOnTwoH100 = {
  model: "llama-3.3-70b",
  hardware: "h100-sxm",
  devices: 2,
  precision: "fp8",
  framework: "vllm",
  concurrency: 16,
  inputTokens: 2000,
  outputTokens: 300,
} as const;

describe("estimate", () => {
  it("returns the contract's fields, valid against its schema", () => {
    const r = estimate(seventyOnTwoH100);
    expect(estimateResultSchema.safeParse(r).success).toBe(true);
    expect(r.fits).toBe(true);
    expect(r.concurrency).toBe(16);
    expect(r.memory.weightsGb).toBeCloseTo(72.65, 1);
    expect(r.aggregateOutputTokensPerSecond).toBeGreaterThan(r.decodeTokensPerSecondPerStream);
    expect(r.e2eLatencyMs).toBeCloseTo(r.ttftMs + 299 * r.itlMs, -1);
    // The precision is named as people say it (its catalog label), never by its id.
    expect(r.assumptions.join(" ")).toContain("the rest at 8 bits (FP8)");
    expect(r.assumptions.join(" ")).not.toMatch(/\bfp8\b/);
  });

  it("aggregate throughput scales with replicas; per-stream figures do not", () => {
    const one = estimate(seventyOnTwoH100);
    const three = estimate({ ...seventyOnTwoH100, replicas: 3 });
    expect(three.aggregateOutputTokensPerSecond).toBeCloseTo(one.aggregateOutputTokensPerSecond * 3, 0);
    expect(three.decodeTokensPerSecondPerStream).toBe(one.decodeTokensPerSecondPerStream);
  });

  it('"max" concurrency is what the KV memory holds, within the framework batch limit', () => {
    const r = estimate({ ...seventyOnTwoH100, concurrency: "max" });
    expect(r.concurrency).toBe(Math.min(r.maxConcurrency, 256));
    expect(r.fits).toBe(true);
  });

  it("says a model does not fit, with what to change", () => {
    const r = estimate({ model: "llama-3.3-70b", hardware: "l4", precision: "bf16", framework: "vllm" });
    expect(r.fits).toBe(false);
    expect(r.maxConcurrency).toBe(0);
    const w = r.warnings.find((x) => x.code === "does-not-fit");
    expect(w?.message).toMatch(/141\.1 GB/);
    expect(w?.message).toMatch(/at least \d+ devices/);
  });

  it("flags more concurrency than the KV cache holds", () => {
    const r = estimate({ ...seventyOnTwoH100, precision: "bf16", concurrency: 500 });
    expect(r.fits).toBe(false);
    expect(r.warnings.map((w) => w.code)).toContain("concurrency-exceeds-memory");
  });

  it("warns that vLLM does not run on Apple Silicon and that macOS is not a server OS", () => {
    const codes = estimate({
      model: "llama-3.1-8b",
      hardware: "m2-ultra",
      framework: "vllm",
      precision: "bf16",
    }).warnings.map((w) => w.code);
    expect(codes).toEqual(
      expect.arrayContaining(["framework-unsupported-hardware", "macos-limits", "model-below-70b"]),
    );
  });

  it("warns that GGUF weights need llama.cpp or Ollama", () => {
    const codes = estimate({
      model: "llama-3.1-8b",
      hardware: "h100-sxm",
      framework: "vllm",
      precision: "q4_k_m",
    }).warnings.map((w) => w.code);
    expect(codes).toContain("precision-unsupported-framework");
  });

  it("an embedding model encodes only: no decode, throughput is input tokens per second", () => {
    const r = estimate({
      model: "e5-mistral-7b-instruct",
      hardware: "l4",
      precision: "bf16",
      framework: "vllm",
      concurrency: 32,
      inputTokens: 512,
      outputTokens: 0,
    });
    expect(r.decodeTokensPerSecondPerStream).toBe(0);
    expect(r.aggregateOutputTokensPerSecond).toBe(0);
    expect(r.prefillTokensPerSecond).toBeGreaterThan(1000);
  });

  it("an instance spanning servers pays pipeline hops and says which fabric it assumed", () => {
    const single = estimate({
      model: "llama-3.1-405b",
      hardware: "h100-sxm",
      devices: 16,
      devicesPerNode: 16,
      precision: "fp8",
    });
    const spanning = estimate({
      model: "llama-3.1-405b",
      hardware: "h100-sxm",
      devices: 16,
      devicesPerNode: 8,
      precision: "fp8",
    });
    expect(spanning.warnings.map((w) => w.code)).toContain("interconnect-assumed");
    expect(spanning.ttftMs).toBeGreaterThan(0);
    expect(single.fits && spanning.fits).toBe(true);
  });

  it("a batch reports each failing item in place, naming the field and the nearest valid ids", () => {
    const out = estimateBatch([
      seventyOnTwoH100,
      { ...seventyOnTwoH100, hardware: "h100" },
      { ...seventyOnTwoH100, devices: 0 },
    ]);
    expect("fits" in out[0]!).toBe(true);
    expect(out[1]).toMatchObject({ error: { code: "unknown-id", path: "hardware" } });
    expect((out[1] as { error: { message: string } }).error.message).toMatch(/h100-sxm/);
    expect(out[2]).toMatchObject({ error: { code: "invalid-request", path: "devices" } });
  });

  it("accepts a custom device and a custom model instead of ids", () => {
    const r = estimate({
      model: {
        layers: 32,
        hiddenSize: 4096,
        heads: 32,
        kvHeads: 8,
        headDim: 128,
        intermediateSize: 14_336,
        vocabSize: 32_000,
        totalParamsB: 7.2,
        activeParamsB: 7.2,
        maxContextTokens: 32_768,
      },
      hardware: { family: "nvidia", memoryGb: 96, memoryBandwidthGBps: 4000, fp16Tflops: 1000, tdpW: 700 },
      precision: "bf16",
      framework: "vllm",
    });
    expect(r.fits).toBe(true);
    expect(r.decodeTokensPerSecondPerStream).toBeGreaterThan(100);
  });
});
