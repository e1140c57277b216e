import { type PlanDto } from "@/lib/api/schemas";
import { handleOwner, json, type RouteParams } from "@/lib/server/http";
import { setArchived } from "@/lib/server/plans/lifecycle";
import { patchPlanRoute } from "@/lib/server/plans/save-route";
import { requirePlan } from "@/lib/server/plans/store";

export const dynamic = "force-dynamic";
type Params = RouteParams<{ id: string }>;

/** GET /api/plans/:id — the plan with its current document. */
export async function GET(request: Request, { params }: Params) {
  return handleOwner(request, async () => {
    const plan: PlanDto = await requirePlan((await params).id);
    return json(plan);
  });
}

/** PATCH /api/plans/:id — a save (lib/server/plans/save-route.ts). */
export async function PATCH(request: Request, { params }: Params) {
  return patchPlanRoute(request, (await params).id);
}

/** DELETE /api/plans/:id — archives the plan (restorable with POST /api/plans/:id/restore). */
export async function DELETE(request: Request, { params }: Params) {
  return handleOwner(request, async () => json(await setArchived((await params).id, true)));
}
