import { z } from "zod";
import { MAX_BASE_REVISION } from "./limits";
import { defineOperation, WRITE_ERRORS } from "./operation";
import { planNameSchema } from "../plan/names";
import { CURRENT_SCHEMA_VERSION, planSchema } from "../plan/plan-schema";

/**
 * Request and response schemas of the plan endpoints (/api/plans…), and the operations using them. Shared by the
 * routes (parsing), the OpenAPI document and the fetch client.
 */

export const planIdSchema = z.string().min(1).max(64).describe("Plan id (12 URL-safe characters)");
const isoDate = z.iso.datetime({ offset: true });

/** The plan document in API answers (lib/plan's schema, named for the OpenAPI document). */
export const planDocumentSchema = planSchema.meta({ id: "PlanDocument" });
/** The same document as a client writes it (fields with defaults optional): what request bodies refer to. */
export const planDocumentInputSchema = planSchema.meta({ id: "PlanDocumentInput", unusedIO: "input" });

const ANY_PLAN_DOCUMENT_DESCRIPTION = `A plan document; schemaVersion ${CURRENT_SCHEMA_VERSION} is validated as is, older ones are upgraded first`;

/**
 * A plan document as a client sends it: any JSON object. It is then upgraded from older schemaVersions and
 * validated by lib/plan/parse.ts, whose issues carry JSON paths. The OpenAPI document shows PlanDocumentInput, or
 * an older version identified by its schemaVersion.
 */
export const anyPlanDocumentSchema = z.record(z.string(), z.unknown()).meta({
  description: "A plan document of any schemaVersion (older versions are upgraded)",
  override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
    for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
    Object.assign(jsonSchema, {
      description: ANY_PLAN_DOCUMENT_DESCRIPTION,
      anyOf: [
        { $ref: "#/components/schemas/PlanDocumentInput" },
        {
          type: "object",
          properties: {
            schemaVersion: { type: "integer", minimum: 1, maximum: CURRENT_SCHEMA_VERSION - 1 },
          },
          required: ["schemaVersion"],
        },
      ],
    });
  },
});

/** Path parameters of /api/plans/{id}/…. */
export const planParamsSchema = z.object({ id: planIdSchema });

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

export const planSummarySchema = z
  .object({
    id: planIdSchema,
    name: z.string(),
    description: z.string(),
    revision: z.number().int().min(1).describe("Increments on every save"),
    archived: z.boolean(),
    templateId: z.string().nullable(),
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .meta({ id: "PlanSummary" });
export type PlanSummaryDto = z.infer<typeof planSummarySchema>;

export const planListResponseSchema = z
  .object({ plans: z.array(planSummarySchema) })
  .meta({ id: "PlanList" });

export const planResponseSchema = planSummarySchema
  .extend({ document: planDocumentSchema })
  .meta({ id: "Plan" });
export type PlanDto = z.infer<typeof planResponseSchema>;

/** `POST /api/plans`. */
export const createPlanBodySchema = z
  .object({
    name: z.string().trim().min(1).max(120).optional().describe("Defaults to document.metadata.name"),
    document: anyPlanDocumentSchema,
    message: z.string().max(500).optional().describe("Message of the first version"),
  })
  .strict()
  .meta({ id: "CreatePlanBody" });
export type CreatePlanBody = z.input<typeof createPlanBodySchema>;

export const createdPlanResponseSchema = z
  .object({ id: planIdSchema, revision: z.number().int().min(1) })
  .meta({ id: "CreatedPlan" });
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
    name: planNameSchema.optional().describe("Renames the plan (and document.metadata.name)"),
    message: z.string().max(500).optional().describe("Version message shown in the history"),
  })
  .strict()
  .refine((b) => b.document !== undefined || b.name !== undefined, {
    message: "nothing to save: send a document and/or a name",
    path: ["document"],
  })
  .meta({ id: "PatchPlanBody" });
export type PatchPlanBody = z.input<typeof patchPlanBodySchema>;

export const savedPlanResponseSchema = z
  .object({ revision: z.number().int().min(1).describe("The new revision"), updatedAt: isoDate })
  .meta({ id: "SavedPlan" });
export type SavedPlan = z.infer<typeof savedPlanResponseSchema>;

/** `POST /api/plans/:id/duplicate` (the body is optional). */
export const duplicatePlanBodySchema = z
  .object({ name: z.string().trim().min(1).max(120).optional().describe('Defaults to "<name> (copy)"') })
  .strict()
  .meta({ id: "DuplicatePlanBody" });

