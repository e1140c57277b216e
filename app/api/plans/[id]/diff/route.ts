import { diffQuerySchema, type DiffDto } from "@/lib/api/schemas";
import { handleOwner, json, parseQuery, type RouteParams } from "@/lib/server/http";
import { runJob } from "@/lib/server/jobs/pool";
import { describeDiff, revisionDocuments } from "@/lib/server/plans/versions";

export const dynamic = "force-dynamic";

/**
 * GET /api/plans/:id/diff?from=&to= — what changed from revision `from` to `to` (default: current): elements
 * added/removed/changed with their fields, section fields old → new, the key figures that moved, the labels of the
 * zones and nodes the changes refer to by id, and the monthly run cost before → after (evaluated on the engine's
 * worker pool).
 */
export async function GET(request: Request, { params }: RouteParams<{ id: string }>) {
  return handleOwner(request, async () => {
    const planId = (await params).id;
    const query = parseQuery(diffQuerySchema, request);
    const pair = await revisionDocuments(planId, query.from, query.to);
    const cost = await runJob(
      "costChange",
      { before: pair.before, after: pair.after },
      { signal: request.signal },
    );
    const result: DiffDto = {
      planId,
      from: pair.from,
      to: pair.to,
      ...describeDiff(pair.before, pair.after),
      cost,
    };
    return json(result);
  });
}
