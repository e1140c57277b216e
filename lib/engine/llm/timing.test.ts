import { describe, expect, it } from "vitest";
import { getHardware, getPrecision } from "../../catalog";
import { paramSplit } from "./architecture";
import type { EfficiencyParams } from "./efficiency-types";
import { estimateRequestSchema } from "./estimate-schema";
import { parallelism } from "./parallelism";
import { resolveRequest } from "./resolve";
import {
  allReduceSeconds,
  decodeStep,
  gemmEfficiency,
  integerIssueFactor,
  peakFlops,
  prefill,
} from "./timing";

/** An ideal engine: every peak reached, nothing fixed — so a step's time is pure arithmetic. */
const IDEAL: EfficiencyParams = {
  bandwidthEff: 1,
  kvBandwidthEff: 1,
  gemmEff: 1,
  gemmHalfTokens: 0,
  stepOverheadMsPerLayer: 0,
  overlap: 60,
  perSequenceStepUs: 0,
  moeOverheadUsPerExpert: 0,
  collectiveOverheadUs: 0,
  dequantOpsPerWeight: {},
  matvecMaxBatch: 0,
  gqaSharedKvRead: true,
  prefillChunkTokens: 512,
  fusedPrefill: true,
};
const resolve = (r: object) => resolveRequest(estimateRequestSchema.parse(r));

describe("roofline timing (hand-computed)", () => {
  it("a batch-1 decode step streams every weight but the embedding table once: 13.22 GB / 3,350 GB/s = 3.95 ms", () => {
    const r = resolve({ model: "llama-2-7b", hardware: "h100-sxm", precision: "fp16", framework: "vllm" });
    const split = paramSplit(r.model);
    const bytes = (split.dense + split.lmHead) * 2;
    const t = decodeStep(r, split, parallelism(r), IDEAL, 1, 0);
    expect(t.memoryS).toBeCloseTo(bytes / 3350e9, 9);
    expect(t.totalS).toBeCloseTo(bytes / 3350e9, 5);
    expect(t.totalS * 1e3).toBeCloseTo(3.95, 1);
  });

  it("KV reads add context × batch × bytes per token", () => {
    const r = resolve({ model: "llama-2-7b", hardware: "h100-sxm", precision: "fp16", framework: "vllm" });
    const split = paramSplit(r.model);
    const base = decodeStep(r, split, parallelism(r), IDEAL, 4, 0).memoryS;
    const withKv = decodeStep(r, split, parallelism(r), IDEAL, 4, 1000).memoryS;
    expect(withKv - base).toBeCloseTo((4 * 1000 * 524_288) / 3350e9, 9);
  });

  it("GQA-unaware attention reads the KV once per query head (TensorRT-LLM ≤ 0.6): heads/kvHeads times more", () => {
    const r = resolve({
      model: "llama-2-70b",
      hardware: "h100-sxm",
      devices: 2,
      precision: "fp8",
      framework: "tensorrt-llm",
    });
    const split = paramSplit(r.model);
    const par = parallelism(r);
    const kv = (p: EfficiencyParams) =>
      decodeStep(r, split, par, p, 8, 2000).memoryS - decodeStep(r, split, par, p, 8, 0).memoryS;
    expect(kv({ ...IDEAL, gqaSharedKvRead: false }) / kv(IDEAL)).toBeCloseTo(64 / 8, 6);
  });

  it("large prefill is compute-bound: 2 FLOP per parameter per token plus attention, at the peak rate", () => {
    const r = resolve({
      model: "llama-2-7b",
      hardware: "a100-sxm-80gb",
      precision: "fp16",
      framework: "vllm",
    });
    const split = paramSplit(r.model);
    const t = prefill(r, split, parallelism(r), IDEAL, 512);
    const flops = 2 * 512 * split.dense + 512 * (2 * 32 * 32 * 256 * 256);
    expect(t.computeS).toBeCloseTo(flops / 312e12, 6);
  });

  it("prefill in chunks costs the sum of its chunks", () => {
    const r = resolve({
      model: "llama-2-7b",
      hardware: "a100-sxm-80gb",
      precision: "fp16",
      framework: "vllm",
    });
    const split = paramSplit(r.model);
    const one = prefill(r, split, parallelism(r), { ...IDEAL, prefillChunkTokens: 4096 }, 2048).computeS;
    const four = prefill(r, split, parallelism(r), { ...IDEAL, prefillChunkTokens: 512 }, 2048).computeS;
    expect(four).toBeCloseTo(one, 9);
  });

  it("ring all-reduce: 2(n−1)/n × bytes / bandwidth + latency × (1 + log2 n)", () => {
    const link = { bandwidthGBps: 100, latencyUs: 10, id: "test", name: "test" };
    expect(allReduceSeconds(1e9, 4, link, IDEAL)).toBeCloseTo(30e-6 + (1.5 * 1e9) / 100e9, 12);
    expect(allReduceSeconds(1e9, 1, link, IDEAL)).toBe(0);
  });

  it("fp8 runs at the fp8 rate where tensor cores have it, else at the 16-bit rate (not native)", () => {
    expect(peakFlops(getHardware("h100-sxm")!, getPrecision("fp8")!)).toEqual({
      flops: 1978e12,
      native: true,
    });
    expect(peakFlops(getHardware("a100-sxm-80gb")!, getPrecision("fp8")!)).toEqual({
      flops: 312e12,
      native: false,
    });
    expect(peakFlops(getHardware("t4")!, getPrecision("bf16")!).native).toBe(false);
  });

  it("GEMM efficiency rises with the tokens in the matmul and saturates", () => {
    const p = { ...IDEAL, gemmEff: 0.6, gemmHalfTokens: 32 };
    expect(gemmEfficiency(p, 32)).toBeCloseTo(0.3);
    expect(gemmEfficiency(p, 1e6)).toBeCloseTo(0.6, 3);
  });

  it("Apple M3 and later issue integer work beside FP math (dequantisation runs twice as wide)", () => {
    expect(integerIssueFactor(getHardware("m2-ultra")!)).toBe(1);
    expect(integerIssueFactor(getHardware("m3-ultra")!)).toBe(2);
    expect(integerIssueFactor(getHardware("h100-sxm")!)).toBe(1);
  });
});
