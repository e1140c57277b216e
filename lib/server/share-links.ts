import { createHash, randomBytes } from "node:crypto";
import type { ShareAudience, ShareLinkDto, ShareLinkStatus, ShareRole } from "../api/share-schemas";
import { shareTokenSchema } from "../api/share-schemas";
import { recordAudit } from "./audit";
import { getReadyDb, resolveDb, type Db } from "./db/client";
import { sqliteReadOne } from "./db/sqlite-reader";
import { writeTransaction } from "./db/transaction";
import { InputInvalidError, LinkGoneError, NotFoundError } from "./errors";
import { newId } from "./ids";
import { OWNER, type Actor } from "./plans/actor";
import { forgetSharedRead } from "./shared-read-cache";
import type { PlanRow } from "./plans/store";

/**
 * Share links. A link is a 256-bit random token shown once at creation; the database keeps only its SHA-256 (hex),
 * so a leaked database or backup reveals no usable link. A token is found by hashing it and looking the hash up
 * (a unique index): no token is ever compared in clear, stored, logged or written to the audit log.
 */

/** Bytes of randomness in a token: 32 (256 bits, above the 128-bit minimum) → 43 base64url characters. */
export const TOKEN_BYTES = 32;

/** lastUsedAt is refreshed at most this often (ms): a popular link must not turn every read into a write. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export function newShareToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** SHA-256 of a token, hex: the only form in which tokens are stored. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

type LinkRow = {
  id: string;
  planId: string;
  role: string;
  label: string;
  audience: string;
  reviewFindings: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
};

/** A link's audience: edit links always open the designer; a view link is customer unless set to engineer. */
export function linkAudience(row: Pick<LinkRow, "role" | "audience">): ShareAudience {
  return row.role === "edit" || row.audience === "engineer" ? "engineer" : "customer";
}

