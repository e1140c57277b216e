import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FRAMEWORK_LIST, HARDWARE, MODEL_LIST, PRECISION_LIST } from "../../catalog";
import { estimate } from "./estimate";
import type { EstimateRequestInput, EstimateResult } from "./estimate-schema";

const numbers = (r: EstimateResult): number[] => [
  ...Object.values(r.memory),
  r.maxConcurrency,
  r.decodeTokensPerSecondPerStream,
  r.aggregateOutputTokensPerSecond,
  r.prefillTokensPerSecond,
  r.ttftMs,
  r.itlMs,
  r.e2eLatencyMs,
];

const request = fc.record({
  model: fc.constantFrom(...MODEL_LIST.map((m) => m.id)),
  hardware: fc.constantFrom(...HARDWARE.map((h) => h.id)),
  devices: fc.integer({ min: 1, max: 16 }),
  replicas: fc.integer({ min: 1, max: 8 }),
  precision: fc.constantFrom(...PRECISION_LIST.map((p) => p.id)),
  framework: fc.constantFrom(...FRAMEWORK_LIST.map((f) => f.id)),
  concurrency: fc.oneof(fc.integer({ min: 1, max: 2048 }), fc.constant("max" as const)),
  inputTokens: fc.integer({ min: 1, max: 200_000 }),
  outputTokens: fc.integer({ min: 0, max: 8192 }),
});

describe("inference model properties", () => {
  it("never returns NaN, Infinity or a negative figure for any valid request", () => {
    fc.assert(
      fc.property(request, (req) => {
        const r = estimate(req as EstimateRequestInput);
        for (const x of numbers(r)) {
          expect(Number.isFinite(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("more memory bandwidth is never slower", () => {
    fc.assert(
      fc.property(request, fc.double({ min: 1.05, max: 4, noNaN: true }), (req, factor) => {
        const hw = HARDWARE.find((h) => h.id === req.hardware)!;
        const { sources: _s, listPrice: _l, rentalPerHour: _r, ...spec } = hw;
        const faster = { ...spec, id: "faster", memoryBandwidthGBps: hw.memoryBandwidthGBps * factor };
        const base = estimate({ ...req, hardware: { ...spec, id: "base" } } as EstimateRequestInput);
        const quick = estimate({ ...req, hardware: faster } as EstimateRequestInput);
        // results are rounded to 0.01: allow one unit of rounding
        expect(quick.itlMs).toBeLessThanOrEqual(base.itlMs + 0.011);
        // TTFT at a fixed concurrency > 1 may rise slightly: faster decoding brings the other streams' prefills
        // round more often (closed loop), so the queue ahead of a new prompt grows. Alone, it never rises.
        if (req.concurrency === 1) expect(quick.ttftMs).toBeLessThanOrEqual(base.ttftMs + 0.011);
        expect(quick.aggregateOutputTokensPerSecond).toBeGreaterThanOrEqual(
          base.aggregateOutputTokensPerSecond - 0.011,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("more concurrency never lowers aggregate throughput below that of one stream", () => {
    fc.assert(
      fc.property(request, fc.integer({ min: 2, max: 1024 }), (req, n) => {
        const one = estimate({ ...req, concurrency: 1 } as EstimateRequestInput);
        const many = estimate({ ...req, concurrency: n } as EstimateRequestInput);
        expect(many.aggregateOutputTokensPerSecond).toBeGreaterThanOrEqual(
          one.aggregateOutputTokensPerSecond * (1 - 1e-9) - 0.01,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("a model whose weights exceed the devices' memory says it does not fit", () => {
    fc.assert(
      fc.property(request, (req) => {
        const r = estimate(req as EstimateRequestInput);
        if (r.memory.weightsGb + r.memory.overheadGb > r.memory.capacityGb) {
          expect(r.fits).toBe(false);
          expect(r.warnings.map((w) => w.code)).toContain("does-not-fit");
        }
        if (r.fits) expect(r.memory.requiredGb).toBeLessThanOrEqual(r.memory.capacityGb + 0.01);
      }),
      { numRuns: 400 },
    );
  });
});
