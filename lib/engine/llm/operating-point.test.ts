import { describe, expect, it } from "vitest";
import { estimate } from "./estimate";
import { erlangC, peakMeanWaitS, poissonWait, saturatedWait, waitQuantileS } from "./queueing";
import { expectedTokensPerStep } from "./speculative";

const base = {
  model: "llama-3.1-70b",
  hardware: "h100-sxm",
  devices: 4,
  framework: "vllm",
  inputTokens: 547,
  outputTokens: 248,
} as const;

describe("queueing formulas (hand-computed)", () => {
  it("Erlang C: M/M/1 waits with probability ρ; c = 2, a = 1 gives 1/3", () => {
    expect(erlangC(1, 0.5)).toBeCloseTo(0.5, 12);
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    expect(erlangC(4, 4)).toBe(1);
  });

  it("M/D/c mean wait is half the M/M/c one: c = 1, a = 0.5, S = 1 s → 0.5 · 1 / 0.5 / 2 = 0.5 s", () => {
    expect(poissonWait(1, 0.5, 1).meanS).toBeCloseTo(0.5, 12);
  });

  it("a saturated peak's mean wait is (λ − μ)·H / 2μ: λ 12, μ 10, 600 s → 60 s", () => {
    expect(saturatedWait(12, 10).meanS).toBeCloseTo(60, 9);
    expect(saturatedWait(8, 10).meanS).toBe(0);
  });

  it("a Poisson peak at the edge waits for the random walk: λ = π/2, μ 1, 900 s → (2/3)·√900 = 20 s mean", () => {
    const peak = { excessRps: 0, diffusionRps: Math.PI / 2, capacityRps: 1, horizonS: 900 };
    expect(peakMeanWaitS(peak)).toBeCloseTo(20, 9);
    // Far past the edge the fluid backlog dominates: a = 2, b = 1 cross at T = 0.25 s ≪ H.
    const flooded = { excessRps: 2, diffusionRps: Math.PI / 2, capacityRps: 1, horizonS: 900 };
    const T = 0.25;
    expect(peakMeanWaitS(flooded)).toBeCloseTo(((2 / 3) * T ** 1.5 + (2 * (900 ** 2 - T ** 2)) / 2) / 900, 9);
  });

  it("the wait is continuous into saturation: just below and just above the capacity agree (Poisson)", () => {
    const below = poissonWait(256, 255.999, 16, {
      excessRps: 0,
      diffusionRps: 15.7,
      capacityRps: 15.717,
      horizonS: 600,
    });
    const above = saturatedWait(15.718, 15.717, 600, true);
    expect(below.meanS).toBeCloseTo(above.meanS, 2);
    expect(waitQuantileS(below, "p99")).toBeCloseTo(waitQuantileS(above, "p99"), 1);
  });

  it("speculative decoding: 3 drafts at 70% acceptance emit (1 − 0.7⁴)/0.3 = 2.533 tokens per step", () => {
    expect(expectedTokensPerStep(3, 0.7)).toBeCloseTo((1 - 0.7 ** 4) / 0.3, 12);
    expect(expectedTokensPerStep(3, 1)).toBe(4);
  });
});

