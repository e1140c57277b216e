import { describe, expect, it } from "vitest";
import { slosSchema, workloadSchema } from "@/lib/plan/workload-schema";
import {
  fieldBounds,
  fieldDescription,
  inputText,
  SLIDER_STEPS,
  sliderAttributes,
  sliderPosition,
  spokenValue,
  toDisplay,
  validateInput,
  valueFromSlider,
  WORKLOAD_FIELDS,
  type FieldDef,
} from "./workload-fields";

const field = (key: string): FieldDef => WORKLOAD_FIELDS.find((f) => f.key === key)!;

describe("workload fields", () => {
  it("covers the brief's fields, each labelled", () => {
    expect(WORKLOAD_FIELDS.map((f) => `${f.group}.${f.key}`)).toEqual([
      "workload.users",
      "workload.activeShareAtPeak",
      "workload.requestsPerActiveUserPerMinute",
      "workload.promptTokens",
      "workload.outputTokens",
      "workload.documentsPerUser",
      "workload.yearlyGrowthPct",
      "workload.horizonMonths",
      "slos.minTokensPerSecondPerUser",
      "slos.maxTtftMs",
      "slos.availabilityPct",
    ]);
    expect(field("activeShareAtPeak").label).toBe("Active share at peak (%)");
    for (const f of WORKLOAD_FIELDS) expect(fieldDescription(f).length).toBeGreaterThan(5);
  });

  it("takes the bounds from the zod schemas (in display units)", () => {
    expect(fieldBounds(field("users"))).toEqual({
      min: 1,
      max: 10_000_000,
      sliderMin: 1,
      sliderMax: 1_000_000,
      integer: true,
    });
    expect(fieldBounds(field("activeShareAtPeak"))).toMatchObject({ min: 0.1, max: 100, integer: false });
    expect(fieldBounds(field("horizonMonths"))).toMatchObject({ min: 1, max: 60, integer: true });
    expect(fieldBounds(field("availabilityPct"))).toMatchObject({ min: 90, max: 99.9999 });
    expect(fieldBounds(field("maxTtftMs"))).toMatchObject({ min: 10, max: 600_000 });
    expect(sliderAttributes(field("horizonMonths"))).toEqual({ min: 1, max: 60, step: 1 });
    expect(sliderAttributes(field("users"))).toEqual({ min: 0, max: SLIDER_STEPS, step: 1 });
  });

  it("maps users logarithmically over 1…1,000,000", () => {
    const users = field("users");
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

  it("maps availability on a 'nines' scale", () => {
    const av = field("availabilityPct");
    // −log10(100 − a) from 90% (1 → 10) to 99.9999% (1e-4): 99.9% is 2 of 5 decades in.
    expect(sliderPosition(av, 99.9)).toBe(400);
    expect(sliderPosition(av, 99.99)).toBe(600);
    expect(valueFromSlider(av, 600, 99.9)).toBe(99.99);
  });

  it("shows shares in percent and converts back", () => {
    const share = field("activeShareAtPeak");
    expect(toDisplay(share, 0.2)).toBe(20);
    expect(inputText(share, 0.07)).toBe("7");
    expect(spokenValue(share, 0.2)).toBe("20%");
    expect(spokenValue(field("users"), 3000)).toBe("3,000 users");
    expect(validateInput(share, "25", 0.2)).toEqual({ ok: true, value: 0.25 });
    expect(validateInput(share, "33.3", 0.2)).toEqual({ ok: true, value: 0.333 });
  });

  it("every slider step moves the value the way it points, from end to end", () => {
    for (const def of WORKLOAD_FIELDS) {
      const b = fieldBounds(def);
      const { min, max, step } = sliderAttributes(def);
      let v = b.sliderMin / def.factor;
      for (let i = 0; i < 5000 && sliderPosition(def, v) < max; i++) {
        const next = valueFromSlider(def, sliderPosition(def, v) + step, v);
        expect(next, `${def.key} up from ${v}`).toBeGreaterThan(v);
        v = next;
      }
      expect(v * def.factor).toBeCloseTo(b.sliderMax, 6);
      for (let i = 0; i < 5000 && sliderPosition(def, v) > min; i++) {
        const next = valueFromSlider(def, sliderPosition(def, v) - step, v);
        expect(next, `${def.key} down from ${v}`).toBeLessThan(v);
        v = next;
      }
      expect(v * def.factor).toBeCloseTo(b.sliderMin, 6);
    }
  });

  it("slider values always pass the schema", () => {
    for (const def of WORKLOAD_FIELDS) {
      const schema = def.group === "workload" ? workloadSchema.shape[def.key] : slosSchema.shape[def.key];
      const { min, max, step } = sliderAttributes(def);
      for (let p = min; p <= max; p += step * 7) {
        const v = valueFromSlider(def, p, fieldBounds(def).sliderMin / def.factor);
        expect(schema.safeParse(v).success, `${def.key} at ${p}: ${v}`).toBe(true);
      }
    }
  });

  it("explains invalid input and keeps the last valid value", () => {
    const users = field("users");
    expect(validateInput(users, "5000", 3000)).toEqual({ ok: true, value: 5000 });
    expect(validateInput(users, " 12,000 ", 3000)).toEqual({ ok: true, value: 12_000 });
    expect(validateInput(users, "2.5", 3000)).toEqual({
      ok: false,
      message: "Users must be a whole number; keeping 3,000 users",
    });
    expect(validateInput(users, "0", 3000)).toEqual({
      ok: false,
      message: "Users must be at least 1; keeping 3,000 users",
    });
    expect(validateInput(users, "20000000", 3000)).toEqual({
      ok: false,
      message: "Users must be at most 10,000,000; keeping 3,000 users",
    });
    expect(validateInput(users, "", 3000)).toEqual({
      ok: false,
      message: "Enter a value for Users (between 1 and 10,000,000); keeping 3,000 users",
    });
    expect(validateInput(users, "lots", 3000)).toEqual({
      ok: false,
      message: '"lots" is not a number: enter between 1 and 10,000,000; keeping 3,000 users',
    });
    expect(validateInput(field("activeShareAtPeak"), "0.05", 0.2)).toEqual({
      ok: false,
      message: "Active share at peak must be at least 0.1%; keeping 20%",
    });
    expect(validateInput(field("availabilityPct"), "100", 99.9)).toEqual({
      ok: false,
      message: "Availability must be at most 99.9999%; keeping 99.9%",
    });
  });
});
