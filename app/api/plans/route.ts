import {
  createPlanBodySchema,
  planListQuerySchema,
  type CreatedPlan,
  type PlanSummaryDto,
} from "@/lib/api/schemas";
import { handleOwner, json, parseQuery, parseWith, readJsonBody } from "@/lib/server/http";
import { createPlan, listPlans } from "@/lib/server/plans/store";

export const dynamic = "force-dynamic";

/** GET /api/plans?q=&sort=updated|name|created&archived=true — plan summaries (no documents). */
export async function GET(request: Request) {
  return handleOwner(request, async () => {
    const query = parseQuery(planListQuerySchema, request);
    const plans: PlanSummaryDto[] = await listPlans(query);
    return json({ plans });
  });
}

/** POST /api/plans `{ name?, document, message? }` → 201 `{ id, revision }`. */
export async function POST(request: Request) {
  return handleOwner(
    request,
    async () => {
      const body = parseWith(createPlanBodySchema, await readJsonBody(request));
      const created: CreatedPlan = await createPlan(body);
      return json(created, { status: 201, headers: { location: `/api/plans/${created.id}` } });
    },
    { documentPath: "$.document" },
  );
}
