import { describe, expect, it } from "vitest";
import { getFramework } from "../../catalog";
import { estimate } from "./estimate";
import { admittedSequences, closedLoopSlots, servedConcurrency } from "./framework-limit";

const fw = (id: string) => getFramework(id)!;

describe("framework concurrency limits (catalog, with sources)", () => {
  it("records llama-server's 4 auto slots, Ollama's 1 and mlx_lm.server's one request at a time", () => {
    expect(fw("llama.cpp").concurrencyLimit).toMatchObject({ requests: 4, configurable: true });
    expect(fw("ollama").concurrencyLimit).toMatchObject({ requests: 1, configurable: true });
    expect(fw("mlx").concurrencyLimit).toMatchObject({ requests: 1, configurable: false });
    expect(fw("ollama").productionGrade).toBe(false);
    expect(fw("vllm").concurrencyLimit).toBeUndefined();
  });

  it("never admits more than a hard limit, whatever maxNumSeqs asks; configurable slots follow maxNumSeqs", () => {
    expect(admittedSequences(fw("mlx"), 8)).toBe(1);
    expect(admittedSequences(fw("llama.cpp"), 8)).toBe(8);
    expect(admittedSequences(fw("llama.cpp"), undefined)).toBe(4);
    expect(admittedSequences(fw("vllm"), undefined)).toBe(256);
    expect(closedLoopSlots(fw("mlx"))).toBe(1);
    expect(closedLoopSlots(fw("vllm"))).toBe(Infinity);
    expect(servedConcurrency(fw("llama.cpp"), 16)).toBe(16);
    expect(servedConcurrency(fw("mlx"), 16)).toBe(1);
    expect(servedConcurrency(fw("sglang"), 16)).toBeUndefined();
  });

  it("queues MLX requests beyond one at a time in the rate-based model (saturates at the limit)", () => {
    const r = estimate({
      model: "llama-3.1-8b",
      hardware: "m3-ultra",
      memoryGb: 256,
      precision: "q4_k_m",
      framework: "mlx",
      maxNumSeqs: 64,
      requestRatePerSecond: 5,
      inputTokens: 500,
      outputTokens: 200,
    });
    expect(r.operatingPoint).toMatchObject({ admissionCap: 1, saturated: true });
  });
});
