import { exportQuerySchema } from "@/lib/export";
import { exportJobResponse } from "@/lib/server/engine-routes";
import { clientIp, handle, parseQuery, type RouteParams } from "@/lib/server/http";
import { limitTokenLookup, loadSharedPlan } from "@/lib/server/shared-plan";

export const dynamic = "force-dynamic";
type Params = RouteParams<{ token: string }>;

/**
 * GET /api/shared/:token/export — the same bundle as GET /api/plans/:id/export for anyone holding a share link
 * (view rights suffice: exporting reads the plan). 404 unknown token, 410 revoked or expired, 429 above the per-IP
 * token look-up rate, 400 bad query.
 */
export async function GET(request: Request, { params }: Params) {
  return handle(
    async () => {
      await limitTokenLookup(clientIp(request.headers));
      const query = parseQuery(exportQuerySchema, request);
      const shared = await loadSharedPlan((await params).token);
      return exportJobResponse(request, shared.plan.document, query);
    },
    { request },
  );
}