/** `DELETE /api/plans/:id` (archive) and `POST /api/plans/:id/restore` (un-archive). */
export const archiveResponseSchema = z
  .object({ id: planIdSchema, archived: z.boolean() })
  .meta({ id: "ArchiveState" });

// Operations -------------------------------------------------------------------------------------------------------

export const listPlansOperation = defineOperation({
  id: "listPlans",
  method: "get",
  path: "/api/plans",
  auth: "owner",
  tag: "plans",
  summary: "List plans (search, sort, archived)",
  query: planListQuerySchema,
  ok: { status: 200, schema: planListResponseSchema, description: "Plan summaries" },
  errors: ["400"],
});

export const createPlanOperation = defineOperation({
  id: "createPlan",
  method: "post",
  path: "/api/plans",
  auth: "owner",
  tag: "plans",
  summary: "Create a plan",
  body: { schema: createPlanBodySchema },
  ok: { status: 201, schema: createdPlanResponseSchema, description: "Created at revision 1" },
  errors: ["400", "413", "422"],
});

export const importPlanOperation = defineOperation({
  id: "importPlan",
  method: "post",
  path: "/api/plans/import",
  auth: "owner",
  tag: "plans",
  summary: "Import a plan document (any schemaVersion) as a new plan",
  body: { schema: anyPlanDocumentSchema, description: "The document itself (older schemaVersions accepted)" },
  ok: { status: 201, schema: createdPlanResponseSchema, description: "Created at revision 1" },
  errors: ["400", "413", "422"],
});

export const getPlanOperation = defineOperation({
  id: "getPlan",
  method: "get",
  path: "/api/plans/{id}",
  auth: "owner",
  tag: "plans",
  summary: "Get a plan with its current document",
  params: planParamsSchema,
  ok: { status: 200, schema: planResponseSchema, description: "The plan" },
  errors: ["404"],
});

export const updatePlanOperation = defineOperation({
  id: "updatePlan",
  method: "patch",
  path: "/api/plans/{id}",
  auth: "owner",
  tag: "plans",
  summary: "Save a new revision (optimistic concurrency on baseRevision)",
  params: planParamsSchema,
  body: { schema: patchPlanBodySchema },
  ok: { status: 200, schema: savedPlanResponseSchema, description: "Saved as a new revision" },
  errors: WRITE_ERRORS,
});

export const archivePlanOperation = defineOperation({
  id: "archivePlan",
  method: "delete",
  path: "/api/plans/{id}",
  auth: "owner",
  tag: "plans",
  summary: "Archive a plan (restorable)",
  params: planParamsSchema,
  ok: { status: 200, schema: archiveResponseSchema, description: "Archived" },
  errors: ["404"],
});

export const restorePlanOperation = defineOperation({
  id: "restorePlan",
  method: "post",
  path: "/api/plans/{id}/restore",
  auth: "owner",
  tag: "plans",
  summary: "Un-archive a plan",
  params: planParamsSchema,
  ok: { status: 200, schema: archiveResponseSchema, description: "Restored to the list" },
  errors: ["404"],
});

export const duplicatePlanOperation = defineOperation({
  id: "duplicatePlan",
  method: "post",
  path: "/api/plans/{id}/duplicate",
  auth: "owner",
  tag: "plans",
  summary: "Copy a plan's current document into a new plan",
  params: planParamsSchema,
  body: { schema: duplicatePlanBodySchema, optional: true },
  ok: { status: 201, schema: createdPlanResponseSchema, description: "The copy" },
  errors: ["400", "404"],
});

export const downloadPlanDocumentOperation = defineOperation({
  id: "downloadPlanDocument",
  method: "get",
  path: "/api/plans/{id}/document",
  auth: "owner",
  tag: "plans",
  summary: "Download the current document as a JSON file",
  params: planParamsSchema,
  ok: {
    status: 200,
    schema: planDocumentSchema,
    description: "The document, as an attachment",
    download: true,
  },
  errors: ["404"],
});

export const PLAN_OPERATIONS = [
  listPlansOperation,
  createPlanOperation,
  importPlanOperation,
  getPlanOperation,
  updatePlanOperation,
  archivePlanOperation,
  restorePlanOperation,
  duplicatePlanOperation,
  downloadPlanDocumentOperation,
];
