import { patchPlanBodySchema, type SavedPlan } from "@/lib/api/schemas";
import { clientIp, handle, json, parseWith, readJsonBody, type RouteParams } from "@/lib/server/http";
import { limitTokenLookup, loadSharedPlanJson, saveSharedPlan } from "@/lib/server/shared-plan";

export const dynamic = "force-dynamic";
type Params = RouteParams<{ token: string }>;

/**
 * GET /api/shared/:token — the plan a share link opens, with the link's role. 404 unknown token, 410 revoked or
 * expired (code link_revoked / link_expired), 429 with Retry-After above the per-IP look-up rate.
 */
export async function GET(request: Request, { params }: Params) {
  return handle(async () => {
    limitTokenLookup(clientIp(request.headers));
    const body = await loadSharedPlanJson((await params).token);
    return new Response(body, {
      headers: { "content-type": "application/json", "cache-control": "no-store" },
    });
  });
}

/** PATCH /api/shared/:token — same body and answers as PATCH /api/plans/:id; 403 for a view link. */
export async function PATCH(request: Request, { params }: Params) {
  return handle(
    async () => {
      limitTokenLookup(clientIp(request.headers));
      const body = parseWith(patchPlanBodySchema, await readJsonBody(request));
      const saved: SavedPlan = await saveSharedPlan((await params).token, body);
      return json(saved);
    },
    { documentPath: "$.document" },
  );
}
