import { describe, expect, it } from "vitest";
import { EFFICIENCY_TABLE } from "../llm/efficiency";
import { SERVING_FITTED } from "../llm/serving-fitted";
import { errorsByMetric } from "./serving-render";
import { runPrefixHitRatio, SERVING_EXPERIMENTS, SERVING_STAGES } from "./serving-runs";
import { scoreServing } from "./serving-score";
import { VLLM_SERVING_RUNS } from "./vllm-serving";

const fit = SERVING_FITTED["vllm|nvidia"]!;

describe("vLLM calibrated on the real serving runs", () => {
  it("has one stage per experiment × load stage, 24 in all, at the runs' own rates and knobs", () => {
    expect(SERVING_STAGES).toHaveLength(24);
    expect(SERVING_EXPERIMENTS).toHaveLength(15);
    const s = SERVING_STAGES.find((x) => x.experiment.startsWith("60-llama-3-1-70b") && x.stageIndex === 1)!;
    expect(s.r.request).toMatchObject({
      requestRatePerSecond: 6,
      maxBatchedTokens: 8192,
      maxNumSeqs: 128,
      devices: 4,
    });
  });

  it("counts the shared system prompt's whole 16-token blocks as a hit for all but the first of 4.5 users", () => {
    const run = VLLM_SERVING_RUNS.find((r) => r.workload === "general")!;
    // 100-token system prompt → 96 tokens in 6 blocks × (1 − 1/4.5), over 547 input tokens.
    expect(runPrefixHitRatio(run)).toBeCloseTo((96 * (1 - 1 / 4.5)) / 547, 9);
  });

  it("the table's vLLM entry is the generated fit, with at most five fitted parameters and its provenance", () => {
    const entry = EFFICIENCY_TABLE.find((e) => e.key === "vllm|nvidia")!;
    expect(entry.basis).toBe("fitted");
    expect(entry.params).toBe(fit.params);
    expect(fit.source).toMatch(/7ac92b67061f863edf2c717c54a522e48a3769d8fe517b999a216b6e1b717643/);
    expect(fit.experiments).toEqual([...SERVING_EXPERIMENTS]);
  });

  it("meets the issue's targets under leave-one-experiment-out cross-validation (as generated)", () => {
    const e = fit.crossValidation.errors;
    expect(e.e2e_mean.medianApe).toBeLessThanOrEqual(0.15);
    expect(e.itl_mean.medianApe).toBeLessThanOrEqual(0.15);
    expect(e.ttft_mean.medianApe).toBeLessThanOrEqual(0.25);
  });

  it("reproduces the runs with the table's parameters (in-sample, every row scored again here)", () => {
    const rows = scoreServing(SERVING_EXPERIMENTS, () => ({
      efficiency: fit.params,
      requestOverheadMs: fit.requestOverheadMs,
    }));
    expect(rows).toHaveLength(273);
    const e = errorsByMetric(rows);
    expect(e.e2e_mean!.medianApe).toBeLessThan(0.08);
    expect(e.itl_mean!.medianApe).toBeLessThan(0.08);
    expect(e.ttft_mean!.medianApe).toBeLessThan(0.2);
  });
});
