import { handleOwner, json, type RouteParams } from "@/lib/server/http";
import { setArchived } from "@/lib/server/plans/lifecycle";

export const dynamic = "force-dynamic";

/** POST /api/plans/:id/restore — un-archives a plan → `{ id, archived: false }`. */
export async function POST(request: Request, { params }: RouteParams<{ id: string }>) {
  return handleOwner(request, async () => json(await setArchived((await params).id, false)));
}
