import { z } from "zod";
import { defineOperation, WRITE_ERRORS } from "./operation";
import {
  patchPlanBodySchema,
  planDocumentSchema,
  planIdSchema,
  planParamsSchema,
  planSummarySchema,
  savedPlanResponseSchema,
} from "./plan-schemas";

/**
 * Schemas of share links (/api/plans/:id/share-links…) and the shared plan (/api/shared/:token), and the operations
 * using them.
 */

const isoDate = z.iso.datetime({ offset: true });

export const SHARE_ROLES = ["view", "edit"] as const;
export type ShareRole = (typeof SHARE_ROLES)[number];
/**
 * What a view link opens: `customer`, the presentation view (a document in plain words, no internal findings), or
 * `engineer`, the read-only designer. Edit links always open the designer.
 */
export const SHARE_AUDIENCES = ["customer", "engineer"] as const;
export type ShareAudience = (typeof SHARE_AUDIENCES)[number];

/** A finding picked as a "point to review": `code:targetType:targetId` (stable across evaluations of a plan). */
export const reviewFindingKeySchema = z
  .string()
  .max(200)
  .regex(
    /^[a-z0-9-]+:(plan|node|edge|zone):[A-Za-z0-9_-]*$/,
    "a finding key like single-point-of-failure:node:api",
  );

export const SHARE_LINK_STATUSES = ["active", "expired", "revoked"] as const;
export type ShareLinkStatus = (typeof SHARE_LINK_STATUSES)[number];

/** A share token: 32 random bytes, base64url (43 characters). Only its SHA-256 is stored. */
export const shareTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, "a share token is 43 URL-safe characters")
  .describe("The secret from the link /s/<token>");

export const createShareLinkBodySchema = z
  .object({
    role: z.enum(SHARE_ROLES).describe("view: read only; edit: may save"),
    expiresAt: isoDate.optional().describe("ISO date-time in the future; absent = never expires"),
    label: z
      .string()
      .trim()
      .max(80)
      .optional()
      .describe("The link's name, e.g. \"Groupe Durand — RFP v2\" (shown on a customer's proposal cover)"),
    audience: z
      .enum(SHARE_AUDIENCES)
      .optional()
      .describe(
        "What a view link opens: customer (default; the presentation view) or engineer (the read-only designer)",
      ),
    reviewFindings: z
      .array(reviewFindingKeySchema)
      .max(50)
      .optional()
      .describe("Findings shown to a customer as points to review (keys code:targetType:targetId)"),
  })
  .strict()
  .meta({ id: "CreateShareLinkBody" });
export type CreateShareLinkBody = z.input<typeof createShareLinkBodySchema>;

export const shareLinkSchema = z
  .object({
    id: z.string(),
    role: z.enum(SHARE_ROLES),
    label: z.string().describe("The link's name"),
    audience: z.enum(SHARE_AUDIENCES),
    reviewFindings: z.array(z.string()),
    createdAt: isoDate,
    expiresAt: isoDate.nullable(),
    revokedAt: isoDate.nullable(),
    lastUsedAt: isoDate.nullable().describe("Last use (updated at most once a minute)"),
    status: z.enum(SHARE_LINK_STATUSES),
  })
  .meta({ id: "ShareLink" });
export type ShareLinkDto = z.infer<typeof shareLinkSchema>;

export const createdShareLinkResponseSchema = shareLinkSchema
  .extend({
    token: shareTokenSchema.describe("Shown once: it cannot be read again"),
    url: z.string().describe("<origin>/s/<token>"),
  })
  .meta({ id: "CreatedShareLink" });
export type CreatedShareLink = z.infer<typeof createdShareLinkResponseSchema>;

export const shareLinkListResponseSchema = z
  .object({ links: z.array(shareLinkSchema) })
  .meta({ id: "ShareLinkList" });

export const sharedPlanResponseSchema = z
  .object({
    role: z.enum(SHARE_ROLES),
    audience: z.enum(SHARE_AUDIENCES),
    name: z.string().describe("The link's name (its label)"),
    reviewFindings: z.array(z.string()),
    expiresAt: isoDate.nullable(),
    plan: planSummarySchema.omit({ archived: true }).extend({ document: planDocumentSchema }),
  })
  .meta({ id: "SharedPlan" });
export type SharedPlanDto = z.infer<typeof sharedPlanResponseSchema>;

/** Path parameters of /api/plans/{id}/share-links/{linkId}. */
export const shareLinkParamsSchema = z.object({
  id: planIdSchema,
  linkId: z.string().min(1).describe("Share link id"),
});
/** Path parameter of /api/shared/{token}…. */
export const sharedParamsSchema = z.object({ token: shareTokenSchema });

// Operations -------------------------------------------------------------------------------------------------------

export const createShareLinkOperation = defineOperation({
  id: "createShareLink",
  method: "post",
  path: "/api/plans/{id}/share-links",
  auth: "owner",
  tag: "share links",
  summary: "Create a share link (the token is returned once)",
  params: planParamsSchema,
  body: { schema: createShareLinkBodySchema },
  ok: {
    status: 201,
    schema: createdShareLinkResponseSchema,
    description: "The link with its token and URL",
  },
  errors: ["400", "404"],
});

export const listShareLinksOperation = defineOperation({
  id: "listShareLinks",
  method: "get",
  path: "/api/plans/{id}/share-links",
  auth: "owner",
  tag: "share links",
  summary: "List a plan's share links (without tokens)",
  params: planParamsSchema,
  ok: { status: 200, schema: shareLinkListResponseSchema, description: "Links with status" },
  errors: ["404"],
});

export const revokeShareLinkOperation = defineOperation({
  id: "revokeShareLink",
  method: "delete",
  path: "/api/plans/{id}/share-links/{linkId}",
  auth: "owner",
  tag: "share links",
  summary: "Revoke a share link",
  params: shareLinkParamsSchema,
  ok: { status: 200, schema: shareLinkSchema, description: "The revoked link" },
  errors: ["404"],
});

export const getSharedOperation = defineOperation({
  id: "getShared",
  method: "get",
  path: "/api/shared/{token}",
  auth: "public",
  tag: "shared",
  summary: "Open the plan a share link points to",
  params: sharedParamsSchema,
  ok: { status: 200, schema: sharedPlanResponseSchema, description: "The plan and the link's role" },
  errors: ["404", "410", "429"],
});

export const updateSharedOperation = defineOperation({
  id: "updateShared",
  method: "patch",
  path: "/api/shared/{token}",
  auth: "public",
  tag: "shared",
  summary: "Save through an edit link (same body as PATCH /api/plans/{id})",
  params: sharedParamsSchema,
  body: { schema: patchPlanBodySchema },
  ok: { status: 200, schema: savedPlanResponseSchema, description: "Saved as a new revision" },
  errors: [...WRITE_ERRORS, "403", "410", "429", "503"],
});

export const SHARE_OPERATIONS = [
  createShareLinkOperation,
  listShareLinksOperation,
  revokeShareLinkOperation,
  getSharedOperation,
  updateSharedOperation,
];
