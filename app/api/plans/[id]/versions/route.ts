import type { VersionSummary } from "@/lib/api/schemas";
import { handleOwner, json, type RouteParams } from "@/lib/server/http";
import { listVersions } from "@/lib/server/plans/versions";

export const dynamic = "force-dynamic";

/** GET /api/plans/:id/versions — every version, newest first: revision, name, message, label, actor, createdAt. */
export async function GET(request: Request, { params }: RouteParams<{ id: string }>) {
  return handleOwner(request, async () => {
    const versions: VersionSummary[] = await listVersions((await params).id);
    return json({ versions });
  });
}
