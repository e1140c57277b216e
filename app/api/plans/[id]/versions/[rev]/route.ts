import { revisionParamSchema, type VersionDto } from "@/lib/api/schemas";
import { handleOwner, json, parseWith, type RouteParams } from "@/lib/server/http";
import { getVersion } from "@/lib/server/plans/versions";

export const dynamic = "force-dynamic";

/** GET /api/plans/:id/versions/:rev — one version with its document. */
export async function GET(request: Request, { params }: RouteParams<{ id: string; rev: string }>) {
  return handleOwner(request, async () => {
    const { id, rev } = await params;
    const revision = parseWith(revisionParamSchema, rev, "revision", ["rev"]);
    const version: VersionDto = await getVersion(id, revision);
    return json(version);
  });
}
