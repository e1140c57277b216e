import { z } from "zod";
import { MAX_BASE_REVISION } from "./limits";
import { planSchema } from "../plan/plan-schema";
import { planDiffSchema } from "./diff-schema";

/** Schemas of the version endpoints (/api/plans/:id/versions…, /diff). */

const isoDate = z.iso.datetime({ offset: true });
const revisionParam = z.coerce.number().int().min(1).max(1_000_000_000);

export const versionSummarySchema = z.object({
  revision: z.number().int().min(1),
  name: z.string(),
  message: z.string(),
  actor: z.string().describe('"owner" or "link:<linkId>"'),
  createdAt: isoDate,
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const versionListResponseSchema = z.object({ versions: z.array(versionSummarySchema) });
export const versionResponseSchema = versionSummarySchema.extend({ document: planSchema });
export type VersionDto = z.infer<typeof versionResponseSchema>;

/** Path parameter `:rev`. */
export const revisionParamSchema = revisionParam.describe("A revision number (1, 2, …)");

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
  .strict();
export type RestoreVersionBody = z.input<typeof restoreVersionBodySchema>;

/** `GET /api/plans/:id/diff?from=&to=` (to defaults to the current revision). */
export const diffQuerySchema = z.object({
  from: revisionParam.describe("Older revision"),
  to: revisionParam.optional().describe("Newer revision (default: current)"),
});

export const diffResponseSchema = z.object({
  planId: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  diff: planDiffSchema,
});
export type DiffDto = z.infer<typeof diffResponseSchema>;
