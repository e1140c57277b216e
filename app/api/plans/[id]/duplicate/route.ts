import { duplicatePlanBodySchema, type CreatedPlan } from "@/lib/api/schemas";
import { handleOwner, json, parseWith, readOptionalJsonBody, type RouteParams } from "@/lib/server/http";
import { duplicatePlan } from "@/lib/server/plans/lifecycle";

export const dynamic = "force-dynamic";

/** POST /api/plans/:id/duplicate `{ name? }` (body optional) → 201 `{ id, revision: 1 }` of the copy. */
export async function POST(request: Request, { params }: RouteParams<{ id: string }>) {
  return handleOwner(request, async () => {
    const body = parseWith(duplicatePlanBodySchema, await readOptionalJsonBody(request));
    const created: CreatedPlan = await duplicatePlan((await params).id, body);
    return json(created, { status: 201, headers: { location: `/api/plans/${created.id}` } });
  });
}
