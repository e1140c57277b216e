import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { estimateRequestSchema } from "../../engine/llm/estimate-schema";
import {
  autoscaleSchema,
  cloudSchema,
  edgeSchema,
  nodeSchema,
  positionSchema,
  resourcesSchema,
  servingSchema,
  zoneSchema,
} from "../node-schema";
import { constraintsSchema, metadataSchema } from "../plan-schema";
import { costsSchema, slosSchema, workloadSchema } from "../workload-schema";
import {
  enumValues,
  fieldHint,
  fieldLabel,
  fieldMeta,
  numberSpec,
  optionLabel,
  planFields,
  unwrapField,
  UNITS,
} from ".";

type Shape = Record<string, z.ZodType>;
const shapeOf = (s: z.ZodType): Shape => (unwrapField(s).base as unknown as { shape: Shape }).shape;

/** Every section a form or the CLI shows, with the keys that are not fields people edit. */
const SECTIONS: [string, z.ZodType, string[]][] = [
  ["metadata", metadataSchema, []],
  ["workload", workloadSchema, []],
  ["slos", slosSchema, []],
  ["costs", costsSchema, []],
  ["costs.storageUsdPerTbMonth", costsSchema.shape.storageUsdPerTbMonth, []],
  ["constraints", constraintsSchema, []],
  ["node", nodeSchema, ["id", "kind", "position"]],
  ["node.resources", resourcesSchema, []],
  ["node.autoscale", autoscaleSchema, []],
  ["node.gpu", nodeSchema.shape.gpu, []],
  ["node.serving", servingSchema, []],
  ["node.cloud", cloudSchema, []],
  ["edge", edgeSchema, ["id", "source", "target"]],
  ["zone", zoneSchema, ["id", "position", "size"]],
  ["zone.size", zoneSchema.shape.size, []],
  ["position", positionSchema, []],
  ["estimate request", estimateRequestSchema, []],
];

const isNumber = (s: z.ZodType) => {
  const { base } = unwrapField(s);
  const def = base._zod.def as { type: string; options?: z.ZodType[] };
  return def.type === "number" || Boolean(def.options?.some((o) => o._zod.def.type === "number"));
};

describe("field registry", () => {
  it("labels every field of every section in English and French", () => {
    for (const [section, schema, skip] of SECTIONS) {
      for (const [key, field] of Object.entries(shapeOf(schema))) {
        if (skip.includes(key)) continue;
        expect(planFields.has(field) || planFields.get(field) !== undefined, `${section}.${key}`).toBe(true);
        const meta = fieldMeta(field);
        expect(meta.label.en.trim(), `${section}.${key} en`).not.toBe("");
        expect(meta.label.fr.trim(), `${section}.${key} fr`).not.toBe("");
        if (meta.help) expect(meta.help.fr.trim(), `${section}.${key} help fr`).not.toBe("");
        if (isNumber(field)) expect(meta.unit, `${section}.${key} unit`).toBeDefined();
        if (meta.unit) expect(UNITS[meta.unit], `${section}.${key} unit`).toBeDefined();
      }
    }
  });

  it("labels every value of the enum fields that declare options", () => {
    const enums = [
      metadataSchema.shape.environment,
      metadataSchema.shape.currency,
      constraintsSchema.shape.allowedHardwareFamilies,
      cloudSchema.shape.provider,
      cloudSchema.shape.purpose,
      cloudSchema.shape.role,
      costsSchema.shape.cloudBaselines,
      costsSchema.shape.coolingClass,
    ];
    for (const field of enums)
      for (const value of enumValues(field)) {
        expect(fieldMeta(field).options?.[value], value).toBeDefined();
        expect(optionLabel(field, value, "fr")).not.toBe("");
      }
    expect(optionLabel(metadataSchema.shape.environment, "staging")).toBe("Staging");
    expect(optionLabel(metadataSchema.shape.environment, "staging", "fr")).toBe("Préproduction");
  });

  it("adds the unit's symbol to the label in the reader's language", () => {
    expect(fieldLabel(workloadSchema.shape.activeShareAtPeak)).toBe("Active share at peak (%)");
    expect(fieldLabel(workloadSchema.shape.averageDocumentSizeMb, "fr")).toBe(
      "Taille moyenne d’un document (Mo)",
    );
    expect(fieldLabel(workloadSchema.shape.users)).toBe("Users");
    expect(fieldLabel(resourcesSchema.shape.memoryGb)).toBe("Memory per replica (GB)");
    expect(fieldLabel(constraintsSchema.shape.maxMonthlyUsd)).toBe("Monthly budget (USD/month)");
  });

  it("states a reference or planner default in displayed units, and writes the API description", () => {
    expect(fieldHint(workloadSchema.shape.activeShareAtPeak)).toBe(
      "Share of users active in the peak hour. Default: 20% (planner assumption).",
    );
    expect(fieldHint(workloadSchema.shape.documentsPerUser, "fr")).toBe(
      "Documents stockés par utilisateur. Par défaut\u00a0: 500\u00a0documents (plateforme de référence §5).",
    );
    expect(workloadSchema.shape.activeShareAtPeak.description).toBe(
      "Share of users active in the peak hour (share 0–1) [planner default: 0.2]",
    );
    expect(constraintsSchema.shape.maxMonthlyUsd.description).toBe(
      "Whole plan, with CAPEX amortised, USD/month; absent: no limit",
    );
  });

  it("reads ranges, integer-ness and defaults from the schema, not from the registry", () => {
    const users = numberSpec(workloadSchema.shape.users);
    expect(users).toMatchObject({
      min: 1,
      max: 10_000_000,
      integer: true,
      defaultValue: 1000,
      optional: false,
    });
    const budget = numberSpec(constraintsSchema.shape.maxMonthlyUsd);
    expect(budget).toMatchObject({ min: 0, minInclusive: false, optional: true, empty: "No limit" });
    const concurrency = numberSpec(estimateRequestSchema.shape.concurrency);
    expect(concurrency).toMatchObject({ min: 1, max: 1_000_000, integer: true, defaultValue: 1 });
    expect(numberSpec(workloadSchema.shape.activeShareAtPeak).unit.factor).toBe(100);
  });
});
