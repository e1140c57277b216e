import { exportQuerySchema } from "@/lib/export";
import { exportJobResponse } from "@/lib/server/engine-routes";
import { handleOwner, parseQuery, type RouteParams } from "@/lib/server/http";
import { requirePlan } from "@/lib/server/plans/store";

export const dynamic = "force-dynamic";
type Params = RouteParams<{ id: string }>;

/**
 * GET /api/plans/:id/export?format=zip|kustomize|helm|compose|monitoring|report&environment=dev|staging|production
 * — the plan's deployable bundle as a zip attachment, or `{ fileName, format, environment, files, warnings }` with
 * `Accept: application/json`. 404 unknown plan, 400 bad query.
 */
export async function GET(request: Request, { params }: Params) {
  return handleOwner(request, async () => {
    const query = parseQuery(exportQuerySchema, request);
    const plan = await requirePlan((await params).id);
    return exportJobResponse(request, plan.document, query);
  });
}
