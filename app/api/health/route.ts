import { checkHealth } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** GET /api/health — version, database reachable, migrations applied. 200 when ok, 503 when degraded. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
