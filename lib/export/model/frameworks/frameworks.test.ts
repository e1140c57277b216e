import { describe, expect, it } from "vitest";
import type { ServingModel } from "../types";
import { macRunCommand, servingLaunch } from ".";

const model: ServingModel = {
  purpose: "llm",
  frameworkId: "vllm",
  frameworkName: "vLLM",
  model: "meta-llama/Llama-3.3-70B-Instruct",
  servedModelName: "llama-3.3-70b",
  precision: "fp8",
  kvPrecision: "fp8",
  tensorParallelSize: 2,
  pipelineParallelSize: 1,
  maxNumSeqs: 39,
  contextTokens: 3400,
  maxModelLen: 4352,
  gpuMemoryUtilization: 0.9,
  hardware: "h100-sxm",
};
const launch = (frameworkId: string, extra: Partial<ServingModel> = {}) =>
  servingLaunch({ s: { ...model, frameworkId, ...extra }, nativePrecision: "bf16", ggufFile: "m.gguf" });
const flag = (args: string[], name: string) => args[args.indexOf(name) + 1];

describe("one adapter per serving framework", () => {
  it("vLLM and SGLang carry the engine's settings under their own flags and read the shared cache offline", () => {
    const v = launch("vllm");
    expect([
      flag(v.args, "--tensor-parallel-size"),
      flag(v.args, "--max-num-seqs"),
      flag(v.args, "--max-model-len"),
    ]).toEqual(["2", "39", "4352"]);
    expect(flag(v.args, "--kv-cache-dtype")).toBe("fp8");
    const g = launch("sglang");
    expect([
      flag(g.args, "--tp-size"),
      flag(g.args, "--max-running-requests"),
      flag(g.args, "--context-length"),
    ]).toEqual(["2", "39", "4352"]);
    expect(flag(g.args, "--kv-cache-dtype")).toBe("fp8_e4m3");
    for (const l of [v, g]) {
      expect(l.env).toContainEqual({ name: "HF_HUB_OFFLINE", value: "1" });
      expect(l.download?.script).toContain("snapshot_download");
    }
  });

  it("TGI downloads with its own CLI; TensorRT-LLM says what has no flag", () => {
    expect(launch("tgi").download?.script).toBe('text-generation-server download-weights "$MODEL_ID"');
    expect(flag(launch("tgi").args, "--max-total-tokens")).toBe("4352");
    expect(launch("tensorrt-llm").unexpressed.join()).toMatch(/kv_cache_config\.dtype/);
  });

  it("llama.cpp allocates the exact context per slot (no headroom) and needs its GGUF file put in place", () => {
    const l = launch("llama.cpp");
    expect(flag(l.args, "-c")).toBe(String(3400 * 39));
    expect(l.download).toBeNull();
    expect(l.unexpressed[0]).toMatch(/copy m\.gguf/);
    expect(macRunCommand({ ...model, frameworkId: "llama.cpp" }, "m.gguf")).toContain(`-c ${3400 * 39}`);
  });

  it("frameworks without generic flags (NIM) get NIM's environment and a warning", () => {
    const l = launch("nim");
    expect(l.env).toContainEqual({ name: "NIM_MAX_MODEL_LEN", value: "4352" });
    expect(l.secretKeys).toEqual(["NGC_API_KEY"]);
    expect(l.unexpressed).toHaveLength(1);
  });
});
