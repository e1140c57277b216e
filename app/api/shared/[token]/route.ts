import { patchPlanBodySchema, type SavedPlan } from "@/lib/api/schemas";
import { clientIp, handle, json, parseWith, readJsonBody, type RouteParams } from "@/lib/server/http";
import { limitTokenLookup, readSharedPlan, saveSharedPlan } from "@/lib/server/shared-plan";
import { etagMatches } from "@/lib/server/shared-read-cache";

export const dynamic = "force-dynamic";
type Params = RouteParams<{ token: string }>;

/**
 * GET /api/shared/:token — the plan a share link opens, with the link's role; `ETag` on every answer and 304 for a
 * matching `If-None-Match` (the link is checked first: a revoked one is 410 even for a cached copy). 404 unknown
 * token, 410 revoked or expired (code link_revoked / link_expired), 429 with Retry-After above the per-IP look-up
 * rate.
 */
export async function GET(request: Request, { params }: Params) {
  return handle(
    async () => {
      await limitTokenLookup(clientIp(request.headers));
      const { body, etag } = await readSharedPlan((await params).token);
      // The browser may keep it but must ask each time (the link can be revoked at any moment).
      const headers = { etag, "cache-control": "private, no-cache" };
      if (etagMatches(request.headers.get("if-none-match"), etag))
        return new Response(null, { status: 304, headers });
      return new Response(body, { headers: { ...headers, "content-type": "application/json" } });
    },
    { request },
  );
}

/** PATCH /api/shared/:token — same body and answers as PATCH /api/plans/:id; 403 for a view link. */
export async function PATCH(request: Request, { params }: Params) {
  return handle(
    async () => {
      await limitTokenLookup(clientIp(request.headers));
      const body = parseWith(patchPlanBodySchema, await readJsonBody(request));
      const saved: SavedPlan = await saveSharedPlan((await params).token, body);
      return json(saved);
    },
    { documentPath: "$.document", request },
  );
}
