import { patchPlanBodySchema, type SavedPlan } from "@/lib/api/schemas";
import { clientIp, handle, json, parseWith, readJsonBody, type RouteParams } from "@/lib/server/http";
import { limitTokenLookup, saveSharedPlan, sharedReadRoute } from "@/lib/server/shared-plan";

export const dynamic = "force-dynamic";
type Params = RouteParams<{ token: string }>;

/**
 * GET /api/shared/:token — the plan a share link opens, with the link's role; `ETag` on every answer and 304 for a
 * matching `If-None-Match` (the link is checked first: a revoked one is 410 even for a cached copy). 404 unknown
 * token, 410 revoked or expired (code link_revoked / link_expired), 429 with Retry-After above the per-IP look-up
 * rate. (Stackplan's server answers it directly with the same function: lib/server/direct-routes.ts.)
 */
export async function GET(request: Request, { params }: Params) {
  return sharedReadRoute(request, (await params).token);
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
