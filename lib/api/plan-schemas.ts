import { z } from "zod";
import { MAX_BASE_REVISION } from "./limits";
import { planSchema } from "../plan/plan-schema";

/** Request and response schemas of the plan endpoints (/api/plans…). Shared by routes, OpenAPI and hooks. */

export const planIdSchema = z.string().min(1).max(64).describe("Plan id (12 URL-safe characters)");
const isoDate = z.iso.datetime({ offset: true });

/**
 * A plan document as a client sends it: any JSON object. It is then upgraded from older schemaVersions and
 * validated by lib/plan/parse.ts, whose issues carry JSON paths; the OpenAPI document shows PlanDocumentInput here.
 */
export const anyPlanDocumentSchema = z
  .record(z.string(), z.unknown())
  .describe("A plan document of any schemaVersion (older versions are upgraded)");

export const PLAN_SORTS = ["updated", "name", "created"] as const;
export type PlanSort = (typeof PLAN_SORTS)[number];

/** `GET /api/plans` query string. */
export const planListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().describe("Case-insensitive search in name and description"),
  sort: z
    .enum(PLAN_SORTS)
    .default("updated")
    .describe("updated (newest first), name (A–Z) or created (newest first)"),
  archived: z
    .enum(["true", "false"])
    .default("false")
    .describe("true lists archived plans only")
    .transform((v) => v === "true"),
});
export type PlanListQuery = z.output<typeof planListQuerySchema>;

export const planSummarySchema = z.object({
  id: planIdSchema,
  name: z.string(),
  description: z.string(),
  revision: z.number().int().min(1).describe("Increments on every save"),
  archived: z.boolean(),
  templateId: z.string().nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type PlanSummaryDto = z.infer<typeof planSummarySchema>;

export const planListResponseSchema = z.object({ plans: z.array(planSummarySchema) });

export const planResponseSchema = planSummarySchema.extend({ document: planSchema });
export type PlanDto = z.infer<typeof planResponseSchema>;

/** `POST /api/plans`. */
export const createPlanBodySchema = z
  .object({
    name: z.string().trim().min(1).max(120).optional().describe("Defaults to document.metadata.name"),
    document: anyPlanDocumentSchema,
    message: z.string().max(500).optional().describe("Message of the first version"),
  })
  .strict();
export type CreatePlanBody = z.input<typeof createPlanBodySchema>;

export const createdPlanResponseSchema = z.object({
  id: planIdSchema,
  revision: z.number().int().min(1),
});
export type CreatedPlan = z.infer<typeof createdPlanResponseSchema>;

/** `PATCH /api/plans/:id` and `PATCH /api/shared/:token`. */
export const patchPlanBodySchema = z
  .object({
    baseRevision: z
      .number()
      .int()
      .min(1)
      .max(MAX_BASE_REVISION)
      .describe("The revision this edit is based on; 409 with currentRevision when the plan moved on"),
    document: anyPlanDocumentSchema.optional(),
    name: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .optional()
      .describe("Renames the plan (and document.metadata.name)"),
    message: z.string().max(500).optional().describe("Version message shown in the history"),
  })
  .strict()
  .refine((b) => b.document !== undefined || b.name !== undefined, {
    message: "nothing to save: send a document and/or a name",
    path: ["document"],
  });
export type PatchPlanBody = z.input<typeof patchPlanBodySchema>;

export const savedPlanResponseSchema = z.object({
  revision: z.number().int().min(1).describe("The new revision"),
  updatedAt: isoDate,
});
export type SavedPlan = z.infer<typeof savedPlanResponseSchema>;

/** `POST /api/plans/:id/duplicate` (the body is optional). */
export const duplicatePlanBodySchema = z
  .object({ name: z.string().trim().min(1).max(120).optional().describe('Defaults to "<name> (copy)"') })
  .strict();

/** `DELETE /api/plans/:id` (archive) and `POST /api/plans/:id/restore` (un-archive). */
export const archiveResponseSchema = z.object({ id: planIdSchema, archived: z.boolean() });
