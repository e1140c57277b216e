import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { slosSchema, workloadSchema } from "../workload-schema";
import { fieldMeta, numberSpec, SLIDER_STEPS, sliderAttributes, sliderPosition, valueFromSlider } from ".";

/** Every field that declares a slider. */
const SLIDERS = Object.entries({ ...workloadSchema.shape, ...slosSchema.shape } as Record<string, z.ZodType>)
  .filter(([, schema]) => fieldMeta(schema).slider)
  .map(([key, schema]) => ({ key, schema, spec: numberSpec(schema) }));
const spec = (key: string) => SLIDERS.find((s) => s.key === key)!.spec;

/** The slider's ends, stored units. */
function ends(key: string): [number, number] {
  const s = spec(key);
  return [s.min!, Math.min(s.max!, s.slider?.max ?? Infinity)];
}

describe("workload sliders", () => {
  it("are declared for the workload bar's fields", () => {
    expect(SLIDERS.map((s) => s.key)).toEqual([
      "users",
      "activeShareAtPeak",
      "requestsPerActiveUserPerMinute",
      "promptTokens",
      "outputTokens",
      "documentsPerUser",
      "yearlyGrowthPct",
      "horizonMonths",
      "minTokensPerSecondPerUser",
      "maxTtftMs",
      "availabilityPct",
    ]);
    expect(sliderAttributes(spec("horizonMonths"))).toEqual({ min: 1, max: 60, step: 1 });
    expect(sliderAttributes(spec("users"))).toEqual({ min: 0, max: SLIDER_STEPS, step: 1 });
  });

  it("map users logarithmically over 1…1,000,000", () => {
    const users = spec("users");
    expect(sliderPosition(users, 1)).toBe(0);
    expect(sliderPosition(users, 1000)).toBe(500); // log10(1000) / log10(1e6) = 0.5
    expect(sliderPosition(users, 1_000_000)).toBe(1000);
    expect(sliderPosition(users, 5_000_000)).toBe(1000); // above the slider: pinned at the end
    expect(valueFromSlider(users, 500, 3)).toBe(1000);
    expect(valueFromSlider(users, 1000, 3)).toBe(1_000_000);
    expect(valueFromSlider(users, 0, 3)).toBe(1);
    // 10^(6 × 0.579) = 2,978.5…, rounded to 3 significant figures while dragging.
    expect(valueFromSlider(users, 579, 1000)).toBe(2980);
  });

  it("map availability on a 'nines' scale", () => {
    const av = spec("availabilityPct");
    // −log10(100 − a) from 90% (1 → 10) to 99.9999% (1e-4): 99.9% is 2 of 5 decades in.
    expect(sliderPosition(av, 99.9)).toBe(400);
    expect(sliderPosition(av, 99.99)).toBe(600);
    expect(valueFromSlider(av, 600, 99.9)).toBe(99.99);
  });

  it("move shares in displayed percent", () => {
    const share = spec("activeShareAtPeak");
    expect(valueFromSlider(share, sliderPosition(share, 0.2), 0.2)).toBe(0.2);
    expect(valueFromSlider(share, SLIDER_STEPS, 0.2)).toBe(1);
  });

  it("move the value the way every step points, from end to end", () => {
    for (const { key, spec: s } of SLIDERS) {
      const [lo, hi] = ends(key);
      const { min, max, step } = sliderAttributes(s);
      let v = lo;
      for (let i = 0; i < 5000 && sliderPosition(s, v) < max; i++) {
        const next = valueFromSlider(s, sliderPosition(s, v) + step, v);
        expect(next, `${key} up from ${v}`).toBeGreaterThan(v);
        v = next;
      }
      expect(v).toBeCloseTo(hi, 6);
      for (let i = 0; i < 5000 && sliderPosition(s, v) > min; i++) {
        const next = valueFromSlider(s, sliderPosition(s, v) - step, v);
        expect(next, `${key} down from ${v}`).toBeLessThan(v);
        v = next;
      }
      expect(v).toBeCloseTo(lo, 6);
    }
  });

  it("only ever give values the schema accepts", () => {
    for (const { key, schema, spec: s } of SLIDERS) {
      const { min, max, step } = sliderAttributes(s);
      for (let p = min; p <= max; p += step * 7) {
        const v = valueFromSlider(s, p, ends(key)[0]);
        expect(schema.safeParse(v).success, `${key} at ${p}: ${v}`).toBe(true);
      }
    }
  });
});