/** The finding keys stored with a link (a JSON array; anything unreadable counts as none). */
export function linkReviewFindings(row: Pick<LinkRow, "reviewFindings">): string[] {
  try {
    const value: unknown = JSON.parse(row.reviewFindings);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

export function linkStatus(row: Pick<LinkRow, "expiresAt" | "revokedAt">, now = new Date()): ShareLinkStatus {
  if (row.revokedAt) return "revoked";
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

export function toLinkDto(row: LinkRow, now = new Date()): ShareLinkDto {
  return {
    id: row.id,
    role: row.role === "edit" ? "edit" : "view",
    label: row.label,
    audience: linkAudience(row),
    reviewFindings: linkReviewFindings(row),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    status: linkStatus(row, now),
  };
}

/**
 * Creates a link to a plan. Returns the token — the only time it exists outside the client that receives it.
 * `expiresAt` must lie in the future.
 */
export async function createShareLink(
  planId: string,
  input: {
    role: ShareRole;
    expiresAt?: Date | null;
    label?: string;
    audience?: ShareAudience;
    reviewFindings?: string[];
  },
  actor: Actor = OWNER,
  dbArg?: Db,
): Promise<{ link: ShareLinkDto; token: string }> {
  const db = await resolveDb(dbArg);
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw new InputInvalidError([
      {
        path: "$.expiresAt",
        message: "the expiry must lie in the future (or leave it out: the link never expires)",
      },
    ]);
  }
  const token = newShareToken();
  const row = await writeTransaction(db, async (tx) => {
    const plan = await tx.plan.findUnique({ where: { id: planId }, select: { id: true } });
    if (!plan) throw new NotFoundError("plan", planId);
    const created = await tx.shareLink.create({
      data: {
        id: newId(),
        planId,
        role: input.role,
        tokenHash: hashToken(token),
        label: input.label ?? "",
        audience: input.role === "edit" ? "engineer" : (input.audience ?? "customer"),
        reviewFindings: JSON.stringify(input.reviewFindings ?? []),
        expiresAt: input.expiresAt ?? null,
      },
    });
    await recordAudit(tx, {
      planId,
      actor,
      action: "share.create",
      detail: { linkId: created.id, role: input.role, expiresAt: created.expiresAt?.toISOString() ?? null },
    });
    return created;
  });
  return { link: toLinkDto(row), token };
}

/** A plan's links, newest first, without tokens (they are not stored). */
export async function listShareLinks(planId: string, dbArg?: Db): Promise<ShareLinkDto[]> {
  const db = await resolveDb(dbArg);
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { id: true } });
  if (!plan) throw new NotFoundError("plan", planId);
  const rows = await db.shareLink.findMany({
    where: { planId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  const now = new Date();
  return rows.map((r) => toLinkDto(r, now));
}

/** Revokes a link for good (idempotent: a second revoke keeps the first date). */
export async function revokeShareLink(
  planId: string,
  linkId: string,
  actor: Actor = OWNER,
  dbArg?: Db,
): Promise<ShareLinkDto> {
  const db = await resolveDb(dbArg);
  const row = await writeTransaction(db, async (tx) => {
    const link = await tx.shareLink.findFirst({ where: { id: linkId, planId } });
    if (!link) throw new NotFoundError("share link", linkId);
    if (link.revokedAt) return link;
    const revoked = await tx.shareLink.update({ where: { id: linkId }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { planId, actor, action: "share.revoke", detail: { linkId } });
    return revoked;
  });
  forgetSharedRead(linkId);
  return toLinkDto(row);
}

export interface ResolvedLink {
  link: LinkRow;
  plan: PlanRow;
}

type JoinedRow = Record<
  | "id"
  | "planId"
  | "role"
  | "label"
  | "audience"
  | "reviewFindings"
  | "createdAt"
  | "expiresAt"
  | "revokedAt"
  | "lastUsedAt"
  | "planName"
  | "planDescription"
  | "planDocument"
  | "planRevision"
  | "planArchived"
  | "planTemplateId"
  | "planCreatedAt"
  | "planUpdatedAt",
  unknown
>;

const asDate = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));
const asDateOrNull = (v: unknown) => (v === null || v === undefined ? null : asDate(v));

/** The link part of a raw joined row (raw rows differ by provider: see findByTokenHash). */
function toLinkRow(r: Record<string, unknown>): LinkRow {
  return {
    id: String(r.id),
    planId: String(r.planId),
    role: String(r.role),
    label: String(r.label),
    audience: String(r.audience ?? "customer"),
    reviewFindings: String(r.reviewFindings ?? "[]"),
    createdAt: asDate(r.createdAt),
    expiresAt: asDateOrNull(r.expiresAt),
    revokedAt: asDateOrNull(r.revokedAt),
    lastUsedAt: asDateOrNull(r.lastUsedAt),
  };
}

/**
 * One query for link and plan. The shared-plan read is the hottest path of the API (every open of a shared link),
 * so it is one raw SQL join (portable: quoted identifiers, bound parameter) rather than Prisma's include, which
 * costs two queries and ~5× the time. Raw rows differ by provider (SQLite integers may be bigint, booleans 0/1),
 * hence the normalisation.
 */
async function findByTokenHash(db: Db, tokenHash: string): Promise<ResolvedLink | null> {
  const rows = await db.$queryRaw<JoinedRow[]>`
    SELECT l."id", l."planId", l."role", l."label", l."audience", l."reviewFindings", l."createdAt", l."expiresAt", l."revokedAt", l."lastUsedAt",
           p."name" AS "planName", p."description" AS "planDescription", p."document" AS "planDocument",
           p."revision" AS "planRevision", p."archived" AS "planArchived", p."templateId" AS "planTemplateId",
           p."createdAt" AS "planCreatedAt", p."updatedAt" AS "planUpdatedAt"
    FROM "ShareLink" l JOIN "Plan" p ON p."id" = l."planId"
    WHERE l."tokenHash" = ${tokenHash}`;
  const r = rows[0];
  if (!r) return null;
  return {
    link: toLinkRow(r),
    plan: {
      id: String(r.planId),
      name: String(r.planName),
      description: String(r.planDescription),
      document: String(r.planDocument),
      revision: Number(r.planRevision),
      archived: r.planArchived === true || Number(r.planArchived) === 1,
      templateId: r.planTemplateId === null ? null : String(r.planTemplateId),
      createdAt: asDate(r.planCreatedAt),
      updatedAt: asDate(r.planUpdatedAt),
    },
  };
}

/** The token's hash when it has a token's shape (43 base64url characters), else NotFoundError. */
function tokenHashOf(token: string): string {
  if (!shareTokenSchema.safeParse(token).success)
    throw new NotFoundError("share link", "(token)", "no share link matches this address");
  return hashToken(token);
}

/** Throws why a link cannot be used now: revoked or expired (410, saying which), or its plan archived (404). */
function checkUsable(link: LinkRow, plan: { id: string; archived: boolean }, now: Date): void {
  if (link.revokedAt) throw new LinkGoneError("revoked", link.revokedAt);
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime())
    throw new LinkGoneError("expired", link.expiresAt);
  if (plan.archived) {
    throw new NotFoundError("plan", plan.id, "the plan behind this link was archived by its owner");
  }
}

/**
 * Finds the link a token opens. Unknown or malformed token → NotFoundError; revoked or expired → LinkGoneError
 * (410, saying which); the plan archived → NotFoundError. Records the use (at most once a minute).
 */
export async function resolveShareToken(token: string, dbArg?: Db): Promise<ResolvedLink> {
  const db = await resolveDb(dbArg);
  const found = await findByTokenHash(db, tokenHashOf(token));
  if (!found) throw new NotFoundError("share link", "(token)", "no share link matches this address");
  const now = new Date();
  checkUsable(found.link, found.plan, now);
  await touchIfStale(db, found.link, now);
  return found;
}

/** What a token opens without the document: enough to tell whether a cached answer is still current. */
export interface LinkState {
  tokenHash: string;
  link: LinkRow;
  plan: { id: string; revision: number; updatedAt: Date; archived: boolean };
}

/** The state query (one bound parameter: the token hash); portable SQL, quoted identifiers. */
const STATE_SQL = `SELECT l."id", l."planId", l."role", l."label", l."audience", l."reviewFindings", l."createdAt", l."expiresAt", l."revokedAt",
       l."lastUsedAt", p."revision" AS "planRevision", p."archived" AS "planArchived", p."updatedAt" AS "planUpdatedAt"
FROM "ShareLink" l JOIN "Plan" p ON p."id" = l."planId"
WHERE l."tokenHash" = ?`;
/** The same as a template (Prisma writes each provider's placeholder for the bound value). */
const STATE_SQL_TEMPLATE = Object.assign(STATE_SQL.split("?"), {
  raw: STATE_SQL.split("?"),
}) as unknown as TemplateStringsArray;

/**
 * resolveShareToken without reading the document (the cache of shared reads holds it): the same checks, on one
 * small indexed query — so a revocation, an expiry or a save is seen by the very next request, on every instance.
 * On SQLite it runs as a prepared statement on a reader connection (lib/server/db/sqlite-reader.ts).
 */
export async function resolveShareTokenState(token: string, dbArg?: Db): Promise<LinkState> {
  const tokenHash = tokenHashOf(token);
  const handle = dbArg ? undefined : await getReadyDb();
  const db = dbArg ?? handle!.db;
  const fast = handle ? sqliteReadOne(handle, STATE_SQL, [tokenHash]) : "unsupported";
  const r =
    fast !== "unsupported"
      ? fast
      : (await db.$queryRaw<Record<string, unknown>[]>(STATE_SQL_TEMPLATE, tokenHash))[0];
  if (!r) throw new NotFoundError("share link", "(token)", "no share link matches this address");
  const state: LinkState = {
    tokenHash,
    link: toLinkRow(r),
    plan: {
      id: String(r.planId),
      revision: Number(r.planRevision),
      updatedAt: asDate(r.planUpdatedAt),
      archived: r.planArchived === true || Number(r.planArchived) === 1,
    },
  };
  const now = new Date();
  checkUsable(state.link, state.plan, now);
  await touchIfStale(db, state.link, now);
  return state;
}

async function touchIfStale(db: Db, link: LinkRow, now: Date): Promise<void> {
  if (!link.lastUsedAt || now.getTime() - link.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await touchLastUsed(db, link.id, now);
  }
}

async function touchLastUsed(db: Db, linkId: string, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  await writeTransaction(db, (tx) =>
    tx.shareLink.updateMany({
      where: { id: linkId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: cutoff } }] },
      data: { lastUsedAt: now },
    }),
  );
}
