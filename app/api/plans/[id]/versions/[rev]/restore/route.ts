import { restoreVersionBodySchema, revisionParamSchema, type SavedPlan } from "@/lib/api/schemas";
import { handleOwner, json, parseWith, readJsonBody, type RouteParams } from "@/lib/server/http";
import { restoreVersion } from "@/lib/server/plans/versions";

export const dynamic = "force-dynamic";

/**
 * POST /api/plans/:id/versions/:rev/restore `{ baseRevision, message? }` → `{ revision, updatedAt }`: the old
 * version becomes a new revision (409 like any save when baseRevision is stale).
 */
export async function POST(request: Request, { params }: RouteParams<{ id: string; rev: string }>) {
  return handleOwner(request, async () => {
    const { id, rev } = await params;
    const revision = parseWith(revisionParamSchema, rev, "revision", ["rev"]);
    const body = parseWith(restoreVersionBodySchema, await readJsonBody(request));
    const saved: SavedPlan = await restoreVersion(id, revision, body);
    return json(saved);
  });
}
