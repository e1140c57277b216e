import { describe, expect, it } from "vitest";
import { getPrecision } from "../../catalog";
import { paramSplit } from "./architecture";
import { estimateRequestSchema } from "./estimate-schema";
import { appleGpuWorkingSetShare, memoryFigures, weightBytes } from "./memory";
import { parallelism } from "./parallelism";
import { resolveRequest } from "./resolve";
import { getModel } from "../../catalog";

const resolve = (r: object) => resolveRequest(estimateRequestSchema.parse(r));

describe("memory (hand-computed)", () => {
  const seventy = paramSplit(getModel("llama-3.3-70b")!);

  it("weights: 70.55 B at 16 bits = 141.1 GB (the spec's '~141 GB')", () => {
    expect(weightBytes(seventy, getPrecision("bf16")!) / 1e9).toBeCloseTo(141.1, 1);
  });

  it("fp8 keeps the 2.10 B embedding/head parameters at 16 bits: 68.45 × 1 + 2.10 × 2 = 72.65 GB", () => {
    expect(weightBytes(seventy, getPrecision("fp8")!) / 1e9).toBeCloseTo(68.449 + 4.202, 1);
  });

  it("GGUF bits already average every tensor: Llama 2 7B Q4_0 = 6.74 B × 4.5 / 8 = 3.79 GB", () => {
    expect(weightBytes(paramSplit(getModel("llama-2-7b")!), getPrecision("q4_0")!) / 1e9).toBeCloseTo(
      3.79,
      2,
    );
  });

  it("macOS lets the GPU wire 2/3 of ≤ 36 GB and 3/4 above", () => {
    expect(appleGpuWorkingSetShare(32)).toBeCloseTo(2 / 3);
    expect(appleGpuWorkingSetShare(192)).toBe(0.75);
  });

  it("2 × H100 under tensor parallel 2: capacity, weights per GPU, and the sequences the KV budget holds", () => {
    const r = resolve({
      model: "llama-3.3-70b",
      hardware: "h100-sxm",
      devices: 2,
      precision: "fp8",
      framework: "vllm",
      inputTokens: 2000,
      outputTokens: 300,
    });
    const m = memoryFigures(r, parallelism(r));
    const capacity = 80 * 1024 ** 3 * 0.9; // 80 GiB × vLLM gpu_memory_utilization
    expect(m.capacityPerDevice).toBeCloseTo(capacity);
    expect(m.weightsPerDevice).toBeCloseTo(m.weightsBytes / 2);
    // KV: 327,680 B/token bf16 split over 2 GPUs (8 KV heads ≥ tp) × 2,300 tokens
    expect(m.kvPerSequencePerDevice).toBeCloseTo((327_680 / 2) * 2300);
    expect(m.maxConcurrency).toBe(Math.floor((capacity - m.weightsBytes / 2 - 2e9) / ((327_680 / 2) * 2300)));
  });

  it("tensor parallel beyond the KV-head count replicates KV heads (the cache stops shrinking)", () => {
    const tp8 = resolve({
      model: "llama-3.1-8b",
      hardware: "h100-sxm",
      devices: 8,
      precision: "bf16",
      framework: "vllm",
    });
    const tp16 = resolve({
      model: "llama-3.1-8b",
      hardware: "h100-sxm",
      devices: 16,
      devicesPerNode: 16,
      precision: "bf16",
      framework: "vllm",
    });
    expect(memoryFigures(tp16, parallelism(tp16)).kvPerSequencePerDevice).toBe(
      memoryFigures(tp8, parallelism(tp8)).kvPerSequencePerDevice,
    );
  });

  it("an Apple machine's capacity is its unified memory × the GPU working-set share", () => {
    const r = resolve({ model: "llama-3.3-70b", hardware: "m3-ultra", memoryGb: 256, precision: "q4_k_m" });
    expect(memoryFigures(r, parallelism(r)).capacityPerDevice).toBeCloseTo(256 * 1024 ** 3 * 0.75);
  });
});
