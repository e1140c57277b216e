import { describe, expect, it } from "vitest";
import { getFramework, getPrecision } from "../catalog";
import type { Serving } from "./node-schema";
import { describeChanges, familyStack, precisionForModel, rederiveStack } from "./serving-stack";

const onMac: Serving = {
  product: "mac-studio-m3-ultra-256",
  hardware: "m3-ultra",
  memoryGb: 256,
  devices: 1,
  model: "llama-3.3-70b",
  precision: "q4_k_m",
  framework: "llama.cpp",
};

/** The framework runs on the hardware's family and can load the precision. */
function runnable(s: Serving, family: "nvidia" | "apple"): boolean {
  return (
    getFramework(s.framework)!.runsOn.includes(family) &&
    getPrecision(s.precision)!.frameworks.includes(s.framework)
  );
}

describe("serving stack", () => {
  it("Mac Studio → H200: vLLM with the H200's native FP8, and says so", () => {
    const next = { ...onMac, product: "hgx-h200-8", hardware: "h200-sxm", memoryGb: undefined };
    const { serving, changes } = rederiveStack(onMac, next, "llm");
    expect(serving).toMatchObject({ framework: "vllm", precision: "fp8" });
    expect(runnable(serving, "nvidia")).toBe(true);
    expect(describeChanges(changes)).toBe("framework llama.cpp → vLLM, precision GGUF Q4_K_M → FP8");
  });

  it("an NVIDIA GPU without FP8 tensor cores gets BF16", () => {
    expect(familyStack({ hardware: "a100-sxm-80gb", model: "llama-3.3-70b" }, "llm")).toEqual({
      framework: "vllm",
      precision: "bf16",
    });
  });

  it("H100 → Mac: llama.cpp with GGUF, Q4_K_M for an LLM and Q8_0 for embeddings", () => {
    const h100: Serving = {
      ...onMac,
      product: undefined,
      hardware: "h100-sxm",
      precision: "fp8",
      framework: "vllm",
    };
    expect(rederiveStack(h100, { ...h100, hardware: "m3-ultra" }, "llm").serving).toMatchObject({
      framework: "llama.cpp",
      precision: "q4_k_m",
    });
    expect(rederiveStack(h100, { ...h100, hardware: "m3-ultra" }, "embeddings").serving.precision).toBe(
      "q8_0",
    );
  });

  it("the same family keeps the user's stack (TensorRT-LLM on H100 → H200)", () => {
    const trt: Serving = {
      ...onMac,
      product: undefined,
      hardware: "h100-sxm",
      precision: "fp8",
      framework: "tensorrt-llm",
    };
    const { serving, changes } = rederiveStack(trt, { ...trt, hardware: "h200-sxm" }, "llm");
    expect(serving.framework).toBe("tensorrt-llm");
    expect(changes).toEqual([]);
  });

  it("a model change keeps a precision the model ships in", () => {
    // gpt-oss ships in MXFP4: a BF16 setting is not up-cast.
    expect(precisionForModel("bf16", "gpt-oss-120b")).toBe("mxfp4");
    // DeepSeek V3 ships in FP8: BF16 would double its weights.
    expect(precisionForModel("bf16", "deepseek-v3")).toBe("fp8");
    // A GGUF or FP8 quantisation of BF16 weights is kept.
    expect(precisionForModel("q4_k_m", "llama-3.3-70b")).toBe("q4_k_m");
    expect(precisionForModel("fp8", "llama-3.3-70b")).toBe("fp8");
    const h200: Serving = { ...onMac, hardware: "h200-sxm", precision: "bf16", framework: "vllm" };
    const { serving, changes } = rederiveStack(h200, { ...h200, model: "deepseek-v3" }, "llm");
    expect(serving.precision).toBe("fp8");
    expect(changes).toEqual([{ field: "precision", from: "BF16", to: "FP8" }]);
  });
});
