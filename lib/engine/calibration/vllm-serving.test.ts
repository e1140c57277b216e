import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getModel } from "../../catalog";
import { VLLM_SERVING, VLLM_SERVING_RUNS, itlOutputTokens, meanRateRps } from "./vllm-serving";

describe("vendored vLLM serving runs", () => {
  it("is byte-identical to the spec file it was copied from", () => {
    const bytes = readFileSync(join(__dirname, "vllm-serving-runs.json"));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(
      "7ac92b67061f863edf2c717c54a522e48a3769d8fe517b999a216b6e1b717643",
    );
  });

  it("holds 273 rows of 15 experiments, every one mapped to a catalog model", () => {
    expect(VLLM_SERVING_RUNS).toHaveLength(273);
    expect(new Set(VLLM_SERVING_RUNS.map((r) => r.experiment)).size).toBe(15);
    for (const r of VLLM_SERVING_RUNS) expect(getModel(r.modelId), r.model_hf).toBeDefined();
  });

  it("keeps each row's provenance: every workload cites sources the file lists", () => {
    for (const w of Object.values(VLLM_SERVING.workloads))
      for (const s of w.sources) expect(VLLM_SERVING.sources[s], s).toBeDefined();
    expect(VLLM_SERVING.how_to_read.itl_mean).toMatch(/e2e_mean - ttft_mean/);
  });

  it("weights the whole-run rate by requests: 8 → 20 req/s for 600 s each is (64 + 400) / 28 = 16.57", () => {
    const row = VLLM_SERVING_RUNS.find((r) => r.workload === "general" && r.stage_index === -1)!;
    expect(meanRateRps(row)).toBeCloseTo((8 * 8 * 600 + 20 * 20 * 600) / (28 * 600), 9);
    expect(row.meanRateRps).toBeCloseTo(16.571, 3);
  });

  it("recovers the re-tokenised output count behind itl_mean (Llama-2-7B reasoning-lite: 1,120 of 1,448)", () => {
    const n = itlOutputTokens("67-llama-2-7b-hf-tp1-reasoning-lite-1-1", -1)!;
    expect(n).toBeCloseTo(1119.8, 0);
    for (const r of VLLM_SERVING_RUNS.filter((x) => x.metric === "itl_mean")) {
      const tokens = itlOutputTokens(r.experiment, r.stage_index)!;
      expect(tokens / r.output_tokens, r.experiment).toBeGreaterThan(0.75);
      expect(tokens / r.output_tokens, r.experiment).toBeLessThan(1.01);
    }
  });
});
