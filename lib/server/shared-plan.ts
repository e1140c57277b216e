import type { SharedPlanDto } from "../api/share-schemas";
import type { Db } from "./db/client";
import { ForbiddenError, LinkGoneError, NotFoundError, RateLimitedError } from "./errors";
import { savePlan, type SaveInput, type SaveResult } from "./plans/save";
import { loadDocumentCached, toSummary } from "./plans/store";
import { takeToken } from "./rate-limit-stores";
import { linkAudience, linkReviewFindings, resolveShareToken, resolveShareTokenState } from "./share-links";
import { clientIp, handle } from "./http";
import { cachedSharedRead, etagMatches, storeSharedRead, type SharedRead } from "./shared-read-cache";

/**
 * What a share token opens, for the API (`GET /api/shared/:token`) and the /s/<token> page alike: the plan's
 * current document (parsed on the way out) and the link's role.
 */
export async function loadSharedPlan(token: string, db?: Db): Promise<SharedPlanDto> {
  const { link, plan } = await resolveShareToken(token, db);
  const { archived: _archived, ...summary } = toSummary(plan);
  return {
    role: link.role === "edit" ? "edit" : "view",
    audience: linkAudience(link),
    name: link.label,
    reviewFindings: linkReviewFindings(link),
    expiresAt: link.expiresAt?.toISOString() ?? null,
    plan: { ...summary, document: loadDocumentCached(plan.id, plan.revision, plan.updatedAt, plan.document) },
  };
}

/**
 * The answer of `GET /api/shared/:token` — the same content as loadSharedPlan, as JSON text with its ETag — from
 * the cache of shared reads (lib/server/shared-read-cache.ts) when the plan is still at the cached revision: one
 * small query per request; the document is read, parsed and serialised once per revision.
 */
export async function readSharedPlan(token: string, db?: Db): Promise<SharedRead> {
  const state = await resolveShareTokenState(token, db);
  const hit = cachedSharedRead(state.tokenHash, state.plan.revision, state.plan.updatedAt);
  if (hit) return hit;
  const { link, plan } = await resolveShareToken(token, db);
  const { archived: _archived, ...summary } = toSummary(plan);
  const document = loadDocumentCached(plan.id, plan.revision, plan.updatedAt, plan.document);
  const body = JSON.stringify({
    role: link.role === "edit" ? "edit" : "view",
    audience: linkAudience(link),
    name: link.label,
    reviewFindings: linkReviewFindings(link),
    expiresAt: link.expiresAt?.toISOString() ?? null,
    plan: { ...summary, document },
  } satisfies SharedPlanDto);
  return storeSharedRead(state.tokenHash, link.id, plan.revision, plan.updatedAt, body);
}

/**
 * `GET /api/shared/:token`, for the Next.js route and the direct routes of Stackplan's server alike: rate limit by
 * client, the current answer with its ETag (304 for a matching If-None-Match — after the link was checked, so a
 * revoked link is 410 even for a cached copy), or the JSON error.
 */
export async function sharedReadRoute(request: Request, token: string): Promise<Response> {
  return handle(
    async () => {
      await limitTokenLookup(clientIp(request.headers));
      const { body, etag } = await readSharedPlan(token);
      // The browser may keep it but must ask each time (the link can be revoked at any moment).
      const headers = { etag, "cache-control": "private, no-cache" };
      if (etagMatches(request.headers.get("if-none-match"), etag))
        return new Response(null, { status: 304, headers });
      return new Response(body, { headers: { ...headers, "content-type": "application/json" } });
    },
    { request },
  );
}

/** Kept for callers of the first version: the JSON text of readSharedPlan. */
export async function loadSharedPlanJson(token: string, db?: Db): Promise<string> {
  return (await readSharedPlan(token, db)).body;
}

/** Saves through an edit link (`PATCH /api/shared/:token`); a view link is refused (ForbiddenError → 403). */
export async function saveSharedPlan(token: string, input: SaveInput, db?: Db): Promise<SaveResult> {
  const { link, plan } = await resolveShareToken(token, db);
  if (link.role !== "edit") {
    throw new ForbiddenError(
      "this share link is view-only: ask the plan's owner for an edit link to save changes",
    );
  }
  // Checked again inside the write: a revoke, expiry or archive while the save waited (SQLite's commit queue) wins.
  return savePlan(plan.id, input, { kind: "link", linkId: link.id }, db, async (tx) => {
    const current = await tx.shareLink.findUnique({
      where: { id: link.id },
      select: { revokedAt: true, expiresAt: true, plan: { select: { archived: true } } },
    });
    if (!current) throw new NotFoundError("share link", "(token)", "no share link matches this address");
    if (current.revokedAt) throw new LinkGoneError("revoked", current.revokedAt);
    if (current.expiresAt && current.expiresAt.getTime() <= Date.now())
      throw new LinkGoneError("expired", current.expiresAt);
    if (current.plan.archived)
      throw new NotFoundError("plan", plan.id, "the plan behind this link was archived by its owner");
  });
}

/** Throws RateLimitedError when `clientKey` has used up its share-token look-ups (and sign-in attempts). */
export function limitTokenLookup(clientKey: string): Promise<void> {
  return takeToken("token-lookup", clientKey);
}

export type SharedPageResult =
  | { kind: "ok"; shared: SharedPlanDto }
  | { kind: "not-found"; message: string }
  | { kind: "revoked"; at: string }
  | { kind: "expired"; at: string }
  | { kind: "rate-limited"; retryAfterSeconds: number };

/** A failure of a share-token look-up as a result value (RateLimitedError, LinkGoneError, NotFoundError). */
function asPageResult(e: unknown): Exclude<SharedPageResult, { kind: "ok" }> {
  if (e instanceof RateLimitedError) return { kind: "rate-limited", retryAfterSeconds: e.retryAfterSeconds };
  if (e instanceof LinkGoneError) {
    return e.reason === "revoked"
      ? { kind: "revoked", at: e.at.toISOString() }
      : { kind: "expired", at: e.at.toISOString() };
  }
  if (e instanceof NotFoundError) return { kind: "not-found", message: e.message };
  throw e;
}

/**
 * The check proxy.ts makes before the /s/<token> page renders, so that a rate-limited link answers 429 and a
 * revoked or expired one 410 (a page cannot set its status): the client's look-up is counted here, and the link's
 * state read without its document.
 */
export async function checkSharedPage(
  token: string,
  clientKey: string,
  db?: Db,
): Promise<{ kind: "ok" } | Exclude<SharedPageResult, { kind: "ok" }>> {
  try {
    await limitTokenLookup(clientKey);
    await resolveShareTokenState(token, db);
    return { kind: "ok" };
  } catch (e) {
    return asPageResult(e);
  }
}

/**
 * Data loading of the /s/<token> page as a result value (the page renders a clear message per case instead of an
 * error): rate limit by client — unless proxy.ts already counted this request (`counted`) — then the same look-up
 * as the API. Reusable by the designer's shared editor.
 */
export async function loadSharedPage(
  token: string,
  clientKey: string,
  db?: Db,
  options: { counted?: boolean } = {},
): Promise<SharedPageResult> {
  try {
    if (!options.counted) await limitTokenLookup(clientKey);
    return { kind: "ok", shared: await loadSharedPlan(token, db) };
  } catch (e) {
    return asPageResult(e);
  }
}
