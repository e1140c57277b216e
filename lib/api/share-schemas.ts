import { z } from "zod";
import { planSummarySchema } from "./plan-schemas";
import { planSchema } from "../plan/plan-schema";

/** Schemas of share links (/api/plans/:id/share-links…) and the shared plan (/api/shared/:token). */

const isoDate = z.iso.datetime({ offset: true });

export const SHARE_ROLES = ["view", "edit"] as const;
export type ShareRole = (typeof SHARE_ROLES)[number];
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
    label: z.string().trim().max(80).optional().describe("A note for the owner, e.g. who received it"),
  })
  .strict();
export type CreateShareLinkBody = z.input<typeof createShareLinkBodySchema>;

export const shareLinkSchema = z.object({
  id: z.string(),
  role: z.enum(SHARE_ROLES),
  label: z.string(),
  createdAt: isoDate,
  expiresAt: isoDate.nullable(),
  revokedAt: isoDate.nullable(),
  lastUsedAt: isoDate.nullable().describe("Last use (updated at most once a minute)"),
  status: z.enum(SHARE_LINK_STATUSES),
});
export type ShareLinkDto = z.infer<typeof shareLinkSchema>;

export const createdShareLinkResponseSchema = shareLinkSchema.extend({
  token: shareTokenSchema.describe("Shown once: it cannot be read again"),
  url: z.string().describe("<origin>/s/<token>"),
});
export type CreatedShareLink = z.infer<typeof createdShareLinkResponseSchema>;

export const shareLinkListResponseSchema = z.object({ links: z.array(shareLinkSchema) });

export const sharedPlanResponseSchema = z.object({
  role: z.enum(SHARE_ROLES),
  expiresAt: isoDate.nullable(),
  plan: planSummarySchema.omit({ archived: true }).extend({ document: planSchema }),
});
export type SharedPlanDto = z.infer<typeof sharedPlanResponseSchema>;
