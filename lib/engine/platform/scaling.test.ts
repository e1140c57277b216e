/**
 * The reference's LLM scaling table (§3, for 70B+ models) derived by the engine, not copied: GPUs a Llama 3.3 70B
 * deployment needs at the top of each user band, at the planner's default workload and SLOs.
 */
import { describe, expect, it } from "vitest";
import { parsePlanOrThrow } from "../../plan/parse";
import { evaluate } from "../evaluate";

function gpusNeeded(users: number, hardware: string, devices: number): number {
  const plan = parsePlanOrThrow({
    schemaVersion: 2,
    metadata: { name: "scaling" },
    workload: { users },
    nodes: [
      {
        id: "llm",
        kind: "llm",
        label: "LLM",
        serving: { hardware, devices, model: "llama-3.3-70b", precision: "fp8", framework: "vllm" },
      },
    ],
  });
  const s = evaluate(plan).serving[0]!;
  return s.fits ? s.requiredReplicas * devices : Infinity;
}
const best = (users: number, hardware: string) =>
  Math.min(...[1, 2, 4].map((tp) => gpusNeeded(users, hardware, tp)));

describe("scaling table (reference §3) derived by the inference model", () => {
  it("up to 500 users: the spec says 2 × H100; the engine within 30%", () => {
    expect(best(500, "h100-sxm") / 2).toBeGreaterThanOrEqual(0.7);
    expect(best(500, "h100-sxm") / 2).toBeLessThanOrEqual(1.3);
  });

  it.each([
    [2000, 4],
    [5000, 8],
    [10_000, 16],
  ])(
    "[gap] up to %i users the spec's %i × H100 is about twice what vLLM needs at the peak rate (rate-based, calibrated on real vLLM runs; no headroom here)",
    (users, spec) => {
      const derived = best(users, "h100-sxm");
      expect(derived / spec).toBeGreaterThanOrEqual(0.4);
      expect(derived / spec).toBeLessThanOrEqual(0.75);
    },
  );

  it("the spec's H200 counts: '4×H200' for 2,000–5,000 users holds; '8–12' for 10,000 is a little above the 7–8 needed", () => {
    expect(best(2000, "h200-sxm")).toBeLessThanOrEqual(4);
    expect(best(5000, "h200-sxm")).toBeLessThanOrEqual(4);
    expect(best(10_000, "h200-sxm")).toBeGreaterThanOrEqual(6);
    expect(best(10_000, "h200-sxm")).toBeLessThanOrEqual(12);
    // …and an H200 never needs more than an H100 (more memory for KV, 43% more bandwidth)
    for (const users of [500, 2000, 5000, 10_000])
      expect(best(users, "h200-sxm")).toBeLessThanOrEqual(best(users, "h100-sxm"));
  });

  it("more users never need fewer GPUs", () => {
    let prev = 0;
    for (const users of [50, 100, 250, 500, 1000, 2000, 3500, 5000, 7500, 10_000, 20_000]) {
      const g = best(users, "h100-sxm");
      expect(g).toBeGreaterThanOrEqual(prev);
      prev = g;
    }
  });
});
