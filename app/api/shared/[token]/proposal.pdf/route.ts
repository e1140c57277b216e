import { proposalQuerySchema } from "@/lib/export/pdf/query";
import { clientIp, handle, parseQuery, type RouteParams } from "@/lib/server/http";
import { proposalResponse } from "@/lib/server/proposal-route";
import { limitTokenLookup, loadSharedPlan } from "@/lib/server/shared-plan";

export const dynamic = "force-dynamic";
type Params = RouteParams<{ token: string }>;

/**
 * GET /api/shared/:token/proposal.pdf?lang=en|fr&date=YYYY-MM-DD — the proposal for whoever holds a share link,
 * for the link's audience (a customer link never gets the engineers' appendix, whatever the query says) and with
 * the link's name on the cover. 404 unknown token, 410 revoked or expired, 429 above the per-IP look-up rate.
 */
export async function GET(request: Request, { params }: Params) {
  return handle(
    async () => {
      await limitTokenLookup(clientIp(request.headers));
      const query = parseQuery(proposalQuerySchema.omit({ audience: true }), request);
      const shared = await loadSharedPlan((await params).token);
      return proposalResponse(request, shared.plan.document, query, {
        audience: shared.audience,
        customer: shared.name || undefined,
        version: String(shared.plan.revision),
        reviewKeys: shared.reviewFindings,
      });
    },
    { request },
  );
}
