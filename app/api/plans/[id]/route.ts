import { patchPlanBodySchema, type PlanDto, type SavedPlan } from "@/lib/api/schemas";
import { handleOwner, json, parseWith, readJsonBody, type RouteParams } from "@/lib/server/http";
import { setArchived } from "@/lib/server/plans/lifecycle";
import { savePlan } from "@/lib/server/plans/save";
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

/**
 * PATCH /api/plans/:id `{ baseRevision, document?, name?, message? }` → `{ revision, updatedAt }`;
 * 409 `{ error: { code: "conflict", currentRevision } }` when someone saved since baseRevision.
 */
export async function PATCH(request: Request, { params }: Params) {
  return handleOwner(
    request,
    async () => {
      const { id } = await params;
      const body = parseWith(patchPlanBodySchema, await readJsonBody(request));
      const saved: SavedPlan = await savePlan(id, body);
      return json(saved);
    },
    { documentPath: "$.document" },
  );
}

/** DELETE /api/plans/:id — archives the plan (restorable with POST /api/plans/:id/restore). */
export async function DELETE(request: Request, { params }: Params) {
  return handleOwner(request, async () => json(await setArchived((await params).id, true)));
}
