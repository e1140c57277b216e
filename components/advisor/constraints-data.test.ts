import { describe, expect, it } from "vitest";
import { constraintsSchema } from "@/lib/plan/plan-schema";
import {
  activeConstraintCount,
  constraintWarnings,
  modelChoices,
  precisionChoices,
  validateConstraints,
} from "./constraints-data";

const base = constraintsSchema.parse({});
describe("validateConstraints", () => {
  it("accepts valid constraints and drops empty optional keys", () => {
    const r = validateConstraints({ ...base, maxPowerW: 12000, capexCapUsd: undefined });
    expect(r).toEqual({ ok: true, value: { ...base, maxPowerW: 12000 } });
    if (r.ok) expect(Object.keys(r.value)).not.toContain("capexCapUsd");
  });

  it("says how to fix a non-positive limit or no hardware family", () => {
    const r = validateConstraints({ ...base, maxRackUnits: 0, allowedHardwareFamilies: [] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.maxRackUnits).toBe("Maximum rack space (U): Must be more than 0");
    expect(r.errors.allowedHardwareFamilies).toMatch(/Allow at least one hardware family/);
  });
});

describe("catalog choices", () => {
  it("offers LLMs by size, then embedding models", () => {
    const models = modelChoices();
    const llms = models.filter((m) => m.group === "llm");
    expect(llms.map((m) => m.id)).toContain("llama-3.3-70b");
    expect(models.filter((m) => m.group === "embedding").map((m) => m.id)).toContain(
      "e5-mistral-7b-instruct",
    );
    expect(models.findIndex((m) => m.group === "embedding")).toBe(llms.length);
    expect(llms.find((m) => m.id === "deepseek-v3")!.label).toMatch(/MoE, \d+ B active/);
  });

  it("orders precisions from widest to narrowest", () => {
    const p = precisionChoices();
    expect(p[0]!.id).toBe("fp32");
    expect(p.every((x, i) => i === 0 || p[i - 1]!.bitsPerWeight >= x.bitsPerWeight)).toBe(true);
    expect(p.find((x) => x.id === "fp8")!.label).toMatch(/— 8 bits\/weight$/);
  });
});

describe("constraintWarnings", () => {
  it("warns when the allowed models leave embeddings or generation without a model", () => {
    expect(constraintWarnings(base)).toEqual([]);
    expect(constraintWarnings({ ...base, allowedModels: ["llama-3.3-70b"] })[0]).toMatch(/cloud API/);
    expect(
      constraintWarnings({ ...base, dataOnPremises: true, allowedModels: ["llama-3.3-70b"] })[0],
    ).toMatch(/cannot propose an embedding server/);
    expect(constraintWarnings({ ...base, allowedModels: ["e5-mistral-7b-instruct"] })).toEqual([
      expect.stringMatching(/No LLM is allowed/),
    ]);
    expect(
      constraintWarnings({
        ...base,
        minModelParamsB: 100,
        allowedModels: ["llama-3.3-70b", "e5-mistral-7b-instruct"],
      }),
    ).toEqual([expect.stringMatching(/smaller than the 100 B minimum/)]);
  });
});

describe("activeConstraintCount", () => {
  it("counts what differs from the defaults", () => {
    expect(activeConstraintCount(base)).toBe(0);
    expect(
      activeConstraintCount({
        ...base,
        dataOnPremises: true,
        allowedHardwareFamilies: ["nvidia"],
        maxPowerW: 9000,
        allowedModels: ["llama-3.3-70b"],
      }),
    ).toBe(4);
    expect(activeConstraintCount({ ...base, allowedHardwareFamilies: ["apple", "nvidia"] })).toBe(0);
  });
});
