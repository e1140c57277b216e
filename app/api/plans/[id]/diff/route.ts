import { diffQuerySchema, type DiffDto } from "@/lib/api/schemas";
import { handleOwner, json, parseQuery, type RouteParams } from "@/lib/server/http";
import { diffRevisions } from "@/lib/server/plans/versions";

export const dynamic = "force-dynamic";

/**
 * GET /api/plans/:id/diff?from=&to= — what changed from revision `from` to `to` (default: current): elements
 * added/removed/changed with their fields, section fields old → new, and the key figures that moved.
 */
export async function GET(request: Request, { params }: RouteParams<{ id: string }>) {
  return handleOwner(request, async () => {
    const planId = (await params).id;
    const query = parseQuery(diffQuerySchema, request);
    const result: DiffDto = { planId, ...(await diffRevisions(planId, query.from, query.to)) };
    return json(result);
  });
}
