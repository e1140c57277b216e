import { anyPlanDocumentSchema, type CreatedPlan } from "@/lib/api/schemas";
import { handleOwner, json, parseWith, readJsonBody } from "@/lib/server/http";
import { importPlan } from "@/lib/server/plans/lifecycle";

export const dynamic = "force-dynamic";

/**
 * POST /api/plans/import — the body is a plan document of any schemaVersion (as exported by
 * GET /api/plans/:id/document or the CLI); it is upgraded, validated and stored as a new plan → 201 `{ id, revision }`.
 */
export async function POST(request: Request) {
  return handleOwner(request, async () => {
    const document = parseWith(anyPlanDocumentSchema, await readJsonBody(request), "plan document");
    const created: CreatedPlan = await importPlan(document);
    return json(created, { status: 201, headers: { location: `/api/plans/${created.id}` } });
  });
}
