import { documentJobRoute } from "@/lib/server/engine-routes";

export const dynamic = "force-dynamic";

/**
 * POST /api/evaluate — a plan document (any schema version) → its report. Runs on the engine's worker pool.
 * 400 with JSON paths, 413 (body size; for anonymous callers also nodes, edges, scenarios), 422 as for saves,
 * 429 above the anonymous rate, 503 when the engine is busy (Retry-After) or the job ran past its time limit.
 */
export async function POST(request: Request) {
  return documentJobRoute("evaluate", request);
}
