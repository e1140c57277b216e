import { z } from "zod";
import { planDiffSchema } from "./diff-schema";
import { VERSION_LABEL_MAX_LENGTH, versionLabelSchema } from "../plan/names";
import { MAX_BASE_REVISION } from "./limits";
import { defineOperation } from "./operation";
import { planDocumentSchema, planIdSchema, planParamsSchema, savedPlanResponseSchema } from "./plan-schemas";

/** Schemas of the version endpoints (/api/plans/:id/versions…, /diff), and the operations using them. */

const isoDate = z.iso.datetime({ offset: true });
const revisionParam = z.coerce.number().int().min(1).max(1_000_000_000);

export const versionSummarySchema = z
  .object({
    revision: z.number().int().min(1),
    name: z.string(),
    message: z.string().describe('What the save did ("Saved", "Restored revision 3", …)'),
    label: z.string().describe('The user\'s name for this version ("sent to customer"); "" when unnamed'),
    actor: z.string().describe('"owner" or "link:<linkId>"'),
    createdAt: isoDate,
  })
  .meta({ id: "VersionSummary" });
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const versionListResponseSchema = z
  .object({ versions: z.array(versionSummarySchema) })
  .meta({ id: "VersionList" });
export const versionResponseSchema = versionSummarySchema
  .extend({ document: planDocumentSchema })
  .meta({ id: "Version" });
export type VersionDto = z.infer<typeof versionResponseSchema>;

/** Path parameter `:rev`. */
export const revisionParamSchema = revisionParam.describe("A revision number (1, 2, …)");
/** Path parameters of /api/plans/{id}/versions/{rev}…. */
export const versionParamsSchema = z.object({ id: planIdSchema, rev: revisionParamSchema });

/** `POST /api/plans/:id/versions/:rev/restore`: the restore is a save, so it states its base revision too. */
export const restoreVersionBodySchema = z
  .object({
    baseRevision: z
      .number()
      .int()
      .min(1)
      .max(MAX_BASE_REVISION)
      .describe("The plan's current revision as the client knows it"),
    message: z.string().max(500).optional().describe('Defaults to "Restored revision N"'),
  })
  .strict()
  .meta({ id: "RestoreVersionBody" });
export type RestoreVersionBody = z.input<typeof restoreVersionBodySchema>;

/** `PATCH /api/plans/:id/versions/:rev`: names (or, with "", un-names) a version. */
export const labelVersionBodySchema = z
  .object({
    label: versionLabelSchema.describe(
      `The version's name, e.g. "sent to customer" (trimmed, at most ${VERSION_LABEL_MAX_LENGTH} characters; "" removes it)`,
    ),
  })
  .strict()
  .meta({ id: "LabelVersionBody" });
export type LabelVersionBody = z.input<typeof labelVersionBodySchema>;

export const labelledVersionResponseSchema = z
  .object({ revision: z.number().int().min(1), label: z.string() })
  .meta({ id: "LabelledVersion" });
export type LabelledVersion = z.infer<typeof labelledVersionResponseSchema>;

/** `GET /api/plans/:id/diff?from=&to=` (to defaults to the current revision). */
export const diffQuerySchema = z.object({
  from: revisionParam.describe("Older revision"),
  to: revisionParam.optional().describe("Newer revision (default: current)"),
});

export const diffNamesSchema = z
  .object({
    nodes: z
      .record(z.string(), z.string())
      .describe("Node id → label, for ids the changes refer to (edge ends)"),
    zones: z
      .record(z.string(), z.string())
      .describe("Zone id → label, for ids the changes refer to (zoneId)"),
  })
  .meta({ id: "DiffNames" });

export const costChangeSchema = z
  .object({
    fromMonthlyRunCostUsd: z.number().describe("Monthly run cost of revision `from`, USD (engine headline)"),
    toMonthlyRunCostUsd: z.number().describe("Monthly run cost of revision `to`, USD"),
    currency: z.string().describe("Display currency of revision `to`"),
    usdToCurrencyRate: z.number().positive().describe("Units of `currency` per USD (revision `to`'s rate)"),
  })
  .meta({ id: "CostChange" });
export type CostChange = z.infer<typeof costChangeSchema>;

export const diffResponseSchema = z
  .object({
    planId: z.string(),
    from: z.number().int(),
    to: z.number().int(),
    diff: planDiffSchema,
    names: diffNamesSchema,
    cost: costChangeSchema.describe("Monthly run cost before → after, to show in the plan's currency"),
  })
  .meta({ id: "Diff" });
export type DiffDto = z.infer<typeof diffResponseSchema>;

// Operations -------------------------------------------------------------------------------------------------------

export const listVersionsOperation = defineOperation({
  id: "listVersions",
  method: "get",
  path: "/api/plans/{id}/versions",
  auth: "owner",
  tag: "versions",
  summary: "List versions, newest first",
  params: planParamsSchema,
  ok: { status: 200, schema: versionListResponseSchema, description: "Versions" },
  errors: ["404"],
});

export const getVersionOperation = defineOperation({
  id: "getVersion",
  method: "get",
  path: "/api/plans/{id}/versions/{rev}",
  auth: "owner",
  tag: "versions",
  summary: "Get one version with its document",
  params: versionParamsSchema,
  ok: { status: 200, schema: versionResponseSchema, description: "The version" },
  errors: ["400", "404"],
});

export const restoreVersionOperation = defineOperation({
  id: "restoreVersion",
  method: "post",
  path: "/api/plans/{id}/versions/{rev}/restore",
  auth: "owner",
  tag: "versions",
  summary: "Restore a version as a new revision",
  params: versionParamsSchema,
  body: { schema: restoreVersionBodySchema },
  ok: { status: 200, schema: savedPlanResponseSchema, description: "Saved as a new revision" },
  errors: ["400", "404", "409"],
});

export const labelVersionOperation = defineOperation({
  id: "labelVersion",
  method: "patch",
  path: "/api/plans/{id}/versions/{rev}",
  auth: "owner",
  tag: "versions",
  summary: 'Name a version ("sent to customer"); "" removes the name',
  params: versionParamsSchema,
  body: { schema: labelVersionBodySchema },
  ok: { status: 200, schema: labelledVersionResponseSchema, description: "The version's label" },
  errors: ["400", "404"],
});

export const diffOperation = defineOperation({
  id: "diffPlan",
  method: "get",
  path: "/api/plans/{id}/diff",
  auth: "owner",
  tag: "versions",
  summary: "What changed between two revisions",
  params: planParamsSchema,
  query: diffQuerySchema,
  ok: { status: 200, schema: diffResponseSchema, description: "The diff" },
  errors: ["400", "404"],
});

export const VERSION_OPERATIONS = [
  listVersionsOperation,
  getVersionOperation,
  restoreVersionOperation,
  labelVersionOperation,
  diffOperation,
];