describe("rate-based operating point", () => {
  it("more rate past the capacity never lowers TTFT (found by the property: L40S × 4, Poisson, at the edge)", () => {
    const at = {
      ...base,
      model: "llama-3.1-8b",
      hardware: "l40s",
      inputTokens: 337,
      outputTokens: 588,
    } as const;
    const a = estimate({ ...at, requestRatePerSecond: 15.561341127162132, arrivalProcess: "poisson" });
    const b = estimate({ ...at, requestRatePerSecond: 15.561341127162132 * 1.02, arrivalProcess: "poisson" });
    expect(b.operatingPoint!.saturated).toBe(true);
    expect(b.ttftMs).toBeGreaterThanOrEqual(a.ttftMs);
    expect(b.e2eLatencyMs).toBeGreaterThanOrEqual(a.e2eLatencyMs);
  });

  it("solves Little's law: concurrency = rate × mean end-to-end latency", () => {
    const r = estimate({ ...base, requestRatePerSecond: 6, arrivalProcess: "constant" });
    const op = r.operatingPoint!;
    expect(op.saturated).toBe(false);
    expect(op.concurrency).toBeCloseTo((6 * r.latency!.e2eLatencyMs.mean) / 1e3, 0);
    expect(op.queueingDelayMs).toBe(0);
  });

  it("more rate never lowers latency, and past capacity it saturates with a growing queue", () => {
    let last = { ttft: 0, itl: 0, e2e: 0 };
    for (const rate of [0.5, 2, 6, 12, 20, 30, 40, 80]) {
      const r = estimate({ ...base, requestRatePerSecond: rate });
      expect(r.ttftMs).toBeGreaterThanOrEqual(last.ttft);
      expect(r.itlMs).toBeGreaterThanOrEqual(last.itl);
      expect(r.e2eLatencyMs).toBeGreaterThanOrEqual(last.e2e);
      last = { ttft: r.ttftMs, itl: r.itlMs, e2e: r.e2eLatencyMs };
    }
    const over = estimate({ ...base, requestRatePerSecond: 200 });
    expect(over.operatingPoint!.saturated).toBe(true);
    expect(over.operatingPoint!.queueingDelayMs).toBeGreaterThan(1000);
    expect(over.operatingPoint!.concurrency).toBe(over.operatingPoint!.admissionCap);
  });

  it("orders percentiles, and Poisson arrivals spread wider than a constant rate", () => {
    const poisson = estimate({ ...base, requestRatePerSecond: 20 }).latency!;
    const constant = estimate({ ...base, requestRatePerSecond: 20, arrivalProcess: "constant" }).latency!;
    for (const l of [poisson, constant])
      for (const m of [l.ttftMs, l.itlMs, l.e2eLatencyMs]) {
        expect(m.p50).toBeLessThanOrEqual(m.p90);
        expect(m.p90).toBeLessThanOrEqual(m.p99);
      }
    expect(poisson.e2eLatencyMs.p99 - poisson.e2eLatencyMs.p50).toBeGreaterThan(
      constant.e2eLatencyMs.p99 - constant.e2eLatencyMs.p50,
    );
  });

  it("a prefix-cache hit skips prefill: TTFT falls as the hit ratio rises", () => {
    const cold = estimate({ ...base, inputTokens: 4000, requestRatePerSecond: 4 });
    const warm = estimate({ ...base, inputTokens: 4000, requestRatePerSecond: 4, prefixCacheHitRatio: 0.75 });
    expect(warm.ttftMs).toBeLessThan(cold.ttftMs * 0.6);
    expect(
      estimate({ ...base, inputTokens: 4000, requestRatePerSecond: 4, sharedPrefixTokens: 3000 }).ttftMs,
    ).toBe(warm.ttftMs);
  });

  it("the knobs act: fewer max sequences cap admission; speculative decoding shortens ITL", () => {
    const capped = estimate({ ...base, requestRatePerSecond: 200, maxNumSeqs: 32 }).operatingPoint!;
    expect(capped.admissionCap).toBe(32);
    const plain = estimate({ ...base, requestRatePerSecond: 2 });
    const spec = estimate({
      ...base,
      requestRatePerSecond: 2,
      speculativeMethod: "eagle",
      draftAcceptanceRate: 0.8,
    });
    expect(spec.itlMs).toBeLessThan(plain.itlMs * 0.6);
  });

  it("says how sure it is: calibrated on H100 (the runs' chip), extrapolated on H200, uncalibrated for TGI", () => {
    const h100 = estimate({ ...base, requestRatePerSecond: 6 }).confidence;
    expect(h100.level).toBe("calibrated");
    expect(h100.errorRange!.e2eLatencyMs[0]).toBeLessThan(h100.errorRange!.e2eLatencyMs[1]);
    expect(estimate({ ...base, hardware: "h200-sxm", requestRatePerSecond: 6 }).confidence.level).toBe(
      "extrapolated",
    );
    const tgi = estimate({ ...base, framework: "tgi", requestRatePerSecond: 6 }).confidence;
    expect(tgi.level).toBe("uncalibrated");
    expect(tgi.errorRange).toBeUndefined();
  });

  it("rejects bad values naming the field", () => {
    expect(() => estimate({ ...base, requestRatePerSecond: -1 })).toThrow(/requestRatePerSecond/);
    expect(() => estimate({ ...base, gpuMemoryUtilization: 1.5 })).toThrow(/gpuMemoryUtilization/);
    expect(() =>
      estimate({ ...base, framework: "tgi", requestRatePerSecond: 1, speculativeMethod: "eagle" }),
    ).toThrow(/speculativeMethod/);
  });
});
