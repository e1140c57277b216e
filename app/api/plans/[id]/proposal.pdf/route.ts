import { proposalQuerySchema } from "@/lib/export/pdf/query";
import { handleOwner, parseQuery, type RouteParams } from "@/lib/server/http";
import { requirePlan } from "@/lib/server/plans/store";
import { proposalResponse } from "@/lib/server/proposal-route";

export const dynamic = "force-dynamic";
type Params = RouteParams<{ id: string }>;

/**
 * GET /api/plans/:id/proposal.pdf?lang=en|fr&audience=customer|engineer&date=YYYY-MM-DD — the plan's PDF proposal
 * (rendered on the worker pool). 404 unknown plan, 400 bad query.
 */
export async function GET(request: Request, { params }: Params) {
  return handleOwner(request, async () => {
    const query = parseQuery(proposalQuerySchema, request);
    const plan = await requirePlan((await params).id);
    return proposalResponse(request, plan.document, query, {
      audience: query.audience ?? "customer",
      version: String(plan.revision),
    });
  });
}
