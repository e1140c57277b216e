import { checkHealth } from "@/lib/server/health";
import { isOwner } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/**
 * GET /api/health — version, database reachable, migrations applied. 200 when ok, 503 when degraded. The database's
 * location and error are in the answer for the owner only.
 */
export async function GET(request: Request) {
  const health = await checkHealth({ detailed: await isOwner(request) });
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
