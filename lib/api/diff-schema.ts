import { z } from "zod";
import { DIFF_COLLECTIONS, DIFF_SECTIONS, type PlanDiff } from "../plan/diff";

/** zod mirror of lib/plan/diff.ts's PlanDiff (for response parsing and the OpenAPI document). */
export const fieldChangeSchema = z.object({
  path: z.string().describe("Field path relative to the element or section, e.g. serving.devices"),
  from: z.unknown().describe("Value before (null when absent)"),
  to: z.unknown().describe("Value after (null when removed)"),
});

export const elementRefSchema = z.object({ id: z.string(), label: z.string() });

export const collectionDiffSchema = z.object({
  added: z.array(elementRefSchema),
  removed: z.array(elementRefSchema),
  changed: z.array(elementRefSchema.extend({ changes: z.array(fieldChangeSchema) })),
});

export const figureChangeSchema = z.object({
  key: z.string().describe("users, nodes, edges, replicas, accelerators, devices.<hardwareId>"),
  label: z.string(),
  from: z.number(),
  to: z.number(),
  delta: z.number().describe("to − from"),
});

const collections = Object.fromEntries(DIFF_COLLECTIONS.map((c) => [c, collectionDiffSchema])) as Record<
  (typeof DIFF_COLLECTIONS)[number],
  typeof collectionDiffSchema
>;
const sections = Object.fromEntries(DIFF_SECTIONS.map((s) => [s, z.array(fieldChangeSchema)])) as Record<
  (typeof DIFF_SECTIONS)[number],
  z.ZodArray<typeof fieldChangeSchema>
>;

export const planDiffSchema = z
  .object({
    identical: z.boolean(),
    changeCount: z.number().int().min(0),
    figures: z.array(figureChangeSchema).describe("Key figures that differ"),
    ...collections,
    ...sections,
  })
  .meta({
    id: "PlanDiff",
    description: "What changed from one plan document to another",
  }) satisfies z.ZodType<PlanDiff>;
