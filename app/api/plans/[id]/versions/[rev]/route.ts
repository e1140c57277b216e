import {
  labelVersionBodySchema,
  revisionParamSchema,
  type LabelledVersion,
  type VersionDto,
} from "@/lib/api/schemas";
import { handleOwner, json, parseWith, readJsonBody, type RouteParams } from "@/lib/server/http";
import { labelVersion } from "@/lib/server/plans/version-labels";
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

/**
 * PATCH /api/plans/:id/versions/:rev `{ label }` → `{ revision, label }`: names a version ("sent to customer"; ""
 * removes the name). Owner only; no new revision. 400 naming `$.label` when it is not a string of at most 80
 * characters, 404 unknown plan or revision.
 */
export async function PATCH(request: Request, { params }: RouteParams<{ id: string; rev: string }>) {
  return handleOwner(request, async () => {
    const { id, rev } = await params;
    const revision = parseWith(revisionParamSchema, rev, "revision", ["rev"]);
    const body = parseWith(labelVersionBodySchema, await readJsonBody(request));
    const labelled: LabelledVersion = await labelVersion(id, revision, body.label);
    return json(labelled);
  });
}
