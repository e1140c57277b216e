import type { SharedPlanDto } from "../api/share-schemas";
import type { Db } from "./db/client";
import { ForbiddenError, LinkGoneError, NotFoundError, RateLimitedError } from "./errors";
import { savePlan, type SaveInput, type SaveResult } from "./plans/save";
import { loadDocumentCached, toSummary } from "./plans/store";
import { tokenLookupLimiter } from "./rate-limit";
import { resolveShareToken } from "./share-links";

/**
 * What a share token opens, for the API (`GET /api/shared/:token`) and the /s/<token> page alike: the plan's
 * current document (parsed on the way out) and the link's role.
 */
export async function loadSharedPlan(token: string, db?: Db): Promise<SharedPlanDto> {
  const { link, plan } = await resolveShareToken(token, db);
  const { archived: _archived, ...summary } = toSummary(plan);
  return {
    role: link.role === "edit" ? "edit" : "view",
    expiresAt: link.expiresAt?.toISOString() ?? null,
    plan: { ...summary, document: loadDocumentCached(plan.id, plan.revision, plan.updatedAt, plan.document) },
  };
}

const PLAN_JSON_CACHE_SIZE = 200;
const planJsonCache = new Map<string, string>();

/**
 * The JSON text of `GET /api/shared/:token` — the same content as loadSharedPlan, with the plan part serialised
 * once per (plan, revision): every field of it changes only with a new revision, and this is the hottest read of
 * the API (each open of a shared link), so the document is neither re-parsed nor re-serialised per request.
 */
export async function loadSharedPlanJson(token: string, db?: Db): Promise<string> {
  const { link, plan } = await resolveShareToken(token, db);
  const key = `${plan.id}@${plan.revision}@${plan.updatedAt.getTime()}`;
  let planJson = planJsonCache.get(key);
  if (planJson === undefined) {
    const { archived: _archived, ...summary } = toSummary(plan);
    const document = loadDocumentCached(plan.id, plan.revision, plan.updatedAt, plan.document);
    planJson = JSON.stringify({ ...summary, document } satisfies SharedPlanDto["plan"]);
    if (planJsonCache.size >= PLAN_JSON_CACHE_SIZE) planJsonCache.delete(planJsonCache.keys().next().value!);
    planJsonCache.set(key, planJson);
  }
  const role: SharedPlanDto["role"] = link.role === "edit" ? "edit" : "view";
  const expiresAt = link.expiresAt?.toISOString() ?? null;
  return `{"role":${JSON.stringify(role)},"expiresAt":${JSON.stringify(expiresAt)},"plan":${planJson}}`;
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

/** Throws RateLimitedError when `clientKey` has used up its share-token look-ups. */
export function limitTokenLookup(clientKey: string): void {
  const result = tokenLookupLimiter().take(clientKey);
  if (!result.ok) throw new RateLimitedError(result.retryAfterSeconds);
}

export type SharedPageResult =
  | { kind: "ok"; shared: SharedPlanDto }
  | { kind: "not-found"; message: string }
  | { kind: "revoked"; at: string }
  | { kind: "expired"; at: string }
  | { kind: "rate-limited"; retryAfterSeconds: number };

/**
 * Data loading of the /s/<token> page as a result value (the page renders a clear message per case instead of an
 * error): rate limit by client, then the same look-up as the API. Reusable by the designer's shared editor.
 */
export async function loadSharedPage(token: string, clientKey: string, db?: Db): Promise<SharedPageResult> {
  try {
    limitTokenLookup(clientKey);
    return { kind: "ok", shared: await loadSharedPlan(token, db) };
  } catch (e) {
    if (e instanceof RateLimitedError)
      return { kind: "rate-limited", retryAfterSeconds: e.retryAfterSeconds };
    if (e instanceof LinkGoneError) {
      return e.reason === "revoked"
        ? { kind: "revoked", at: e.at.toISOString() }
        : { kind: "expired", at: e.at.toISOString() };
    }
    if (e instanceof NotFoundError) return { kind: "not-found", message: e.message };
    throw e;
  }
}
