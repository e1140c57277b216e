import { describe, expect, it } from "vitest";
import { constraintsSchema } from "../plan-schema";
import { nodeSchema } from "../node-schema";
import { slosSchema, workloadSchema } from "../workload-schema";
import { displayValue, inputText, numberSpec, readNumberInput, stepNumber } from ".";

const users = numberSpec(workloadSchema.shape.users);
const share = numberSpec(workloadSchema.shape.activeShareAtPeak);

describe("readNumberInput: one rule for every number field", () => {
  it("reads displayed units and stores the schema's (a share typed in % is stored 0–1)", () => {
    expect(readNumberInput(share, "25", 0.2)).toEqual({ ok: true, value: 0.25 });
    expect(readNumberInput(share, "33.3", 0.2)).toEqual({ ok: true, value: 0.333 });
    expect(readNumberInput(numberSpec(workloadSchema.shape.activeShareAtPeak, "fr"), "12,5")).toEqual({
      ok: true,
      value: 0.125,
    });
    expect(readNumberInput(users, " 12,000 ", 3000)).toEqual({ ok: true, value: 12_000 });
    expect(readNumberInput(numberSpec(workloadSchema.shape.users, "fr"), "12 000", 3000)).toEqual({
      ok: true,
      value: 12_000,
    });
    expect(inputText(share, 0.07)).toBe("7");
    expect(inputText(numberSpec(slosSchema.shape.availabilityPct, "fr"), 99.95)).toBe("99,95");
  });

  it("says what is wrong, the range, and the value it keeps", () => {
    expect(readNumberInput(users, "2.5", 3000)).toEqual({
      ok: false,
      message: "Must be a whole number; keeping 3,000 users",
    });
    expect(readNumberInput(users, "0", 3000)).toEqual({
      ok: false,
      message: "Must be at least 1; keeping 3,000 users",
    });
    expect(readNumberInput(users, "20000000", 1)).toEqual({
      ok: false,
      message: "Must be at most 10,000,000; keeping 1 user",
    });
    expect(readNumberInput(users, "", 3000)).toEqual({
      ok: false,
      message: "Required: enter a number from 1 to 10,000,000; keeping 3,000 users",
    });
    expect(readNumberInput(users, "lots", 3000)).toEqual({
      ok: false,
      message: "Must be a number from 1 to 10,000,000; keeping 3,000 users",
    });
    expect(readNumberInput(share, "0.05", 0.2)).toEqual({
      ok: false,
      message: "Must be at least 0.1%; keeping 20%",
    });
    expect(readNumberInput(numberSpec(slosSchema.shape.availabilityPct), "100", 99.9)).toEqual({
      ok: false,
      message: "Must be at most 99.9999%; keeping 99.9%",
    });
    expect(readNumberInput(numberSpec(workloadSchema.shape.users, "fr"), "0", 3000)).toEqual({
      ok: false,
      message: "Doit être au moins égal à 1 ; valeur conservée : 3\u202f000\u00a0utilisateurs",
    });
  });

  it("lets an optional field be emptied, and says what empty means when its value is wrong", () => {
    const budget = numberSpec(constraintsSchema.shape.maxMonthlyUsd);
    expect(readNumberInput(budget, "")).toEqual({ ok: true, value: undefined });
    expect(readNumberInput(budget, "20,000")).toEqual({ ok: true, value: 20_000 });
    expect(readNumberInput(budget, "0")).toEqual({
      ok: false,
      message: "Must be more than 0 USD/month, or empty (no limit)",
    });
    expect(readNumberInput(budget, "20k", 5000)).toEqual({
      ok: false,
      message: "Must be a number more than 0 USD/month, or empty (no limit); keeping 5,000 USD/month",
    });
  });

  it("steps with the arrow keys inside the range", () => {
    const replicas = numberSpec(nodeSchema.shape.replicas);
    expect(stepNumber(replicas, 3, 1)).toBe(4);
    expect(stepNumber(replicas, 1, -1)).toBe(1);
    expect(stepNumber(share, 0.2, 1)).toBe(0.21);
    expect(stepNumber(numberSpec(constraintsSchema.shape.maxMonthlyUsd), undefined, 1)).toBeUndefined();
    expect(stepNumber(numberSpec(constraintsSchema.shape.maxMonthlyUsd), 100, -1)).toBe(100);
    expect(displayValue(share, 0.2)).toBe("20%");
    expect(displayValue(users, 3000)).toBe("3,000 users");
  });
});
